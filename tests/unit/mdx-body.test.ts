import { describe, expect, it } from 'vitest';
import { findMdxBodyError } from '../../src/core/content/mdx-body.ts';

describe('an MDX body', () => {
  it('passes when it is plain Markdown, HTML, or uses only components it imports or exports', () => {
    const bodies = [
      '## Impact\n\nPlain **Markdown** with a [link](https://example.org).\n',
      '<details>\n<summary>Steps</summary>\n\nRun it.\n\n</details>\n',
      "import Note from '../components/Note.astro';\n\n<Note>Upgrade.</Note>\n",
      'import { Tabs } from \'../components/tabs.ts\';\n\n<Tabs.Item label="npm">npm up</Tabs.Item>\n',
      'export function Badge({ children }) { return children; }\n\nSeverity: <Badge>high</Badge>\n',
      "import * as ui from '../ui.ts';\nexport const { Box } = ui;\n\n<Box />\n",
      "import Aside from '../Aside.astro';\nexport const components = { Note: Aside };\n\n<Note>Upgrade.</Note>\n",
    ];
    for (const body of bodies) expect(findMdxBodyError(body), body).toBeUndefined();
  });

  it('fails on the first component it neither imports nor exports, naming it and its line', () => {
    const error = findMdxBodyError(
      "import Note from '../Note.astro';\n\n<Note>Fine.</Note>\n\nUpgrade to <Version.Latest /> now.\n\n<Callout />\n",
    );
    expect(error?.line).toBe(5);
    expect(error?.message).toMatch(/^the body uses <Version\.Latest>, which it does not import/);
    expect(findMdxBodyError('\n\n- a list item with <Badge>high</Badge>\n')).toMatchObject({ line: 3 });
    // The keys of a components object are its names, not what they stand for.
    expect(findMdxBodyError("import Aside from '../Aside.astro';\nexport const components = { Note: Aside };\n\n<Tip />\n")).toMatchObject({
      line: 4,
    });
  });

  it('reports a syntax error before anything else', () => {
    expect(findMdxBodyError('<Callout>\n\nNever closed.\n')?.message).toMatch(
      /^MDX syntax error in the body: Expected a closing tag for `<Callout>`/,
    );
  });
});
