import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { osvRecords } from '../../src/core/exports/osv.ts';
import { securityWgIndex } from '../../src/core/exports/security-wg-index.ts';
import { loadCheckedContent, loadSiteModel } from '../../src/core/load-site.ts';
import { compareAdvisoriesNewestFirst } from '../../src/core/model/advisory-view.ts';
import { buildSiteModel } from '../../src/core/model/build-site-model.ts';
import type { AdvisoryView } from '../../src/core/model/types.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const FILE = 'advisories/CVE-2023-30590.mdx';
const url = (id: string) => `https://security.example.org/advisories/${id}/`;

/** The sample with CVE-2023-30590's front matter given extra fields, read at a moment. */
function advisoryAt(extra: string, now: string): { view: AdvisoryView; osv: { modified: string; withdrawn?: string }; indexed: boolean } {
  const content = contentFixture();
  content.write(FILE, content.read(FILE).replace(/^summary:/m, `${extra}\nsummary:`));
  const { model, diagnostics } = loadSiteModel(resolveContentRoots(content.root, { BULLETIN_CONTENT_DIR: content.root }), new Date(now));
  if (!model) throw new Error(diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
  const view = model.advisories.find((advisory) => advisory.cve === 'CVE-2023-30590') as AdvisoryView;
  const osv = osvRecords(model, url).find((record) => record.id.endsWith('CVE-2023-30590')) as { modified: string; withdrawn?: string };
  const indexed = Object.values(securityWgIndex(model.advisories, (advisory) => url(advisory.id))).some((entry) =>
    entry.cve.includes('CVE-2023-30590'),
  );
  return { view, osv, indexed };
}

describe('an advisory after its release', () => {
  it('counts a withdrawal from its moment on, as a modification of the record', () => {
    const withdrawal = 'withdrawn:\n  at: 2023-07-01T00:00:00Z\n  reason: Not a vulnerability after all.';
    const before = advisoryAt(withdrawal, '2023-06-25T00:00:00Z');
    expect(before.view.withdrawn).toBeUndefined();
    expect(before.osv).not.toHaveProperty('withdrawn');
    expect(before.osv.modified).toBe('2023-06-20T21:00:00Z');
    expect(before.indexed).toBe(true);

    const after = advisoryAt(withdrawal, '2023-07-02T00:00:00Z');
    expect(after.view.withdrawn?.reason).toBe('Not a vulnerability after all.');
    expect(after.osv.withdrawn).toBe('2023-07-01T00:00:00Z');
    expect(after.osv.modified).toBe('2023-07-01T00:00:00Z');
    expect(after.indexed).toBe(false);
  });

  it('keeps the later of a correction and a withdrawal as its modification', () => {
    const both = 'modified: 2023-07-05T00:00:00Z\nwithdrawn:\n  at: 2023-07-01T00:00:00Z\n  reason: Duplicate.';
    expect(advisoryAt(both, '2023-07-20T00:00:00Z').osv.modified).toBe('2023-07-05T00:00:00Z');
  });

  it('compares moments as instants, whatever their offset, and gives them in UTC', () => {
    // 20:30 one hour west of Greenwich is 21:30 UTC, half an hour after the release at 21:00 UTC.
    const { view, osv } = advisoryAt('modified: 2023-06-20T20:30:00-01:00', '2023-07-20T00:00:00Z');
    expect(view.modified).toBe('2023-06-20T21:30:00Z');
    expect(osv.modified).toBe('2023-06-20T21:30:00Z');
  });

  it('leaves a correction dated ahead out until it comes', () => {
    const later = 'modified: 2023-07-04T22:00:00Z';
    expect(advisoryAt(later, '2023-06-25T00:00:00Z').osv.modified).toBe('2023-06-20T21:00:00Z');
    expect(advisoryAt(later, '2023-07-05T00:00:00Z').osv.modified).toBe('2023-07-04T22:00:00Z');
  });
});

describe('an advisory left unfixed on a line whose last version changed after its release', () => {
  it('is modified then, and an advisory fixed on every line it names is not', () => {
    const content = contentFixture();
    // CVE-2023-30590 affects 20.x only, which its release fixed; a new advisory also names the ended 14.x.
    content.write('lines/14.x.yaml', 'id: 14.x\nlabel: Node.js 14\nstatus: end-of-life\nendOfLife: 2023-04-30\nlastVersion: 14.21.3\n');
    const file = 'advisories/CVE-2023-39993.mdx';
    content.write(
      file,
      '---\ncve: CVE-2023-39993\ntitle: A flaw\nrelease: 2023-06-20\nseverity: low\nlines: [20.x, 14.x]\nsummary: One paragraph.\n' +
        'credits:\n  - name: Jane Doe\n    role: reporter\n---\n\nBody.\n',
    );
    const roots = resolveContentRoots(content.root, { BULLETIN_CONTENT_DIR: content.root });
    const now = new Date('2023-07-20T00:00:00Z');
    const { content: checked } = loadCheckedContent(roots, now);
    if (!checked) throw new Error('the content has errors');
    const model = buildSiteModel(checked, now, new Map([[join(content.root, 'lines', '14.x.yaml'), '2023-07-01T09:00:00+00:00']]));
    const modified = (cve: string) => model.advisories.find((advisory) => advisory.cve === cve)?.modified;
    expect(modified('CVE-2023-39993')).toBe('2023-07-01T09:00:00Z');
    expect(modified('CVE-2023-30590')).toBe('2023-06-20T21:00:00Z');
  });
});

describe('an advisory published without a CVE id', () => {
  it('carries the reason it has none, and drops it once the id comes', () => {
    const content = contentFixture();
    const file = (cve: string) =>
      `---\n${cve}title: Header overflow\nrelease: 2023-06-20\nseverity: low\nlines: [20.x]\nsummary: A header could overflow.\n` +
      'credits:\n  - name: Jane Doe\n    role: reporter\n---\n\nServers that parse headers.\n';
    content.write('advisories/http-header-overflow.mdx', file('noCve: Not assigned by release day.\n'));
    const view = () => {
      const { model, diagnostics } = loadSiteModel(
        resolveContentRoots(content.root, { BULLETIN_CONTENT_DIR: content.root }),
        new Date('2023-07-20T00:00:00Z'),
      );
      expect(diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
      return model?.advisories.find((advisory) => advisory.id === 'http-header-overflow');
    };
    expect(view()).toMatchObject({ cve: undefined, noCve: 'Not assigned by release day.' });
    content.write('advisories/http-header-overflow.mdx', file('cve: CVE-2023-39987\n'));
    expect(view()?.noCve).toBeUndefined();
  });
});

describe('a CVE id assigned after the release', () => {
  it('joins the advisory under the name it was published with: page, OSV id and record stay, the CVE among the aliases', () => {
    const content = contentFixture();
    content.write(
      'advisories/http-header-overflow.mdx',
      [
        '---',
        'cve: CVE-2023-39987',
        'title: Header overflow',
        'release: 2023-06-20',
        'severity: low',
        'lines: [20.x]',
        'summary: A header could overflow.',
        'credits:',
        '  - name: Jane Doe',
        '    role: reporter',
        '---',
        '',
        '## Impact',
        '',
        'Servers that parse headers.',
        '',
      ].join('\n'),
    );
    const { model, diagnostics } = loadSiteModel(
      resolveContentRoots(content.root, { BULLETIN_CONTENT_DIR: content.root }),
      new Date('2023-07-20T00:00:00Z'),
    );
    expect(diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
    const record = osvRecords(model!, url).find((candidate) => candidate.id === 'x_NODE-http-header-overflow');
    expect(record?.aliases).toEqual(['CVE-2023-39987']);
    expect(model?.advisories.find((advisory) => advisory.id === 'http-header-overflow')?.cve).toBe('CVE-2023-39987');
  });
});

describe('an advisory edited after its release', () => {
  const content = contentFixture();
  const roots = resolveContentRoots(content.root, { BULLETIN_CONTENT_DIR: content.root });
  const modifiedAt = (editedAt: string, now: string) => {
    const { content: checked } = loadCheckedContent(roots, new Date(now));
    if (!checked) throw new Error('the sample has errors');
    const model = buildSiteModel(checked, new Date(now), new Map([[join(content.root, FILE), editedAt]]));
    return model.advisories.find((advisory) => advisory.cve === 'CVE-2023-30590')?.modified;
  };

  it('is modified when its file was last edited, once that moment has come', () => {
    expect(modifiedAt('2023-07-01T08:00:00+00:00', '2023-07-20T00:00:00Z')).toBe('2023-07-01T08:00:00Z');
    expect(modifiedAt('2023-07-01T08:00:00+00:00', '2023-06-25T00:00:00Z')).toBe('2023-06-20T21:00:00Z');
  });

  it('keeps its release as its modification when the last edit came before the release', () => {
    expect(modifiedAt('2023-06-19T08:00:00+00:00', '2023-07-20T00:00:00Z')).toBe('2023-06-20T21:00:00Z');
  });

  it("is modified when its release's fixed versions were corrected, whichever of the two edits came last", () => {
    const { content: checked } = loadCheckedContent(roots, new Date('2023-07-20T00:00:00Z'));
    if (!checked) throw new Error('the sample has errors');
    const edits = (advisoryEdit: string) =>
      new Map([
        [join(content.root, FILE), advisoryEdit],
        [join(content.root, 'releases', '2023-06-20.mdx'), '2023-07-05T09:00:00+00:00'],
      ]);
    const modified = (advisoryEdit: string) =>
      buildSiteModel(checked, new Date('2023-07-20T00:00:00Z'), edits(advisoryEdit)).advisories.map((advisory) => [
        advisory.cve,
        advisory.modified,
      ]);
    const corrected = Object.fromEntries(modified('2023-07-01T08:00:00+00:00'));
    expect(new Set(Object.values(corrected))).toEqual(new Set(['2023-07-05T09:00:00Z']));
    expect(Object.fromEntries(modified('2023-07-10T08:00:00+00:00'))['CVE-2023-30590']).toBe('2023-07-10T08:00:00Z');
  });
});

describe('an imported advisory naming a line its release does not ship', () => {
  function imported(vulnerable: string): AdvisoryView['affected'] {
    const content = contentFixture();
    content.write('lines/14.x.yaml', 'id: 14.x\nlabel: Node.js 14\nstatus: end-of-life\nendOfLife: 2023-04-30\n');
    const source = `source:\n  database: nodejs-security-wg\n  id: "112"\n  vulnerable: "${vulnerable}"\n  patched: ^16.20.1 || ^18.16.1 || ^20.3.1`;
    content.write(
      FILE,
      content
        .read(FILE)
        .replace('lines: [20.x, 18.x, 16.x]', 'lines: [20.x, 18.x, 16.x, 14.x]')
        .replace(/^summary:/m, `${source}\nsummary:`),
    );
    const { model, diagnostics } = loadSiteModel(
      resolveContentRoots(content.root, { BULLETIN_CONTENT_DIR: content.root }),
      new Date('2023-07-20T00:00:00Z'),
    );
    if (!model) throw new Error(diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
    return (model.advisories.find((advisory) => advisory.cve === 'CVE-2023-30590') as AdvisoryView).affected;
  }

  it("is fixed there where the database's vulnerable range ends inside the line, and otherwise gets no fix", () => {
    const fixedBefore = imported('>=14.0.0 <14.21.0 || 16.x || 18.x || 20.x');
    expect(fixedBefore.map((line) => [line.line, line.fixedVersion])).toEqual([
      ['20.x', '20.3.1'],
      ['18.x', '18.16.1'],
      ['16.x', '16.20.1'],
      ['14.x', '14.21.0'],
    ]);
    expect(imported('14.x || 16.x || 18.x || 20.x').find((line) => line.line === '14.x')?.fixedVersion).toBeUndefined();
  });
});

describe('the order of advisories', () => {
  it('puts the later moment first, also within one second, where the text of the moments sorts the other way', () => {
    const at = (id: string, published: string) => ({ id, cve: id, severity: 'high', published }) as AdvisoryView;
    const sorted = [at('CVE-2031-0001', '2031-03-10T20:00:00Z'), at('CVE-2031-0002', '2031-03-10T20:00:00.250Z')].sort(
      compareAdvisoriesNewestFirst,
    );
    expect(sorted.map((advisory) => advisory.id)).toEqual(['CVE-2031-0002', 'CVE-2031-0001']);
  });
});
