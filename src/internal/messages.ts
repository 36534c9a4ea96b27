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

const TimestampPattern = TIMESTAMP;
import type { Locale, Translation } from '../translations/translation.js';

/** A date-time for candidates, in Paris time: « 3 décembre 2026 à 23:00 ». */
export const formatDateTime = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));

/** `formatDateTime` of a server date that may not be one: `null` then. */
const formatServerDate = (locale: Locale, value: string | null) =>
  value !== null && TimestampPattern.test(value) ? formatDateTime(locale, value) : null;

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
