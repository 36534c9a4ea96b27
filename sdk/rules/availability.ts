import type { Config } from '../schemas/config.js';

/** The platform's maintenance settings, as the configuration gives them. */
export type Maintenance = Config['maintenance'];

/**
 * A time the platform is unavailable: maintenance declared now (`until` its end, if known), an
 * announced window, or the nightly synchronisation window.
 */
export interface Unavailability {
  kind: 'now' | 'scheduled' | 'daily';
  start: Date;
  end: Date | null;
}

/** How long before it starts the nightly window is announced. */
export const DAILY_NOTICE_MS = 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

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

/** The nightly windows around `now` (yesterday's, today's and tomorrow's, by the institution's calendar). */
function dailyWindows({ start, end, timeZone }: NonNullable<Maintenance['daily']>, now: Date): Unavailability[] {
  const today = now.getTime() + offsetAt(now.getTime(), timeZone);
  const midnight = today - (today % DAY_MS);
  const minutes = (time: string) => (Number(time.slice(0, 2)) * 60 + Number(time.slice(3))) * 60_000;
  const length = (minutes(end) - minutes(start) + DAY_MS) % DAY_MS;
  return [-1, 0, 1].map((days) => {
    const wallStart = midnight + days * DAY_MS + minutes(start);
    return { kind: 'daily', start: new Date(instantOf(wallStart, timeZone)), end: new Date(instantOf(wallStart + length, timeZone)) };
  });
}

/**
 * What to tell candidates about availability at `now`: the unavailability in force (`current`),
 * and the next one to announce (`next`) — every announced window before it starts, the nightly
 * window from `DAILY_NOTICE_MS` before it.
 */
export function availabilityAt(maintenance: Maintenance, now = new Date()): { current?: Unavailability; next?: Unavailability } {
  const time = now.getTime();
  const windows: Unavailability[] = [
    ...maintenance.windows.map(({ start, end }): Unavailability => ({ kind: 'scheduled', start: new Date(start), end: new Date(end) })),
    ...(maintenance.daily ? dailyWindows(maintenance.daily, now) : []),
  ];
  const current = maintenance.active
    ? { kind: 'now' as const, start: now, end: maintenance.until ? new Date(maintenance.until) : null }
    : windows.find(({ start, end }) => start.getTime() <= time && time < end!.getTime());
  const next = windows
    .filter(({ kind, start }) => start.getTime() > time && (kind === 'scheduled' || start.getTime() - time <= DAILY_NOTICE_MS))
    .sort((a, b) => a.start.getTime() - b.start.getTime())[0];
  return { current, next };
}
