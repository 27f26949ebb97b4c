import { createRequire } from 'node:module';

let parser: typeof import('yaml') | undefined;

/**
 * The YAML parser that keeps positions and comments, loaded on first use: slower than the one that reads values, and
 * most builds and checks never need it.
 */
export function positionalYaml(): typeof import('yaml') {
  parser ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return parser;
}
