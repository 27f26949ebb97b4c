import { describe, expect, it } from 'vitest';
import { commentCutValues } from '../../src/core/content/comment-cut-values.ts';

describe('unquoted values that YAML cuts at " #"', () => {
  it('names the field, its line and the text dropped, with the quoted value to write instead', () => {
    const text =
      'links:\n  - label: Issue #859\n    url: https://github.com/nodejs/security-wg/issues/859\nnote: see nodejs/node #48529 # tracked\n';
    expect(commentCutValues(text, 'content/initiatives/x.yaml', 1)).toEqual([
      {
        level: 'warning',
        file: 'content/initiatives/x.yaml',
        field: 'links[0].label',
        line: 3,
        message:
          'read as "Issue": YAML takes " #" as the start of a comment and drops "#859"; put the value in quotes to keep it, e.g. label: "Issue #859"',
      },
      expect.objectContaining({ field: 'note', line: 5, message: expect.stringContaining('drops "#48529"') }),
    ]);
  });

  it('leaves real comments, quoted values, block text and URL fragments alone', () => {
    const text = [
      'title: A flaw # the title the CVE gives',
      'label: "Issue #859"',
      "other: 'Issue #860'",
      'url: https://example.org/page#section',
      'summary: |',
      '  See #48529 for details.',
      'flow: [a, b] # comment',
      'after: a value',
      '  #a comment on a line of its own',
    ].join('\n');
    expect(commentCutValues(text, 'x.yaml', 0)).toEqual([]);
  });

  it('suggests the whole rest of the line, up to a comment written as one', () => {
    const [both] = commentCutValues('label: Issue #859 and #860 # the two issues\n', 'x.yaml', 0);
    expect(both?.message).toContain('drops "#859 and #860"; put the value in quotes to keep it, e.g. label: "Issue #859 and #860"');
  });
});
