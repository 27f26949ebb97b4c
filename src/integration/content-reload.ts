import { isAbsolute, relative } from 'node:path';
import { plural } from '../core/checks/format-report.ts';
import { type Diagnostic, formatDiagnostic } from '../core/content/diagnostic.ts';
import { CONTENT_DRAWN_EVENT } from '../site/content-generation.ts';

/** The parts of Vite's dev server that a reload needs: its file watcher and its channel to the browser. */
export interface DevServer {
  watcher: {
    add: (paths: string | readonly string[]) => unknown;
    on: (event: 'add' | 'change' | 'unlink', listener: (path: string) => void) => unknown;
  };
  ws: {
    send: (payload: ReloadPayload) => void;
    on: (event: string, listener: (data: unknown, client: { send: (payload: ReloadPayload) => void }) => void) => unknown;
  };
  middlewares: { use: (handler: (request: { url?: string | undefined }, response: unknown, next: () => void) => void) => unknown };
}

type ReloadPayload = { type: 'full-reload'; path: string } | { type: 'error'; err: { message: string; stack: string } };

export interface ContentReloadOptions<Model> {
  server: DevServer;
  /** Content folders; the public one and, when set, the private one. */
  roots: readonly string[];
  projectRoot: string;
  /** Reads the content again; a model comes back only when the content has no errors. */
  read: () => Promise<{ model: Model | undefined; diagnostics: Diagnostic[] }>;
  /** Folders bodies import from (the site's components); an edit there reads the content again while it has errors. */
  importedFrom?: readonly string[];
  /** Runs the content loaders again, so that changed bodies are rendered from the new model. */
  refresh: () => Promise<void>;
  /** Notes, for a page asked for, how many readings of edited content had reached the pages by then. */
  recordPageGeneration: (pathname: string, generation: number) => void;
  /** What the new model publishes, for the line that reports a reload. */
  describe: (model: Model) => string;
  log: { info: (message: string) => void; error: (message: string) => void };
  /** Edits that arrive within this many milliseconds of each other are read together (an editor saves several files). */
  quietMs?: number;
}

export interface ContentReload {
  /** Settles once every edit seen so far has been read and the browser told; for tests. */
  idle: () => Promise<void>;
}

/** Editors' swap and backup files, which change on every keystroke and are never content. */
function isScratchFile(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || name.endsWith('.swp') || name.endsWith('.tmp');
}

/** The bundler's own requests (its client, the site's modules and assets, dependencies), which never draw content. */
function isBundlerRequest(url: string): boolean {
  return ['/@', '/__', '/src/', '/_astro/'].some((prefix) => url.startsWith(prefix)) || url.includes('/node_modules/');
}

function within(root: string, path: string): string | undefined {
  const inside = relative(root, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? undefined : inside;
}

/**
 * Under `npm run dev`, reads the content again whenever a file in a content folder is added, changed or removed, and
 * reloads the browser: the model, not a single page, is what an edit changes, so every page is drawn anew. Content
 * with errors is reported in the terminal and the browser, and the pages keep the last content that could be built.
 */
export function reloadContentOnEdit<Model>(options: ContentReloadOptions<Model>): ContentReload {
  const { server, roots, projectRoot, log } = options;
  const quietMs = options.quietMs ?? 100;
  // Vite watches the project; content kept elsewhere (BULLETIN_CONTENT_DIR, BULLETIN_PRIVATE_DIR) is added to it.
  const outside = roots.filter((root) => within(projectRoot, root) === undefined && root !== projectRoot);
  if (outside.length > 0) server.watcher.add(outside);

  const edited = new Set<string>();
  /** The edits waiting for their quiet period: one timer, re-armed by each edit, and the promise idle() waits on. */
  let waiting: { timer: NodeJS.Timeout | undefined; settled: Promise<void>; settle: () => void } | undefined;
  let running = Promise.resolve();
  // A page loaded while the content has errors shows them too: an edit to a body that imports components reloads the
  // page through the bundler, which would otherwise clear the overlay the moment it appeared.
  let contentError: ReloadPayload | undefined;
  server.ws.on('vite:client:connect', (_data, client) => {
    if (contentError) client.send(contentError);
  });
  let generation = 0;
  // A page drawn before the last reading was in place, which missed the reload sent for it while it was still loading.
  server.ws.on(CONTENT_DRAWN_EVENT, (data, client) => {
    const drawn = (data as { generation?: unknown } | undefined)?.generation;
    if (typeof drawn === 'number' && drawn < generation) client.send({ type: 'full-reload', path: '*' });
  });

  async function readAgain(files: string[]): Promise<void> {
    const named = files.length === 1 ? files[0] : `${files.length} files`;
    const { model, diagnostics } = await options.read();
    if (!model) {
      const errors = diagnostics.filter((diagnostic) => diagnostic.level === 'error');
      const message = [
        `${named} changed, and the content now has ${plural(errors.length, 'error')}; until they are fixed, the pages show the content as it was before:`,
        ...errors.map((diagnostic) => `  ${formatDiagnostic(diagnostic)}`),
      ].join('\n');
      log.error(message);
      contentError = { type: 'error', err: { message, stack: '' } };
      server.ws.send(contentError);
      return;
    }
    contentError = undefined;
    await options.refresh();
    generation += 1;
    log.info(`${named} changed: content read again; public now: ${options.describe(model)}`);
    server.ws.send({ type: 'full-reload', path: '*' });
  }

  function onEdit(path: string): void {
    // While the content has errors, a file added where bodies import from may be the one a body was missing.
    const watched = contentError ? [...roots, ...(options.importedFrom ?? [])] : roots;
    for (const root of watched) {
      const inside = within(root, path);
      if (inside === undefined) continue;
      if (isScratchFile(inside.split(/[\\/]/).pop() ?? '')) return;
      edited.add(relative(projectRoot, path).split('\\').join('/'));
      if (waiting) clearTimeout(waiting.timer);
      else {
        let settle = () => {};
        const settled = new Promise<void>((done) => {
          settle = done;
        });
        waiting = { timer: undefined, settled, settle };
      }
      const current = waiting;
      current.timer = setTimeout(() => {
        const files = [...edited].sort();
        edited.clear();
        waiting = undefined;
        // One read at a time: an edit made while the content is being read is read again after it.
        running = running
          .then(() => readAgain(files))
          .catch((error: unknown) => log.error(`reading the content again failed: ${(error as Error).message}`));
        running.then(current.settle);
      }, quietMs);
      return;
    }
  }

  const idle = async () => {
    await waiting?.settled;
    await running;
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onEdit);
  // The bundler reloads the page for an edited body that it compiles as a module, without waiting for the content to be
  // read; and the reload sent after reading can reach the page while it reconnects, and be lost. A page asked for while
  // an edit is being read therefore waits for it, so that no reload draws the content from before the edit.
  server.middlewares.use((request, _response, next) => {
    const { url } = request;
    if (url === undefined || isBundlerRequest(url)) {
      next();
      return;
    }
    const pass = () => {
      options.recordPageGeneration(new URL(url, 'http://localhost').pathname, generation);
      next();
    };
    void idle().then(pass, pass);
  });
  return { idle };
}
