/** The page paths the feeds and exports link to; src/site/urls.ts `paths` satisfies it. */
export interface PagePaths {
  home: () => string;
  release: (id: string) => string;
  advisory: (id: string) => string;
  report: (month: string) => string;
  lines: () => string;
  line: (id: string) => string;
}

/** Absolute URLs of the site's pages: feeds and exports are read away from the site, so every link is absolute. */
export interface SiteLinks {
  home: string;
  release: (id: string) => string;
  advisory: (id: string) => string;
  report: (month: string) => string;
  lines: string;
  line: (id: string) => string;
  /** Any other path of the site, e.g. a feed or an export. */
  path: (path: string) => string;
}

export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}

export function siteLinks(siteUrl: string, paths: PagePaths): SiteLinks {
  const at = (path: string) => absoluteUrl(path, siteUrl);
  return {
    home: at(paths.home()),
    release: (id) => at(paths.release(id)),
    advisory: (id) => at(paths.advisory(id)),
    report: (month) => at(paths.report(month)),
    lines: at(paths.lines()),
    line: (id) => at(paths.line(id)),
    path: at,
  };
}
