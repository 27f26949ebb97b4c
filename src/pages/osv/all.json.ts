import { osvRecords } from '../../core/exports/osv';
import { linksOf } from '../../site/feeds';
import { getSiteModel } from '../../site/site-model';

export function GET() {
  const model = getSiteModel();
  return Response.json(osvRecords(model, linksOf(model).advisory));
}
