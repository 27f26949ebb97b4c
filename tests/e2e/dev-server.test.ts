import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { type ContentFixture, contentFixture } from '../helpers/content-fixture.ts';

const REPORT = 'reports/2023-06.mdx';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let content: ContentFixture;
let caches: string;
let server: ChildProcess;
let output = '';
let origin: string;
let browser: Browser;
let page: Page;

/** The text of the report's figure for closed reports, as the page shows it now. */
const closedReports = () => page.locator('li[data-metric="reportsClosed"]').textContent({ timeout: 5_000 });

beforeAll(async () => {
  // A copy outside the project, so that the server must watch a folder Vite does not watch by itself.
  content = contentFixture();
  // A body that imports a component is compiled as a module of its own, which the bundler reloads on its own terms.
  content.write(
    REPORT,
    content
      .read(REPORT)
      .replace(
        '\n## Fixing and triaging reports',
        "\nimport SeverityBadge from '@components/SeverityBadge.astro';\n\n## Fixing and triaging reports",
      )
      .replace('a goal of 48 hours.', 'a goal of 48 hours. The worst of them was rated <SeverityBadge severity="high" />.'),
  );
  caches = mkdtempSync(join(tmpdir(), 'bulletin-dev-caches-'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: PROJECT_ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        // As a steward's shell has it: vitest's own variables (NODE_ENV=test among them) would change how Vite serves.
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV')),
        ASTRO_DEV_BACKGROUND: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        BULLETIN_NOW: '2023-07-15T00:00:00Z',
        BULLETIN_CONTENT_DIR: content.root,
        BULLETIN_PRIVATE_DIR: '',
        BULLETIN_CACHE_DIR: join(caches, 'astro'),
        BULLETIN_OG_CACHE_DIR: join(caches, 'og'),
      },
    },
  );
  await new Promise<void>((ready, failed) => {
    for (const stream of [server.stdout, server.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('watching for file changes')) ready();
      });
    }
    server.once('exit', (code) => failed(new Error(`the dev server stopped (exit ${code}) before it was ready:\n${output}`)));
  });
  browser = await launchBrowser();
  page = await browser.newPage();
});

// What the server printed is the first thing needed to understand a failure that happens on one run in many.
afterEach((context) => {
  if (context.task.result?.state === 'fail') console.error(`the dev server printed:\n${output}`);
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  rmSync(caches, { recursive: true, force: true });
  rmSync(content?.root ?? '', { recursive: true, force: true });
});

describe('the dev server while a report is written', () => {
  it('shows an edit to the body and the front matter without a restart, reloading the open page', async () => {
    await page.goto(`${origin}/reports/2023-06/`, { waitUntil: 'load' });
    expect(await closedReports()).toMatch(/^17 reports closed/);
    const reportsFeed = async () => (await fetch(`${origin}/reports.xml`)).text();
    expect(await reportsFeed()).not.toContain('Fixing and triaging reports, revised');
    content.write(
      REPORT,
      content
        .read(REPORT)
        .replace('reportsClosed: 17', 'reportsClosed: 19')
        .replace('## Fixing and triaging reports', '## Fixing and triaging reports, revised'),
    );
    await expect.poll(closedReports, { timeout: 60_000 }).toMatch(/^19 reports closed/);
    await expect.poll(() => page.locator('main h3', { hasText: 'Fixing and triaging reports, revised' }).count()).toBe(1);
    // The page was drawn from the first reading after an edit; had it missed the reload, it would be reloaded again.
    expect(await page.locator('meta[name="bulletin-content-generation"]').getAttribute('content')).toBe('1');
    // Under the dev server the feeds are worked out for each request, so they show the body as edited.
    expect(await reportsFeed()).toContain('Fixing and triaging reports, revised');
    // The bundler may reload the page for the body before the content's own reading has said so in the terminal.
    await expect.poll(() => output).toContain(`${REPORT.split('/').pop()} changed: content read again`);
  });

  it('names the file and field of a bad edit in the terminal and the browser, and keeps the last good content', async () => {
    content.write(REPORT, content.read(REPORT).replace('reportsClosed: 19', 'reportsClosed: many'));
    await expect.poll(() => output, { timeout: 60_000 }).toContain('metrics.reportsClosed: expected a number, found "many"');
    await expect.poll(() => page.locator('vite-error-overlay').count(), { timeout: 60_000 }).toBe(1);
    const response = await fetch(`${origin}/reports/2023-06/`);
    expect(await response.text()).toContain('19 reports closed');
  });

  it('shows the fixed content once the error is put right', async () => {
    content.write(REPORT, content.read(REPORT).replace('reportsClosed: many', 'reportsClosed: 21'));
    await expect.poll(closedReports, { timeout: 60_000 }).toMatch(/^21 reports closed/);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
  });

  it('draws the Open Graph card of the content as it is now', async () => {
    const before = await (await fetch(`${origin}/og/reports/2023-06.png`)).arrayBuffer();
    content.write(REPORT, content.read(REPORT).replace('reportsClosed: 21', 'reportsClosed: 23'));
    await expect.poll(closedReports, { timeout: 60_000 }).toMatch(/^23 reports closed/);
    const after = await (await fetch(`${origin}/og/reports/2023-06.png`)).arrayBuffer();
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(false);
  });
});
