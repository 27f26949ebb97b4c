import { describe, expect, it } from 'vitest';
import { type CacheKeyInput, fontsHash, ogCacheKey } from '../../src/core/og/cache-key.ts';
import type { AdvisoryCard } from '../../src/core/og/card.ts';
import { cardElement } from '../../src/core/og/card-element.ts';
import { ogImageVersion } from '../../src/core/og/image-version.ts';

const advisory: AdvisoryCard = {
  kind: 'advisory',
  page: '/advisories/CVE-2023-30585/',
  image: '/og/advisories/CVE-2023-30585.png',
  alt: 'CVE-2023-30585, medium severity',
  brand: { name: 'Node.js Security', host: 'security.example.org', accent: '#2f6f3e' },
  cve: 'CVE-2023-30585',
  title: 'Privilege escalation during a Windows installer repair',
  severity: 'medium',
  lines: ['20.x', '18.x', '16.x'],
  published: '20 June 2023',
  withdrawn: false,
};

const fonts = fontsHash([new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6])]);

function input(card: AdvisoryCard = advisory, overrides: Partial<CacheKeyInput> = {}): CacheKeyInput {
  return { card, element: cardElement(card), templateVersion: '1+satori@1', fontsHash: fonts, ...overrides };
}

describe('the Open Graph cache key', () => {
  it('is a sha256 that stays the same for the same inputs, however they were built', () => {
    const key = ogCacheKey(input());
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(ogCacheKey(input(structuredClone(advisory)))).toBe(key);
  });

  it('changes when the card data changes', () => {
    const key = ogCacheKey(input());
    expect(ogCacheKey(input({ ...advisory, title: `${advisory.title}.` }))).not.toBe(key);
    expect(ogCacheKey(input({ ...advisory, severity: 'high' }))).not.toBe(key);
    expect(ogCacheKey(input({ ...advisory, alt: 'another text alternative' }))).not.toBe(key);
    expect(ogCacheKey(input({ ...advisory, brand: { ...advisory.brand, accent: '#000000' } }))).not.toBe(key);
  });

  it('changes when the template version, the drawn tree or the fonts change', () => {
    const key = ogCacheKey(input());
    expect(ogCacheKey(input(advisory, { templateVersion: '2+satori@1' }))).not.toBe(key);
    const element = cardElement(advisory);
    expect(ogCacheKey(input(advisory, { element: { ...element, props: { ...element.props, style: { display: 'block' } } } }))).not.toBe(
      key,
    );
    const otherFonts = fontsHash([new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 7])]);
    expect(otherFonts).not.toBe(fonts);
    expect(ogCacheKey(input(advisory, { fontsHash: otherFonts }))).not.toBe(key);
  });
});

describe('the image URL version', () => {
  it('is short, stable, and changes with what the card shows', () => {
    expect(ogImageVersion(advisory)).toMatch(/^[0-9a-f]{10}$/);
    expect(ogImageVersion(structuredClone(advisory))).toBe(ogImageVersion(advisory));
    expect(ogImageVersion({ ...advisory, withdrawn: true })).not.toBe(ogImageVersion(advisory));
  });
});
