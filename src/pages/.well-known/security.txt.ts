import { exportPaths } from '../../core/exports/export-paths';
import { securityTxt } from '../../core/exports/security-txt';
import { linksOf } from '../../site/feeds';
import { getSiteModel } from '../../site/site-model';

export function GET() {
  const model = getSiteModel();
  const canonical = linksOf(model).path(exportPaths.securityTxt());
  return new Response(securityTxt(model.site, model.now, canonical), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
