import { isAbsolute, relative, sep } from 'node:path';

/** The path to show for a file: relative to the project when inside it, absolute otherwise (e.g. a private folder). */
export function toProjectPath(projectRoot: string, absolutePath: string): string {
  const path = relative(projectRoot, absolutePath);
  if (path.startsWith('..') || isAbsolute(path)) return absolutePath.split(sep).join('/');
  return path.split(sep).join('/');
}
