/**
 * Shared set-up for the reference backend's Node tests: one msw server per file, a fresh backend
 * per test, an SDK client and raw `fetch` against it, and candidate journeys (signup, activation,
 * login) read back from the outbox as a candidate would read their mailbox.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach } from 'node:test';
import { setupServer } from 'msw/node';
import { createMockBackend, type Mail, type MockBackend, type MockBackendOptions } from '../../mocks/index.js';
import { createClient, type ClientOptions, type EcandidatClient, type SignupInput } from '../../sdk/index.js';

export const API = 'https://ecandidat.test/api/';
export const APP_URL = 'https://portal.test/candidat/';
/** A password that meets the default policy. */
export const PASSWORD = 'Secr3t-Pass!';
export const OTHER_PASSWORD = 'N3w-Passw0rd#';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
/** The whole of a mailed link: `<appUrl>?token=<uuid v4>#<kind>` (the portal's view). */
export const linkPattern = (kind: 'activation' | 'password-reset', appUrl = APP_URL) =>
  new RegExp(`^${appUrl.replace(/[.?/]/g, '\\$&')}\\?token=${UUID}#${kind}$`);

export interface MockHarness {
  /** This test's backend. */
  readonly backend: MockBackend;
  /** Replaces this test's backend with a new one built from `options`. */
  use(options?: MockBackendOptions): MockBackend;
}

/** Starts one msw server for the file and gives each test a fresh backend. */
export function useMockBackend(options: MockBackendOptions = {}): MockHarness {
  const server = setupServer();
  let backend: MockBackend;
  const harness: MockHarness = {
    get backend() {
      return backend;
    },
    use(more = {}) {
      backend = createMockBackend({ appUrl: APP_URL, ...options, ...more });
      server.resetHandlers(...backend.handlers);
      return backend;
    },
  };
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(async () => {
    harness.use();
    // msw keeps `Set-Cookie`s in a process-wide jar and sends them back on every request: log out so
    // no session cookie of an earlier test rides along.
    await fetch(`${API}session`, { method: 'DELETE' });
  });
  after(() => server.close());
  return harness;
}

/** An SDK client of the test backend. */
export const clientOf = (options: Partial<ClientOptions> = {}): EcandidatClient => createClient({ baseUrl: API, retries: 0, ...options });

/** What a caller sees of a raw answer. */
export interface RawAnswer {
  status: number;
  contentType: string | null;
  headers: Headers;
  body: unknown;
}

/** A raw request to the API (path under the base URL), with a JSON body when `body` is given. */
export async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const response = await fetch(new URL(path, API), {
    method,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('Content-Type'), headers: response.headers, body: text ? (JSON.parse(text) as unknown) : null };
}

/** The part of an answer that must not differ between cases a caller must not tell apart. */
export const observable = ({ status, contentType, body }: RawAnswer) => ({ status, contentType, body });

/** Awaits a rejection and returns the error, checking its class. */
export async function caught<T extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => T): Promise<T> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof type, `expected a ${type.name}, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected a ${type.name}, but it resolved`);
}

let mailCount = 0;
/** A mail address no other test candidate uses. */
export const freshMail = (name = 'candidate') => `${name}.${++mailCount}@example.org`;

/** A valid signup form for `mail`. */
export const signupInput = (mail = freshMail(), overrides: Partial<SignupInput> = {}): SignupInput => ({
  lastName: 'Dupont',
  firstName: 'Élise',
  mail,
  mailConfirmation: mail,
  password: PASSWORD,
  passwordConfirmation: PASSWORD,
  ...overrides,
});

/** The mails sent to `to`, oldest first. */
export const mailsTo = (backend: MockBackend, to: string): Mail[] =>
  backend.outbox.filter((mail) => mail.to.toLowerCase() === to.toLowerCase());

/** The newest mail sent to `to`. */
export function lastMailTo(backend: MockBackend, to: string): Mail {
  const mail = mailsTo(backend, to).at(-1);
  assert.ok(mail, `no mail to ${to}`);
  return mail;
}

/** The token of a mailed link. */
export function tokenOf(mail: Mail): string {
  assert.ok(mail.link, `the mail "${mail.subject}" has no link`);
  const token = new URL(mail.link).searchParams.get('token');
  assert.ok(token);
  return token;
}

/** The login a mail tells, in French or English. */
export function loginIn(mail: Mail): string {
  const login = /(?:login est|login is) ([0-9A-Z]{8})/.exec(mail.text)?.[1];
  assert.ok(login, `no login in "${mail.text}"`);
  return login;
}

/** A candidate as the tests know them. */
export interface Candidate {
  mail: string;
  password: string;
  login: string;
  /** The activation token of the account-created mail. */
  token: string;
}

/** Signs up and reads the login and activation token from the mailbox. */
export async function signUp(backend: MockBackend, client = clientOf(), input = signupInput()): Promise<Candidate> {
  await client.account.signup(input);
  const mail = lastMailTo(backend, input.mail);
  return { mail: input.mail, password: input.password ?? '', login: loginIn(mail), token: tokenOf(mail) };
}

/** Signs up and activates. */
export async function activated(backend: MockBackend, client = clientOf(), input = signupInput()): Promise<Candidate> {
  const candidate = await signUp(backend, client, input);
  await client.account.activate({ token: candidate.token });
  return candidate;
}

/** Signs up, activates and logs in with a client of its own. */
export async function loggedIn(backend: MockBackend, input = signupInput()): Promise<Candidate & { client: EcandidatClient }> {
  const client = clientOf();
  const candidate = await activated(backend, client, input);
  await client.session.login({ login: candidate.login, password: candidate.password });
  return { ...candidate, client };
}

/** Logs in over raw HTTP and returns the bearer token the backend hands out. */
export async function bearerOf({ login, password }: Pick<Candidate, 'login' | 'password'>): Promise<string> {
  const { status, body } = await call('POST', 'session', { login, password });
  assert.equal(status, 200);
  const { token } = body as { token?: string };
  assert.ok(token);
  return token;
}
