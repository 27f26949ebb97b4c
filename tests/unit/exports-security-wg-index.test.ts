import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { type SecurityWgEntry, securityWgIndex } from '../../src/core/exports/security-wg-index.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

const { model } = loadSiteModel(resolveContentRoots(PROJECT_ROOT, {}), new Date('2023-07-20T00:00:00Z'));
if (!model) throw new Error('no model');
const index = securityWgIndex(model.advisories, (advisory) => `https://security.example.org/advisories/${advisory.id}/`);
/** The working group's own index. */
const wg = JSON.parse(
  readFileSync(new URL('../../../shared/corpus/nodejs-security-wg/vuln/core/index.json', import.meta.url), 'utf-8'),
) as Record<string, SecurityWgEntry>;

/** As is-my-node-vulnerable decides it. */
function vulnerableTo(version: string, entries: Record<string, SecurityWgEntry>): string[] {
  return Object.values(entries)
    .filter((entry) => semver.satisfies(version, entry.vulnerable) && !semver.satisfies(version, entry.patched))
    .flatMap((entry) => entry.cve)
    .sort();
}

describe('the security-wg compatible index', () => {
  it('has the fields of the working group entries', () => {
    const fields = ['cve', 'vulnerable', 'patched', 'ref', 'overview', 'affectedEnvironments', 'severity'];
    for (const field of fields) expect(wg['108'], field).toHaveProperty(field);
    for (const entry of Object.values(index)) expect(Object.keys(entry).sort()).toEqual([...fields].sort());
  });

  it('is keyed by advisory id, oldest first', () => {
    expect(Object.keys(index)).toHaveLength(10);
    expect(Object.keys(index)).toContain('CVE-2023-30581');
    expect(index['CVE-2023-30585']).toMatchObject({
      cve: ['CVE-2023-30585'],
      vulnerable: '16.x || 18.x || 20.x',
      patched: '^16.20.1 || ^18.16.1 || ^20.3.1',
      affectedEnvironments: ['win32'],
      severity: 'medium',
    });
  });

  it('agrees with the working group on the June 2023 ranges', () => {
    for (const key of ['108', '109', '112', '117']) {
      const theirs = wg[key] as SecurityWgEntry;
      const ours = index[theirs.cve[0] ?? ''];
      expect(ours?.vulnerable, key).toBe(theirs.vulnerable);
      expect(ours?.patched, key).toBe(theirs.patched);
    }
  });

  it('tells is-my-node-vulnerable which versions need the June 2023 fixes', () => {
    expect(vulnerableTo('20.3.0', index)).toHaveLength(10);
    expect(vulnerableTo('20.3.1', index)).toEqual([]);
    expect(vulnerableTo('18.16.0', index)).toEqual([
      'CVE-2023-30581',
      'CVE-2023-30585',
      'CVE-2023-30588',
      'CVE-2023-30589',
      'CVE-2023-30590',
    ]);
    expect(vulnerableTo('18.16.1', index)).toEqual([]);
    expect(vulnerableTo('16.20.0', index)).toHaveLength(5);
  });

  it('names 0.x lines by their minor, as the working group does, so a patched older line is not reported', () => {
    const [first] = model.advisories;
    if (!first) throw new Error('no advisory');
    const older = {
      ...first,
      affected: [
        { line: '4.x', fixedVersion: '4.6.1', introduced: undefined },
        { line: '0.12.x', fixedVersion: '0.12.17', introduced: undefined },
        { line: '0.10.x', fixedVersion: '0.10.48', introduced: undefined },
      ],
    };
    const entries = securityWgIndex([older], () => 'https://x.example');
    // The working group's own entry for an advisory with the same lines and fixes (CVE-2016-5180).
    expect(wg['8']?.cve).toEqual(['CVE-2016-5180']);
    expect(entries[first.id]).toMatchObject({ vulnerable: wg['8']?.vulnerable, patched: wg['8']?.patched });
    // Lines the advisory does not name stay out, before 1.0 as after it.
    for (const version of ['0.8.28', '0.11.16', '0.12.17', '4.6.1', '5.0.0']) expect(vulnerableTo(version, entries), version).toEqual([]);
    expect(vulnerableTo('0.10.47', entries)).toHaveLength(1);
    expect(vulnerableTo('0.10.48', entries)).toEqual([]);
    expect(vulnerableTo('0.12.16', entries)).toHaveLength(1);
  });

  it('keeps the patched range of a line of one minor to that minor', () => {
    const [first] = model.advisories;
    if (!first) throw new Error('no advisory');
    const minors = {
      ...first,
      affected: [
        { line: '4.2.x', fixedVersion: '4.2.3', introduced: undefined },
        { line: '4.1.x', fixedVersion: '4.1.10', introduced: undefined },
      ],
    };
    const entries = securityWgIndex([minors], () => 'https://x.example');
    expect(entries[first.id]).toMatchObject({ vulnerable: '4.1.x || 4.2.x', patched: '~4.1.10 || ~4.2.3' });
    for (const version of ['4.1.9', '4.2.0', '4.2.2']) expect(vulnerableTo(version, entries), version).toHaveLength(1);
    for (const version of ['4.1.10', '4.2.3', '4.3.0', '4.0.5']) expect(vulnerableTo(version, entries), version).toEqual([]);
  });

  it('starts a line where the flaw entered it, when that was after the line began', () => {
    const [first] = model.advisories;
    if (!first) throw new Error('no advisory');
    const regression = {
      ...first,
      affected: [
        { line: '20.x', fixedVersion: '20.3.1', introduced: undefined },
        { line: '18.x', fixedVersion: '18.16.1', introduced: '18.14.0' },
        { line: '0.12.x', fixedVersion: undefined, introduced: '0.12.5' },
      ],
    };
    const entries = securityWgIndex([regression], () => 'https://x.example');
    expect(entries[first.id]).toMatchObject({
      vulnerable: '>=0.12.5 <0.13.0 || >=18.14.0 <19.0.0 || 20.x',
      patched: '^18.16.1 || ^20.3.1',
    });
    for (const version of ['0.12.4', '0.13.0', '18.13.0', '18.16.1', '19.0.0', '20.3.1'])
      expect(vulnerableTo(version, entries), version).toEqual([]);
    for (const version of ['0.12.5', '0.12.18', '18.14.0', '18.16.0', '20.0.0'])
      expect(vulnerableTo(version, entries), version).toHaveLength(1);
  });

  it('leaves withdrawn advisories out', () => {
    const [first, ...rest] = model.advisories;
    if (!first) throw new Error('no advisory');
    const withdrawn = { ...first, withdrawn: { at: '2023-08-01T00:00:00Z', reason: 'Not a vulnerability.' } };
    expect(Object.keys(securityWgIndex([withdrawn, ...rest], () => 'https://x.example'))).not.toContain(first.id);
  });
});
