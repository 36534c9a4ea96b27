import {
  isApiError,
  isAuthenticationError,
  isContractError,
  isMaintenanceError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
} from '../../sdk/errors.js';
import { TIMESTAMP } from '../../sdk/schemas/common.js';
import type { Locale, Translation } from '../translations/translation.js';

/**
 * A moment for candidates, in their own time zone and naming it (the platform keeps Paris time,
 * a candidate may be anywhere): « 3 décembre 2026 à 23:00 UTC+1 », or the time alone, « 23:00 UTC+1 ».
 */
export const formatDateTime = (locale: Locale, moment: Date | string, withDay = true) =>
  new Intl.DateTimeFormat(locale, {
    ...(withDay ? { day: 'numeric', month: 'long', year: 'numeric' } : {}),
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(moment));

/** `formatDateTime` of a server date that may not be one: `null` then. */
const formatServerDate = (locale: Locale, value: string | null) =>
  value !== null && TIMESTAMP.test(value) ? formatDateTime(locale, value) : null;

/**
 * The message for a failure that is not about one field. Server text is never shown: each error
 * maps to a translated message by its type and code.
 */
export function failureMessage(t: Translation, locale: Locale, error: unknown, waitSeconds = 0): string {
  if (isMaintenanceError(error)) return t.maintenance(formatServerDate(locale, error.until));
  if (isRateLimitError(error)) return t.rateLimited(waitSeconds);
  if (isAuthenticationError(error) && error.code === 'invalid_credentials') return t.problems.invalid_credentials;
  if (isNetworkError(error)) return t.problems.network;
  if (isTimeoutError(error)) return t.problems.timeout;
  if (isContractError(error)) return t.problems.contract;
  if (isApiError(error)) {
    const known = t.problems[error.code as keyof Translation['problems']];
    return known ?? (error.status >= 500 ? t.problems.server_error : t.problems.unknown);
  }
  return t.problems.unknown;
}

/** Whether trying the same request again may work: a network failure, a timeout, a 5xx or a broken answer. */
export const isRetryable = (error: unknown): boolean =>
  isNetworkError(error) || isTimeoutError(error) || isContractError(error) || (isApiError(error) && error.status >= 500);
