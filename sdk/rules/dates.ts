/** An ISO date (`YYYY-MM-DD`) in UTC, `years` years and `days` days from `today`. */
export function isoDateFrom(today: Date, years: number, days = 0): string {
  const date = new Date(Date.UTC(today.getUTCFullYear() + years, today.getUTCMonth(), today.getUTCDate() + days));
  return date.toISOString().slice(0, 10);
}

/** The birth dates eCandidat accepts: from 100 years ago to the day before the 10th birthday. */
export const birthDateBounds = (today = new Date()) => ({ min: isoDateFrom(today, -100), max: isoDateFrom(today, -10, -1) });

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
