import type { HttpHandler } from 'msw';
import type { Config, InternalStudy, Application } from '../sdk/index.js';
import type { MockContext } from './context.js';
import { defaultConfig } from './fixtures/config.js';
import { sampleApplications } from './fixtures/applications.js';
import { sampleInternalStudies } from './fixtures/internal-studies.js';
import { sampleTrainingOffer } from './fixtures/training-offer.js';
import { createHandlers, type MockControls } from './handlers.js';
import { nightlyWindows, type Nightly } from './nightly.js';
import { profileOf } from './profile-store.js';
import type { Scenario } from './scenarios.js';
import type { Mail, MockState } from './store.js';

export { ECANDIDAT_NIGHTLY, nightlyWindows, type Nightly } from './nightly.js';
export { SCENARIOS, type Scenario } from './scenarios.js';
export type { Account, Mail, MockState } from './store.js';
export type { ProfileRecord } from './profile-store.js';
export { sampleInternalStudies } from './fixtures/internal-studies.js';

/** How to set up the reference backend. */
export interface MockBackendOptions {
  /** The msw path the API lives under (default `*\/api/`, any origin). */
  basePath?: string;
  /** The portal page that mailed links open (default `http://localhost:5173/`). */
  appUrl?: string;
  /** Changes to the default configuration. */
  config?: Partial<Config>;
  /** A failure mode to start in. */
  scenario?: Scenario | null;
  /**
   * The nightly synchronisation window the configuration lists (default none, so tests and
   * stories behave the same at any hour; the demo uses eCandidat's, `ECANDIDAT_NIGHTLY`).
   */
  nightly?: Nightly | null;
  /** Milliseconds every answer waits, to feel like a network (default 0). */
  latency?: number;
  /**
   * Whether login sets the HttpOnly session cookie beside the bearer token. Default: only outside
   * a browser, since msw in a page would keep the cookie in localStorage.
   */
  sessionCookie?: boolean;
}

/** The reference backend: msw handlers over an in-memory store, with its outbox and switches. */
export interface MockBackend extends MockControls {
  /** The handlers, for `setupWorker`, `setupServer` or `@mswjs/http-middleware`. */
  readonly handlers: HttpHandler[];
  /** The whole in-memory state. */
  readonly state: MockState;
  /** Every mail sent, oldest first. */
  readonly outbox: readonly Mail[];
  /** The nightly synchronisation window, listed in the configuration's `maintenance.windows` for the week ahead. */
  nightly: Nightly | null;
  /** Gives `login` internal studies, as if imported from the university's records (default: a realistic sample). */
  seedInternalStudies(login: string, studies?: InternalStudy[]): void;
  /** Gives `login` applications (default: a sample of three, with a published decision). */
  seedApplications(login: string, applications?: Application[]): void;
}

/**
 * Creates the reference backend of the eCandidat contract.
 * @example
 * const backend = createMockBackend({ appUrl: location.href });
 * await setupWorker(...backend.handlers).start();
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const { basePath = '*/api/', appUrl = 'http://localhost:5173/' } = options;
  let offset = 0;
  const now = () => Date.now() + offset;
  const emptyState = (): MockState => ({
    config: { ...defaultConfig(now()), ...options.config },
    accounts: new Map(),
    usedLogins: new Set(),
    sessions: new Map(),
    replays: new Map(),
    outbox: [],
    expiredTokens: new Set(),
    profiles: new Map(),
    profileVersion: 0,
    trainingOffer: sampleTrainingOffer(now()),
  });
  let state = emptyState();
  let handlers: HttpHandler[] = [];
  const ctx: MockContext = {
    sessionCookie: options.sessionCookie ?? !('document' in globalThis),
    get state() {
      return state;
    },
    now,
    config: () => {
      const { config } = state;
      const windows = [...config.maintenance.windows, ...(backend.nightly ? nightlyWindows(backend.nightly, now()) : [])];
      return { ...config, campaign: backend.scenario === 'campaign-closed' ? null : config.campaign, maintenance: { ...config.maintenance, windows } };
    },
    // The portal's address with the token and the view: `<appUrl>?token=…#activation`.
    link: (kind, token) => new URL(`?token=${encodeURIComponent(token)}#${kind}`, appUrl).href,
    send: (to, draft) => state.outbox.push({ ...draft, id: state.outbox.length + 1, to, sentAt: new Date(now()).toISOString() }),
  };
  const backend: MockBackend = {
    scenario: options.scenario ?? null,
    latency: options.latency ?? 0,
    nightly: options.nightly ?? null,
    advanceClock: (ms) => (offset += ms),
    reset() {
      // Logins stay used across resets: a login is never handed out twice.
      const { usedLogins } = state;
      state = { ...emptyState(), usedLogins };
    },
    lockTab: (login, tab) => profileOf(state, login).locked.add(tab),
    unlockTab: (login, tab) => profileOf(state, login).locked.delete(tab),
    seedInternalStudies: (login, studies = sampleInternalStudies()) => (profileOf(state, login).internalStudies = studies),
    seedApplications: (login, applications = sampleApplications(now())) => (profileOf(state, login).applications = applications),
    get state() {
      return state;
    },
    get outbox() {
      return state.outbox;
    },
    get handlers() {
      return handlers;
    },
  };
  handlers = createHandlers(ctx, backend, basePath);
  return backend;
}
