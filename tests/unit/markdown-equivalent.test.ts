import { describe, expect, it } from 'vitest';
import { readsTheSameAsMarkdown } from '../../src/core/content/markdown-equivalent.ts';

describe('readsTheSameAsMarkdown', () => {
  it('accepts headings, tables, lists and fenced code', () => {
    const body = [
      '## Impact',
      '',
      'A crafted header *bypasses* the check.',
      '',
      '| Line | Fixed in |',
      '| --- | --- |',
      '| 20.x | 20.11.1 |',
      '',
      '- one',
      '  continued',
      '',
      '```js',
      '    const indented = "inside a fence";',
      '```',
      '',
    ].join('\n');
    expect(readsTheSameAsMarkdown(body)).toBe(true);
  });

  it.each([
    ['a component', 'Text <Note>careful</Note>.'],
    ['an HTML tag', 'Line one<br />line two'],
    ['an autolink', 'See <https://example.org>.'],
    ['an expression', 'Costs {1 + 1}.'],
    ['an import', "import Note from './note.astro';\n\nText."],
    ['an export', 'export const x = 1;\n\nText.'],
  ])('refuses a body with %s', (_, body) => {
    expect(readsTheSameAsMarkdown(body)).toBe(false);
  });

  it('refuses indented code outside a fence, which MDX reads as a paragraph', () => {
    expect(readsTheSameAsMarkdown('Run this:\n\n    node --version\n')).toBe(false);
    expect(readsTheSameAsMarkdown('Run this:\n\n\tnode --version\n')).toBe(false);
  });

  it('looks for indented code again after a fence closes', () => {
    expect(readsTheSameAsMarkdown('~~~\ncode\n~~~\n\n    indented\n')).toBe(false);
    expect(readsTheSameAsMarkdown('````\n```\n    still fenced\n````\n')).toBe(true);
  });
});
