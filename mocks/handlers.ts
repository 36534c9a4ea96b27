import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  activationRoute,
  configRoute,
  forgottenCredentialsRoute,
  loginRoute,
  logoutRoute,
  mailChangeConfirmationRoute,
  mailChangeRoute,
  passwordChangeRoute,
  passwordResetRoute,
  resendActivationRoute,
  sessionExtensionRoute,
  sessionRoute,
  signupRoute,
  trainingOfferRoute,
  type Route,
} from '../sdk/index.js';
import * as account from './account.js';
import type { MockContext, Operation, RequestMeta } from './context.js';
import { PROFILE_OPERATIONS } from './profile.js';
import { REFERENTIAL_OPERATIONS } from './referentials.js';
import { ok, type Reply } from './reply.js';
import { scenarioReply, SCENARIOS, type Scenario } from './scenarios.js';
import * as session from './session.js';
import { newToken } from './store.js';
import { trainingOffer } from './training-offer.js';

/** Each route of the contract and the mock operation that answers it. */
const operations: [Route, Operation][] = [
  [configRoute, (ctx) => ok(200, ctx.config())],
  [trainingOfferRoute, (ctx) => ok(200, trainingOffer(ctx))],
  [signupRoute, account.signup],
  [activationRoute, account.activate],
  [resendActivationRoute, account.resendActivation],
  [forgottenCredentialsRoute, account.forgotCredentials],
  [passwordResetRoute, account.resetPassword],
  [passwordChangeRoute, account.changePassword],
  [mailChangeRoute, account.changeMail],
  [mailChangeConfirmationRoute, account.confirmMailChange],
  [loginRoute, session.login],
  [sessionRoute, (ctx, _body, meta) => session.currentSession(ctx, meta)],
  [sessionExtensionRoute, (ctx, _body, meta) => session.extendSession(ctx, meta)],
  [logoutRoute, (ctx, _body, meta) => session.logout(ctx, meta)],
  ...PROFILE_OPERATIONS,
  ...REFERENTIAL_OPERATIONS,
];

/** The switches the handlers read: the scenario and the simulated latency. */
export interface MockControls {
  scenario: Scenario | null;
  latency: number;
  /** Moves the clock forward by `ms`. */
  advanceClock(ms: number): void;
  /** Empties accounts, sessions and outbox. */
  reset(): void;
  /** Locks a profile tab of `login`, as when staff edit it: writes answer 409 `conflict`. */
  lockTab(login: string, tab: string): void;
  /** Unlocks a profile tab of `login`. */
  unlockTab(login: string, tab: string): void;
}

const respond = (reply: Reply) =>
  new HttpResponse(reply.body === undefined ? null : JSON.stringify(reply.body), {
    status: reply.status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'X-Request-Id': newToken(), ...reply.headers },
  });

function metaOf(ctx: MockContext, request: Request, cookies: Record<string, string>, params: Record<string, unknown>): RequestMeta {
  const asked = request.headers.get('Accept-Language')?.slice(0, 2).toLowerCase();
  const { locales } = ctx.config();
  return {
    locale: asked && locales.includes(asked) ? asked : (locales[0] ?? 'fr'),
    idempotencyKey: request.headers.get('Idempotency-Key'),
    sessionToken: request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? cookies[session.SESSION_COOKIE] ?? null,
    ifMatch: request.headers.get('If-Match'),
    params: Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)])),
    query: new URL(request.url).searchParams,
  };
}

/**
 * The msw handlers of the reference backend under `basePath` (e.g. `*\/api/`), plus its test hooks
 * under `__mock/`: `GET outbox?to=`, `POST scenario {name}`, `POST clock {advanceSeconds}`, `POST reset`,
 * `POST lock {login, tab, locked}`.
 */
export function createHandlers(ctx: MockContext, controls: MockControls, basePath: string): HttpHandler[] {
  const at = (path: string) => `${basePath}${path}`;
  const hooks = [
    http.get(at('__mock/outbox'), ({ request }) => {
      const to = new URL(request.url).searchParams.get('to')?.toLowerCase();
      return HttpResponse.json({ mails: ctx.state.outbox.filter((mail) => !to || mail.to.toLowerCase() === to) });
    }),
    http.post(at('__mock/scenario'), async ({ request }) => {
      const { name } = (await request.json()) as { name: Scenario | null };
      if (name !== null && !SCENARIOS.includes(name)) return HttpResponse.json({ scenarios: SCENARIOS }, { status: 400 });
      controls.scenario = name;
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(at('__mock/clock'), async ({ request }) => {
      controls.advanceClock(((await request.json()) as { advanceSeconds: number }).advanceSeconds * 1000);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(at('__mock/lock'), async ({ request }) => {
      const { login, tab, locked = true } = (await request.json()) as { login: string; tab: string; locked?: boolean };
      (locked ? controls.lockTab : controls.unlockTab)(login, tab);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(at('__mock/reset'), () => {
      controls.reset();
      return new HttpResponse(null, { status: 204 });
    }),
  ];
  const routes = operations.map(([route, operation]) =>
    http[route.method](at(route.path), async ({ request, cookies, params }) => {
      if (controls.latency) await new Promise((resolve) => setTimeout(resolve, controls.latency));
      const interrupted = await scenarioReply(controls.scenario, ctx, route === configRoute);
      if (interrupted instanceof Response) return interrupted;
      if (interrupted) return respond(interrupted);
      const body: unknown = await request.json().catch(() => undefined);
      const meta = metaOf(ctx, request, cookies, params);
      return respond(session.keepCookie(ctx, meta, await operation(ctx, body, meta)));
    }),
  );
  return [...hooks, ...routes];
}
