import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { availabilityAt, type Maintenance } from '../../sdk/index.js';

const open: Maintenance = { active: false, until: null, windows: [] };
const at = (iso: string) => new Date(iso);
/** The window's kind and bounds as ISO strings, to compare. */
const bounds = (window?: { kind: string; start: Date; end: Date | null }) => window && [window.kind, window.start.toISOString(), window.end?.toISOString() ?? null];

describe('availabilityAt', () => {
  it('an open platform with nothing announced: nothing to say', () => {
    assert.deepEqual(availabilityAt(open, at('2026-11-29T10:00:00Z')), { current: undefined, next: undefined });
  });

  it('maintenance declared now: unavailable until its end, or with no known end', () => {
    const now = at('2026-11-29T10:00:00Z');
    assert.deepEqual(bounds(availabilityAt({ ...open, active: true, until: '2026-11-29T12:00:00Z' }, now).current), ['now', now.toISOString(), '2026-11-29T12:00:00.000Z']);
    assert.deepEqual(bounds(availabilityAt({ ...open, active: true }, now).current), ['now', now.toISOString(), null]);
  });

  describe('an announced window', () => {
    const announced: Maintenance = { ...open, windows: [{ start: '2026-12-01T08:00:00Z', end: '2026-12-01T18:00:00Z' }] };
    const window = ['scheduled', '2026-12-01T08:00:00.000Z', '2026-12-01T18:00:00.000Z'];
    it('is announced days before it starts', () => {
      const { current, next } = availabilityAt(announced, at('2026-11-29T10:00:00Z'));
      assert.equal(current, undefined);
      assert.deepEqual(bounds(next), window);
    });
    it('is in force from its start (included) to its end (excluded)', () => {
      assert.deepEqual(bounds(availabilityAt(announced, at('2026-12-01T08:00:00Z')).current), window);
      assert.deepEqual(bounds(availabilityAt(announced, at('2026-12-01T17:59:59Z')).current), window);
      assert.deepEqual(availabilityAt(announced, at('2026-12-01T18:00:00Z')), { current: undefined, next: undefined });
    });
    it('the earliest of several comes next, whatever their order', () => {
      const two: Maintenance = { ...open, windows: [{ start: '2026-12-10T08:00:00Z', end: '2026-12-10T09:00:00Z' }, ...announced.windows] };
      assert.deepEqual(bounds(availabilityAt(two, at('2026-11-29T10:00:00Z')).next), window);
    });
  });

  describe('the nightly window (each occurrence flagged daily)', () => {
    const nightly: Maintenance = {
      ...open,
      windows: [
        { start: '2026-11-28T22:00:00Z', end: '2026-11-29T00:00:00Z', daily: true },
        { start: '2026-11-29T22:00:00Z', end: '2026-11-30T00:00:00Z', daily: true },
      ],
    };
    const tonight = ['daily', '2026-11-29T22:00:00.000Z', '2026-11-30T00:00:00.000Z'];
    it('is announced an hour before it starts, not earlier', () => {
      assert.deepEqual(bounds(availabilityAt(nightly, at('2026-11-29T21:00:00Z')).next), tonight);
      assert.equal(availabilityAt(nightly, at('2026-11-29T20:59:59Z')).next, undefined);
    });
    it('is in force across midnight, and over at its end', () => {
      assert.deepEqual(bounds(availabilityAt(nightly, at('2026-11-29T23:30:00Z')).current), tonight);
      assert.deepEqual(bounds(availabilityAt(nightly, at('2026-11-28T23:30:00Z')).current), ['daily', '2026-11-28T22:00:00.000Z', '2026-11-29T00:00:00.000Z']);
      assert.equal(availabilityAt(nightly, at('2026-11-29T00:00:00Z')).current, undefined);
    });
    it('an announced window days ahead is told before tonight’s, which is not near yet', () => {
      const both: Maintenance = { ...nightly, windows: [...nightly.windows, { start: '2026-12-01T08:00:00Z', end: '2026-12-01T18:00:00Z' }] };
      assert.deepEqual(bounds(availabilityAt(both, at('2026-11-29T10:00:00Z')).next), ['scheduled', '2026-12-01T08:00:00.000Z', '2026-12-01T18:00:00.000Z']);
    });
  });
});
