import { exportPaths } from '../core/exports/export-paths';
import { robotsTxt } from '../core/exports/robots-txt';
import { linksOf } from '../site/feeds';
import { getSiteModel } from '../site/site-model';

export function GET() {
  return new Response(robotsTxt(linksOf(getSiteModel()).path(exportPaths.sitemap())), { headers: { 'Content-Type': 'text/plain' } });
}
