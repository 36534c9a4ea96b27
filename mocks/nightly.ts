import type { Config } from '../sdk/index.js';

/** A nightly synchronisation window: from `start` to `end` (`HH:MM`, across midnight if need be), on the wall clock of `timeZone`. */
export interface Nightly {
  start: string;
  end: string;
  timeZone: string;
}

/** eCandidat's: every night from 23:00 to 01:00, Paris time. */
export const ECANDIDAT_NIGHTLY: Nightly = { start: '23:00', end: '01:00', timeZone: 'Europe/Paris' };

const DAY = 24 * 60 * 60 * 1000;

/** The offset of `timeZone` from UTC at `instant`, in milliseconds (`GMT+01:00` → one hour). */
function offsetAt(instant: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).format(instant);
  const [, sign, hours = 0, minutes = 0] = /GMT([+-])(\d\d):(\d\d)/.exec(name) ?? [];
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}

/** The instant at which the wall clock of `timeZone` shows `wall` (a UTC timestamp read as local time). */
function instantOf(wall: number, timeZone: string): number {
  const guess = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(guess, timeZone);
}

/**
 * The occurrences of `nightly` as the configuration lists them — instants, flagged `daily` — from
 * the one that began yesterday to the one `days` ahead (summer time included).
 */
export function nightlyWindows({ start, end, timeZone }: Nightly, now: number, days = 7): Config['maintenance']['windows'] {
  const today = now + offsetAt(now, timeZone);
  const midnight = today - (today % DAY);
  const minutes = (time: string) => (Number(time.slice(0, 2)) * 60 + Number(time.slice(3))) * 60_000;
  const length = (minutes(end) - minutes(start) + DAY) % DAY;
  return Array.from({ length: days + 2 }, (_, index) => {
    const wallStart = midnight + (index - 1) * DAY + minutes(start);
    return {
      start: new Date(instantOf(wallStart, timeZone)).toISOString(),
      end: new Date(instantOf(wallStart + length, timeZone)).toISOString(),
      daily: true,
    };
  }).filter((window) => Date.parse(window.end) > now);
}
