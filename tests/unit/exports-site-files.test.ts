import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/core/exports/robots-txt.ts';
import { securityTxt } from '../../src/core/exports/security-txt.ts';
import { siteIconSvg } from '../../src/core/exports/site-icon.ts';
import type { SiteConfig } from '../../src/core/schemas/site.ts';

const site = {
  name: 'Example Security',
  project: 'Example',
  description: 'd',
  url: 'https://security.example.org',
  language: 'en',
  projectUrl: 'https://example.org',
  security: {
    policy: 'https://example.org/policy',
    reporting: 'https://example.org/report',
    contact: ['https://hackerone.com/example', 'security@example.org'],
    preferredLanguages: 'en, de',
  },
  osv: { prefix: 'x_EX', ecosystem: 'npm', package: 'example' },
  releaseTiming: 't',
  preAnnouncementDays: 7,
  versionPrefix: '',
  lineStatusLabels: {},
  exports: { securityWgIndex: false },
  theme: { accent: '#2f6f3e' },
} satisfies SiteConfig;

describe('security.txt', () => {
  const canonical = 'https://security.example.org/.well-known/security.txt';

  it('has the fields of RFC 9116, e-mail contacts as mailto:', () => {
    expect(securityTxt(site, new Date('2023-07-20T00:00:00Z'), canonical)).toBe(
      [
        'Contact: https://hackerone.com/example',
        'Contact: mailto:security@example.org',
        'Expires: 2024-07-19T00:00:00Z',
        'Preferred-Languages: en, de',
        `Canonical: ${canonical}`,
        'Policy: https://example.org/policy',
        '',
      ].join('\n'),
    );
  });

  it('thanks researchers when the site has an acknowledgments page', () => {
    const withThanks = { ...site, security: { ...site.security, acknowledgments: 'https://example.org/thanks' } };
    expect(securityTxt(withThanks, new Date('2023-07-20T00:00:00Z'), canonical)).toContain('Acknowledgments: https://example.org/thanks\n');
  });
});

describe('robots.txt', () => {
  it('allows everything and points at the sitemap', () => {
    expect(robotsTxt('https://security.example.org/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://security.example.org/sitemap-index.xml\n',
    );
  });
});

describe('the site icon', () => {
  it('is a shield in the site accent colour that an SVG renderer draws', () => {
    const svg = siteIconSvg('#b3261e');
    expect(svg).toContain('fill="#b3261e"');
    const drawn = new Resvg(svg, { fitTo: { mode: 'width', value: 32 } }).render();
    expect([drawn.width, drawn.height]).toEqual([32, 32]);
    // The middle of the shield's left side is the accent colour: rgb(179, 38, 30), opaque.
    const at = (8 * 32 + 5) * 4;
    expect([...drawn.pixels.subarray(at, at + 4)]).toEqual([179, 38, 30, 255]);
  });
});
