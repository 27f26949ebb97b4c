import { releaseCalendar } from '../core/exports/calendar';
import { linksOf } from '../site/feeds';
import { getSiteModel } from '../site/site-model';

export function GET() {
  const model = getSiteModel();
  return new Response(releaseCalendar(model, linksOf(model).release), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
