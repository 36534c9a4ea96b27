import { chromium, type Page } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
const dir = '/tmp/sb';
const out = '/tmp/profile-shots';
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => { const p = new URL(req.url!, 'http://x').pathname; const f = join(dir, p.endsWith('/') ? p + 'index.html' : p); readFile(f).then(b => res.writeHead(200, { 'Content-Type': types[extname(f)] ?? 'application/octet-stream' }).end(b), () => res.writeHead(404).end()); });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { entries: Record<string, { type: string; id: string; title: string }> };
const filter = new RegExp(process.env.ONLY ?? 'ec-(profile|personal-info-form|address-form|baccalaureate-form)$');
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && filter.test(e.title));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const widths = (process.env.WIDTHS ?? '1024,360').split(',').map(Number);
const report: string[] = [];
const SEG = 1400;

async function sheet(page: Page, png: Buffer, width: number, height: number, path: string) {
  const columns = Math.ceil(height / SEG);
  const data = png.toString('base64');
  const html = `<body style="margin:0;background:#888;display:flex;gap:8px;align-items:flex-start">${Array.from({ length: columns }, (_, i) => `<div style="width:${width}px;height:${Math.min(SEG, height - i * SEG)}px;overflow:hidden;background:#fff"><img style="display:block;margin-top:-${i * SEG}px" src="data:image/png;base64,${data}"></div>`).join('')}</body>`;
  await page.setViewportSize({ width: columns * (width + 8), height: Math.min(SEG, height) });
  await page.setContent(html);
  await page.waitForTimeout(100);
  await page.screenshot({ path, fullPage: true });
}

let n = 0;
await Promise.all([0, 1, 2].map(async () => {
  while (n < stories.length) {
    const story = stories[n++];
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForFunction(() => (globalThis as any).__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished', undefined, { timeout: 30000 }).catch(() => errors.push('not finished'));
      await page.waitForTimeout(700);
      const overflow = await page.evaluate(() => {
        const w = innerWidth;
        const wide = [...document.querySelectorAll('#storybook-root *')]
          .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > w + 0.5; })
          .map((el) => `${el.localName}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''}(${Math.round(el.getBoundingClientRect().right)})`);
        return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 8) };
      });
      const png = await page.screenshot({ fullPage: true });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const path = join(out, `${story.id}--${width}.png`);
      if (width < 500 && height > SEG) await sheet(page, png, width, height, path);
      else await writeFile(path, png);
      report.push(`${story.id} @${width}: h=${height} scrollWidth=${overflow.scrollWidth}${overflow.wide.length ? ' OVERFLOW ' + overflow.wide.join(' ') : ''}${errors.length ? ' ERRORS ' + errors.join('; ') : ''}`);
      await page.close();
    }
  }
}));
report.sort();
console.log(report.join('\n'));
await browser.close();
server.close();
