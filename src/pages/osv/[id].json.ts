import type { APIContext } from 'astro';
import { osvId, osvRecord } from '../../core/exports/osv';
import { linksOf } from '../../site/feeds';
import { modelCacheKey } from '../../site/page-cache-key';
import { getSiteModel } from '../../site/site-model';

export function getStaticPaths() {
  const model = getSiteModel();
  const cacheKey = modelCacheKey();
  return model.advisories.map((advisory) => ({ params: { id: osvId(advisory, model.site) }, props: { id: advisory.id }, cacheKey }));
}

export function GET({ props }: APIContext<{ id: string }>) {
  const model = getSiteModel();
  const advisory = model.advisories.find((candidate) => candidate.id === props.id);
  if (!advisory) throw new Error(`no released advisory ${props.id}`);
  return Response.json(osvRecord(advisory, model.site, linksOf(model).advisory(advisory.id)));
}
