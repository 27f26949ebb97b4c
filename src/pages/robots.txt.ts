import { exportPaths } from '../core/exports/export-paths.ts';
import { robotsTxt } from '../core/exports/robots-txt.ts';
import { linksOf } from '../site/feeds.ts';
import { getSiteModel } from '../site/site-model.ts';

export function GET() {
  return new Response(robotsTxt(linksOf(getSiteModel()).path(exportPaths.sitemap())), { headers: { 'Content-Type': 'text/plain' } });
}
