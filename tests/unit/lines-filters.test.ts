import { describe, expect, it } from 'vitest';
import { severityLabel, severityPhrase } from '../../src/core/format/severity-phrases.ts';
import { allFacetValues, describeFacet, facetValues, filterAdvisories } from '../../src/core/lines/advisory-filters.ts';
import { sortBySeverity } from '../../src/core/lines/advisory-order.ts';
import { describePlatforms } from '../../src/core/lines/platform-labels.ts';
import type { AdvisoryView } from '../../src/core/model/types.ts';
import type { Platform } from '../../src/core/schemas/advisory.ts';
import type { Severity } from '../../src/core/severity/severity.ts';

function advisory(id: string, published: string, severity: Severity, lines: string[], platforms: Platform[] = ['all']): AdvisoryView {
  return {
    id,
    cve: id,
    title: id,
    severity,
    cvss: undefined,
    cwe: [],
    affected: lines.map((line) => ({ line, fixedVersion: undefined, introduced: undefined })),
    endedLines: [],
    platforms,
    credits: [],
    references: [],
    summary: '',
    release: { id: published.slice(0, 10), title: 'a release', releasedAt: published },
    published,
    modified: published,
    withdrawn: undefined,
  };
}

const advisories = [
  advisory('CVE-2024-0002', '2024-02-14T00:00:00Z', 'medium', ['21.x', '20.x'], ['win32']),
  advisory('CVE-2024-0001', '2024-02-14T00:00:00Z', 'high', ['20.x']),
  advisory('CVE-2023-0002', '2023-06-20T00:00:00Z', 'critical', ['18.x'], ['linux', 'darwin']),
  advisory('CVE-2023-0001', '2023-06-20T00:00:00Z', 'medium', ['20.x', '18.x']),
];
const ids = (list: AdvisoryView[]) => list.map((item) => item.id);

describe('advisory filters', () => {
  it('offers only values that keep an advisory, in reading order', () => {
    expect(facetValues(advisories, 'severity').map((facet) => [facet.value, facet.count])).toEqual([
      ['critical', 1],
      ['high', 1],
      ['medium', 2],
    ]);
    expect(facetValues(advisories, 'line').map((facet) => facet.value)).toEqual(['21.x', '20.x', '18.x']);
    expect(facetValues(advisories, 'year').map((facet) => facet.value)).toEqual(['2024', '2023']);
    expect(facetValues(advisories, 'platform').map((facet) => [facet.value, facet.label])).toEqual([
      ['darwin', 'macOS'],
      ['linux', 'Linux'],
      ['win32', 'Windows'],
    ]);
    expect(allFacetValues(advisories)).toHaveLength(3 + 3 + 2 + 3);
    expect(facetValues([], 'severity')).toEqual([]);
  });

  it('filters by severity, line and year, keeping the newest-first order', () => {
    expect(ids(filterAdvisories(advisories, 'severity', 'medium'))).toEqual(['CVE-2024-0002', 'CVE-2023-0001']);
    expect(ids(filterAdvisories(advisories, 'line', '18.x'))).toEqual(['CVE-2023-0002', 'CVE-2023-0001']);
    expect(ids(filterAdvisories(advisories, 'year', '2023'))).toEqual(['CVE-2023-0002', 'CVE-2023-0001']);
  });

  it('keeps advisories for all platforms on a platform’s list', () => {
    expect(ids(filterAdvisories(advisories, 'platform', 'win32'))).toEqual(['CVE-2024-0002', 'CVE-2024-0001', 'CVE-2023-0001']);
    expect(ids(filterAdvisories(advisories, 'platform', 'linux'))).toEqual(['CVE-2024-0001', 'CVE-2023-0002', 'CVE-2023-0001']);
  });

  it('says where an advisory applies in words, marking one that applies to some platforms only', () => {
    expect(describePlatforms(['all'])).toBe('All platforms');
    expect(describePlatforms(['win32'])).toBe('Windows only');
    expect(describePlatforms(['linux', 'darwin'])).toBe('Linux and macOS only');
  });

  it('names each filtered list', () => {
    expect(describeFacet({ kind: 'severity', value: 'high', label: 'High' })).toBe('High severity advisories');
    expect(describeFacet({ kind: 'platform', value: 'win32', label: 'Windows' })).toBe('Advisories affecting Windows');
  });

  it('labels an advisory no one rated "Unrated" on its badge and in the filters alike', () => {
    expect(severityLabel('unknown')).toBe('Unrated');
    expect(severityPhrase('unknown')).toBe('unrated');
    expect(severityPhrase('high')).toBe('high severity');
    expect(severityLabel('high')).toBe('High');
    const unrated = { ...advisories[0], severity: 'unknown' } as AdvisoryView;
    expect(facetValues([unrated], 'severity').map((facet) => facet.label)).toEqual(['Unrated']);
  });
});

describe('sorting by severity', () => {
  it('puts the highest severity first and the newest first within a severity', () => {
    expect(ids(sortBySeverity(advisories))).toEqual(['CVE-2023-0002', 'CVE-2024-0001', 'CVE-2024-0002', 'CVE-2023-0001']);
  });
});
