// Byte budgets of the bench entries (brotli q11), built in the bench's one configuration. No timings here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureEntry, type Size } from '../../scripts/bench/build.js';
import { ENTRIES, FLOOR, budgetFailures } from '../../scripts/bench/entries.js';

let floor: Promise<Size> | undefined;

for (const entry of ENTRIES.filter((e) => e.budget?.brotli !== undefined || e.budget?.floorRatio !== undefined)) {
  test(`${entry.label} fits its brotli budget`, async () => {
    const size = await measureEntry(entry.label, entry.file);
    // The floor is measured in this run, and only when a ratio needs it.
    const floorBrotli = entry.budget?.floorRatio === undefined ? 0 : (await (floor ??= measureEntry(FLOOR.label, FLOOR.file))).brotli;
    assert.deepEqual(budgetFailures(size, entry.budget, floorBrotli), []);
  });
}
