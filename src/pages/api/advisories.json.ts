import { advisoriesApi } from '../../core/exports/api-advisories';
import { linksOf, osvUrlOf } from '../../site/feeds';
import { getSiteModel } from '../../site/site-model';

export function GET() {
  const model = getSiteModel();
  const links = linksOf(model);
  return Response.json(advisoriesApi(model, { advisory: links.advisory, release: links.release, osv: osvUrlOf(model) }));
}
