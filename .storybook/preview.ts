import type { Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { withActions } from 'storybook/actions/decorator';
import { createMockBackend } from '../mocks/index.js';

/**
 * MSW's worker unregisters itself when its last page unloads (a reload); the next page's MSW may have found
 * the registration just before, and its unawaited `registration.update()` then rejects "Not found" 1–2 s
 * later (mswjs/msw#2006). The worker still serves that page, so the rejection is harmless; left unhandled
 * during a play function, Storybook would mark the story errored. Handled here, before Storybook's own
 * listener, and no other rejection.
 */
window.addEventListener('unhandledrejection', (event) => {
  const reason: unknown = event.reason;
  if (!(reason instanceof TypeError) || !reason.message.startsWith('Failed to update a ServiceWorker') || !reason.message.includes('/mockServiceWorker.js')) return;
  event.preventDefault();
  event.stopImmediatePropagation();
});

/** One reference backend for every story; a story picks a failure mode with `parameters.msw.handlers`. */
export const storyBackend = createMockBackend({ appUrl: `${location.origin}/`, latency: 300 });

const preview: Preview = {
  loaders: [mswLoader()],
  // The elements' events, in the Actions panel.
  decorators: [withActions],
  parameters: {
    msw: { handlers: storyBackend.handlers },
    actions: { handles: ['ec-submit', 'ec-success', 'ec-error', 'ec-navigate'] },
  },
};
export default preview;
