import { setupWorker, type SetupWorker } from 'msw/browser';
import type { MockBackend } from './index.js';

/**
 * Runs the reference backend in the page's service worker (demo, Storybook, browser tests).
 * The worker script must be served at `/mockServiceWorker.js` (see `public/`).
 */
export async function startMockWorker(backend: MockBackend, { quiet = true } = {}): Promise<SetupWorker> {
  const worker = setupWorker(...backend.handlers);
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet });
  return worker;
}
