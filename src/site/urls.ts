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
};

export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).toString();
}
