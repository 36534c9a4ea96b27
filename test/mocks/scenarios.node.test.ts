import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Scenario } from '../../mocks/index.js';
import {
  activationRoute,
  ApiError,
  configRoute,
  ContractError,
  forgottenCredentialsRoute,
  loginRoute,
  logoutRoute,
  mailChangeRoute,
  MaintenanceError,
  NetworkError,
  passwordChangeRoute,
  passwordResetRoute,
  RateLimitError,
  resendActivationRoute,
  sessionExtensionRoute,
  sessionRoute,
  signupRoute,
  trainingOfferRoute,
  type EcandidatClient,
} from '../../sdk/index.js';
import {
  activated,
  call,
  caught,
  clientOf,
  lastMailTo,
  OTHER_PASSWORD,
  PASSWORD,
  signupInput,
  tokenOf,
  useMockBackend,
  type Candidate,
} from './helpers.js';

const mock = useMockBackend();

const routes = [
  configRoute,
  signupRoute,
  activationRoute,
  resendActivationRoute,
  forgottenCredentialsRoute,
  passwordResetRoute,
  passwordChangeRoute,
  mailChangeRoute,
  loginRoute,
  sessionRoute,
  sessionExtensionRoute,
  logoutRoute,
  trainingOfferRoute,
];

const everyRoute: { scenario: Scenario; config: number; others: number; code: string | null; retryAfter: string | null }[] = [
  { scenario: 'maintenance', config: 503, others: 503, code: 'maintenance', retryAfter: String(2 * 3600) },
  { scenario: 'rate-limited', config: 200, others: 429, code: 'rate_limited', retryAfter: '30' },
  { scenario: 'server-error', config: 200, others: 500, code: null, retryAfter: null },
];

for (const { scenario, config, others, code, retryAfter } of everyRoute) {
  test(`${scenario}: config answers ${config}, every other route ${others}`, async () => {
    mock.backend.scenario = scenario;
    for (const route of routes) {
      const answer = await call(route.method.toUpperCase(), route.path, route.method === 'post' ? {} : undefined);
      const name = `${route.method} ${route.path}`;
      assert.equal(answer.status, route === configRoute ? config : others, name);
      if (answer.status === 200) continue;
      assert.equal((answer.body as { code?: string } | null)?.code ?? null, code, name);
      assert.equal(answer.headers.get('Retry-After'), retryAfter, name);
      if (scenario === 'maintenance') assert.ok(Date.parse((answer.body as { until: string }).until) > Date.now(), name);
    }
  });
}

/** What the SDK throws in each failure mode, on a representative operation. */
const failures: { scenario: Scenario; check(client: EcandidatClient, candidate: Candidate): Promise<void> }[] = [
  {
    scenario: 'maintenance',
    async check(client) {
      const error = await caught(client.platform.config(), MaintenanceError);
      assert.ok(error.until && Date.parse(error.until) > Date.now(), String(error.until));
      assert.equal(error.retryAfter, 7200);
    },
  },
  {
    scenario: 'campaign-closed',
    // What each operation answers: see the campaign-closed table below.
    async check(client) {
      assert.equal((await client.platform.config()).campaign, null);
    },
  },
  {
    scenario: 'rate-limited',
    async check(client, { login, password }) {
      assert.equal((await caught(client.session.login({ login, password }), RateLimitError)).retryAfter, 30);
      await client.platform.config();
    },
  },
  {
    scenario: 'server-error',
    async check(client) {
      const error = await caught(client.account.signup(signupInput()), ApiError);
      assert.deepEqual([error.status, error.code], [500, 'server_error']);
      await client.platform.config();
    },
  },
  {
    scenario: 'contract-breaking',
    async check(client, { login, password, token }) {
      await caught(client.account.activate({ token }), ContractError);
      await caught(client.session.login({ login, password }), ContractError);
    },
  },
  {
    scenario: 'offline',
    async check(client, { login, password }) {
      await caught(client.session.login({ login, password }), NetworkError);
    },
  },
  {
    scenario: 'slow',
    async check(client, { login, password }) {
      assert.equal((await client.session.login({ login, password })).login, login);
    },
  },
];

for (const { scenario, check } of failures) {
  test(`${scenario}: what the SDK sees, then normal answers once the scenario is off`, async () => {
    const candidate = await activated(mock.backend);
    mock.backend.scenario = scenario;
    await check(clientOf(), candidate);

    mock.backend.scenario = null;
    const client = clientOf();
    assert.equal((await client.platform.config()).campaign?.code, 'CAMP2027');
    assert.equal((await client.session.login(candidate)).login, candidate.login);
  });
}

/** Every account operation of a candidate, and login, with what it needs to reach the campaign check. */
const campaignBound: Record<string, (client: EcandidatClient, candidate: Candidate & { resetToken: string }) => Promise<unknown>> = {
  signup: (client) => client.account.signup(signupInput()),
  activate: (client, { token }) => client.account.activate({ token }),
  'resend activation': (client, { mail }) => client.account.resendActivation({ mail }),
  'forgotten credentials': (client, { mail }) => client.account.forgotCredentials({ mail }),
  'password reset': (client, { resetToken }) =>
    client.account.resetPassword({ token: resetToken, password: OTHER_PASSWORD, passwordConfirmation: OTHER_PASSWORD }),
  'password change': (client) =>
    client.account.changePassword({ currentPassword: PASSWORD, password: OTHER_PASSWORD, passwordConfirmation: OTHER_PASSWORD }),
  'mail change': (client) => client.account.changeMail({ currentPassword: PASSWORD, mail: 'new@example.org', mailConfirmation: 'new@example.org' }),
  login: (client, candidate) => client.session.login(candidate),
};

for (const [operation, attempt] of Object.entries(campaignBound)) {
  test(`campaign-closed: ${operation} answers 403 campaign_closed`, async () => {
    const client = clientOf();
    const candidate = await activated(mock.backend, client);
    await client.session.login(candidate);
    await client.account.forgotCredentials({ mail: candidate.mail });
    const resetToken = tokenOf(lastMailTo(mock.backend, candidate.mail));
    mock.backend.scenario = 'campaign-closed';

    const error = await caught(attempt(client, { ...candidate, resetToken }), ApiError);
    assert.deepEqual([error.status, error.code], [403, 'campaign_closed']);
  });
}
