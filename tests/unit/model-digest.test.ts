import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import { digestOf, modelDigest } from '../../src/core/model/model-digest.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../helpers/build-site.ts';

const roots = resolveContentRoots(PROJECT_ROOT, { BULLETIN_CONTENT_DIR: SAMPLE_CONTENT });
const digestAt = (now: string) => {
  const { model } = loadSiteModel(roots, new Date(now));
  if (!model) throw new Error('the sample has content errors');
  return modelDigest(model);
};

describe("the model's digest, which keys the pages Astro may copy from the last build", () => {
  it('is the same at two moments at which the same things are public', () => {
    expect(digestAt('2023-07-21T00:00:00Z')).toBe(digestAt('2023-07-20T00:00:00Z'));
    expect(digestAt('2023-06-14T09:00:00Z')).toBe(digestAt('2023-06-14T08:00:00Z'));
  });

  it('changes when the moment changes what is public or what the banner says', () => {
    const published = digestAt('2023-07-20T00:00:00Z');
    // Pre-announced; released with its advisories; released, with the banner still up for a week.
    expect(digestAt('2023-06-15T00:00:00Z')).not.toBe(published);
    expect(digestAt('2023-06-20T21:00:00Z')).not.toBe(digestAt('2023-06-20T20:59:59Z'));
    expect(digestAt('2023-06-27T22:00:00Z')).not.toBe(digestAt('2023-06-27T20:00:00Z'));
  });

  it('stays the same when only a body changes, since the pages that show a body key it by its own digest', () => {
    const { model } = loadSiteModel(roots, new Date('2023-07-20T00:00:00Z'));
    if (!model) throw new Error('the sample has content errors');
    const before = digestOf({ ...model, now: undefined, renderable: undefined });
    const [id, source] = [...model.renderable.advisories][0] ?? [];
    if (!id || !source) throw new Error('the sample has no public advisory');
    const edited = {
      ...model,
      renderable: { ...model.renderable, advisories: new Map([[id, { ...source, sourceDigest: 'an edited body' }]]) },
    };
    expect(modelDigest(edited)).toBe(before);
    expect(modelDigest(edited)).toBe(modelDigest(model));
  });

  it('writes Maps as their entries, so their contents count', () => {
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf(new Map([['a', 2]])));
  });
});
