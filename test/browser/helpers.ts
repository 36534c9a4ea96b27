/**
 * Helpers of the elements' browser tests: the mock backend in the page's service worker, mounting
 * an element inside `<ec-provider>`, and finding and using things as a candidate does — fields by
 * their label, messages by their live region.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { startMockWorker } from '../../mocks/browser.js';
import { createMockBackend, type MockBackend, type Scenario } from '../../mocks/index.js';
import { createClient } from '../../sdk/index.js';
import '../../src/define/all.js';
import { fr } from '../../src/translations/fr.js';

/** The account elements. */
export type Tag = 'ec-signup-form' | 'ec-activation' | 'ec-login-form' | 'ec-forgot-credentials' | 'ec-resend-activation' | 'ec-reset-password';
/** The elements that are forms. */
export type FormTag = Exclude<Tag, 'ec-activation'>;

/* ------------------------------------------------------------------------------------------------
 * The mock backend
 * --------------------------------------------------------------------------------------------- */

/** The reference backend and the service worker it answers from. */
export interface Mock {
  readonly backend: MockBackend;
  readonly worker: SetupWorker;
}

/**
 * Starts the reference backend once for the test file, and after each test drops the handlers a
 * test added, the scenario and the accounts. The platform has no nightly window (the reference
 * backend's default): a test that wants maintenance sets `state.config.maintenance`.
 */
export function useMockBackend(): Mock {
  const backend = createMockBackend({ appUrl: `${location.origin}/` });
  let worker: SetupWorker | undefined;
  before(async () => (worker = await startMockWorker(backend)));
  afterEach(() => {
    worker?.resetHandlers();
    backend.scenario = null;
    backend.reset();
  });
  after(() => worker?.stop());
  return {
    backend,
    get worker() {
      if (!worker) throw new Error('The mock backend has not started');
      return worker;
    },
  };
}

/** The paths of the operations under the API's base URL. */
export const PATHS = {
  config: 'config',
  login: 'session',
  signup: 'account/signup',
  activation: 'account/activation',
  resendActivation: 'account/activation/resend',
  forgotCredentials: 'account/forgotten-credentials',
  resetPassword: 'account/password-reset',
} as const;

/** The msw pattern of an API path, on any origin. */
export const api = (path: string) => `*/api/${path}`;

/** An `application/problem+json` answer with the contract's `code`. */
export const problem = (status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  HttpResponse.json(
    { type: 'about:blank', title: code, status, code, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );

/** Answers every POST to `path` with `reply` (added in front of the reference backend). */
export function answer(mock: Mock, path: string, reply: () => Response | Promise<Response>) {
  mock.worker.use(http.post(api(path), reply));
}

/**
 * Counts the POSTs to `path`, each held until `hold` settles, then lets them through to the
 * handlers behind (a resolver that returns nothing falls through; msw's `passthrough()` would
 * skip the mock and go to the network). Add it after any `answer()` it should count.
 */
export function countRequests(mock: Mock, path: string, hold?: Promise<unknown>): { count: number } {
  const seen = { count: 0 };
  mock.worker.use(
    http.post(api(path), async () => {
      seen.count += 1;
      await hold;
    }),
  );
  return seen;
}

/** A promise the test opens when it wants: to hold a request in flight. */
export function gate(): { opened: Promise<void>; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/* ------------------------------------------------------------------------------------------------
 * Dates, in the candidate's time zone
 * --------------------------------------------------------------------------------------------- */

/** The time zone every test page runs in (web-test-runner.config.mjs): a candidate in French Guiana, UTC−3, far from Paris. */
const TIME_ZONE = 'America/Cayenne';

/** A moment as the elements write it in French: in the candidate's time zone, named (« 3 décembre 2026 à 19:00 UTC−3 »); the time alone without `withDay`. */
export const candidateTime = (iso: string, { withDay = true } = {}) =>
  new Intl.DateTimeFormat('fr', {
    ...(withDay ? { day: 'numeric', month: 'long', year: 'numeric' } : {}),
    hour: 'numeric',
    minute: '2-digit',
    timeZone: TIME_ZONE,
    timeZoneName: 'short',
  }).format(new Date(iso));

/* ------------------------------------------------------------------------------------------------
 * Failures a candidate can meet, and the French message each one shows
 * --------------------------------------------------------------------------------------------- */

/** A way the backend can fail, and what the candidate then reads. */
export interface Failure {
  name: string;
  /** Makes the POSTs to `path` fail this way. */
  arrange(mock: Mock, path: string): void;
  /** The message shown in the alert region (French). */
  message: string;
  /** Whether trying again may help: a form then adds that nothing typed was lost, and offers "Réessayer". */
  retryable?: true;
}

/** What a form's alert says after `failure`: its message, and that what was typed is kept when it may be retried. */
export const formAlert = (failure: Failure, kept = fr.kept) => (failure.retryable ? `${failure.message} ${kept}` : failure.message);

const replying =
  (reply: () => Response): Failure['arrange'] =>
  (mock, path) =>
    answer(mock, path, reply);
const inScenario =
  (scenario: Scenario): Failure['arrange'] =>
  (mock) => {
    mock.backend.scenario = scenario;
  };

/** The end of the maintenance the 503 announces: 23:00 in Paris, 19:00 for the candidate in French Guiana. */
export const MAINTENANCE_UNTIL = '2026-12-03T22:00:00Z';

/** Every failure that is not about one field. */
export const FAILURES = {
  invalidCredentials: {
    name: '401 invalid_credentials',
    arrange: replying(() => problem(401, 'invalid_credentials')),
    message: fr.problems.invalid_credentials,
  },
  unauthenticated: { name: '401 unauthenticated', arrange: replying(() => problem(401, 'unauthenticated')), message: fr.problems.unknown },
  tokenInvalid: { name: '400 token_invalid', arrange: replying(() => problem(400, 'token_invalid')), message: fr.problems.token_invalid },
  tokenExpired: { name: '400 token_expired', arrange: replying(() => problem(400, 'token_expired')), message: fr.problems.token_expired },
  campaignClosed: { name: '403 campaign_closed', arrange: replying(() => problem(403, 'campaign_closed')), message: fr.problems.campaign_closed },
  maintenance: {
    name: '503 maintenance',
    arrange: replying(() => problem(503, 'maintenance', { until: MAINTENANCE_UNTIL }, { 'Retry-After': '7200' })),
    message: fr.maintenance('3 décembre 2026 à 19:00 UTC−3'),
    retryable: true,
  },
  rateLimited: {
    name: '429 rate_limited',
    arrange: replying(() => problem(429, 'rate_limited', {}, { 'Retry-After': '30' })),
    message: fr.rateLimited(30),
  },
  serverError: { name: '500 (HTML body)', arrange: inScenario('server-error'), message: fr.problems.server_error, retryable: true },
  network: { name: 'network failure', arrange: inScenario('offline'), message: fr.problems.network, retryable: true },
  contract: { name: 'contract-breaking answer', arrange: inScenario('contract-breaking'), message: fr.problems.contract, retryable: true },
} satisfies Record<string, Failure>;

/** The failures every account operation can meet. */
export const COMMON_FAILURES: Failure[] = [
  FAILURES.campaignClosed,
  FAILURES.maintenance,
  FAILURES.rateLimited,
  FAILURES.serverError,
  FAILURES.network,
  FAILURES.contract,
];

/* ------------------------------------------------------------------------------------------------
 * Accounts, through the SDK and the mailbox
 * --------------------------------------------------------------------------------------------- */

/** The password of the accounts the tests create. */
export const PASSWORD = 'Crêpe-Sûre-2027';

let mails = 0;
/** A mail no other test uses. */
export const uniqueMail = (name = 'zoe') => `${name}.${Date.now()}.${++mails}@example.org`;

/** An SDK client of the mock backend, as another page would use it. */
export const client = () => createClient({ baseUrl: new URL('/api/', location.href), retries: 0 });

/** The `token` of the last link mailed to `mail`. */
export function mailedToken(mock: Mock, mail: string): string {
  const link = mock.backend.outbox.findLast((sent) => sent.to === mail)?.link;
  if (!link) throw new Error(`No link was mailed to ${mail}`);
  return new URL(link).searchParams.get('token') ?? '';
}

/** A new account, not activated yet: its mail, its login (from the mail) and its activation token. */
export async function signUp(mock: Mock, firstName = 'Zoë') {
  const mail = uniqueMail();
  await client().account.signup({ lastName: 'Dupont', firstName, mail, mailConfirmation: mail, password: PASSWORD, passwordConfirmation: PASSWORD });
  const text = mock.backend.outbox.findLast((sent) => sent.to === mail)?.text ?? '';
  const login = /login est ([0-9A-Z]{8})/.exec(text)?.[1];
  if (!login) throw new Error(`No login in the mail: ${text}`);
  return { mail, login, firstName, token: mailedToken(mock, mail) };
}

/** A new, activated account. */
export async function activatedAccount(mock: Mock) {
  const account = await signUp(mock);
  await client().account.activate({ token: account.token });
  return account;
}

/** A password reset token mailed for an activated account. */
export async function resetToken(mock: Mock) {
  const account = await activatedAccount(mock);
  await client().account.forgotCredentials({ mail: account.mail });
  return { ...account, token: mailedToken(mock, account.mail) };
}

/** Logs in through the SDK; resolves when the backend accepts the credentials. */
export const logIn = (login: string, password: string) => client().session.login({ login, password });

/* ------------------------------------------------------------------------------------------------
 * Mounting and reading an element as a candidate does
 * --------------------------------------------------------------------------------------------- */

/** Whether the element shows a failure that replaced its content (e.g. the configuration failed). */
const showsAlert = (el: Element) => alertText(el) !== '';

/** When each element has rendered once its configuration arrived. */
const READY: Record<Tag, (el: HTMLElement) => boolean> = {
  // The CAS entry comes with the configuration.
  'ec-login-form': (el) => el.querySelector('a.ec-button') !== null || showsAlert(el),
  // "Chargement…" until the configuration arrives.
  'ec-signup-form': (el) => el.querySelector('form') !== null || showsAlert(el),
  // The password policy comes with the configuration.
  'ec-reset-password': (el) => el.querySelector('.ec-policy') !== null || showsAlert(el),
  'ec-forgot-credentials': (el) => el.querySelector('form') !== null || showsAlert(el),
  'ec-resend-activation': (el) => el.querySelector('form') !== null || showsAlert(el),
  'ec-activation': (el) => el.querySelector('h2') !== null,
};

export interface MountOptions {
  /** Attributes of the element (e.g. `token`). */
  attrs?: Record<string, string>;
  /** The provider's `locale` attribute. */
  locale?: string;
  /** When the element counts as rendered (default: once its configuration shows). */
  ready?: (el: HTMLElement) => boolean;
}

/** Mounts `<ec-provider base-url="/api/"><tag …></ec-provider>` and waits until the element has rendered. */
export async function mount<T extends Tag>(tag: T, { attrs = {}, locale, ready = READY[tag] }: MountOptions = {}): Promise<HTMLElementTagNameMap[T]> {
  const provider = document.createElement('ec-provider');
  provider.setAttribute('base-url', '/api/');
  if (locale) provider.setAttribute('locale', locale);
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  provider.append(element);
  await fixture(provider);
  await waitUntil(() => ready(element), `<${tag}> did not render`);
  await element.updateComplete;
  return element;
}

/** Text as a screen shows it: runs of spaces and line breaks collapsed. */
const visible = (text: string | null | undefined) => (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();

const labelText = (label: HTMLLabelElement) => visible(label.textContent).replace(/ ?\*$/, '');

/** The labels of the element's fields, in order, without the required marker. */
export const labels = (el: Element) => [...el.querySelectorAll('label')].map(labelText);

/** The input a label names, found through the label's `for` in the document. */
export function field(el: Element, label: string): HTMLInputElement {
  const found = [...el.querySelectorAll('label')].find((candidate) => labelText(candidate) === label);
  if (!found) throw new Error(`No field labelled "${label}" in <${el.localName}>; labels: ${labels(el).join(', ')}`);
  const input = document.getElementById(found.htmlFor);
  if (!(input instanceof HTMLInputElement)) throw new Error(`The label "${label}" names no input`);
  return input;
}

/** Types `text` into the field labelled `label`, key by key. */
export async function type(el: Element, label: string, text: string) {
  field(el, label).focus();
  await sendKeys({ type: text });
}

/** Types each value into the field its key labels. */
export async function fill(el: Element, values: Record<string, string>) {
  for (const [label, text] of Object.entries(values)) await type(el, label, text);
}

/** Pastes `text` into the field labelled `label`, replacing what it held (for texts too long to type). */
export function paste(el: Element, label: string, text: string) {
  const input = field(el, label);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
}

/** What each field holds, by label. */
export const values = (el: Element): Record<string, string> => Object.fromEntries(labels(el).map((label) => [label, field(el, label).value]));

/** The text of the elements an input's `aria-describedby` points to, as a screen reader reads it. */
export const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => visible(document.getElementById(id)?.textContent))
    .join(' ');

/** The form's submit button. */
export function submitButton(el: Element): HTMLButtonElement {
  const button = el.querySelector<HTMLButtonElement>('button[type=submit]');
  if (!button) throw new Error(`<${el.localName}> shows no submit button`);
  return button;
}

/** Whether the element says it is busy. */
export const busy = (el: Element) => el.querySelector('[aria-busy="true"]') !== null || el.getAttribute('aria-busy') === 'true';

/** Waits until the element has rendered and its request, if any, has been answered. */
export async function settle(el: HTMLElement & { updateComplete: Promise<unknown> }) {
  await el.updateComplete;
  await waitUntil(() => !busy(el), `<${el.localName}> is still busy`);
  await el.updateComplete;
}

/** Clicks the submit button and waits for the answer. */
export async function submit(el: HTMLElement & { updateComplete: Promise<unknown> }) {
  submitButton(el).click();
  await settle(el);
}

/** The text of the alert regions, buttons left out. */
export function alertText(el: Element): string {
  return [...el.querySelectorAll('[role=alert]')]
    .map((region) => {
      const copy = region.cloneNode(true) as Element;
      for (const button of copy.querySelectorAll('button')) button.remove();
      return visible(copy.textContent);
    })
    .filter(Boolean)
    .join(' ');
}

/** The text of the status region. */
export const statusText = (el: Element) => visible(el.querySelector('[role=status]')?.textContent);

/** The error summary. */
export function summary(el: Element): HTMLElement {
  const found = el.querySelector<HTMLElement>('.ec-summary');
  if (!found) throw new Error(`<${el.localName}> has no error summary`);
  return found;
}

/** The link or button whose text is `text`. */
export function control(el: Element, text: string): HTMLAnchorElement | HTMLButtonElement | undefined {
  return [...el.querySelectorAll<HTMLAnchorElement | HTMLButtonElement>('a, button')].find((candidate) => visible(candidate.textContent) === text);
}

/** The link whose text is `text`. */
export function link(el: Element, text: string): HTMLAnchorElement {
  const found = control(el, text);
  if (!(found instanceof HTMLAnchorElement)) throw new Error(`No link "${text}" in <${el.localName}>`);
  return found;
}

/** Puts the URL back as it was, query and fragment included, after a test changed it. */
export function restoreUrl(href: string) {
  history.replaceState(history.state, '', href);
}
