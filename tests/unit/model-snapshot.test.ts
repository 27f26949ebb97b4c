import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import { modelDigest } from '../../src/core/model/model-digest.ts';
import { readModelSnapshot, waitForModelSnapshot, writeModelSnapshot } from '../../src/site/model-snapshot.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

const NOW = new Date('2023-07-20T00:00:00Z');

describe('the model handed from the build script to Astro', () => {
  const { model } = loadSiteModel(resolveContentRoots(PROJECT_ROOT, {}), NOW);
  const file = join(mkdtempSync(join(tmpdir(), 'bulletin-snapshot-')), 'model');
  if (!model) throw new Error('the sample has content errors');
  writeModelSnapshot(file, model);

  it('comes back equal, dates and maps included, with views still shared between lists', () => {
    const back = readModelSnapshot(file, NOW);
    expect(back).toEqual(model);
    expect(back.now).toBeInstanceOf(Date);
    expect(back.renderable.advisories).toBeInstanceOf(Map);
    expect(back.renderable.advisories.size).toBe(10);
    const advisory = back.advisories[0];
    expect(back.releases.some((release) => 'advisories' in release && release.advisories.includes(advisory as never))).toBe(true);
  });

  it('brings the digest the build script took, so that Astro does not take it again', () => {
    const back = readModelSnapshot(file, NOW);
    expect(modelDigest(back)).toBe(modelDigest(model));
    // Changed after reading, the model still answers with the digest it came with: it was not taken again.
    back.site.name = 'Another name';
    expect(modelDigest(back)).toBe(modelDigest(model));
  });

  it('leaves only its own file behind, written whole', () => {
    expect(readdirSync(join(file, '..'))).toEqual(['model']);
  });

  it('is waited for by Astro until the build script has written it', async () => {
    const later = join(mkdtempSync(join(tmpdir(), 'bulletin-snapshot-')), 'model');
    let arrived = false;
    const waiting = waitForModelSnapshot(later, 5).then(() => {
      arrived = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(arrived).toBe(false);
    writeModelSnapshot(later, model);
    await waiting;
    expect(readModelSnapshot(later, NOW)).toEqual(model);
  });

  it('is refused for another moment', () => {
    expect(() => readModelSnapshot(file, new Date('2023-06-15T12:00:00Z'))).toThrow(
      /is for 2023-07-20T00:00:00.000Z, not for this build's moment 2023-06-15T12:00:00.000Z/,
    );
  });
});
