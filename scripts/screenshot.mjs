// Takes a screenshot of a page in Debian's Chromium, printing console messages and page errors.
// node scripts/screenshot.mjs <url> <out.png> [width] [wait-for-text]
import { chromium } from 'playwright-core';

const [url, png, width = '1024', text] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
try {
  await page.goto(url, { waitUntil: 'load' });
  if (text) await page.getByText(text).first().waitFor({ timeout: 20_000 });
  else await page.waitForTimeout(1500);
} finally {
  await page.screenshot({ path: png, fullPage: true });
  await browser.close();
}
