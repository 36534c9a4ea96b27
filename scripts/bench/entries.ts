import type { Size } from './build.js';

/** Size budget: absolute brotli bytes, and/or at most `floorRatio` × the floor's brotli bytes. */
export interface Budget {
  brotli?: number;
  floorRatio?: number;
}

/** One bundle to measure; `file` is relative to the project root. */
export interface Entry {
  label: string;
  file: string;
  budget?: Budget;
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
];

/** Every page with a form, timed side by side in one run. Add a line per element page. */
export const PAGES: Page[] = [
  {
    label: 'floor',
    entry: 'floor',
    body: '<floor-app><floor-signup></floor-signup></floor-app>',
    inputs: 4,
    keystroke: { field: 'input[name=email]', valid: 'ab@cd.ef', key: '@', error: '#email-error' },
  },
];

/** Returns one message per budget that `size` exceeds (empty when it fits). */
export function budgetFailures(size: Size, budget: Budget | undefined, floorBrotli: number): string[] {
  const failures: string[] = [];
  if (budget?.brotli !== undefined && size.brotli > budget.brotli) {
    failures.push(`${size.label}: ${size.brotli} B brotli > budget ${budget.brotli} B`);
  }
  if (budget?.floorRatio !== undefined && size.brotli > budget.floorRatio * floorBrotli) {
    failures.push(`${size.label}: ${size.brotli} B brotli > ${budget.floorRatio} × floor (${floorBrotli} B)`);
  }
  return failures;
}
