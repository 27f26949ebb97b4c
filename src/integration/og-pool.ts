import { Worker } from 'node:worker_threads';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from '../core/og/card.ts';
import type { OgElement } from '../core/og/element.ts';
import type { FontFile } from './og-render.mjs';

/** Below this many images, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 8;

const SIZE = { width: OG_IMAGE_WIDTH, height: OG_IMAGE_HEIGHT };

/**
 * A card needs a few megabytes; without limits each worker's heap grows to hundreds before it collects, which
 * matters when the workers draw beside Astro's own build.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };

export interface RenderJob {
  page: string;
  element: OgElement;
}

/** Rendering under way: `done` settles when every job has an image or the first one failed. */
export interface Rendering {
  done: Promise<void>;
  /** Adds workers up to `workers` in all, e.g. once the build that shared the machine has finished. */
  grow: (workers: number) => void;
  /** Stops the workers; jobs not yet drawn are dropped and `done` rejects. */
  stop: () => Promise<void>;
}

/** The one wording of a card that cannot be drawn, for the pool and the plan alike: it names the page. */
export function failure(page: string, message: string): Error {
  return new Error(`og image for page ${page} could not be drawn: ${message}`);
}

function renderInThread(jobs: RenderJob[], fonts: FontFile[], onImage: (index: number, png: Uint8Array) => void): Rendering {
  let stopped = false;
  const done = (async () => {
    // Loaded on first use: satori and resvg take a noticeable part of a second to load, and most builds draw nothing.
    if (jobs.length === 0) return;
    const { renderPng } = await import('./og-render.mjs');
    for (const [index, job] of jobs.entries()) {
      if (stopped) throw new Error('og image rendering was stopped');
      let png: Uint8Array;
      try {
        png = await renderPng(job.element, fonts, SIZE);
      } catch (error) {
        throw failure(job.page, (error as Error).message);
      }
      onImage(index, png);
    }
  })();
  return {
    done,
    grow: () => {},
    stop: async () => {
      stopped = true;
      await done.catch(() => {});
    },
  };
}

/** Each worker takes the next job as soon as it is free; the first failure stops the pool. */
function renderInPool(jobs: RenderJob[], fonts: FontFile[], workers: number, onImage: (index: number, png: Uint8Array) => void): Rendering {
  const pool: Worker[] = [];
  let next = 0;
  let finished = 0;
  let settled = false;
  let resolveDone: () => void = () => {};
  let rejectDone: (error: Error) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  const terminate = () => Promise.all(pool.map((worker) => worker.terminate())).then(() => {});
  const settle = (error?: Error) => {
    if (settled) return;
    settled = true;
    void terminate().then(() => (error ? rejectDone(error) : resolveDone()));
  };
  const feed = (worker: Worker) => {
    if (settled || next >= jobs.length) return;
    const id = next++;
    worker.postMessage({ id, element: jobs[id]?.element });
  };
  const addWorker = () => {
    const worker = new Worker(new URL('./og-worker.mjs', import.meta.url), {
      workerData: { fonts, size: SIZE },
      resourceLimits: WORKER_LIMITS,
    });
    worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
      const page = jobs[message.id]?.page ?? '?';
      if (message.error !== undefined || !message.png) return settle(failure(page, message.error ?? 'no image returned'));
      try {
        onImage(message.id, message.png);
      } catch (error) {
        return settle(error as Error);
      }
      finished += 1;
      if (finished === jobs.length) settle();
      else feed(worker);
    });
    worker.on('error', (error) => settle(new Error(`og image worker stopped: ${error.message}`)));
    pool.push(worker);
    feed(worker);
  };
  const grow = (size: number) => {
    while (!settled && pool.length < Math.min(size, jobs.length - finished)) addWorker();
  };
  if (jobs.length === 0) settle();
  else grow(workers);
  return {
    done,
    grow,
    stop: async () => {
      settle(new Error('og image rendering was stopped'));
      await done.catch(() => {});
    },
  };
}

/**
 * Draws every job, handing each image to `onImage` as soon as it is ready, in a pool of `workers` worker threads
 * when there are many jobs, or always with `inWorkers` (where this thread cannot load the renderer, as in the dev
 * server, whose module runner closes once the configuration is loaded).
 */
export function startRendering(
  jobs: RenderJob[],
  fonts: FontFile[],
  workers: number,
  onImage: (index: number, png: Uint8Array) => void,
  inWorkers = false,
): Rendering {
  if (!inWorkers && jobs.length <= POOL_THRESHOLD) return renderInThread(jobs, fonts, onImage);
  return renderInPool(jobs, fonts, Math.max(1, workers), onImage);
}

/** Renders every job and returns the images in the order of the jobs. */
export async function renderJobs(jobs: RenderJob[], fonts: FontFile[], workers: number): Promise<Uint8Array[]> {
  const pngs: Uint8Array[] = new Array(jobs.length);
  await startRendering(jobs, fonts, workers, (index, png) => {
    pngs[index] = png;
  }).done;
  return pngs;
}
