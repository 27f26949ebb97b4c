/** The public URL contract of the site; every link goes through here. */
export const paths = {
  home: () => '/',
  releases: () => '/releases/',
  release: (id: string) => `/releases/${id}/`,
  advisories: () => '/advisories/',
  advisory: (id: string) => `/advisories/${id}/`,
  reports: () => '/reports/',
  report: (month: string) => `/reports/${month}/`,
  initiatives: () => '/initiatives/',
  initiative: (id: string) => `/initiatives/${id}/`,
  metrics: () => '/metrics/',
  subscribe: () => '/subscribe/',
  lines: () => '/lines/',
  line: (id: string) => `/lines/${id}/`,
  lineFeed: (id: string) => `/lines/${id}/feed.xml`,
  advisoriesBySeverity: () => '/advisories/by-severity/',
  /** A pre-built filtered list, e.g. /advisories/severity/high/, /advisories/line/20.x/. */
  advisoryFilter: (kind: string, value: string) => `/advisories/${kind}/${value}/`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
};

export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).toString();
}
