import { describe, expect, it } from 'vitest';
import { nestBodyHeadings } from '../../src/core/content/body-headings.ts';

type Node = { type: string; tagName?: string; children?: Node[] };
const heading = (level: number): Node => ({ type: 'element', tagName: `h${level}`, children: [{ type: 'text' }] });
const body = (...levels: number[]): Node => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'section', children: levels.map(heading) },
    { type: 'element', tagName: 'p' },
  ],
});
const levels = (tree: Node) => (tree.children?.[0]?.children ?? []).map((node) => node.tagName);

describe('body headings', () => {
  it('nest an advisory body written with ## under the page section that holds it, keeping its gaps', () => {
    const tree = body(2, 3, 2, 4);
    nestBodyHeadings(tree, '/site/content/advisories/CVE-2023-30581.mdx');
    expect(levels(tree)).toEqual(['h3', 'h4', 'h3', 'h5']);
  });

  it('start a report body at h3 and a release body at h2, whatever level its author began at', () => {
    const report = body(1, 2);
    nestBodyHeadings(report, '/private/reports/2023-06.md');
    expect(levels(report)).toEqual(['h3', 'h4']);
    const release = body(1, 2, 3);
    nestBodyHeadings(release, 'C:\\site\\content\\releases\\2023-06-20.mdx');
    expect(levels(release)).toEqual(['h2', 'h3', 'h4']);
    const deep = body(4, 5);
    nestBodyHeadings(deep, '/site/content/advisories/CVE-2023-30582.md');
    expect(levels(deep)).toEqual(['h3', 'h4']);
  });

  it('change nothing a second time, so the Markdown and MDX pipelines may both run it', () => {
    const tree = body(2, 3);
    nestBodyHeadings(tree, '/site/content/advisories/a.mdx');
    nestBodyHeadings(tree, '/site/content/advisories/a.mdx');
    expect(levels(tree)).toEqual(['h3', 'h4']);
  });

  it('stop at h6, and leave files outside the collections with bodies alone', () => {
    const tree = body(2, 6);
    nestBodyHeadings(tree, '/site/content/advisories/a.mdx');
    expect(levels(tree)).toEqual(['h3', 'h6']);
    const page = body(2, 3);
    nestBodyHeadings(page, '/site/src/pages/about.md');
    nestBodyHeadings(page, undefined);
    expect(levels(page)).toEqual(['h2', 'h3']);
  });
});
