import { publishedCounts } from '../model/published-summary.ts';
import type { SiteModel } from '../model/types.ts';

/**
 * The shape of /api/build.json, documented in docs/feeds-and-data.md. The build's moment is published here alone,
 * not on every page: a page that printed it would differ in every build, and no page could be reused from the last.
 */
export interface BuildApi {
  /** The moment the site was built for (`BULLETIN_NOW` or the clock), as an ISO 8601 UTC timestamp. */
  builtFor: string;
  published: ReturnType<typeof publishedCounts>;
}

export function buildApi(model: SiteModel): BuildApi {
  return {
    builtFor: model.now.toISOString(),
    published: publishedCounts(model),
  };
}
