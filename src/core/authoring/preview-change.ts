import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../content/diagnostic.ts';
import type { ContentRoots } from '../content/load.ts';
import { toProjectPath } from '../content/project-path.ts';
import { loadCheckedContent } from '../load-site.ts';

/** One file a command means to write, with its full new text. */
export interface PlannedWrite {
  absolutePath: string;
  text: string;
}

export interface ChangePreview {
  /** Errors the change would introduce. Any one of them means the change must not be written. */
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** Errors the content already had before the change; they are not the change's fault but are worth a word. */
  existingErrors: Diagnostic[];
  /** The errors the content had before the change that it still has after it. */
  remainingErrors: Diagnostic[];
}

const keyOf = (diagnostic: Diagnostic) => `${diagnostic.level}|${diagnostic.file}|${diagnostic.field ?? ''}|${diagnostic.message}`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function copyRoot(from: string, to: string): void {
  if (existsSync(from)) cpSync(from, to, { recursive: true });
  else mkdirSync(to, { recursive: true });
}

/**
 * Runs every content check over a throwaway copy of the content with the planned writes applied, so a command can
 * refuse a change that would break the site before it touches a single real file.
 */
export function previewChange(roots: ContentRoots, writes: PlannedWrite[], now: Date): ChangePreview {
  const before = loadCheckedContent(roots, now).diagnostics;
  const scratch = mkdtempSync(join(tmpdir(), 'bulletin-preview-'));
  try {
    const copies: { real: string; copy: string }[] = [{ real: roots.content, copy: join(scratch, 'public') }];
    if (roots.privateContent) copies.push({ real: roots.privateContent, copy: join(scratch, 'private') });
    for (const { real, copy } of copies) copyRoot(real, copy);
    for (const write of writes) {
      const root = copies.find(({ real }) => !relative(real, write.absolutePath).startsWith('..'));
      if (!root) throw new Error(`${write.absolutePath} is outside the content folders`);
      const target = join(root.copy, relative(root.real, write.absolutePath));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, write.text);
    }
    const scratchRoots: ContentRoots = {
      projectRoot: scratch,
      content: join(scratch, 'public'),
      privateContent: roots.privateContent ? join(scratch, 'private') : undefined,
      skipBodyImports: true,
    };
    // Name problems by the real files, so the messages point where the steward will look.
    const realFile = (file: string) => {
      for (const { real, copy } of copies) {
        const prefix = `${toProjectPath(scratch, copy)}/`;
        if (file.startsWith(prefix)) return toProjectPath(roots.projectRoot, join(real, ...file.slice(prefix.length).split('/')));
      }
      return file.split('/').join(sep);
    };
    // Messages name other files too ("also claimed by …"); a path left in the copy's terms would differ from the same
    // problem found before the change, and blame the change for it.
    const copiedPath = new RegExp(
      `(?<![\\w./-])(?:${copies.map(({ copy }) => escapeRegExp(`${toProjectPath(scratch, copy)}/`)).join('|')})[^\\s,;:()'"]+`,
      'g',
    );
    const after = loadCheckedContent(scratchRoots, now).diagnostics.map((diagnostic) => ({
      ...diagnostic,
      file: realFile(diagnostic.file),
      message: diagnostic.message.replace(copiedPath, (path) => realFile(path).split(sep).join('/')),
    }));
    const known = new Set(before.map(keyOf));
    const introduced = after.filter((diagnostic) => !known.has(keyOf(diagnostic)));
    return {
      errors: introduced.filter((diagnostic) => diagnostic.level === 'error'),
      warnings: introduced.filter((diagnostic) => diagnostic.level === 'warning'),
      existingErrors: before.filter((diagnostic) => diagnostic.level === 'error'),
      remainingErrors: after.filter((diagnostic) => diagnostic.level === 'error' && known.has(keyOf(diagnostic))),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
