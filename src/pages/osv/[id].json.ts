import type { APIContext } from 'astro';
import { type OsvRecord, osvId, osvRecord } from '../../core/exports/osv';
import { digestOf } from '../../core/model/model-digest';
import { linksOf } from '../../site/feeds';
import { getSiteModel } from '../../site/site-model';

// Each record is worked out here once and keyed by its own digest, so a record is written again only when it changed.
export function getStaticPaths() {
  const model = getSiteModel();
  const links = linksOf(model);
  return model.advisories.map((advisory) => {
    const record = osvRecord(advisory, model.site, links.advisory(advisory.id));
    return { params: { id: osvId(advisory, model.site) }, props: { record }, cacheKey: digestOf(record) };
  });
}

export function GET({ props }: APIContext<{ record: OsvRecord }>) {
  return Response.json(props.record);
}
