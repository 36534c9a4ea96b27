import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { createClient, type ClientOptions, type Config, type EcandidatClient, type Session } from '../../sdk/index.js';

export const BASE_URL = 'https://ecandidat.test/api/';

export const server = setupServer();

/** Every request that reached the network layer during the current test, handled or not. */
export const sent: { method: string; url: string }[] = [];

/** Starts the mock server for the file's tests, with no handler left over between tests. */
export function useServer(): void {
  before(() => {
    server.listen({ onUnhandledRequest: 'error' });
    server.events.on('request:start', ({ request }) => sent.push({ method: request.method, url: request.url }));
  });
  afterEach(() => {
    server.resetHandlers();
    sent.length = 0;
  });
  after(() => server.close());
}

/** A client of the mock server. */
export const newClient = (options: Omit<ClientOptions, 'baseUrl'> = {}): EcandidatClient =>
  createClient({ baseUrl: BASE_URL, ...options });

/** One request as the handler saw it. */
export interface Seen {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
  /** `Date.now()` when it arrived. */
  at: number;
}

/** How the server answers the n-th call (1-based). */
export type Answer = (call: number) => Response | Promise<Response>;

/**
 * Answers `method path` (under the base URL) with `answers[n - 1]` on the n-th call, the last
 * answer repeating, and records every call.
 */
export function answer(method: 'get' | 'post' | 'delete', path: string, ...answers: Answer[]): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http[method](BASE_URL + path, async ({ request }) => {
      const text = await request.text();
      seen.push({
        method: request.method,
        path: new URL(request.url).pathname,
        headers: request.headers,
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
        at: Date.now(),
      });
      const respond = answers[Math.min(seen.length, answers.length) - 1];
      return respond(seen.length);
    }),
  );
  return seen;
}

/** A JSON answer. */
export const json =
  (body: JsonBodyType, status = 200, headers: Record<string, string> = {}): Answer =>
  () =>
    HttpResponse.json(body, { status, headers });

/** An `application/problem+json` error answer. */
export const problem =
  (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Answer =>
  () =>
    HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

/** An answer without a body. */
export const empty =
  (status: number): Answer =>
  () =>
    new HttpResponse(null, { status });

/** A connection failure. */
export const networkError: Answer = () => HttpResponse.error();

/** An answer that never comes. */
export const never: Answer = async () => {
  await delay('infinite');
  return new HttpResponse(null, { status: 204 });
};

/** The error `promise` rejects with; fails if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return assert.fail('expected the promise to reject');
}

/** Resolves once `condition` holds, polling; fails after `within` ms. */
export async function waitFor(condition: () => boolean, within = 1000, what = 'the condition'): Promise<void> {
  const end = Date.now() + within;
  while (!condition()) {
    if (Date.now() > end) assert.fail(`${what} did not hold within ${within} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A promise and the function that resolves it. */
export function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const inOneHour = () => new Date(Date.now() + 3_600_000).toISOString();

/** A session as the server answers it (without token). */
export const aSession = (overrides: Partial<Session> = {}): Session => ({
  login: '1QJ5A59F',
  firstName: 'ÉLOÏSE',
  lastName: "N'DIAYE-LEFÈVRE",
  mail: 'eloise@example.fr',
  locale: 'fr',
  expiresAt: inOneHour(),
  ...overrides,
});

/** A complete, valid platform configuration. */
export const aConfig = (): Config => ({
  institution: { name: 'Université de Lille', assistanceUrl: 'https://assistance.univ-lille.fr/' },
  campaign: { code: '2025', label: 'Campagne 2025', opensAt: '2025-01-15T09:00:00+01:00', closesAt: '2025-06-30T23:59:00+02:00' },
  signup: { passwordRequired: true, activationDays: 5 },
  passwordPolicy: { minLength: 10, digit: true, lowerCase: true, upperCase: true, specialCharacters: '@#$%^&+=-!*' },
  cas: { label: "Je suis étudiant à l'université", url: 'https://cas.univ-lille.fr/login' },
  locales: ['fr', 'en'],
  profile: { tabs: ['personalInfo', 'address', 'baccalaureate'], mandatoryTabs: ['personalInfo'], france: '100', birthCommunes: false, ineRequiredForFrench: true, noBaccalaureateSeries: null },
  homeMessages: [{ id: 'welcome', text: { fr: 'Bienvenue', en: 'Welcome' } }],
  maintenance: { active: false, until: null, windows: [], daily: { start: '23:00', end: '01:00', timeZone: 'Europe/Paris' } },
  finalRegistrationUrl: null,
});
