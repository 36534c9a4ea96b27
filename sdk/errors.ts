import type { FieldErrors } from './schemas/field-errors.js';

/** Stable error codes of the contract; a backend may add its own. */
export type ErrorCode =
  | 'validation_failed'
  | 'invalid_credentials'
  | 'unauthenticated'
  | 'token_invalid'
  | 'token_expired'
  | 'rate_limited'
  | 'maintenance'
  | 'campaign_closed'
  | 'conflict'
  | 'precondition_failed'
  | 'not_found'
  | 'server_error'
  | (string & {});

/** Base of every error the SDK throws; aborts stay native `AbortError`s. */
export class SdkError extends Error {
  override name = 'SdkError';
}

/** Raised when the backend answers with a non-2xx status; `code` says why, in the contract's words. */
export class ApiError extends SdkError {
  override name = 'ApiError';
  constructor(
    /** The HTTP status. */
    readonly status: number,
    /** The contract's machine code, such as `token_expired`. */
    readonly code: ErrorCode,
    /** The backend's request id, for support. */
    readonly requestId?: string,
    options?: ErrorOptions,
  ) {
    super(`${status} ${code}`, options);
  }
}

/** Raised on 400 `validation_failed`: `fieldErrors` holds codes by field path. */
export class ValidationError extends ApiError {
  override name = 'ValidationError';
  constructor(readonly fieldErrors: FieldErrors, requestId?: string, options?: ErrorOptions) {
    super(400, 'validation_failed', requestId, options);
  }
}

/** Raised on 401: `invalid_credentials` at login, `unauthenticated` when the session is gone. */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}

/** Raised on 429: wait `retryAfter` seconds before trying again (the SDK itself re-sends only GETs and keyed creations, after short waits). */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  constructor(readonly retryAfter: number, requestId?: string, options?: ErrorOptions) {
    super(429, 'rate_limited', requestId, options);
  }
}

/** Raised on 503 `maintenance`: the platform is closed until `until` (ISO) or for `retryAfter` seconds. */
export class MaintenanceError extends ApiError {
  override name = 'MaintenanceError';
  constructor(readonly until: string | null, readonly retryAfter: number | null, requestId?: string, options?: ErrorOptions) {
    super(503, 'maintenance', requestId, options);
  }
}

/** Raised on 409: the request clashes with the current state (e.g. an application that already exists). */
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}

/** Raised on 412: the resource changed since it was read; read it again and let the candidate choose. */
export class PreconditionFailedError extends ApiError {
  override name = 'PreconditionFailedError';
}

/** Raised when the backend cannot be reached (offline, DNS, CORS, connection reset). */
export class NetworkError extends SdkError {
  override name = 'NetworkError';
}

/** Raised when an attempt or the whole operation ran past its deadline. */
export class TimeoutError extends SdkError {
  override name = 'TimeoutError';
}

/** Raised when a response breaks the contract; `issues` say where (`path`: `institution.assistanceUrl`). */
export class ContractError extends SdkError {
  override name = 'ContractError';
  constructor(readonly issues: readonly { message: string; path?: string }[], options?: ErrorOptions) {
    super('Response breaks the contract', options);
  }
}

const guard =
  <T extends SdkError>(type: abstract new (...args: never[]) => T) =>
  (error: unknown): error is T =>
    error instanceof type;

/** Whether `error` was thrown by the SDK. */
export const isSdkError = guard(SdkError);
/** Whether `error` is a non-2xx answer from the backend. */
export const isApiError = guard(ApiError);
/** Whether `error` carries field errors. */
export const isValidationError = guard(ValidationError);
/** Whether `error` is a 401. */
export const isAuthenticationError = guard(AuthenticationError);
/** Whether `error` is a 429. */
export const isRateLimitError = guard(RateLimitError);
/** Whether `error` is a maintenance 503. */
export const isMaintenanceError = guard(MaintenanceError);
/** Whether `error` is a 409. */
export const isConflictError = guard(ConflictError);
/** Whether `error` is a 412. */
export const isPreconditionFailedError = guard(PreconditionFailedError);
/** Whether the backend could not be reached. */
export const isNetworkError = guard(NetworkError);
/** Whether a deadline passed. */
export const isTimeoutError = guard(TimeoutError);
/** Whether a response broke the contract. */
export const isContractError = guard(ContractError);
