import { defineCollection } from 'astro:content';
import { AdvisorySchema } from './core/schemas/advisory';
import { ReleaseSchema } from './core/schemas/release';
import { ReportSchema } from './core/schemas/report';
import { renderableLoader } from './site/renderable-loader';

// The schemas are the core's own; the loader admits only what the site model allows to be published now.
export const collections = {
  releases: defineCollection({ loader: renderableLoader('releases'), schema: ReleaseSchema }),
  advisories: defineCollection({ loader: renderableLoader('advisories'), schema: AdvisorySchema }),
  reports: defineCollection({ loader: renderableLoader('reports'), schema: ReportSchema }),
};
