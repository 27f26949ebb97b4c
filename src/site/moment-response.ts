import { MOMENT_OUTPUTS } from '../core/exports/moment-outputs.ts';
import { linksOf } from './feeds.ts';
import { getSiteModel } from './site-model.ts';

/** The route for one of the outputs that print the build's moment; the build writes the same bytes when it keeps a site. */
export function momentResponse(name: keyof typeof MOMENT_OUTPUTS): Response {
  const model = getSiteModel();
  const { body, contentType } = MOMENT_OUTPUTS[name](model, linksOf(model));
  return new Response(body, { headers: { 'Content-Type': contentType } });
}
