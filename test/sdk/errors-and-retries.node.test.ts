import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HTTPError } from 'ky';
import { HttpResponse } from 'msw';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  ContractError,
  isApiError,
  isAuthenticationError,
  isConflictError,
  isContractError,
  isMaintenanceError,
  isNetworkError,
  isPreconditionFailedError,
  isRateLimitError,
  isSdkError,
  isTimeoutError,
  isValidationError,
  MaintenanceError,
  NetworkError,
  PreconditionFailedError,
  RateLimitError,
  SdkError,
  TimeoutError,
  ValidationError,
  type EcandidatClient,
} from '../../sdk/index.js';
import {
  aConfig,
  answer,
  aSession,
  json,
  networkError,
  never,
  newClient,
  problem,
  rejection,
  signal,
  type Answer,
  useServer,
} from './helpers.js';

useServer();

const loginInput = { login: '1QJ5A59F', password: 'Abcdef1@xy' };
const signupInput = { lastName: 'Dupont', firstName: 'Marie', mail: 'marie@example.fr', mailConfirmation: 'marie@example.fr' };
const signupResult = { activationDeadline: '2025-03-06T23:00:00+01:00' };
const status = (code: number, headers: Record<string, string> = {}): Answer => problem(code, { code: code === 503 ? 'unavailable' : 'server_error' }, headers);

/** Operations that are never retried, so each answer maps to exactly one error. */
const ops = {
  login: { method: 'post', path: 'session', call: (c: EcandidatClient) => c.session.login(loginInput) },
  activate: { method: 'post', path: 'account/activation', call: (c: EcandidatClient) => c.account.activate({ token: 'tok' }) },
  resetPassword: {
    method: 'post',
    path: 'account/password-reset',
    call: (c: EcandidatClient) => c.account.resetPassword({ token: 'tok', password: 'Abcdef1@xy', passwordConfirmation: 'Abcdef1@xy' }),
  },
  changeMail: {
    method: 'post',
    path: 'account/mail',
    call: (c: EcandidatClient) => c.account.changeMail({ currentPassword: 'x', mail: 'a@example.fr', mailConfirmation: 'a@example.fr' }),
  },
} as const;

describe('error answers become typed errors', () => {
  const inTwoMinutes = () => new Date(Date.now() + 120_000).toUTCString();
  const cases: { name: string; op: keyof typeof ops; answer: () => Answer; check: (error: unknown) => void }[] = [
    {
      name: '400 validation_failed → ValidationError with the server’s fieldErrors',
      op: 'changeMail',
      answer: () =>
        problem(400, {
          code: 'validation_failed',
          requestId: 'req-1',
          fieldErrors: { mail: [{ code: 'unchanged' }], 'address.postalCode': [{ code: 'too_long', params: { limit: 5 } }] },
        }),
      check: (error) => {
        assert.ok(error instanceof ValidationError);
        assert.equal(error.status, 400);
        assert.equal(error.code, 'validation_failed');
        assert.equal(error.requestId, 'req-1');
        assert.deepEqual(error.fieldErrors, { mail: [{ code: 'unchanged' }], 'address.postalCode': [{ code: 'too_long', params: { limit: 5 } }] });
      },
    },
    ...(['token_invalid', 'token_expired'] as const).map((code) => ({
      name: `400 ${code} → ApiError ${code}, not a ValidationError`,
      op: code === 'token_invalid' ? ('activate' as const) : ('resetPassword' as const),
      answer: () => problem(400, { code }),
      check: (error: unknown) => {
        assert.ok(error instanceof ApiError);
        assert.equal(error instanceof ValidationError, false);
        assert.equal(error.status, 400);
        assert.equal(error.code, code);
      },
    })),
    {
      name: '401 invalid_credentials → AuthenticationError',
      op: 'login',
      answer: () => problem(401, { code: 'invalid_credentials' }),
      check: (error) => {
        assert.ok(error instanceof AuthenticationError);
        assert.equal(error.status, 401);
        assert.equal(error.code, 'invalid_credentials');
      },
    },
    {
      name: '403 campaign_closed → ApiError 403',
      op: 'login',
      answer: () => problem(403, { code: 'campaign_closed' }),
      check: (error) => {
        assert.ok(error instanceof ApiError);
        assert.equal(error.name, 'ApiError');
        assert.equal(error.status, 403);
        assert.equal(error.code, 'campaign_closed');
      },
    },
    {
      name: '409 → ConflictError',
      op: 'changeMail',
      answer: () => problem(409, { code: 'conflict' }),
      check: (error) => {
        assert.ok(error instanceof ConflictError);
        assert.equal(error.status, 409);
        assert.equal(error.code, 'conflict');
      },
    },
    {
      name: '412 → PreconditionFailedError',
      op: 'changeMail',
      answer: () => problem(412, { code: 'precondition_failed' }),
      check: (error) => {
        assert.ok(error instanceof PreconditionFailedError);
        assert.equal(error.status, 412);
        assert.equal(error.code, 'precondition_failed');
      },
    },
    {
      name: '429 with Retry-After: 30 → RateLimitError.retryAfter 30',
      op: 'login',
      answer: () => problem(429, { code: 'rate_limited' }, { 'Retry-After': '30' }),
      check: (error) => {
        assert.ok(error instanceof RateLimitError);
        assert.equal(error.status, 429);
        assert.equal(error.code, 'rate_limited');
        assert.equal(error.retryAfter, 30);
      },
    },
    {
      name: '429 with an HTTP-date Retry-After two minutes ahead → RateLimitError.retryAfter ≈ 120',
      op: 'login',
      answer: () => problem(429, { code: 'rate_limited' }, { 'Retry-After': inTwoMinutes() }),
      check: (error) => {
        assert.ok(error instanceof RateLimitError);
        assert.ok(error.retryAfter >= 118 && error.retryAfter <= 121, `retryAfter ${error.retryAfter}`);
      },
    },
    {
      name: '503 maintenance with until and Retry-After → MaintenanceError.until/retryAfter',
      op: 'login',
      answer: () => problem(503, { code: 'maintenance', until: '2025-03-01T06:00:00+01:00' }, { 'Retry-After': '3600' }),
      check: (error) => {
        assert.ok(error instanceof MaintenanceError);
        assert.equal(error.status, 503);
        assert.equal(error.code, 'maintenance');
        assert.equal(error.until, '2025-03-01T06:00:00+01:00');
        assert.equal(error.retryAfter, 3600);
      },
    },
    {
      name: '503 maintenance without until or Retry-After → MaintenanceError with nulls',
      op: 'login',
      answer: () => problem(503, { code: 'maintenance' }),
      check: (error) => {
        assert.ok(error instanceof MaintenanceError);
        assert.equal(error.until, null);
        assert.equal(error.retryAfter, null);
      },
    },
    {
      name: '500 with an HTML body → ApiError server_error that carries none of the HTML',
      op: 'login',
      answer: () => () => HttpResponse.html('<html><body><h1>Internal Server Error</h1><pre>at java.lang.Thread</pre></body></html>', { status: 500 }),
      check: (error) => {
        assert.ok(error instanceof ApiError);
        assert.equal(error.name, 'ApiError');
        assert.equal(error.status, 500);
        assert.equal(error.code, 'server_error');
        for (const text of [error.message, String(error), JSON.stringify({ ...error })]) {
          assert.doesNotMatch(text, /<|html|Internal Server Error|java/i);
        }
      },
    },
    {
      name: 'requestId comes from the body first',
      op: 'login',
      answer: () => problem(401, { code: 'invalid_credentials', requestId: 'req-body' }, { 'X-Request-Id': 'req-header' }),
      check: (error) => {
        assert.ok(error instanceof ApiError);
        assert.equal(error.requestId, 'req-body');
      },
    },
    {
      name: 'requestId comes from the X-Request-Id header when the body has none',
      op: 'login',
      answer: () => problem(403, { code: 'campaign_closed' }, { 'X-Request-Id': 'req-header' }),
      check: (error) => {
        assert.ok(error instanceof ApiError);
        assert.equal(error.requestId, 'req-header');
      },
    },
    {
      name: 'requestId comes from the X-Request-Id header when the body is not a problem',
      op: 'login',
      answer: () => () => HttpResponse.html('<p>oops</p>', { status: 502, headers: { 'X-Request-Id': 'req-502' } }),
      check: (error) => {
        assert.ok(error instanceof ApiError);
        assert.equal(error.code, 'server_error');
        assert.equal(error.requestId, 'req-502');
      },
    },
  ];

  for (const { name, op, answer: answerWith, check } of cases) {
    it(name, async () => {
      const { method, path, call } = ops[op];
      const seen = answer(method, path, answerWith());
      check(await rejection(call(newClient())));
      assert.equal(seen.length, 1);
    });
  }

  it('keeps the original ky error as the cause', async () => {
    answer('post', 'session', problem(401, { code: 'invalid_credentials' }));
    const error = await rejection(newClient().session.login(loginInput));
    assert.ok(error instanceof AuthenticationError);
    assert.ok(error.cause instanceof HTTPError);
  });
});

describe('is*Error guards', () => {
  const guards = {
    isSdkError,
    isApiError,
    isValidationError,
    isAuthenticationError,
    isRateLimitError,
    isMaintenanceError,
    isConflictError,
    isPreconditionFailedError,
    isNetworkError,
    isTimeoutError,
    isContractError,
  };
  type Guard = keyof typeof guards;
  const cases: { error: unknown; name: string; true: Guard[] }[] = [
    { name: 'ValidationError', error: new ValidationError({}), true: ['isSdkError', 'isApiError', 'isValidationError'] },
    { name: 'AuthenticationError', error: new AuthenticationError(401, 'unauthenticated'), true: ['isSdkError', 'isApiError', 'isAuthenticationError'] },
    { name: 'RateLimitError', error: new RateLimitError(30), true: ['isSdkError', 'isApiError', 'isRateLimitError'] },
    { name: 'MaintenanceError', error: new MaintenanceError(null, null), true: ['isSdkError', 'isApiError', 'isMaintenanceError'] },
    { name: 'ConflictError', error: new ConflictError(409, 'conflict'), true: ['isSdkError', 'isApiError', 'isConflictError'] },
    { name: 'PreconditionFailedError', error: new PreconditionFailedError(412, 'precondition_failed'), true: ['isSdkError', 'isApiError', 'isPreconditionFailedError'] },
    { name: 'ApiError', error: new ApiError(403, 'campaign_closed'), true: ['isSdkError', 'isApiError'] },
    { name: 'NetworkError', error: new NetworkError('offline'), true: ['isSdkError', 'isNetworkError'] },
    { name: 'TimeoutError', error: new TimeoutError('late'), true: ['isSdkError', 'isTimeoutError'] },
    { name: 'ContractError', error: new ContractError([]), true: ['isSdkError', 'isContractError'] },
    { name: 'a native AbortError', error: new DOMException('aborted', 'AbortError'), true: [] },
    { name: 'a TypeError', error: new TypeError('Failed to fetch'), true: [] },
    { name: 'a string', error: 'oops', true: [] },
  ];

  for (const { name, error, true: expected } of cases) {
    it(`${name}: ${expected.join(', ') || 'no guard'}`, () => {
      const matching = (Object.keys(guards) as Guard[]).filter((guard) => guards[guard](error));
      assert.deepEqual(matching, expected);
    });
  }

  it('each class has its literal name', () => {
    for (const { name, error } of cases.slice(0, 10)) assert.equal((error as SdkError).name, name);
  });

  it('narrow the type so the fields can be read', () => {
    // Compiles only if each guard narrows `error` to a type carrying the field.
    const fieldOf = (error: unknown): unknown => {
      if (isValidationError(error)) return error.fieldErrors;
      if (isRateLimitError(error)) return error.retryAfter;
      if (isMaintenanceError(error)) return error.until;
      if (isContractError(error)) return error.issues;
      if (isApiError(error)) return error.code;
      return undefined;
    };
    assert.deepEqual(fieldOf(new ValidationError({ mail: [{ code: 'mail_format' }] })), { mail: [{ code: 'mail_format' }] });
    assert.equal(fieldOf(new RateLimitError(7)), 7);
    assert.equal(fieldOf(new MaintenanceError('2025-03-01T06:00:00Z', null)), '2025-03-01T06:00:00Z');
    assert.deepEqual(fieldOf(new ContractError([{ message: 'm', path: 'p' }])), [{ message: 'm', path: 'p' }]);
    assert.equal(fieldOf(new ConflictError(409, 'conflict')), 'conflict');
  });
});

describe('retries', () => {
  it('a GET answered 503, 503, 200 succeeds after 3 calls', async () => {
    const seen = answer('get', 'config', status(503), status(503), json(aConfig()));
    assert.deepEqual(await newClient().platform.config(), aConfig());
    assert.equal(seen.length, 3);
  });

  it('a GET answered 503 three times fails after 3 calls (2 retries by default)', async () => {
    const seen = answer('get', 'config', status(503));
    const error = await rejection(newClient().platform.config());
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 503);
    assert.equal(seen.length, 3);
  });

  for (const code of [500, 502, 504, 408]) {
    it(`a GET answered ${code} then 200 is retried`, async () => {
      const seen = answer('get', 'config', status(code), json(aConfig()));
      await newClient().platform.config();
      assert.equal(seen.length, 2);
    });
  }

  for (const code of [400, 401, 403, 404]) {
    it(`a GET answered ${code} is not retried`, async () => {
      const seen = answer('get', 'config', problem(code, { code: 'not_found' }));
      assert.ok((await rejection(newClient().platform.config())) instanceof ApiError);
      assert.equal(seen.length, 1);
    });
  }

  it('a GET that meets a network error is retried', async () => {
    const seen = answer('get', 'config', networkError, json(aConfig()));
    assert.deepEqual(await newClient().platform.config(), aConfig());
    assert.equal(seen.length, 2);
  });

  it('a POST without Idempotency-Key (login) answered 503 is sent exactly once', async () => {
    const seen = answer('post', 'session', status(503), json(aSession()));
    const error = await rejection(newClient().session.login(loginInput));
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 503);
    assert.equal(seen.length, 1);
  });

  it('a POST without Idempotency-Key that meets a network error is sent exactly once', async () => {
    const seen = answer('post', 'session', networkError, json(aSession()));
    assert.ok((await rejection(newClient().session.login(loginInput))) instanceof NetworkError);
    assert.equal(seen.length, 1);
  });

  it('signup answered 503 then 202 is retried with the same Idempotency-Key', async () => {
    const seen = answer('post', 'account/signup', status(503), json(signupResult, 202));
    assert.deepEqual(await newClient().account.signup(signupInput), signupResult);
    assert.equal(seen.length, 2);
    const [first, second] = seen.map((s) => s.headers.get('Idempotency-Key'));
    assert.ok(first);
    assert.equal(second, first);
    assert.deepEqual(seen[1].body, seen[0].body);
  });

  it('a GET answered 429 with Retry-After: 1 is retried no sooner than ~1 s later', async () => {
    const seen = answer('get', 'config', problem(429, { code: 'rate_limited' }, { 'Retry-After': '1' }), json(aConfig()));
    await newClient().platform.config();
    assert.equal(seen.length, 2);
    const gap = seen[1].at - seen[0].at;
    assert.ok(gap >= 900, `retried after ${gap} ms`);
  });

  // ky caps a long Retry-After at `maxRetryAfter` (10 s) and retries anyway, instead of giving up.
  // The overall deadline bounds the test: a retry shows up as a TimeoutError after 5 s.
  it('a GET answered 503 maintenance with Retry-After: 3600 is not retried and throws MaintenanceError at once', async () => {
    const seen = answer('get', 'config', problem(503, { code: 'maintenance', until: null }, { 'Retry-After': '3600' }), json(aConfig()));
    const error = await rejection(newClient({ totalTimeout: 5000 }).platform.config());
    assert.ok(error instanceof MaintenanceError, `got ${String(error)}`);
    assert.equal(error.retryAfter, 3600);
    assert.equal(seen.length, 1);
  });

  it('a GET answered 429 with a Retry-After longer than the SDK waits (30 s) throws RateLimitError at once', async () => {
    const seen = answer('get', 'config', problem(429, { code: 'rate_limited' }, { 'Retry-After': '30' }), json(aConfig()));
    const error = await rejection(newClient({ totalTimeout: 5000 }).platform.config());
    assert.ok(error instanceof RateLimitError, `got ${String(error)}`);
    assert.equal(error.retryAfter, 30);
    assert.equal(seen.length, 1);
  });

  it('retries: 0 disables retries', async () => {
    const seen = answer('get', 'config', status(503), json(aConfig()));
    const error = await rejection(newClient({ retries: 0 }).platform.config());
    assert.ok(error instanceof ApiError);
    assert.equal(seen.length, 1);
  });

  it('retries: 1 allows exactly one retry', async () => {
    const seen = answer('get', 'config', status(503));
    assert.ok((await rejection(newClient({ retries: 1 }).platform.config())) instanceof ApiError);
    assert.equal(seen.length, 2);
  });
});

describe('deadlines and aborts', () => {
  it('an attempt past `timeout` throws TimeoutError', async () => {
    answer('get', 'config', never);
    const error = await rejection(newClient({ timeout: 100 }).platform.config());
    assert.ok(error instanceof TimeoutError, `got ${String(error)}`);
  });

  it('an operation past `totalTimeout` across retries throws TimeoutError', async () => {
    // Each attempt alone (150 ms) fits both deadlines; only their sum passes totalTimeout.
    const slow503: Answer = async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      return HttpResponse.json({ code: 'unavailable' }, { status: 503, headers: { 'Retry-After': '0' } });
    };
    const seen = answer('get', 'config', slow503);
    const error = await rejection(newClient({ totalTimeout: 300, timeout: 1000 }).platform.config());
    assert.ok(error instanceof TimeoutError, `got ${String(error)}`);
    assert.ok(seen.length >= 2, `${seen.length} attempt(s)`);
  });

  const aborted = [
    { name: 'a GET', method: 'get', path: 'config', call: (c: EcandidatClient, s: AbortSignal) => c.platform.config({ signal: s }) },
    { name: 'a POST', method: 'post', path: 'session', call: (c: EcandidatClient, s: AbortSignal) => c.session.login(loginInput, { signal: s }) },
    {
      name: 'a keyed POST',
      method: 'post',
      path: 'account/signup',
      call: (c: EcandidatClient, s: AbortSignal) => c.account.signup(signupInput, { signal: s }),
    },
  ] as const;
  for (const { name, method, path, call } of aborted) {
    it(`${name} aborted mid-request rejects with a native AbortError, not an SdkError`, async () => {
      const arrived = signal();
      const seen = answer(method, path, async (n) => {
        arrived.resolve();
        return never(n);
      });
      const controller = new AbortController();
      const pending = rejection(call(newClient(), controller.signal));
      await arrived.promise;
      controller.abort();
      const error = await pending;
      assert.ok(error instanceof DOMException, `got ${String(error)}`);
      assert.equal(error.name, 'AbortError');
      assert.equal(error instanceof SdkError, false);
      assert.equal(isSdkError(error), false);
      assert.equal(seen.length, 1);
    });
  }

  it('an unreachable server (retries: 0) throws NetworkError', async () => {
    const seen = answer('get', 'config', networkError);
    const error = await rejection(newClient({ retries: 0 }).platform.config());
    assert.ok(error instanceof NetworkError);
    assert.ok(isNetworkError(error));
    assert.equal(seen.length, 1);
  });

  it('a GET that keeps meeting network errors throws NetworkError after 3 attempts', async () => {
    const seen = answer('get', 'config', networkError);
    assert.ok((await rejection(newClient().platform.config())) instanceof NetworkError);
    assert.equal(seen.length, 3);
  });
});

describe('contract', () => {
  const issuesOf = async (call: Promise<unknown>) => {
    const error = await rejection(call);
    assert.ok(error instanceof ContractError, `got ${String(error)}`);
    assert.ok(error.issues.length > 0);
    return error.issues;
  };

  it('a 200 config missing fields → ContractError with issues', async () => {
    const { institution, campaign } = aConfig();
    answer('get', 'config', json({ institution, campaign }));
    const paths = (await issuesOf(newClient().platform.config())).map((issue) => issue.path);
    for (const field of ['signup', 'passwordPolicy', 'maintenance']) assert.ok(paths.includes(field), `${field} in ${paths.join(', ')}`);
  });

  it('a 200 config with a javascript: assistanceUrl → ContractError on institution.assistanceUrl', async () => {
    const config = aConfig();
    answer('get', 'config', json({ ...config, institution: { ...config.institution, assistanceUrl: 'javascript:alert(1)' } }));
    const issues = await issuesOf(newClient().platform.config());
    assert.deepEqual(
      issues.map((issue) => issue.path),
      ['institution.assistanceUrl'],
    );
  });

  it('a 200 config with a javascript: assistance contact url → ContractError on that url', async () => {
    const config = aConfig();
    const [contact] = config.institution.assistance.contacts;
    const assistance = { ...config.institution.assistance, contacts: [{ ...contact, url: 'javascript:alert(1)' }] };
    answer('get', 'config', json({ ...config, institution: { ...config.institution, assistance } }));
    const issues = await issuesOf(newClient().platform.config());
    assert.deepEqual(
      issues.map((issue) => issue.path),
      ['institution.assistance.contacts.0.url'],
    );
  });

  it('a 200 config that is not JSON → ContractError, and is not retried', async () => {
    const seen = answer('get', 'config', () => HttpResponse.html('<html>maintenance page</html>'));
    const issues = await issuesOf(newClient().platform.config());
    assert.ok(issues.every((issue) => !issue.message.includes('<html>')));
    assert.equal(seen.length, 1);
  });

  it('a login answer missing fields → ContractError, and no token is kept', async () => {
    answer('post', 'session', json({ login: '1QJ5A59F', token: 'tok-bad' }));
    const configs = answer('get', 'config', json(aConfig()));
    const client = newClient();
    const paths = (await issuesOf(client.session.login(loginInput))).map((issue) => issue.path);
    for (const field of ['firstName', 'lastName', 'mail', 'locale', 'expiresAt']) assert.ok(paths.includes(field), `${field} in ${paths.join(', ')}`);
    await client.platform.config();
    assert.equal(configs[0].headers.get('Authorization'), null);
  });

  it('a login answer with a malformed expiresAt → ContractError', async () => {
    answer('post', 'session', json({ ...aSession(), expiresAt: 'tomorrow' }));
    const issues = await issuesOf(newClient().session.login(loginInput));
    assert.deepEqual(
      issues.map((issue) => issue.path),
      ['expiresAt'],
    );
  });
});
