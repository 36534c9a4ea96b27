import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

/**
 * The demo portal (`npm start`) on a free port and one Chromium for a test file: `portal.base` and
 * `portal.browser` once `before` ran.
 */
export function useDemoPortal(): { readonly base: string; readonly browser: Browser } {
  let server: ViteDevServer | undefined;
  const portal = { base: '', browser: undefined as unknown as Browser };
  before(async () => {
    // No watcher, no HMR: a file saved during the run must not reload the page (the session lives in its memory).
    server = await createServer({ logLevel: 'error', server: { host: '127.0.0.1', port: 0, hmr: false, watch: null } });
    await server.listen();
    portal.base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
    portal.browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
  });
  after(async () => {
    await portal.browser?.close();
    await server?.close();
  });
  return portal;
}
