import { stripVTControlCharacters } from 'node:util';

/**
 * Astro lists every route it writes, a line each, and routes drawn side by side share or split lines. On a site of
 * thousands of pages the list buries the build's own messages, so the build counts the routes instead and shows the
 * list only when asked (`--verbose`).
 */
export interface RouteLog {
  /** The part of Astro's output to show, once the route list is taken out of it (unless it is kept). */
  take: (chunk: string) => string;
  /** What is left of an unfinished last line. */
  flush: () => string;
  /** Routes Astro wrote, and how many of them it copied from the last build instead of drawing them. */
  tally: () => { routes: number; copied: number };
}

const ROUTE = /[├└]─ \//g;
const COPIED = /\((?:restored|cached)\)/g;
/** What is left of a line whose route went to another line: " (+12ms) ". */
const TIMING_ONLY = /^\s*\(\+\d+(?:\.\d+)?m?s\)\s*$/;

export function routeLog(keepList: boolean): RouteLog {
  let pending = '';
  let routes = 0;
  let copied = 0;
  const filterLine = (line: string): string => {
    const plain = stripVTControlCharacters(line);
    const listed = plain.match(ROUTE)?.length ?? 0;
    routes += listed;
    copied += plain.match(COPIED)?.length ?? 0;
    const partOfList = listed > 0 || TIMING_ONLY.test(plain);
    return keepList || !partOfList ? `${line}\n` : '';
  };
  return {
    take: (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      return lines.map(filterLine).join('');
    },
    flush: () => {
      const rest = pending;
      pending = '';
      return rest === '' ? '' : filterLine(rest).replace(/\n$/, '');
    },
    tally: () => ({ routes, copied }),
  };
}
