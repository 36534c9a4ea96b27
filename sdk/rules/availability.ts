import type { Config } from '../schemas/config.js';

/** The platform's maintenance settings, as the configuration gives them. */
export type Maintenance = Config['maintenance'];

/**
 * A time the platform is unavailable: maintenance declared now (`until` its end, if known), an
 * announced window, or an occurrence of the nightly synchronisation.
 */
export interface Unavailability {
  kind: 'now' | 'scheduled' | 'daily';
  start: Date;
  end: Date | null;
}

/** How long before it starts the nightly window is announced. */
export const DAILY_NOTICE_MS = 60 * 60 * 1000;

/**
 * What to tell candidates about availability at `now`: the unavailability in force (`current`),
 * and the next one to announce (`next`) — an announced window any time before it starts, the
 * nightly window from `DAILY_NOTICE_MS` before it.
 */
export function availabilityAt(maintenance: Maintenance, now = new Date()): { current?: Unavailability; next?: Unavailability } {
  const time = now.getTime();
  const windows = maintenance.windows.map(({ start, end, daily }): Unavailability => ({ kind: daily ? 'daily' : 'scheduled', start: new Date(start), end: new Date(end) }));
  const current = maintenance.active
    ? { kind: 'now' as const, start: now, end: maintenance.until ? new Date(maintenance.until) : null }
    : windows.find(({ start, end }) => start.getTime() <= time && time < end!.getTime());
  const next = windows
    .filter(({ kind, start }) => start.getTime() > time && (kind === 'scheduled' || start.getTime() - time <= DAILY_NOTICE_MS))
    .sort((a, b) => a.start.getTime() - b.start.getTime())[0];
  return { current, next };
}
