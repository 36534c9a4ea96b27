import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const require = createRequire(import.meta.url);
const mswWorker = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');

/** Browser tests in Debian's headless Chromium ($CHROME_PATH or /usr/bin/chromium). */
export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // A file of many keyboard-driven tests may take over the default 2 minutes on a busy 2-core machine.
  testsFinishTimeout: 300_000,
  plugins: [
    // tsconfig is required: it turns on Lit's legacy decorators.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    {
      name: 'msw-worker',
      // Serve msw's worker at the root so its scope covers the test pages.
      serve(context) {
        if (context.path === '/mockServiceWorker.js') return { body: mswWorker, type: 'js' };
      },
    },
  ],
  browsers: [
    chromeLauncher({
      // Every page runs in the time zone of a candidate far from Paris (French Guiana, UTC−3, no
      // summer time): dates shown in the candidate's zone are tested for real (test/browser/helpers.ts: TIME_ZONE).
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone('America/Cayenne');
        return page;
      },
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // Web Test Runner's own page, plus a root mocha hook that keeps a failed test reportable when its
  // actual or expected is a DOM node (test/browser/reportable-failures.ts). Both in one module, the
  // framework first: it creates the global mocha, and the hook is in place before the test file loads.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module">import '${testFramework}'; import '/test/browser/reportable-failures.ts';</script></body></html>`,
};
