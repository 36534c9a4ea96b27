import type { Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { withActions } from 'storybook/actions/decorator';
import { createMockBackend } from '../mocks/index.js';

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
