import { describe, expect, it } from 'vitest';
import { versionLink } from '../../src/core/format/version-link.ts';
import { SiteConfigSchema } from '../../src/core/schemas/site.ts';

describe('the link of a fixed version', () => {
  it("is the version's own page when the site names one, else the downloads page, else none", () => {
    const downloadsUrl = 'https://example.org/download';
    expect(versionLink({ versionUrl: 'https://example.org/release/v{version}', downloadsUrl }, '20.3.1')).toBe(
      'https://example.org/release/v20.3.1',
    );
    expect(versionLink({ versionUrl: undefined, downloadsUrl }, '20.3.1')).toBe(downloadsUrl);
    expect(versionLink({ versionUrl: undefined, downloadsUrl: undefined }, '20.3.1')).toBeUndefined();
  });

  it('is refused in site.yaml without the place of the version', () => {
    const site = {
      name: 'n',
      project: 'p',
      description: 'd',
      url: 'https://security.example.org',
      projectUrl: 'https://example.org',
      versionUrl: 'https://example.org/release/latest',
      security: { policy: 'https://example.org/p', reporting: 'https://example.org/r', contact: ['https://example.org/c'] },
      osv: { prefix: 'x_EX', ecosystem: 'npm', package: 'p' },
      releaseTiming: 't',
    };
    const result = SiteConfigSchema.safeParse(site);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['versionUrl', 'expected a URL with {version} in it, such as https://nodejs.org/en/blog/release/v{version}'],
    ]);
    expect(SiteConfigSchema.safeParse({ ...site, versionUrl: 'https://example.org/release/v{version}' }).success).toBe(true);
  });
});
