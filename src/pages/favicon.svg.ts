import { siteIconSvg } from '../core/exports/site-icon.ts';
import { getSiteModel } from '../site/site-model.ts';

export function GET() {
  return new Response(siteIconSvg(getSiteModel().site.theme.accent), { headers: { 'Content-Type': 'image/svg+xml' } });
}
