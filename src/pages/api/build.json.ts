import { buildApi } from '../../core/exports/api-build';
import { getSiteModel } from '../../site/site-model';

export function GET() {
  return Response.json(buildApi(getSiteModel()));
}
