import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { readSiteUrl } from '../../src/core/content/site-url.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../helpers/build-site.ts';

function rootsWith(files: Record<string, string>) {
  const content = mkdtempSync(join(tmpdir(), 'bulletin-site-url-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(content, name), text);
  return resolveContentRoots(PROJECT_ROOT, { BULLETIN_CONTENT_DIR: content });
}

describe("the site's URL, read before Astro starts", () => {
  it('is the url field of the sample site.yaml', () => {
    expect(readSiteUrl(resolveContentRoots(PROJECT_ROOT, { BULLETIN_CONTENT_DIR: SAMPLE_CONTENT }))).toMatch(/^https:\/\/[^/]+/);
  });

  it('is read from site.yml as well', () => {
    expect(readSiteUrl(rootsWith({ 'site.yml': 'name: x\nurl: https://security.example.org/\n' }))).toBe('https://security.example.org/');
  });

  it('is left unset, for the checks to report, when the file is missing, broken or has no usable url', () => {
    expect(readSiteUrl(rootsWith({}))).toBeUndefined();
    expect(readSiteUrl(rootsWith({ 'site.yaml': 'url: [unclosed\n' }))).toBeUndefined();
    expect(readSiteUrl(rootsWith({ 'site.yaml': 'url: not a url\n' }))).toBeUndefined();
    expect(readSiteUrl(rootsWith({ 'site.yaml': 'url: 42\n' }))).toBeUndefined();
  });
});
