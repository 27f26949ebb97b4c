import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/content/diagnostic.ts';
import { type DevServer, reloadContentOnEdit } from '../../src/integration/content-reload.ts';
import { CONTENT_DRAWN_EVENT } from '../../src/site/content-generation.ts';

const PROJECT = '/site';
const CONTENT = join(PROJECT, 'content');
const PRIVATE = '/embargoed';

type Event = 'add' | 'change' | 'unlink';

/** A dev server whose watcher the test fires by hand, recording what reaches the browser and the terminal. */
function devServer(outcomes: { model: string | undefined; diagnostics: Diagnostic[] }[] = []) {
  const listeners = new Map<Event, ((path: string) => void)[]>();
  const sent: unknown[] = [];
  const browserListeners = new Map<string, ((data: unknown, client: { send: (payload: unknown) => void }) => void)[]>();
  const pageGenerations = new Map<string, number>();
  const watched: string[] = [];
  const steps: string[] = [];
  const handlers: ((request: { url?: string }, response: unknown, next: () => void) => void)[] = [];
  const server: DevServer = {
    watcher: {
      add: (paths) => watched.push(...(typeof paths === 'string' ? [paths] : paths)),
      on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    },
    ws: {
      send: (payload) => {
        steps.push(`browser ${payload.type}`);
        sent.push(payload);
      },
      on: (event, listener) => browserListeners.set(event, [...(browserListeners.get(event) ?? []), listener]),
    },
    middlewares: { use: (handler) => handlers.push(handler) },
  };
  /** A request reaching the server now; settles when the server lets it through to the page. */
  const request = (url: string) =>
    new Promise<void>((through) => {
      for (const handler of handlers)
        handler({ url }, undefined, () => {
          steps.push(`serve ${url}`);
          through();
        });
    });
  /** A page that opens (or reloads) now: what the server sends it alone. */
  const connect = () => {
    const received: unknown[] = [];
    for (const listener of browserListeners.get('vite:client:connect') ?? [])
      listener(undefined, { send: (payload) => received.push(payload) });
    return received;
  };
  /** A page that tells the server which reading of the content it was drawn with: what the server answers it. */
  const drawn = (generation: number) => {
    const received: unknown[] = [];
    for (const listener of browserListeners.get(CONTENT_DRAWN_EVENT) ?? []) {
      listener({ generation }, { send: (payload) => received.push(payload) });
    }
    return received;
  };
  const reload = reloadContentOnEdit({
    server,
    roots: [CONTENT, PRIVATE],
    projectRoot: PROJECT,
    importedFrom: [join(PROJECT, 'src/components')],
    quietMs: 5,
    read: async () => {
      steps.push('read');
      return outcomes.shift() ?? { model: 'the model', diagnostics: [] };
    },
    refresh: async () => {
      steps.push('refresh');
    },
    recordPageGeneration: (pathname, generation) => pageGenerations.set(pathname, generation),
    describe: (model) => `public: ${model}`,
    log: { info: (message) => steps.push(`info ${message}`), error: (message) => steps.push(`error ${message}`) },
  });
  const fire = (event: Event, path: string) => {
    for (const listener of listeners.get(event) ?? []) listener(path);
  };
  return { reload, fire, sent, watched, steps, connect, request, drawn, pageGenerations };
}

describe('reading the content again under the dev server', () => {
  it('reads once for a burst of edits, runs the loaders, then reloads the browser', async () => {
    const dev = devServer();
    dev.fire('change', join(CONTENT, 'reports/2023-06.mdx'));
    dev.fire('add', join(CONTENT, 'advisories/CVE-2023-99999.mdx'));
    await dev.reload.idle();
    expect(dev.steps).toEqual([
      'read',
      'refresh',
      'info 2 files changed: content read again; public now: public: the model',
      'browser full-reload',
    ]);
  });

  it('settles a wait begun before a later edit of the same burst, once the one read is done', async () => {
    const dev = devServer();
    dev.fire('change', join(CONTENT, 'reports/2023-06.mdx'));
    const waiting = dev.reload.idle();
    dev.fire('change', join(CONTENT, 'reports/2023-05.mdx'));
    await waiting;
    expect(dev.steps.filter((step) => step === 'read')).toHaveLength(1);
    expect(dev.steps).toContain('browser full-reload');
  });

  it("holds a page asked for while an edit is read until the new content is in place, but not the bundler's modules", async () => {
    const dev = devServer();
    dev.fire('change', join(CONTENT, 'reports/2023-06.mdx'));
    await Promise.all([dev.request('/reports/2023-06/'), dev.request('/@vite/client'), dev.request('/_astro/page.css')]);
    expect(dev.steps).toEqual([
      'serve /@vite/client',
      'serve /_astro/page.css',
      'read',
      'refresh',
      'info content/reports/2023-06.mdx changed: content read again; public now: public: the model',
      'browser full-reload',
      'serve /reports/2023-06/',
    ]);
    await dev.request('/reports/2023-06/');
    expect(dev.steps.at(-1)).toBe('serve /reports/2023-06/');
  });

  it('reloads a page asked for before the last reading, which may have missed the reload sent for it', async () => {
    const dev = devServer([
      { model: 'the first edit', diagnostics: [] },
      { model: undefined, diagnostics: [{ level: 'error', file: 'content/site.yaml', message: 'broken' }] },
    ]);
    // Asked for with no edit pending, and still being drawn when the edit comes: it shows the content from before.
    await dev.request('/reports/2023-06/?from=feed');
    expect(dev.pageGenerations.get('/reports/2023-06/')).toBe(0);
    expect(dev.drawn(0)).toEqual([]);
    dev.fire('change', join(CONTENT, 'reports/2023-06.mdx'));
    await dev.request('/advisories/');
    expect(dev.pageGenerations.get('/advisories/')).toBe(1);
    expect(dev.drawn(0)).toEqual([{ type: 'full-reload', path: '*' }]);
    expect(dev.drawn(1)).toEqual([]);
    // Content with errors leaves the pages as they were: a page asked for before it is current.
    dev.fire('change', join(CONTENT, 'site.yaml'));
    await dev.request('/');
    expect(dev.pageGenerations.get('/')).toBe(1);
    expect(dev.drawn(1)).toEqual([]);
  });

  it('names the one file that changed, including a removed one', async () => {
    const dev = devServer();
    dev.fire('unlink', join(PRIVATE, 'advisories/CVE-2023-99999.mdx'));
    await dev.reload.idle();
    expect(dev.steps).toContain(
      'info ../embargoed/advisories/CVE-2023-99999.mdx changed: content read again; public now: public: the model',
    );
  });

  it('reports errors in the terminal and the browser, and leaves the pages and the loaders as they were', async () => {
    const error: Diagnostic = {
      level: 'error',
      file: 'content/reports/2023-06.mdx',
      line: 11,
      field: 'metrics.reportsClosed',
      message: 'expected a number, found "many"',
    };
    const warning: Diagnostic = { level: 'warning', file: 'content/reports/2023-05.mdx', message: 'a warning is not the reason' };
    const dev = devServer([{ model: undefined, diagnostics: [warning, error] }]);
    dev.fire('change', join(CONTENT, 'reports/2023-06.mdx'));
    await dev.reload.idle();
    const message = [
      'content/reports/2023-06.mdx changed, and the content now has 1 error; until they are fixed, the pages show the content as it was before:',
      '  error content/reports/2023-06.mdx:11 metrics.reportsClosed: expected a number, found "many"',
    ].join('\n');
    expect(dev.steps).toEqual(['read', `error ${message}`, 'browser error']);
    expect(dev.sent).toEqual([{ type: 'error', err: { message, stack: '' } }]);
  });

  it('shows the errors to a page opened or reloaded while they stand, and nothing once they are fixed', async () => {
    const dev = devServer([{ model: undefined, diagnostics: [{ level: 'error', file: 'content/site.yaml', message: 'broken' }] }]);
    expect(dev.connect()).toEqual([]);
    dev.fire('change', join(CONTENT, 'site.yaml'));
    await dev.reload.idle();
    expect(dev.connect()).toEqual([dev.sent[0]]);
    expect(dev.connect()).toEqual([expect.objectContaining({ type: 'error' })]);
    dev.fire('change', join(CONTENT, 'site.yaml'));
    await dev.reload.idle();
    expect(dev.connect()).toEqual([]);
  });

  it('reads again when a component is added while a body misses it, and not for component edits otherwise', async () => {
    const missing: Diagnostic = {
      level: 'error',
      file: 'content/reports/2023-06.mdx',
      message: "the body imports '@components/Callout.astro', which is not there",
    };
    const dev = devServer([{ model: undefined, diagnostics: [missing] }]);
    dev.fire('change', join(PROJECT, 'src/components/SeverityBadge.astro'));
    await dev.reload.idle();
    expect(dev.steps).toEqual([]);
    dev.fire('change', join(CONTENT, 'reports/2023-06.mdx'));
    await dev.reload.idle();
    dev.fire('add', join(PROJECT, 'src/components/Callout.astro'));
    await dev.reload.idle();
    expect(dev.steps.filter((step) => !/^(error|info) /.test(step))).toEqual([
      'read',
      'browser error',
      'read',
      'refresh',
      'browser full-reload',
    ]);
    expect(dev.connect()).toEqual([]);
  });

  it('reads again after the fix', async () => {
    const dev = devServer([{ model: undefined, diagnostics: [{ level: 'error', file: 'content/site.yaml', message: 'broken' }] }]);
    dev.fire('change', join(CONTENT, 'site.yaml'));
    await dev.reload.idle();
    dev.fire('change', join(CONTENT, 'site.yaml'));
    await dev.reload.idle();
    expect(dev.steps.filter((step) => !step.startsWith('error') && !step.startsWith('info'))).toEqual([
      'read',
      'browser error',
      'read',
      'refresh',
      'browser full-reload',
    ]);
  });

  it('ignores files outside the content folders and editors’ scratch files', async () => {
    const dev = devServer();
    dev.fire('change', join(PROJECT, 'src/pages/index.astro'));
    dev.fire('change', join(PROJECT, 'content-old/site.yaml'));
    dev.fire('change', join(CONTENT, 'reports/.2023-06.mdx.swp'));
    dev.fire('change', join(CONTENT, 'reports/2023-06.mdx~'));
    await dev.reload.idle();
    expect(dev.steps).toEqual([]);
  });

  it('watches content kept outside the project, which the dev server does not watch by itself', () => {
    expect(devServer().watched).toEqual([PRIVATE]);
  });
});
