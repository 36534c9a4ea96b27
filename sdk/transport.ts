import ky, { HTTPError, type KyInstance } from 'ky';
import * as v from 'valibot';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  ContractError,
  MaintenanceError,
  NetworkError,
  PreconditionFailedError,
  RateLimitError,
  SdkError,
  TimeoutError,
  ValidationError,
} from './errors.js';
import type { Route } from './routes/route.js';
import { fieldErrorsOf } from './schemas/field-errors.js';
import { ProblemSchema } from './schemas/problem.js';

/** How to reach the backend. */
export interface ClientOptions {
  /** The API's base URL, e.g. `https://ecandidat.univ.fr/api/`. */
  baseUrl: string | URL;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
  /** Deadline of one attempt in ms (default 10 000). */
  timeout?: number;
  /** Deadline of a whole operation, retries included, in ms (default 30 000). */
  totalTimeout?: number;
  /** How many times a safe or idempotent request is retried (default 2). */
  retries?: number;
  /** Cookie policy (default `include`: the session is an HttpOnly cookie). */
  credentials?: RequestCredentials;
  /** The candidate's language, sent as `Accept-Language` so mails and messages follow it. */
  locale?: string;
}

/** Options every operation takes. */
export interface RequestOptions {
  /** Aborts the operation; the promise then rejects with the signal's `AbortError`. */
  signal?: AbortSignal;
}

/** Options of an operation that creates something. */
export interface CreateOptions extends RequestOptions {
  /** Reuse one key for every try of one logical creation, so a retry never creates twice (default: a new key). */
  idempotencyKey?: string;
}

/** Options of an operation that changes a versioned resource. */
export interface UpdateOptions extends RequestOptions {
  /** The `etag` the candidate's edit started from: a newer version on the server fails with `PreconditionFailedError`. */
  ifMatch: string;
}

/** What operations need of the client: one request, and the in-memory bearer token. */
export interface Transport {
  send<TInput extends v.GenericSchema | undefined, TOutput extends v.GenericSchema | undefined>(
    route: Route<TInput, TOutput>,
    input: TInput extends v.GenericSchema ? v.InferInput<TInput> : undefined,
    options?: CreateOptions & Partial<UpdateOptions>,
  ): Promise<TOutput extends v.GenericSchema ? v.InferOutput<TOutput> : undefined>;
  /** A bearer token for backends that do not use cookies; kept in memory only. */
  token: string | undefined;
  /** The language sent as `Accept-Language`. */
  locale: string | undefined;
}

/** A fresh `Idempotency-Key`. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

/** Seconds to wait from a `Retry-After` header (seconds or an HTTP date), or `null`. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Turns an error answer into the SDK's typed error. */
export async function apiErrorFrom(response: Response, cause?: unknown): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const problem = v.safeParse(ProblemSchema, body);
  const { code, requestId = response.headers.get('X-Request-Id') ?? undefined, fieldErrors, until } = problem.success
    ? problem.output
    : { code: response.status >= 500 ? 'server_error' : 'http_error' };
  const status = response.status;
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  const options = { cause };
  if (status === 400 && (fieldErrors || code === 'validation_failed')) return new ValidationError(fieldErrors ?? {}, requestId, options);
  if (status === 401) return new AuthenticationError(status, code, requestId, options);
  if (status === 409) return new ConflictError(status, code, requestId, options);
  if (status === 412) return new PreconditionFailedError(status, code, requestId, options);
  if (status === 429) return new RateLimitError(retryAfter ?? 60, requestId, options);
  if (status === 503 && code === 'maintenance') return new MaintenanceError(until ?? null, retryAfter, requestId, options);
  return new ApiError(status, code, requestId, options);
}

async function toSdkError(error: unknown): Promise<unknown> {
  if (error instanceof SdkError) return error;
  if (error instanceof HTTPError) return apiErrorFrom(error.response, error);
  if (!(error instanceof Error)) return error;
  // ky's attempt deadline and the overall one (`AbortSignal.timeout`) both name their errors so.
  if (error.name === 'TimeoutError') return new TimeoutError(error.message, { cause: error });
  if (error instanceof TypeError) return new NetworkError(error.message, { cause: error });
  return error;
}

const parse = <T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> => {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.issues));
  return result.output;
};

async function readOutput(response: Response, schema: v.GenericSchema): Promise<unknown> {
  const body: unknown =
    response.status === 204
      ? undefined
      : await response.json().catch(() => {
          throw new ContractError([{ message: 'Not JSON' }]);
        });
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  throw new ContractError(result.issues.map((issue) => ({ message: issue.message, path: v.getDotPath(issue) ?? '' })));
}

/**
 * The one HTTP transport: validates each input before sending, retries GETs and keyed creations
 * with backoff and jitter (honouring `Retry-After`), enforces per-attempt and overall deadlines,
 * validates each answer and turns every failure into a typed `SdkError`.
 */
export function createTransport(options: ClientOptions): Transport {
  const { timeout = 10_000, totalTimeout = 30_000, retries = 2, credentials = 'include' } = options;
  const prefixUrl = String(options.baseUrl).replace(/\/?$/, '/');
  const transport: Transport = {
    token: undefined,
    locale: options.locale,
    async send(route, input, { signal, idempotencyKey, ifMatch } = {}) {
      const json = route.input ? parse(route.input, input) : undefined;
      const deadline = AbortSignal.timeout(totalTimeout);
      const retryable = route.method === 'get' || idempotencyKey !== undefined;
      try {
        const response = await http(route.path, {
          method: route.method,
          json,
          signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
          // ky drops the headers left undefined.
          headers: {
            'Idempotency-Key': idempotencyKey,
            'If-Match': ifMatch,
            'Accept-Language': transport.locale,
            Authorization: transport.token ? `Bearer ${transport.token}` : undefined,
          },
          retry: retryable ? { ...retryPolicy, limit: retries } : 0,
        });
        // Another success status breaks the contract; 204 is checked by the answer's schema (it has no body).
        if (response.status !== route.status && response.status !== 204) throw new ContractError([{ message: `Status ${response.status}` }]);
        return (route.output ? await readOutput(response, route.output) : undefined) as never;
      } catch (error) {
        throw await toSdkError(error);
      }
    },
  };
  const http: KyInstance = ky.create({
    prefixUrl,
    timeout,
    credentials,
    fetch: options.fetch,
    headers: { Accept: 'application/json, application/problem+json' },
  });
  return transport;
}

/** The longest `Retry-After` the SDK waits for itself; a longer wait is the caller's to show. */
const MAX_RETRY_AFTER = 10_000;

const retryPolicy = {
  // ky's status codes: 408, 413, 429, 500, 502, 503, 504, waiting for Retry-After on 413, 429, 503.
  methods: ['get', 'post', 'put', 'delete'],
  maxRetryAfter: MAX_RETRY_AFTER,
  backoffLimit: 5_000,
  jitter: true,
  // ky would wait `maxRetryAfter` and try again; give up at once instead.
  shouldRetry: ({ error }: { error: Error }) => {
    const seconds = error instanceof HTTPError ? retryAfterSeconds(error.response.headers.get('Retry-After')) : null;
    return seconds !== null && seconds * 1000 > MAX_RETRY_AFTER ? false : undefined;
  },
};
