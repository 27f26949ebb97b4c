import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importProblem } from '../../src/core/content/body-imports.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

// A content folder outside the project, as a private one is: the components alias must work from there too.
const outside = mkdtempSync(join(tmpdir(), 'bulletin-imports-'));
mkdirSync(join(outside, 'advisories'));
writeFileSync(join(outside, 'advisories', 'note.mdx'), '');
writeFileSync(join(outside, 'advisories', 'helper.ts'), '');
const fromOutside = join(outside, 'advisories', 'CVE-2031-0001.mdx');
const fromSample = join(PROJECT_ROOT, 'content', 'reports', '2023-06.mdx');
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('modules a body imports', () => {
  it('are found under the components alias from any content folder', () => {
    expect(importProblem('@components/SeverityBadge.astro', fromOutside, PROJECT_ROOT)).toBeUndefined();
    expect(importProblem('@components/SeverityBadge.astro', fromSample, PROJECT_ROOT)).toBeUndefined();
  });

  it('are found relative to the file, with or without their extension, and as absolute paths', () => {
    expect(importProblem('../../src/components/SeverityBadge.astro', fromSample, PROJECT_ROOT)).toBeUndefined();
    expect(importProblem('./note.mdx', fromOutside, PROJECT_ROOT)).toBeUndefined();
    expect(importProblem('./helper', fromOutside, PROJECT_ROOT)).toBeUndefined();
    expect(importProblem('/src/components/SeverityBadge.astro', fromOutside, PROJECT_ROOT)).toBeUndefined();
    expect(importProblem(join(PROJECT_ROOT, 'src/components/SeverityBadge.astro'), fromOutside, PROJECT_ROOT)).toBeUndefined();
  });

  it('name what was looked for when missing, and the component most likely meant', () => {
    expect(importProblem('@components/SeverityBadg.astro', fromSample, PROJECT_ROOT)).toBe(
      "imports '@components/SeverityBadg.astro', which is not there (looked for src/components/SeverityBadg.astro); did you mean '@components/SeverityBadge.astro'?",
    );
    // The relative path that worked from content/ does not from a folder elsewhere.
    expect(importProblem('../../src/components/SeverityBadge.astro', fromOutside, PROJECT_ROOT)).toMatch(
      /^imports '\.\.\/\.\.\/src\/components\/SeverityBadge\.astro', which is not there \(looked for .*\/src\/components\/SeverityBadge\.astro\); did you mean '@components\/SeverityBadge\.astro'\?$/,
    );
    expect(importProblem('./Callout.astro', fromOutside, PROJECT_ROOT)).toMatch(
      /which is not there .*; the site's components are imported as '@components\/<name>\.astro'$/,
    );
  });

  it('name the extension of a component or body, which the bundler does not add', () => {
    expect(importProblem('@components/SeverityBadge', fromOutside, PROJECT_ROOT)).toBe(
      "imports '@components/SeverityBadge' without its extension, which only scripts may leave out; write '@components/SeverityBadge.astro'",
    );
    expect(importProblem('./note', fromOutside, PROJECT_ROOT)).toMatch(/write '\.\/note\.mdx'$/);
  });

  it('are packages found from the file upward, as the bundler finds them, so not from a folder outside the project', () => {
    expect(importProblem('satori', fromOutside, PROJECT_ROOT)).toBe(
      "imports 'satori', a package of the project that is not found from a folder outside it; import it in a component under src/components/ and import that component as '@components/<name>.astro'",
    );
  });

  it('are packages the project has, and leave built-in modules alone', () => {
    expect(importProblem('satori', fromSample, PROJECT_ROOT)).toBeUndefined();
    expect(importProblem('@astrojs/mdx/server', fromSample, PROJECT_ROOT)).toBeUndefined();
    expect(importProblem('astro:assets', fromSample, PROJECT_ROOT)).toBeUndefined();
    expect(importProblem('left-pad', fromSample, PROJECT_ROOT)).toBe(`imports 'left-pad', but the project has no package "left-pad"`);
  });
});
