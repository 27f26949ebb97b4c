import type { APIContext } from 'astro';
import { type OsvRecord, osvId, osvRecord } from '../../core/exports/osv.ts';
import { digestOf } from '../../core/model/model-digest.ts';
import { linksOf } from '../../site/feeds.ts';
import { getSiteModel } from '../../site/site-model.ts';

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
