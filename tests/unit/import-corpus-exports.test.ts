import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { osvRecords } from '../../src/core/exports/osv.ts';
import { securityWgIndex } from '../../src/core/exports/security-wg-index.ts';
import { loadNodeReleaseData, NO_RELEASE_DATA } from '../../src/core/import/node-release-data.ts';
import { parseNodejsEntry } from '../../src/core/import/nodejs-entry.ts';
import { planImport } from '../../src/core/import/plan-import.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { osvAffects } from '../helpers/osv-evaluate.ts';
import { osvWgDisagreements } from '../helpers/osv-wg-agreement.ts';

const SHARED = resolve(PROJECT_ROOT, '..', 'shared');
const CORPUS = join(SHARED, 'corpus', 'nodejs-security-wg', 'vuln', 'core');
const NOW = new Date('2026-11-29T00:00:00Z');

/** The whole corpus imported into a fresh content folder, and the site model read from it. */
function importedModel() {
  const entries = readdirSync(CORPUS)
    .filter((name) => /^\d+\.json$/.test(name))
    .map((name) => parseNodejsEntry(name.replace('.json', ''), readFileSync(join(CORPUS, name), 'utf-8')));
  const plan = planImport({
    entries,
    existing: { advisories: [], releases: new Map(), lines: new Map() },
    releaseData: loadNodeReleaseData() ?? NO_RELEASE_DATA,
    now: NOW,
  });
  const content = contentFixture(null);
  copyFileSync(join(SAMPLE_CONTENT, 'site.yaml'), join(content.root, 'site.yaml'));
  for (const file of plan.files) content.write(file.path, file.text);
  const { model, diagnostics } = loadSiteModel(resolveContentRoots(content.root, { BULLETIN_CONTENT_DIR: content.root }), NOW);
  if (!model) throw new Error(diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
  return model;
}

describe('the imported corpus, exported', () => {
  const model = importedModel();
  const records = new Map(osvRecords(model, (id) => `https://security.example.org/advisories/${id}/`).map((record) => [record.id, record]));
  const index = securityWgIndex(model.advisories, (advisory) => advisory.source?.ref ?? '');
  const osvOf = (id: string) => records.get(`${model.site.osv.prefix}-${id}`);

  it('gives every version the same answer in OSV and in the security-wg index, for every advisory', () => {
    expect(Object.keys(index)).toHaveLength(170);
    const disagreements = Object.entries(index).flatMap(([id, entry]) => {
      const record = osvOf(id);
      if (!record) return [`${id}: no OSV record`];
      const versions = osvWgDisagreements(record, entry);
      return versions.length ? [`${id} (${entry.vulnerable} / ${entry.patched}): ${versions.slice(0, 10).join(', ')}`] : [];
    });
    expect(disagreements).toEqual([]);
  });

  it('answers as the database does where the review found the two apart', () => {
    const affects = (id: string, version: string) => osvAffects(osvOf(id) ?? { affected: [] }, version);
    // Entry 104's ^19.2.0, entry 68's ^14.9.0 and entry 72's ^15.5.0 precede the versions their releases shipped.
    expect(['19.2.0', '19.6.0', '19.6.1'].map((version) => affects('CVE-2023-23919', version))).toEqual([false, false, false]);
    expect(affects('CVE-2023-23919', '19.1.0')).toBe(true);
    expect(['14.9.0', '14.10.1'].map((version) => affects('CVE-2020-8252', version))).toEqual([false, false]);
    expect(['15.4.0', '15.5.0'].map((version) => affects('CVE-2020-1971', version))).toEqual([true, false]);
    // Entry 21 names no 5.x fix, whatever another entry of its release fixed there.
    expect(['5.11.0', '5.12.0'].map((version) => affects('nodejs-sec-21', version))).toEqual([true, true]);
    // Entry 24: 6.x up to 6.2.0 only, where the page says it was fixed.
    expect(['6.0.0', '6.1.0', '6.2.0', '6.17.1'].map((version) => affects('CVE-2016-1669', version))).toEqual([true, true, false, false]);
    const page = model.advisories.find((advisory) => advisory.id === 'CVE-2016-1669')?.affected;
    expect(page?.map((line) => [line.line, line.fixedVersion])).toEqual([
      ['6.x', '6.2.0'],
      ['5.x', '5.12.0'],
      ['4.x', '4.4.6'],
    ]);
  });

  it('validates every OSV record against the official schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(SHARED, 'schemas', 'osv-schema.json'), 'utf-8')));
    expect(records.size).toBe(170);
    const invalid = [...records].flatMap(([id, record]) => (validate(record) ? [] : [id]));
    expect(invalid).toEqual([]);
  });
});
