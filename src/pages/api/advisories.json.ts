import { advisoriesApi } from '../../core/exports/api-advisories.ts';
import { linksOf, osvUrlOf } from '../../site/feeds.ts';
import { getSiteModel } from '../../site/site-model.ts';

export function GET() {
  const model = getSiteModel();
  const links = linksOf(model);
  return Response.json(advisoriesApi(model, { advisory: links.advisory, release: links.release, osv: osvUrlOf(model) }));
}
