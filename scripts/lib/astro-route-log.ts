import { stripVTControlCharacters } from 'node:util';

/**
 * Astro lists every route it writes, a line each, and routes drawn side by side share or split lines. On a site of
 * thousands of pages the list buries the build's own messages, so the build counts the routes instead and shows the
 * list only when asked (`--verbose`).
 */
/** Routes Astro wrote, and how many of them it copied from the last build instead of drawing them. */
export interface RouteTally {
  routes: number;
  copied: number;
}

export interface RouteLog {
  /** The part of Astro's output to show, once the route list is taken out of it (unless it is kept). */
  take: (chunk: string) => string;
  /** What is left of an unfinished last line. */
  flush: () => string;
  tally: () => RouteTally;
}

const ROUTE = /[├└]─ \//g;
const COPIED = /\((?:restored|cached)\)/g;
/**
 * The pieces of the list: a route with its time of day (a route runs straight into the time of day of whatever
 * is printed next on its line), what Astro says of it, and its timing, which may land on a line of its own.
 */
const LIST_PIECES = [
  /(?:\d{2}:\d{2}:\d{2}\s+)?[├└]─ \/\S*?(?=\d{2}:\d{2}:\d{2}\s|\s|$)/g,
  /\((?:restored|cached)\)/g,
  /\(\+\d+(?:\.\d+)?m?s\)/g,
];

export function routeLog(keepList: boolean): RouteLog {
  let pending = '';
  let routes = 0;
  let copied = 0;
  const filterLine = (line: string): string => {
    const plain = stripVTControlCharacters(line);
    routes += plain.match(ROUTE)?.length ?? 0;
    copied += plain.match(COPIED)?.length ?? 0;
    if (keepList) return `${line}\n`;
    const rest = LIST_PIECES.reduce((text, piece) => text.replace(piece, ''), plain);
    if (rest === plain) return `${line}\n`;
    // A message Astro or a page printed while a page was being drawn shares that page's line: it stays, uncoloured.
    return rest.trim() === '' ? '' : `${rest.trim()}\n`;
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
