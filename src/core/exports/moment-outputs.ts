import type { SiteLinks } from '../feeds/site-links.ts';
import type { SiteModel } from '../model/types.ts';
import { buildApi } from './api-build.ts';
import { releaseCalendar } from './calendar.ts';
import { exportPaths } from './export-paths.ts';
import { securityTxt } from './security-txt.ts';

/** A file of the site written from the model and the build's moment. */
export interface MomentOutput {
  /** Its path on the site, e.g. `/calendar.ics`. */
  path: string;
  contentType: string;
  body: string;
}

/**
 * The only outputs that print the build's moment: /api/build.json says when the site was built for, the calendar
 * stamps its events, and security.txt expires a year on. Every other page and file is the same at two moments at
 * which the same things are public (the model's digest leaves the moment out), so a build that finds nothing else
 * changed keeps the last site and writes these three alone. `tests/build/output-reuse.test.ts` builds two such
 * moments and checks that these are the files that differ.
 */
export const MOMENT_OUTPUTS = {
  buildApi: (model: SiteModel): MomentOutput => ({
    path: exportPaths.buildApi(),
    contentType: 'application/json',
    body: JSON.stringify(buildApi(model)),
  }),
  calendar: (model: SiteModel, links: SiteLinks): MomentOutput => ({
    path: exportPaths.calendar(),
    contentType: 'text/calendar; charset=utf-8',
    body: releaseCalendar(model, links.release),
  }),
  securityTxt: (model: SiteModel, links: SiteLinks): MomentOutput => ({
    path: exportPaths.securityTxt(),
    contentType: 'text/plain; charset=utf-8',
    body: securityTxt(model.site, model.now, links.path(exportPaths.securityTxt())),
  }),
} as const;

export function momentOutputs(model: SiteModel, links: SiteLinks): MomentOutput[] {
  return Object.values(MOMENT_OUTPUTS).map((output) => output(model, links));
}
