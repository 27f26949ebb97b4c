import { indexForSearch } from './pagefind-index.ts';

export interface PostBuildContext {
  /** The staging folder holding the fresh build; it replaces the published folder only if every step passes. */
  outDir: string;
  now: Date;
}

export type PostBuildStep = (context: PostBuildContext) => Promise<void> | void;

/**
 * Steps that run over the built pages before the site is swapped in. They run while the Open Graph images are still
 * being drawn and placed, so a step must read only the pages; one that checks every output file belongs after the
 * images are placed, in scripts/build.ts.
 */
const STEPS: PostBuildStep[] = [indexForSearch];

export async function runPostBuildSteps(context: PostBuildContext): Promise<void> {
  for (const step of STEPS) await step(context);
}
