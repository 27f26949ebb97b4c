import { indexForSearch } from './pagefind-index';

export interface PostBuildContext {
  /** The staging folder holding the fresh build; it replaces the published folder only if every step passes. */
  outDir: string;
  now: Date;
}

export type PostBuildStep = (context: PostBuildContext) => Promise<void> | void;

/** Steps that run over the built site before it is swapped in: indexing, and checks of the output itself. */
const STEPS: PostBuildStep[] = [indexForSearch];

export async function runPostBuildSteps(context: PostBuildContext): Promise<void> {
  for (const step of STEPS) await step(context);
}
