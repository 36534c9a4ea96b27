import type { Size } from './build.js';

/**
 * Size budget. `brotli`: at most these bytes for everything the entry can load, lazy chunks
 * included. `floorRatio`: what a page loads before the entry works is at most this × the floor.
 */
export interface Budget {
  brotli?: number;
  floorRatio?: number;
}

/**
 * One bundle to measure; `file` is relative to the project root. A `budget` is enforced (the bench
 * and the budget test fail past it); a `target` is one not met yet, reported as MISS.
 */
export interface Entry {
  label: string;
  file: string;
  budget?: Budget;
  target?: Budget;
}

/** A page timed in Chromium: `body` is served with `entry`'s bundle; the keystroke makes `field` invalid. */
export interface Page {
  label: string;
  entry: string;
  body: string;
  inputs: number;
  keystroke: { field: string; valid: string; key: string; error: string };
}

/** Our stack with a plain form (perf-anchors.md case e): the yardstick for every other entry. */
export const FLOOR: Entry = { label: 'floor', file: 'scripts/bench/floor/index.ts' };

/** Every bundle measured by `npm run bench` and the budget test. Add a line per element entry. */
export const ENTRIES: Entry[] = [
  FLOOR,
  { label: 'sdk', file: 'scripts/bench/entries/sdk.ts', budget: { brotli: 9216 } },
  // Not met yet (about 1.76×): see the README's "Size and speed".
  { label: 'login', file: 'scripts/bench/entries/login.ts', target: { floorRatio: 1.4 } },
  { label: 'account', file: 'scripts/bench/entries/account.ts', budget: { brotli: 25 * 1024 } },
  { label: 'elements', file: 'scripts/bench/entries/elements.ts', budget: { brotli: 45 * 1024 } },
];

/** A backend for timing pages: its configuration never arrives, so no network is involved (as for the floor). */
const STUB_BACKEND = `<script type="module">
customElements.whenDefined('ec-provider').then(() => {
  document.querySelector('ec-provider').backend = { platform: { config: () => new Promise(() => {}) }, session: { current: async () => null } };
});
</script>`;

/** Every page with a form, timed side by side in one run. Add a line per element page. */
export const PAGES: Page[] = [
  {
    label: 'floor',
    entry: 'floor',
    body: '<floor-app><floor-signup></floor-signup></floor-app>',
    inputs: 4,
    keystroke: { field: 'input[name=email]', valid: 'ab@cd.ef', key: '@', error: '#email-error' },
  },
  {
    label: 'login',
    entry: 'login',
    body: `<ec-provider><ec-login-form></ec-login-form></ec-provider>${STUB_BACKEND}`,
    inputs: 2,
    keystroke: { field: 'input[name=login]', valid: 'ABCD1234', key: '@', error: '.ec-error' },
  },
];

/** Returns one message per budget that `size` exceeds (empty when it fits). */
export function budgetFailures(size: Size, budget: Budget | undefined, floorBrotli: number): string[] {
  const failures: string[] = [];
  if (budget?.brotli !== undefined && size.totalBrotli > budget.brotli) {
    failures.push(`${size.label}: ${size.totalBrotli} B brotli with lazy chunks > budget ${budget.brotli} B`);
  }
  if (budget?.floorRatio !== undefined && size.brotli > budget.floorRatio * floorBrotli) {
    failures.push(`${size.label}: ${size.brotli} B brotli > ${budget.floorRatio} × floor (${floorBrotli} B)`);
  }
  return failures;
}
