import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { suggestKey } from './key-suggestion.ts';
import { toProjectPath } from './project-path.ts';

/**
 * The prefix under which a body imports the site's components from any content folder, public or private:
 * `import SeverityBadge from '@components/SeverityBadge.astro'`. A path relative to the file would break when
 * `release:move-public` moves the file into another folder. `astro.config.mjs` and `tsconfig.json` map it.
 */
export const COMPONENTS_ALIAS = '@components/';
export const COMPONENTS_FOLDER = 'src/components';

/** What the bundler tries after the path as written (Vite's default `resolve.extensions`). */
const EXTENSIONS = ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];
/** Files the bundler compiles but finds only when the import names their extension. */
const WRITTEN_EXTENSIONS = ['.astro', '.mdx', '.md'];

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function fileFor(path: string): boolean {
  return isFile(path) || EXTENSIONS.some((extension) => isFile(`${path}${extension}`) || isFile(join(path, `index${extension}`)));
}

/** The folder holding the package, looked for from `folder` upward, as the bundler looks for it. */
function packageFolder(name: string, folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    const candidate = join(current, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

/** A package name from a bare specifier: `satori` of `satori/wasm`, `@scope/name` of `@scope/name/sub`. */
function packageName(source: string): string {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? source);
}

function componentSuggestion(source: string, projectRoot: string): string {
  let components: string[] = [];
  try {
    components = readdirSync(join(projectRoot, COMPONENTS_FOLDER)).filter((name) => name.endsWith('.astro'));
  } catch {
    return '';
  }
  const wanted = basename(source);
  const match = components.includes(wanted) ? wanted : suggestKey(wanted, components);
  return match
    ? `; did you mean '${COMPONENTS_ALIAS}${match}'?`
    : `; the site's components are imported as '${COMPONENTS_ALIAS}<name>.astro'`;
}

/**
 * Why an import in the body of `fromFile` would stop the build, or undefined when the bundler will find it: a relative
 * path from the file's folder, a path under the components alias, an absolute path, or a package the project has.
 */
export function importProblem(source: string, fromFile: string, projectRoot: string): string | undefined {
  const path = source.replace(/[?#].*$/, '');
  if (path.startsWith('astro:') || path.startsWith('node:') || path.startsWith('virtual:')) return undefined;
  let looked: string;
  if (path.startsWith(COMPONENTS_ALIAS)) looked = join(projectRoot, COMPONENTS_FOLDER, path.slice(COMPONENTS_ALIAS.length));
  else if (path.startsWith('./') || path.startsWith('../')) looked = resolve(dirname(fromFile), path);
  else if (isAbsolute(path)) {
    // The bundler reads a leading / as the project's root first, then as the file system's.
    if (fileFor(join(projectRoot, path))) return undefined;
    looked = path;
  } else {
    const name = packageName(path);
    if (packageFolder(name, dirname(fromFile))) return undefined;
    return existsSync(join(projectRoot, 'node_modules', name, 'package.json'))
      ? `imports '${source}', a package of the project that is not found from a folder outside it; import it in a component under ${COMPONENTS_FOLDER}/ and import that component as '${COMPONENTS_ALIAS}<name>.astro'`
      : `imports '${source}', but the project has no package "${name}"`;
  }
  if (fileFor(looked)) return undefined;
  const written = WRITTEN_EXTENSIONS.find((extension) => isFile(`${looked}${extension}`));
  if (written) return `imports '${source}' without its extension, which only scripts may leave out; write '${source}${written}'`;
  return `imports '${source}', which is not there (looked for ${toProjectPath(projectRoot, looked)})${componentSuggestion(path, projectRoot)}`;
}
