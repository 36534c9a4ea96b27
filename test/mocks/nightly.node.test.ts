import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ECANDIDAT_NIGHTLY, nightlyWindows } from '../../mocks/index.js';
import { clientOf, useMockBackend } from './helpers.js';

const at = (iso: string) => Date.parse(iso);
/** The first `count` windows as [start, end] ISO pairs. */
const first = (windows: { start: string; end: string }[], count = 2) => windows.slice(0, count).map(({ start, end }) => [start, end]);

describe('nightlyWindows: 23:00–01:00 Europe/Paris as instants', () => {
  it('in winter (UTC+1): 22:00–00:00 UTC, tonight first, then every night of the week ahead, each flagged daily', () => {
    const windows = nightlyWindows(ECANDIDAT_NIGHTLY, at('2026-11-29T10:00:00Z'));
    assert.deepEqual(first(windows), [
      ['2026-11-29T22:00:00.000Z', '2026-11-30T00:00:00.000Z'],
      ['2026-11-30T22:00:00.000Z', '2026-12-01T00:00:00.000Z'],
    ]);
    assert.equal(windows.length, 8);
    assert.ok(windows.every((window) => window.daily));
  });

  it('after midnight, the window begun yesterday is listed while it lasts', () => {
    assert.deepEqual(first(nightlyWindows(ECANDIDAT_NIGHTLY, at('2026-11-28T23:30:00Z')), 1), [['2026-11-28T22:00:00.000Z', '2026-11-29T00:00:00.000Z']]);
    assert.deepEqual(first(nightlyWindows(ECANDIDAT_NIGHTLY, at('2026-11-29T00:00:00Z')), 1), [['2026-11-29T22:00:00.000Z', '2026-11-30T00:00:00.000Z']]);
  });

  it('in summer (UTC+2): 21:00–23:00 UTC; across the change to summer time, each night follows its own offset', () => {
    assert.deepEqual(first(nightlyWindows(ECANDIDAT_NIGHTLY, at('2026-07-01T10:00:00Z')), 1), [['2026-07-01T21:00:00.000Z', '2026-07-01T23:00:00.000Z']]);
    assert.deepEqual(first(nightlyWindows(ECANDIDAT_NIGHTLY, at('2026-03-28T10:00:00Z'))), [
      ['2026-03-28T22:00:00.000Z', '2026-03-29T00:00:00.000Z'],
      ['2026-03-29T21:00:00.000Z', '2026-03-29T23:00:00.000Z'],
    ]);
  });

  it('a window within one day, in another time zone (12:00–13:30 Pacific/Noumea, UTC+11)', () => {
    const noon = { start: '12:00', end: '13:30', timeZone: 'Pacific/Noumea' };
    assert.deepEqual(first(nightlyWindows(noon, at('2026-11-29T00:30:00Z')), 1), [['2026-11-29T01:00:00.000Z', '2026-11-29T02:30:00.000Z']]);
  });
});

describe('the reference backend lists its nightly window in the configuration', () => {
  const mock = useMockBackend();
  it('none by default; the week ahead once set, after the announced windows', async () => {
    const { backend } = mock;
    const announced = { start: '2030-01-01T08:00:00.000Z', end: '2030-01-01T12:00:00.000Z' };
    backend.state.config.maintenance.windows = [announced];
    assert.deepEqual((await clientOf().platform.config()).maintenance.windows, [announced]);
    backend.nightly = ECANDIDAT_NIGHTLY;
    const windows = (await clientOf().platform.config()).maintenance.windows;
    assert.deepEqual(windows[0], announced);
    assert.ok(windows.length >= 8 && windows.slice(1).every((window) => window.daily));
  });
});
