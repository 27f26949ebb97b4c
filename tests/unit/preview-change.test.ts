import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewChange } from '../../src/core/authoring/preview-change.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const NOW = new Date('2023-07-20T00:00:00Z');

describe('a change checked on a copy of the content before it is written', () => {
  it('does not blame the change for an error the content already had, even one whose message names another file', () => {
    const content = contentFixture();
    const root = join(content.root, '..');
    // Two advisories claim one CVE id: the message of each names the other file.
    content.write(
      'advisories/CVE-2023-30582.mdx',
      content.read('advisories/CVE-2023-30582.mdx').replace('cve: CVE-2023-30582', 'cve: CVE-2023-30581'),
    );
    const roots = { projectRoot: root, content: content.root, privateContent: undefined };
    const unrelated = join(content.root, 'initiatives', 'new-initiative.yaml');
    const preview = previewChange(
      roots,
      [
        {
          absolutePath: unrelated,
          text: content.read('initiatives/permission-model.yaml').replace('id: permission-model', 'id: new-initiative'),
        },
      ],
      NOW,
    );

    expect(preview.existingErrors.map((diagnostic) => diagnostic.message)).toContainEqual(
      expect.stringMatching(/also claimed by .*advisories\/CVE-2023-3058[12]\.mdx/),
    );
    expect(preview.errors).toEqual([]);
  });

  it('names the real files in what the change would break', () => {
    const content = contentFixture();
    const root = join(content.root, '..');
    const roots = { projectRoot: root, content: content.root, privateContent: undefined };
    const copy = content.read('advisories/CVE-2023-30581.mdx');
    const preview = previewChange(roots, [{ absolutePath: join(content.root, 'advisories', 'second.mdx'), text: copy }], NOW);
    const folder = content.root.slice(root.length + 1);
    expect(preview.errors.map((diagnostic) => diagnostic.message)).toContainEqual(
      expect.stringContaining(`also claimed by ${folder}/advisories/`),
    );
    expect(preview.errors.every((diagnostic) => diagnostic.file.startsWith(`${folder}/advisories/`))).toBe(true);
  });
});
