import { describe, expect, it } from 'vitest';
import { toFeedHtml, toPlainText } from '../../src/core/feeds/feed-html.ts';

describe('feed HTML', () => {
  const site = 'https://security.example.org/';

  it('makes links and images absolute, resolved against the page that shows the same HTML', () => {
    const page = 'https://security.example.org/reports/2023-07/';
    const html = toFeedHtml(
      '<p><a href="/advisories/CVE-2023-30581/">x</a> <a href="#impact">y</a> <a href="../2023-06/">z</a><img src="og.png" alt="z"></p>',
      page,
    );
    expect(html).toContain('href="https://security.example.org/advisories/CVE-2023-30581/"');
    expect(html).toContain('href="https://security.example.org/reports/2023-07/#impact"');
    expect(html).toContain('href="https://security.example.org/reports/2023-06/"');
    expect(html).toContain('src="https://security.example.org/reports/2023-07/og.png"');
    // A release step's guid carries a fragment of its own; the body's links still resolve against its page.
    expect(toFeedHtml('<a href="#impact">y</a>', 'https://security.example.org/releases/2023-06-20/#released')).toContain(
      'href="https://security.example.org/releases/2023-06-20/#impact"',
    );
  });

  it('keeps absolute links to other sites', () => {
    expect(toFeedHtml('<a href="https://nodejs.org/en">n</a>', site)).toBe('<a href="https://nodejs.org/en">n</a>');
  });

  it('drops scripts, styles, event handlers and javascript: links', () => {
    const html = toFeedHtml(
      '<script>alert(1)</script><style>p{}</style><p onclick="x()" style="color:red">t</p><a href="javascript:alert(1)">j</a>',
      site,
    );
    expect(html).toBe('<p>t</p><a>j</a>');
  });

  it('keeps tables, code and headings of advisory bodies', () => {
    const html =
      '<h2>Impact</h2><table><thead><tr><th>Line</th></tr></thead><tbody><tr><td>20.x</td></tr></tbody></table><pre><code>x</code></pre>';
    expect(toFeedHtml(html, site)).toBe(html);
  });

  it('reduces HTML to one line of text', () => {
    expect(toPlainText('<p>One &amp; <b>two</b></p>\n<p>three</p>')).toBe('One & two three');
  });
});
