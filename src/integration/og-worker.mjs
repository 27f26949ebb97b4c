// A render worker of the Open Graph image pool: receives element trees, answers with PNG bytes or an error.
import { parentPort, workerData } from 'node:worker_threads';
import { renderPng } from './og-render.mjs';

if (!parentPort) throw new Error('og-worker.mjs runs only as a worker thread');
const port = parentPort;

port.on('message', async (/** @type {{ id: number, element: unknown }} */ job) => {
  try {
    const png = await renderPng(job.element, workerData.fonts, workerData.size);
    port.postMessage({ id: job.id, png }, [png.buffer]);
  } catch (error) {
    port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
