/**
 * Renders every story of the Storybook build in Chromium: each must show an `ec-*` element with
 * its heading, finish its play function, and raise no page error and no console error.
 *
 * Builds Storybook once into a temporary folder, or uses the build in `STORYBOOK_STATIC`. With
 * `STORY_SCREENSHOTS=<dir>` it also writes a PNG of each story there.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Request } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
/** Pages rendering stories side by side. */
const PARALLEL = 3;
const STORY_TIMEOUT = 20_000;
const SHOTS = process.env.STORY_SCREENSHOTS;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static server for the build, on 127.0.0.1 and a free port. */
async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=600' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
}

/** What rendering one story gave. */
interface Rendered {
  errors: string[];
  /** The tag and heading of each `ec-*` element with a heading. */
  elements: string[];
  /** Whether Storybook showed its error screen (a failed play function, say). */
  errorScreen: boolean;
}

/**
 * Console errors that are no fault of the page: the favicon's 404, and the failure answers of the
 * mock backend — Chromium logs every 4xx, 5xx and refused connection, and the failure-mode stories
 * exist to show them. A 404 under `/api/` still counts: it is a request that missed the mock.
 */
function expected(message: ConsoleMessage, base: string): boolean {
  const { url } = message.location();
  if (url === `${base}/favicon.ico`) return true;
  return url.startsWith(`${base}/api/`) && /^Failed to load resource: (net::ERR_FAILED|the server responded with a status of (?!404)\d{3})/.test(message.text());
}

const firstLine = (text: string) => text.split('\n')[0].slice(0, 300);

/** Renders story `id` in a new page of `context`, and closes the page once no API request is on its way. */
async function renderStory(context: BrowserContext, base: string, id: string): Promise<Rendered> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${firstLine(error.message)}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected(message, base)) errors.push(`console error: ${firstLine(message.text())} (${message.location().url})`);
  });
  const inFlight = new Set<Request>();
  page.on('request', (request) => request.url().startsWith(`${base}/api/`) && inFlight.add(request));
  page.on('response', (response) => inFlight.delete(response.request()));
  page.on('requestfailed', (request) => inFlight.delete(request));
  try {
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
    // Storybook's render goes through loaders, render, play, then "finished".
    await page.waitForFunction(
      () => (globalThis as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished',
      undefined,
      { timeout: STORY_TIMEOUT },
    );
    const headed = () =>
      [...document.querySelectorAll('#storybook-root *')]
        .filter((element) => element.localName.startsWith('ec-') && element.querySelector('h2')?.textContent?.trim())
        .map((element) => `${element.localName}: ${element.querySelector('h2')!.textContent.trim()}`);
    await page.waitForFunction(headed, undefined, { timeout: STORY_TIMEOUT });
    if (SHOTS) {
      // Let an answer that needs no play function (activation, maintenance…) arrive.
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(SHOTS, `${id}.png`), fullPage: true });
    }
    const rendered = {
      errors,
      elements: await page.evaluate(headed),
      errorScreen: await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay')),
    };
    // A request still unanswered when the page closes would miss the mock and log a 404.
    for (const deadline = Date.now() + 5000; inFlight.size > 0 && Date.now() < deadline; ) await page.waitForTimeout(50);
    return rendered;
  } finally {
    await page.close();
  }
}

/** The Storybook build: `STORYBOOK_STATIC`, or a fresh one in a temporary folder. */
async function build(): Promise<{ dir: string; temporary: boolean }> {
  if (process.env.STORYBOOK_STATIC) return { dir: resolve(process.env.STORYBOOK_STATIC), temporary: false };
  const dir = mkdtempSync(join(tmpdir(), 'storybook-'));
  await promisify(execFile)(process.execPath, ['node_modules/.bin/storybook', 'build', '-o', dir, '--quiet'], { cwd: ROOT, maxBuffer: 64 << 20 });
  return { dir, temporary: true };
}

const storybook = await build();
const index = JSON.parse(await readFile(join(storybook.dir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

describe('every story', { concurrency: PARALLEL }, () => {
  let browser: Browser;
  let server: Server;
  let base = '';
  /** Browser contexts free to render a story. */
  const idle: BrowserContext[] = [];
  const waiting: ((context: BrowserContext) => void)[] = [];
  const take = () => idle.pop() ?? new Promise<BrowserContext>((resolve) => waiting.push(resolve));
  const give = (context: BrowserContext) => (waiting.length ? waiting.shift()!(context) : idle.push(context));

  before(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    ({ server, base } = await serve(storybook.dir));
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
    for (let i = 0; i < PARALLEL; i++) idle.push(await browser.newContext({ viewport: { width: 800, height: 600 } }));
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (storybook.temporary) rmSync(storybook.dir, { recursive: true, force: true });
  });

  it('lists stories', () => assert.ok(stories.length > 0, 'index.json lists stories'));

  for (const story of stories) {
    it(`${story.title} › ${story.name}`, async () => {
      const context = await take();
      try {
        const rendered = await renderStory(context, base, story.id);
        assert.deepEqual(rendered.errors, [], 'no page error, no console error');
        assert.equal(rendered.errorScreen, false, 'Storybook does not show its error screen');
        assert.ok(rendered.elements.length > 0, 'an ec-* element shows its heading');
      } finally {
        give(context);
      }
    });
  }
});
