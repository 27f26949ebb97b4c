import { osvRecords } from '../../core/exports/osv.ts';
import { linksOf } from '../../site/feeds.ts';
import { getSiteModel } from '../../site/site-model.ts';

export function GET() {
  const model = getSiteModel();
  return Response.json(osvRecords(model, linksOf(model).advisory));
}
