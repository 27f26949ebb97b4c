import { describe, expect, it } from 'vitest';
import { isIgnoredCommit, parseIgnoredCommits } from '../../src/core/content/ignored-commits.ts';

describe('the list of commits that modify no advisory', () => {
  it('reads commit ids, full or abbreviated, skipping comments and blank lines', () => {
    const text = '# bulk edits\n\nC7E2792DA76372119ABF51379F297931D32543F1\n  0a1b2c3  # reformatting\r\n';
    expect(parseIgnoredCommits(text, 'content/.modified-ignore-revs')).toEqual({
      commits: ['c7e2792da76372119abf51379f297931d32543f1', '0a1b2c3'],
      diagnostics: [],
    });
  });

  it('names the file and line of anything that is not a commit id', () => {
    const { commits, diagnostics } = parseIgnoredCommits('0a1b2c3\nmain\n0a1b2\n', 'content/.modified-ignore-revs');
    expect(commits).toEqual(['0a1b2c3']);
    expect(diagnostics.map(({ file, line, level }) => ({ file, line, level }))).toEqual([
      { file: 'content/.modified-ignore-revs', line: 2, level: 'error' },
      { file: 'content/.modified-ignore-revs', line: 3, level: 'error' },
    ]);
    expect(diagnostics[0]?.message).toContain('"main" is not a commit id; expected 7 to 40 hexadecimal digits');
  });

  it('matches a full id by any listed prefix of it', () => {
    const full = 'c7e2792da76372119abf51379f297931d32543f1';
    expect(isIgnoredCommit(full, ['c7e2792'])).toBe(true);
    expect(isIgnoredCommit(full, ['c7e2793', full.slice(1, 9)])).toBe(false);
  });
});
