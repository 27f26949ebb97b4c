import { defineCollection } from 'astro:content';
import { AdvisorySchema } from './core/schemas/advisory.ts';
import { ReleaseSchema } from './core/schemas/release.ts';
import { ReportSchema } from './core/schemas/report.ts';
import { renderableLoader } from './site/renderable-loader.ts';

// The schemas are the core's own; the loader admits only what the site model allows to be published now.
export const collections = {
  releases: defineCollection({ loader: renderableLoader('releases'), schema: ReleaseSchema }),
  advisories: defineCollection({ loader: renderableLoader('advisories'), schema: AdvisorySchema }),
  reports: defineCollection({ loader: renderableLoader('reports'), schema: ReportSchema }),
};
