/**
 * `npm run bench`: sizes of the floor and every entry (with budgets), then form timings in Chromium,
 * side by side with the floor in the same run. Timings are printed, never asserted; only a failed
 * size budget makes the exit code non-zero.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { BENCH_DIR, measureEntry, type Size } from './bench/build.js';
import { ENTRIES, FLOOR, INTERACTIONS, PAGES, budgetFailures, type Budget, type Interaction, type Page } from './bench/entries.js';

const RUNS = 7;

// In-page probe (a string, so no transpiler helper leaks into the page). `__painted` resolves with
// the ms from navigation start to a setTimeout(0) after the first rAF in which ≥ N visible inputs and
// a submit button exist (shadow roots included); `__armKey(sel)` times keydown → error text painted.
const probe = (inputs: number) => `
const deep = (root, sel, out = []) => { out.push(...root.querySelectorAll(sel));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deep(el.shadowRoot, sel, out); return out; };
const afterPaint = (done, test) => { const tick = () => test() ? setTimeout(done) : requestAnimationFrame(tick);
  requestAnimationFrame(tick); };
window.__painted = new Promise((resolve, reject) => { setTimeout(() => reject(new Error('no form after 15 s')), 15000);
  afterPaint(() => resolve(performance.now()), () => deep(document, 'input').filter((e) => e.checkVisibility()).length >= ${inputs}
    && deep(document, 'button[type=submit],input[type=submit]').length > 0); });
window.__armKey = (sel) => { const shown = () => deep(document, sel).some((el) => el.textContent.trim() && el.checkVisibility());
  if (shown()) return false;
  window.__key = new Promise((resolve, reject) => { setTimeout(() => reject(new Error('no error after 5 s')), 5000);
    addEventListener('keydown', (e) => afterPaint(() => resolve(performance.now() - e.timeStamp), shown), { capture: true, once: true }); });
  return true; };
window.__armAct = (until) => { window.__act = new Promise((resolve) => {
  const start = (e) => afterPaint(() => resolve(performance.now() - e.timeStamp), () => document.querySelector(until));
  addEventListener('click', start, { capture: true, once: true }); addEventListener('keydown', start, { capture: true, once: true }); }); };`;

const html = (page: Page | Interaction) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.label}</title>
<script>${probe('inputs' in page ? page.inputs : 1)}</script><script type="module" src="/${page.entry}/bundle.js"></script></head>
<body>${page.body}</body></html>`;

/** Times `interaction` in a fresh context: from its event to the frame that paints `until`. */
async function timeInteraction(browser: Browser, base: string, interaction: Interaction): Promise<number> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${base}/page/${interaction.label}`, { waitUntil: 'domcontentloaded' });
    await tab.locator(interaction.ready).first().waitFor({ state: 'attached' });
    const { click, fill, key } = interaction.act;
    if (fill) await tab.locator(fill[0]).fill(fill[1]);
    await tab.evaluate(`window.__armAct(${JSON.stringify(interaction.until)})`);
    if (click) await tab.locator(click).first().click();
    if (key) await tab.locator(key[0]).press(key[1]);
    return await tab.evaluate<number>('window.__act');
  } finally {
    await context.close();
  }
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

/** Serves the bench pages at /page/<label> and dist-bench/ files, uncompressed and uncached, on a random port. */
async function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const page = [...PAGES, ...INTERACTIONS].find((p) => path === `/page/${p.label}`);
    const send = (status: number, type: string, body: string | Buffer) =>
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
    if (page) return send(200, 'text/html', html(page));
    readFile(join(BENCH_DIR, path)).then(
      (body) => send(200, TYPES[extname(path)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain', 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Loads `page` in a fresh context and returns [form painted ms, keystroke → error painted ms]. */
async function timeLoad(browser: Browser, base: string, page: Page): Promise<[number, number]> {
  const context = await browser.newContext();
  context.on('request', (r) => {
    if (!r.url().startsWith(base)) console.warn(`${page.label}: external request ${r.url()}`);
  });
  try {
    const tab = await context.newPage();
    // DOMContentLoaded: the probe has run; it timestamps the paint in the page, so waiting costs nothing.
    await tab.goto(`${base}/page/${page.label}`, { waitUntil: 'domcontentloaded' });
    const painted = await tab.evaluate<number>('window.__painted');
    const field = tab.locator(page.keystroke.field);
    // perf-anchors.md's protocol: type a valid value, Tab away (the field is touched), come back, End.
    await field.fill(page.keystroke.valid);
    await field.press('Tab');
    await field.click();
    await field.press('End');
    if (!(await tab.evaluate(`window.__armKey(${JSON.stringify(page.keystroke.error)})`))) {
      throw new Error(`${page.label}: ${page.keystroke.error} is shown before the keystroke`);
    }
    await tab.keyboard.press(page.keystroke.key);
    return [painted, await tab.evaluate<number>('window.__key')];
  } finally {
    await context.close();
  }
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(1);
  return `${f(s[s.length >> 1])} [${f(s[0])}–${f(s[s.length - 1])}]`;
};
const row = (widths: number[], cells: string[]) =>
  cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('');

// 1. Sizes: every entry in one configuration, the floor first.
const started = Date.now();
const sizes: Size[] = [];
for (const entry of [FLOOR, ...ENTRIES.filter((e) => e !== FLOOR)]) sizes.push(await measureEntry(entry.label, entry.file));
const floor = sizes[0];
const failures: string[] = [];
const SIZE_COLUMNS = [10, 10, 10, 10, 8, 10, 26, 8];
/** A budget's limits as the table shows them, e.g. `≤25600 all`, `target ≤1.4×`. */
const limits = (budget: Budget | undefined, prefix = '') =>
  [budget?.brotli !== undefined && `${prefix}≤${budget.brotli} all`, budget?.floorRatio !== undefined && `${prefix}≤${budget.floorRatio}×`];
console.log(`\nSizes in bytes (gzip -9, brotli q11) of what a page loads before the entry works; +lazy: brotli bytes loaded on demand\n`);
console.log(row(SIZE_COLUMNS, ['label', 'raw', 'gzip', 'brotli', '+lazy', 'br/floor', 'budget', 'result']));
for (const size of sizes) {
  const entry = ENTRIES.find((e) => e.label === size.label);
  const fails = budgetFailures(size, entry?.budget, floor.brotli);
  const misses = budgetFailures(size, entry?.target, floor.brotli);
  failures.push(...fails);
  const result = fails.length ? 'FAIL' : misses.length ? 'MISS' : entry?.budget || entry?.target ? 'pass' : '–';
  console.log(row(SIZE_COLUMNS, [size.label, `${size.raw}`, `${size.gzip}`, `${size.brotli}`, `${size.lazyBrotli}`,
    `${(size.brotli / floor.brotli).toFixed(2)}×`, [...limits(entry?.budget), ...limits(entry?.target, 'target ')].filter(Boolean).join(' ') || '–', result]));
}
for (const f of failures) console.error(`BUDGET FAIL ${f}`);
for (const page of PAGES) {
  if (!sizes.some((s) => s.label === page.entry)) throw new Error(`page ${page.label}: no entry labelled ${page.entry}`);
}

// 2. Timings: N interleaved fresh-context loads per page after one unrecorded warm-up round.
const server = await serve();
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
try {
  const times = new Map(PAGES.map((p) => [p.label, { painted: [] as number[], key: [] as number[] }]));
  for (let run = -1; run < RUNS; run++) {
    for (const page of PAGES) {
      const [painted, key] = await timeLoad(browser, base, page);
      if (run < 0) continue;
      times.get(page.label)?.painted.push(painted);
      times.get(page.label)?.key.push(key);
    }
  }
  console.log(`\nChromium ${browser.version()}, ${RUNS} fresh-context loads per page, interleaved; ms, median [min–max]\n`);
  const TIME_COLUMNS = [10, 24, 30];
  console.log(row(TIME_COLUMNS, ['page', 'form painted', 'keystroke → error painted']));
  for (const [label, t] of times) console.log(row(TIME_COLUMNS, [label, stats(t.painted), stats(t.key)]));

  const acts = new Map(INTERACTIONS.map((i) => [i.label, [] as number[]]));
  for (let run = -1; run < RUNS; run++) {
    for (const interaction of INTERACTIONS) {
      const ms = await timeInteraction(browser, base, interaction);
      if (run >= 0) acts.get(interaction.label)?.push(ms);
    }
  }
  console.log(`\nInteractions, event → painted (a frame is about 16.7 ms), backend answering at once; ms, median [min–max]\n`);
  for (const [label, ms] of acts) console.log(row([14, 24], [label, stats(ms)]));
} finally {
  await browser.close();
  server.close();
}
console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Timings are noisy on a shared 2-core box: read them as an ordering.`);
if (failures.length) process.exitCode = 1;
