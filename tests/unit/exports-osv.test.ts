import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { advisoriesApi } from '../../src/core/exports/api-advisories.ts';
import { osvId, osvRecord, osvRecords } from '../../src/core/exports/osv.ts';
import { securityWgEntry } from '../../src/core/exports/security-wg-index.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import type { AdvisoryView, SiteModel } from '../../src/core/model/types.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { osvAffects } from '../helpers/osv-evaluate.ts';

const schema = JSON.parse(readFileSync(new URL('../../../shared/schemas/osv-schema.json', import.meta.url), 'utf-8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function sampleAt(now: string): SiteModel {
  const { model } = loadSiteModel(resolveContentRoots(PROJECT_ROOT, {}), new Date(now));
  if (!model) throw new Error('no model');
  return model;
}

const model = sampleAt('2023-07-20T00:00:00Z');
const url = (id: string) => `https://security.example.org/advisories/${id}/`;
const advisory = (cve: string) => model.advisories.find((candidate) => candidate.cve === cve) as AdvisoryView;

describe('OSV records', () => {
  it('are valid against the OSV schema, every one of them', () => {
    const records = osvRecords(model, url);
    expect(records).toHaveLength(10);
    for (const record of records) expect(validate(record), `${record.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  });

  it('take the id prefix from the site and the CVE as alias', () => {
    const record = osvRecord(advisory('CVE-2023-30581'), model.site, url('CVE-2023-30581'));
    expect(record.id).toBe('x_NODE-CVE-2023-30581');
    expect(record.aliases).toEqual(['CVE-2023-30581']);
    expect(record).not.toHaveProperty('related');
    const several = osvRecord({ ...advisory('CVE-2023-30581'), aliases: ['CVE-2023-39990'] }, model.site, url('CVE-2023-30581'));
    expect([several.aliases, several.related]).toEqual([['CVE-2023-30581'], ['CVE-2023-39990']]);
    expect(validate(several), ajv.errorsText(validate.errors)).toBe(true);
    expect(record.schema_version).toMatch(/^1\.7\.\d+$/);
  });

  it('say why an advisory without a CVE id has none, in the record and in /api/advisories.json', () => {
    const { cve: _, ...rest } = advisory('CVE-2023-30581');
    const withoutCve = { ...rest, id: 'http-header-overflow', noCve: 'Not assigned by release day.' } as AdvisoryView;
    const record = osvRecord(withoutCve, model.site, url('http-header-overflow'));
    expect(record.aliases).toEqual([]);
    expect(record.database_specific.no_cve).toBe('Not assigned by release day.');
    expect(validate(record), ajv.errorsText(validate.errors)).toBe(true);
    expect(osvRecord(advisory('CVE-2023-30581'), model.site, url('CVE-2023-30581')).database_specific).not.toHaveProperty('no_cve');
    const links = { advisory: url, release: url, osv: (view: AdvisoryView) => url(view.id) };
    const api = advisoriesApi({ ...model, advisories: [withoutCve, advisory('CVE-2023-30581')] }, links);
    expect(api.advisories.map((entry) => [entry.cve, entry.noCve])).toEqual([
      [null, 'Not assigned by release day.'],
      ['CVE-2023-30581', null],
    ]);
  });

  it('give one SEMVER range per line, from the major to the fixed version', () => {
    const record = osvRecord(advisory('CVE-2023-30581'), model.site, url('CVE-2023-30581'));
    expect(record.affected[0]?.ranges.map((range) => range.events)).toEqual([
      [{ introduced: '20.0.0' }, { fixed: '20.3.1' }],
      [{ introduced: '18.0.0' }, { fixed: '18.16.1' }],
      [{ introduced: '16.0.0' }, { fixed: '16.20.1' }],
    ]);
  });

  it('start a range before 1.0 at its own minor, so the older 0.x lines stay out of it', () => {
    const older = {
      ...advisory('CVE-2023-30581'),
      affected: [
        { line: '4.x', fixedVersion: '4.6.1', introduced: undefined },
        { line: '0.12.x', fixedVersion: '0.12.17', introduced: undefined },
        { line: '0.10.x', fixedVersion: '0.10.48', introduced: undefined },
      ],
    };
    const record = osvRecord(older, model.site, url('CVE-2023-30581'));
    expect(record.affected[0]?.ranges.map((range) => range.events)).toEqual([
      [{ introduced: '4.0.0' }, { fixed: '4.6.1' }],
      [{ introduced: '0.12.0' }, { fixed: '0.12.17' }],
      [{ introduced: '0.10.0' }, { fixed: '0.10.48' }],
    ]);
    expect(validate(record), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('end a line with no fixed version where the line ends, so later lines, fixed or not named, stay unaffected', () => {
    const unfixedLine = {
      ...advisory('CVE-2023-30581'),
      affected: [
        { line: '20.x', fixedVersion: '20.3.1', introduced: undefined },
        { line: '16.x', fixedVersion: undefined, introduced: undefined },
        { line: '0.12.x', fixedVersion: undefined, introduced: undefined },
      ],
    };
    const record = osvRecord(unfixedLine, model.site, url('CVE-2023-30581'));
    expect(record.affected[0]?.ranges.map((range) => range.events)).toEqual([
      [{ introduced: '20.0.0' }, { fixed: '20.3.1' }],
      [{ introduced: '16.0.0' }, { fixed: '17.0.0' }],
      [{ introduced: '0.12.0' }, { fixed: '0.13.0' }],
    ]);
    expect(validate(record), ajv.errorsText(validate.errors)).toBe(true);
    expect(record.affected[0]?.ranges.map((range) => range.database_specific)).toEqual([
      { line: '20.x' },
      { line: '16.x', unfixed: true },
      { line: '0.12.x', unfixed: true },
    ]);
    const affected = ['0.12.0', '0.12.18', '16.0.0', '16.20.2', '20.0.0', '20.3.0'];
    const unaffected = ['0.11.16', '0.13.0', '15.14.0', '17.0.0', '17.9.1', '19.9.0', '20.3.1', '21.0.0'];
    expect(affected.filter((version) => !osvAffects(record, version))).toEqual([]);
    expect(unaffected.filter((version) => osvAffects(record, version))).toEqual([]);
  });

  it('start a range where the flaw entered its line, when that was after the line began', () => {
    const regression = {
      ...advisory('CVE-2023-30581'),
      affected: [
        { line: '20.x', fixedVersion: '20.3.1', introduced: '20.1.0' },
        { line: '18.x', fixedVersion: '18.16.1', introduced: undefined },
        { line: '16.x', fixedVersion: undefined, introduced: '16.19.0' },
      ],
    };
    const record = osvRecord(regression, model.site, url('CVE-2023-30581'));
    expect(record.affected[0]?.ranges.map((range) => range.events)).toEqual([
      [{ introduced: '20.1.0' }, { fixed: '20.3.1' }],
      [{ introduced: '18.0.0' }, { fixed: '18.16.1' }],
      [{ introduced: '16.19.0' }, { fixed: '17.0.0' }],
    ]);
    expect(validate(record), ajv.errorsText(validate.errors)).toBe(true);
    const affected = ['16.19.0', '16.20.2', '18.0.0', '18.16.0', '20.1.0', '20.3.0'];
    const unaffected = ['16.18.1', '17.0.0', '18.16.1', '20.0.0', '20.0.9', '20.3.1'];
    expect(affected.filter((version) => !osvAffects(record, version))).toEqual([]);
    expect(unaffected.filter((version) => osvAffects(record, version))).toEqual([]);
  });

  it("end a line left unfixed at the line's last release when its file names it, so that no tool offers a fix", () => {
    const base = advisory('CVE-2023-30585');
    const ended: AdvisoryView = {
      ...base,
      affected: [
        { line: '20.x', fixedVersion: '20.3.1', introduced: undefined },
        { line: '14.x', fixedVersion: undefined, introduced: undefined, lastVersion: '14.21.3' },
        { line: '12.x', fixedVersion: undefined, introduced: undefined },
      ],
    };
    const record = osvRecord(ended, model.site, url(base.id));
    expect(record.affected[0]?.ranges.map((range) => [range.events, range.database_specific])).toEqual([
      [[{ introduced: '20.0.0' }, { fixed: '20.3.1' }], { line: '20.x' }],
      [[{ introduced: '14.0.0' }, { last_affected: '14.21.3' }], { line: '14.x', unfixed: true }],
      [[{ introduced: '12.0.0' }, { fixed: '13.0.0' }], { line: '12.x', unfixed: true }],
    ]);
    expect(validate(record), ajv.errorsText(validate.errors)).toBe(true);
    expect(['14.0.0', '14.21.3', '12.22.12', '20.3.0'].filter((version) => !osvAffects(record, version))).toEqual([]);
    expect(['14.21.4', '15.0.0', '13.0.0', '20.3.1'].filter((version) => osvAffects(record, version))).toEqual([]);
  });

  it('keep published at the release moment and never move modified before it', () => {
    const record = osvRecord(advisory('CVE-2023-30590'), model.site, url('CVE-2023-30590'));
    expect(record.published).toBe('2023-06-20T21:00:00Z');
    expect(record.modified).toBe('2023-06-20T21:00:00Z');
    const later = osvRecord({ ...advisory('CVE-2023-30590'), modified: '2023-07-01T00:00:00.000Z' }, model.site, url('x'));
    expect(later.published).toBe('2023-06-20T21:00:00Z');
    expect(later.modified).toBe('2023-07-01T00:00:00Z');
    expect(sampleAt('2024-01-01T00:00:00Z').advisories.find((a) => a.cve === 'CVE-2023-30590')?.published).toBe('2023-06-20T21:00:00Z');
  });

  it('carry the CVSS vector, typed credits and references, and stay valid', () => {
    const base = advisory('CVE-2023-30585');
    const enriched: AdvisoryView = {
      ...base,
      cvss: {
        version: '3.1',
        vector: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H',
        score: 7.8,
        severity: 'high',
        severityOverride: 'why',
      },
      credits: [{ name: 'Jane Doe', role: 'finder', url: 'https://example.org/jane' }],
      withdrawn: { at: '2023-08-01T00:00:00Z', reason: 'Duplicate.' },
    };
    const record = osvRecord(enriched, model.site, url(base.id));
    expect(record.severity).toEqual([{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H' }]);
    expect(record.credits).toEqual([{ name: 'Jane Doe', type: 'FINDER', contact: ['https://example.org/jane'] }]);
    expect(record.references.map((reference) => reference.type)).toEqual(['ADVISORY', 'ADVISORY', 'WEB']);
    expect(record.withdrawn).toBe('2023-08-01T00:00:00Z');
    expect(record.affected[0]?.ecosystem_specific.platforms).toEqual(['win32']);
    expect(validate(record), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('name the package when the site uses an OSV ecosystem, and set it aside when OSV has none for it', () => {
    const npmSite = { ...model.site, osv: { ...model.site.osv, ecosystem: 'npm', package: 'undici', purl: 'pkg:npm/undici' } };
    const record = osvRecord(advisory('CVE-2023-30581'), npmSite, url('CVE-2023-30581'));
    expect(record.affected[0]?.package).toEqual({ ecosystem: 'npm', name: 'undici', purl: 'pkg:npm/undici' });
    expect(validate(record), ajv.errorsText(validate.errors)).toBe(true);
    const runtime = osvRecord(advisory('CVE-2023-30581'), model.site, url('CVE-2023-30581'));
    expect(runtime.affected[0]?.package).toBeUndefined();
    expect(runtime.affected[0]?.database_specific).toEqual({ ecosystem: 'Node.js', package: 'node' });
    expect(osvId(advisory('CVE-2023-30581'), { ...model.site, osv: { ...model.site.osv, prefix: 'NODESEC' } })).toBe(
      'NODESEC-CVE-2023-30581',
    );
  });
});

describe('OSV records of imported advisories', () => {
  const imported = (vulnerable: string, patched: string, affected?: AdvisoryView['affected']): AdvisoryView => ({
    ...advisory('CVE-2023-30581'),
    ...(affected ? { affected } : {}),
    source: { database: 'nodejs-security-wg', id: '24', vulnerable, patched },
  });
  const versions = ['0.10.0', '0.12.18', '1.8.4', '4.0.0', '4.4.5', '4.4.6', '5.11.1', '5.12.0', '6.0.0', '6.1.0', '6.2.0', '6.17.1'];
  const grid = [...versions, '7.0.0', '8.11.3', '8.11.4', '9.11.2', '10.8.0', '10.9.0', '11.0.0', '20.3.0', '20.3.1'];

  it("take the database's ranges, which the security-wg index publishes, and answer every version as it does", () => {
    const view = imported('>=6.0.0 <6.2.0 || 5.x || 4.x', '^4.4.6 || ^5.12.0');
    const record = osvRecord(view, model.site, url(view.id));
    // Entry 24: 6.x was fixed in 6.2.0 where its vulnerable range ends, not left open to 7.0.0.
    expect(record.affected[0]?.ranges.map((range) => [range.events, range.database_specific])).toEqual([
      [[{ introduced: '6.0.0' }, { fixed: '6.2.0' }], { line: '6.x' }],
      [[{ introduced: '5.0.0' }, { fixed: '5.12.0' }], { line: '5.x' }],
      [[{ introduced: '4.0.0' }, { fixed: '4.4.6' }], { line: '4.x' }],
    ]);
    expect(validate(record), ajv.errorsText(validate.errors)).toBe(true);
    const entry = securityWgEntry(view, url(view.id));
    const wg = (version: string) => semver.satisfies(version, entry.vulnerable) && !semver.satisfies(version, entry.patched);
    expect(grid.filter((version) => osvAffects(record, version) !== wg(version))).toEqual([]);
  });

  it("fall back to the advisory's lines when the patched range leaves no version affected, never to no range at all", () => {
    const record = osvRecord(imported('4.x', '4.x'), model.site, url('x'));
    const ranges = record.affected[0]?.ranges ?? [];
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges).toEqual(osvRecord(advisory('CVE-2023-30581'), model.site, url('x')).affected[0]?.ranges);
  });

  it('reach back to the first version for a bound with no start, and mark the lines left without a fix', () => {
    const view = imported('<= 10', '^6.14.4 || ^8.11.4 || >= 10.9.0');
    const record = osvRecord(view, model.site, url(view.id));
    const ranges = record.affected[0]?.ranges ?? [];
    expect(ranges.at(-1)).toEqual({
      type: 'SEMVER',
      events: [{ introduced: '0' }, { fixed: '1.0.0' }],
      database_specific: { unfixed: true },
    });
    expect(ranges.slice(0, 4).map((range) => [range.events, range.database_specific])).toEqual([
      [[{ introduced: '10.0.0' }, { fixed: '10.9.0' }], { line: '10.x' }],
      [[{ introduced: '9.0.0' }, { fixed: '10.0.0' }], { line: '9.x', unfixed: true }],
      [[{ introduced: '8.0.0' }, { fixed: '8.11.4' }], { line: '8.x' }],
      [[{ introduced: '7.0.0' }, { fixed: '8.0.0' }], { line: '7.x', unfixed: true }],
    ]);
    expect(validate(record), ajv.errorsText(validate.errors)).toBe(true);
    const wg = (version: string) => semver.satisfies(version, '<= 10') && !semver.satisfies(version, '^6.14.4 || ^8.11.4 || >= 10.9.0');
    expect(grid.filter((version) => osvAffects(record, version) !== wg(version))).toEqual([]);
  });

  it("end an unfixed line at its last release when its file names it, and keep a patched single version's gap", () => {
    const affected = [
      { line: '5.x', fixedVersion: '5.10.0', introduced: undefined },
      { line: '4.x', fixedVersion: '4.4.2', introduced: undefined, lastVersion: '4.9.1' },
    ];
    const record = osvRecord(imported('5.x || 4.x', '^5.10.0 || 4.4.2', affected), model.site, url('x'));
    expect(record.affected[0]?.ranges.map((range) => [range.events, range.database_specific])).toEqual([
      [[{ introduced: '5.0.0' }, { fixed: '5.10.0' }], { line: '5.x' }],
      [[{ introduced: '4.4.3' }, { last_affected: '4.9.1' }], { line: '4.x', unfixed: true }],
      [[{ introduced: '4.0.0' }, { fixed: '4.4.2' }], { line: '4.x' }],
    ]);
    expect(validate(record), ajv.errorsText(validate.errors)).toBe(true);
    expect(['4.4.1', '4.4.3', '4.9.1', '5.9.0'].filter((version) => !osvAffects(record, version))).toEqual([]);
    expect(['4.4.2', '5.10.0', '6.0.0'].filter((version) => osvAffects(record, version))).toEqual([]);
  });

  it('fall back to the lines when the ranges written in the file are not semver ranges', () => {
    const record = osvRecord(imported('every version', '^20.3.1'), model.site, url('x'));
    expect(record.affected[0]?.ranges.map((range) => range.events)).toEqual(
      osvRecord(advisory('CVE-2023-30581'), model.site, url('x')).affected[0]?.ranges.map((range) => range.events),
    );
  });
});
