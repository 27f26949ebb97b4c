/** Where each machine-readable export lives on the site. Changing one breaks the tools that read it. */
export const exportPaths = {
  osvRecord: (osvId: string) => `/osv/${osvId}.json`,
  osvAll: () => '/osv/all.json',
  securityWgIndex: () => '/vuln/core/index.json',
  calendar: () => '/calendar.ics',
  releasesApi: () => '/api/releases.json',
  advisoriesApi: () => '/api/advisories.json',
  buildApi: () => '/api/build.json',
  robots: () => '/robots.txt',
  icon: () => '/favicon.svg',
  securityTxt: () => '/.well-known/security.txt',
  sitemap: () => '/sitemap-index.xml',
};
