import { releasesApi } from '../../core/exports/api-releases.ts';
import { linksOf } from '../../site/feeds.ts';
import { getSiteModel } from '../../site/site-model.ts';

export function GET() {
  const model = getSiteModel();
  return Response.json(releasesApi(model, linksOf(model).release));
}
