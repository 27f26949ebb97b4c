import { securityWgIndex } from '../../../core/exports/security-wg-index.ts';
import { linksOf } from '../../../site/feeds.ts';
import { getSiteModel } from '../../../site/site-model.ts';

// A route with parameters, so that a site whose exports leave the index out builds no file at all.
export function getStaticPaths() {
  return getSiteModel().site.exports.securityWgIndex ? [{ params: { index: 'index' } }] : [];
}

export function GET() {
  const model = getSiteModel();
  const links = linksOf(model);
  return new Response(
    `${JSON.stringify(
      securityWgIndex(model.advisories, (advisory) => links.advisory(advisory.id)),
      null,
      2,
    )}\n`,
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
}
