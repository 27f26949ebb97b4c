import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import { aheadOfClock, describeAheadOfClock } from '../../src/core/model/ahead-of-clock.ts';
import type { SiteModel } from '../../src/core/model/types.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

function sampleAt(now: string): SiteModel {
  const { model } = loadSiteModel(resolveContentRoots(PROJECT_ROOT, {}), new Date(now));
  if (!model) throw new Error('no model');
  return model;
}

describe('a site built for a moment ahead of the clock', () => {
  it('counts what it shows that the clock still keeps private, and until when', () => {
    const preview = sampleAt('2023-07-20T00:00:00Z');
    const ahead = aheadOfClock(preview, new Date('2023-06-15T12:00:00Z'));
    // Announced by the clock, out in the preview: the release's advisories and its release-day post.
    // The last of them decides when the preview could be served: the June report, published 13 July.
    expect(ahead).toEqual({ advisories: 10, releases: 1, reports: 1, until: '2023-07-13T00:00:00Z' });
    expect(describeAheadOfClock(ahead)).toBe('10 advisories, 1 release, 1 report');

    const beforeJuneReport = aheadOfClock(sampleAt('2023-07-01T00:00:00Z'), new Date('2023-06-01T00:00:00Z'));
    expect(beforeJuneReport).toEqual({ advisories: 10, releases: 1, reports: 1, until: '2023-06-20T21:00:00Z' });
  });

  it('finds nothing ahead when the clock has caught up', () => {
    const ahead = aheadOfClock(sampleAt('2023-07-20T00:00:00Z'), new Date('2023-07-20T00:00:00Z'));
    expect(ahead).toEqual({ advisories: 0, releases: 0, reports: 0, until: undefined });
    expect(describeAheadOfClock(ahead)).toBeUndefined();
  });
});
