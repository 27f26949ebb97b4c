import { releasesApi } from '../../core/exports/api-releases';
import { linksOf } from '../../site/feeds';
import { getSiteModel } from '../../site/site-model';

export function GET() {
  const model = getSiteModel();
  return Response.json(releasesApi(model, linksOf(model).release));
}
