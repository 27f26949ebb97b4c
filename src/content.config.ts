import { defineCollection } from 'astro/content/config';
import { renderableLoader } from './site/renderable-loader.ts';

// The collections hold the bodies only: pages read every fact from the site model, which the core has already
// checked against its schemas, and the loader admits only what the model allows to be published now.
export const collections = {
  releases: defineCollection({ loader: renderableLoader('releases') }),
  advisories: defineCollection({ loader: renderableLoader('advisories') }),
  reports: defineCollection({ loader: renderableLoader('reports') }),
};
