import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: [],
  // public/mockServiceWorker.js is served at the root, for the mock backend.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // Without this, `storybook dev` loads lit-html twice.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { optimizeDeps: { include: ['lit/directive-helpers.js'] } }),
};
export default config;
