import { describe, expect, it } from 'vitest';
import type { OgElement } from '../../src/core/og/element.ts';
import { box, text } from '../../src/core/og/element.ts';
import { interFonts } from '../../src/integration/og-images.ts';
import { POOL_THRESHOLD, type RenderJob, renderJobs, startRendering } from '../../src/integration/og-pool.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const good = (page: string): RenderJob => ({
  page,
  element: box({ width: 1200, height: 630, backgroundColor: '#fff' }, text({ fontSize: 40 }, page)),
});
// A relative image source is the kind of template mistake satori rejects.
const broken: RenderJob = {
  page: '/advisories/CVE-2023-30581/',
  element: { type: 'img', props: { src: '/logo.png', style: {} } } as unknown as OgElement,
};

describe('rendering Open Graph images', () => {
  it('draws a PNG in this thread when there are few images', async () => {
    const [png] = await renderJobs([good('/')], interFonts(), 2);
    expect([...(png ?? []).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });

  it('fails naming the page whose card could not be drawn', async () => {
    await expect(renderJobs([good('/'), broken], interFonts(), 2)).rejects.toThrow(
      /og image for page \/advisories\/CVE-2023-30581\/ could not be drawn: .*absolute URL/,
    );
  });

  it('fails naming the page in the worker pool too, and returns images in job order otherwise', async () => {
    const many = Array.from({ length: POOL_THRESHOLD + 1 }, (_, index) => good(`/page-${index}/`));
    const pngs = await renderJobs(many, interFonts(), 2);
    expect(pngs).toHaveLength(many.length);
    for (const png of pngs) expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const [alone] = await renderJobs([many[3] as RenderJob], interFonts(), 2);
    expect(Buffer.from(pngs[3] ?? []).equals(Buffer.from(alone ?? []))).toBe(true);
    await expect(renderJobs([broken, ...many], interFonts(), 2)).rejects.toThrow(/og image for page \/advisories\/CVE-2023-30581\//);
  });

  it('starts with one worker, takes more when asked, and hands over every image once', async () => {
    const many = Array.from({ length: POOL_THRESHOLD * 2 }, (_, index) => good(`/grow-${index}/`));
    const seen: number[] = [];
    const rendering = startRendering(many, interFonts(), 1, (index) => seen.push(index));
    rendering.grow(2);
    await rendering.done;
    expect(seen.sort((a, b) => a - b)).toEqual(many.map((_, index) => index));
  });

  it('rejects when stopped before the jobs are done', async () => {
    const many = Array.from({ length: POOL_THRESHOLD * 4 }, (_, index) => good(`/stop-${index}/`));
    const rendering = startRendering(many, interFonts(), 1, () => {});
    await rendering.stop();
    await expect(rendering.done).rejects.toThrow(/stopped/);
  });
});
