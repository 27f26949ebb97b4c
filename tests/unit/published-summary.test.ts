import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import { publishedSummary } from '../../src/core/model/published-summary.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../helpers/build-site.ts';

const roots = resolveContentRoots(PROJECT_ROOT, { BULLETIN_CONTENT_DIR: SAMPLE_CONTENT });
const modelAt = (now: string) => {
  const { model } = loadSiteModel(roots, new Date(now));
  if (!model) throw new Error('the sample has content errors');
  return model;
};

describe("the build log's line of what a build publishes", () => {
  it('counts a pre-announced release and no advisories before release day', () => {
    expect(publishedSummary(modelAt('2023-06-15T12:00:00Z'))).toBe('1 release (1 pre-announced), 0 advisories, 1 report');
  });

  it('counts the advisories once the release is out', () => {
    expect(publishedSummary(modelAt('2023-07-20T00:00:00Z'))).toBe('1 release (0 pre-announced), 10 advisories, 2 reports');
  });
});
