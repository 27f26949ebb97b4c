import { describe, expect, it } from 'vitest';
import { osvRecord } from '../../src/core/exports/osv.ts';
import type { AdvisoryView, SiteModel } from '../../src/core/model/types.ts';
import { LineIdSchema } from '../../src/core/schemas/common.ts';
import {
  compareLinesAscending,
  lineEndVersion,
  lineFirstVersion,
  lineMinor,
  versionBelongsToLine,
} from '../../src/core/versions/version.ts';

describe('release lines of a major or of one minor version', () => {
  it('are written N.x or N.M.x', () => {
    for (const id of ['20.x', '0.12.x', '4.2.x', '3.11.x']) expect(LineIdSchema.safeParse(id).success, id).toBe(true);
    for (const id of ['4.2', '20', 'v20.x', '4.2.1.x', 'x']) expect(LineIdSchema.safeParse(id).success, id).toBe(false);
  });

  it('span their major, or their one minor and nothing of the minors beside it', () => {
    expect([lineFirstVersion('20.x'), lineEndVersion('20.x')]).toEqual(['20.0.0', '21.0.0']);
    expect([lineFirstVersion('0.12.x'), lineEndVersion('0.12.x')]).toEqual(['0.12.0', '0.13.0']);
    expect([lineFirstVersion('4.2.x'), lineEndVersion('4.2.x')]).toEqual(['4.2.0', '4.3.0']);
    expect(lineMinor('4.2.x')).toBe(2);
    expect(lineMinor('20.x')).toBeUndefined();
    expect(versionBelongsToLine('4.2.3', '4.2.x')).toBe(true);
    expect(versionBelongsToLine('4.1.10', '4.2.x')).toBe(false);
    expect(versionBelongsToLine('4.1.10', '4.x')).toBe(true);
  });

  it('sort by major, then minor, a major line before its minor lines', () => {
    expect(['4.2.x', '20.x', '0.12.x', '4.1.x', '4.x', '0.10.x'].sort(compareLinesAscending)).toEqual([
      '0.10.x',
      '0.12.x',
      '4.x',
      '4.1.x',
      '4.2.x',
      '20.x',
    ]);
  });

  it('give OSV ranges that leave the other minors of the major alone', () => {
    const site = { osv: { prefix: 'x_EX', ecosystem: 'PyPI', package: 'example' } } as SiteModel['site'];
    const advisory = {
      id: 'CVE-2031-0001',
      cve: 'CVE-2031-0001',
      affected: [
        { line: '4.2.x', fixedVersion: '4.2.3', introduced: undefined },
        { line: '4.1.x', fixedVersion: '4.1.10', introduced: undefined },
      ],
      aliases: [],
      platforms: ['all'],
      credits: [],
      references: [],
      cwe: [],
      severity: 'high',
      published: '2031-03-10T00:00:00Z',
      modified: '2031-03-10T00:00:00Z',
      release: { id: '2031-03-10', title: 't', releasedAt: '2031-03-10T00:00:00Z' },
      summary: 's',
      title: 't',
    } as unknown as AdvisoryView;
    const ranges = osvRecord(advisory, site, 'https://example.org/advisories/CVE-2031-0001/').affected[0]?.ranges;
    expect(ranges?.map((range) => range.events)).toEqual([
      [{ introduced: '4.2.0' }, { fixed: '4.2.3' }],
      [{ introduced: '4.1.0' }, { fixed: '4.1.10' }],
    ]);
  });
});
