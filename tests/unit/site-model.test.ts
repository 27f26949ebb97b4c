import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import type { SiteModel } from '../../src/core/model/types.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

function sampleAt(now: string): SiteModel {
  const { model, diagnostics } = loadSiteModel(resolveContentRoots(PROJECT_ROOT, {}), new Date(now));
  expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  if (!model) throw new Error('no model');
  return model;
}

describe('the site model of the June 2023 sample', () => {
  it('publishes nothing of the release before its pre-announcement', () => {
    const model = sampleAt('2023-06-13T19:59:59Z');
    expect(model.releases).toEqual([]);
    expect(model.advisories).toEqual([]);
    expect(model.renderable.advisories.size).toBe(0);
    expect(model.banner).toBeUndefined();
  });

  it('pre-announces what Node.js announced on 13 June 2023, derived from the advisories', () => {
    const model = sampleAt('2023-06-15T12:00:00Z');
    const release = model.releases[0];
    expect(release?.phase).toBe('announced');
    expect(release?.targetDate).toBe('2023-06-20');
    expect(release?.lines).toEqual(['20.x', '18.x', '16.x']);
    expect(release?.summary.counts).toEqual({ low: 0, medium: 7, high: 3, critical: 0 });
    expect(Object.fromEntries(release?.lineImpacts.map((impact) => [impact.line, impact.summary.counts]) ?? [])).toEqual({
      '20.x': { low: 0, medium: 7, high: 3, critical: 0 },
      '18.x': { low: 0, medium: 4, high: 1, critical: 0 },
      '16.x': { low: 0, medium: 4, high: 1, critical: 0 },
    });
    // Each line ships the OpenSSL of its own major version.
    expect(release?.dependencies.map((dependency) => `${dependency.name} ${dependency.version}: ${dependency.lines.join(' ')}`)).toEqual([
      'OpenSSL 3.0.9: 20.x 18.x',
      'OpenSSL 1.1.1u: 16.x',
      'c-ares 1.19.1: 20.x 18.x 16.x',
    ]);
    expect(model.banner?.kind).toBe('announced');
    expect(model.banner?.text).toBe('Security release planned for 20 June 2023');
  });

  it('says a release past its day is not yet released, where the date alone would read as if it were out', () => {
    const content = contentFixture();
    content.write('releases/2023-06-20.mdx', content.read('releases/2023-06-20.mdx').replace(/^releasedAt: .*\n/m, ''));
    const { model } = loadSiteModel(
      resolveContentRoots(PROJECT_ROOT, { BULLETIN_CONTENT_DIR: content.root }),
      new Date('2023-06-21T09:00:00Z'),
    );
    expect(model?.banner?.text).toBe('Security release planned for 20 June 2023, not yet released');
    // Every page reads lateness from the model, so that a build the day after its day draws them again.
    expect(model?.releases[0]).toMatchObject({ phase: 'announced', overdue: true });
    expect(sampleAt('2023-06-20T12:00:00Z').releases[0]).toMatchObject({ phase: 'announced', overdue: false });
  });

  it('keeps every advisory detail out of the model while announced', () => {
    const model = sampleAt('2023-06-15T12:00:00Z');
    expect(model.advisories).toEqual([]);
    expect(model.renderable.advisories.size).toBe(0);
    expect(model.renderable.releases.size).toBe(0);
    const serialized = JSON.stringify(model, (_key, value) => (value instanceof Map ? [...value] : value));
    expect(serialized).not.toMatch(/CVE-2023-30|mainModule|openAsBlob|X509|DiffieHellman|llhttp/);
  });

  it('publishes the release and its ten advisories on release day, highest severity first', () => {
    const model = sampleAt('2023-06-21T00:00:00Z');
    const release = model.releases[0];
    expect(release?.phase).toBe('released');
    if (release?.phase !== 'released') return;
    expect(release.fixedVersions).toEqual([
      { line: '20.x', version: '20.3.1' },
      { line: '18.x', version: '18.16.1' },
      { line: '16.x', version: '16.20.1' },
    ]);
    expect(release.advisories).toHaveLength(10);
    expect(release.advisories.slice(0, 3).map((advisory) => advisory.cve)).toEqual(['CVE-2023-30581', 'CVE-2023-30584', 'CVE-2023-30587']);
    expect(model.advisories.find((advisory) => advisory.cve === 'CVE-2023-30585')?.platforms).toEqual(['win32']);
    expect(model.banner?.kind).toBe('released');
  });

  it('drops the banner seven days after the release', () => {
    expect(sampleAt('2023-06-27T20:00:00Z').banner?.kind).toBe('released');
    expect(sampleAt('2023-06-28T21:00:01Z').banner).toBeUndefined();
  });

  it('derives the release of the month in the June report, and compares with May', () => {
    const model = sampleAt('2023-08-01T00:00:00Z');
    const june = model.reports.find((report) => report.month === '2023-06');
    expect(june?.releases.map((release) => release.id)).toEqual(['2023-06-20']);
    expect(june?.changes.reportsClosed).toMatchObject({ current: 17, previous: 2, direction: 'up', percent: 750 });
    expect(june?.changes.firstResponseHours).toMatchObject({ current: 3, previous: 8, direction: 'down', percent: -63 });
    expect(model.reports.find((report) => report.month === '2023-05')?.changes.reportsClosed.direction).toBe('unknown');
  });
});
