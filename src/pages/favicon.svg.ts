import { siteIconSvg } from '../core/exports/site-icon';
import { getSiteModel } from '../site/site-model';

export function GET() {
  return new Response(siteIconSvg(getSiteModel().site.theme.accent), { headers: { 'Content-Type': 'image/svg+xml' } });
}
