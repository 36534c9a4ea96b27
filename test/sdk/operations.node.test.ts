import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, AuthenticationError, ContractError, createClient, ValidationError, type EcandidatClient } from '../../sdk/index.js';
import { aConfig, answer, aSession, aTrainingOffer, empty, json, newClient, problem, rejection, sent, useServer } from './helpers.js';

useServer();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const signupInput = {
  lastName: "  n'diaye-lefèvre ",
  firstName: ' éloïse',
  mail: 'eloise@example.fr',
  mailConfirmation: 'eloise@example.fr',
};
const signupResult = { activationDeadline: '2025-03-06T23:00:00+01:00' };
const login = { login: '1qj5a59f', password: 'Abcdef1@xy' };

describe('platform.config', () => {
  it('GETs config and returns the parsed configuration', async () => {
    const seen = answer('get', 'config', json(aConfig()));
    assert.deepEqual(await newClient().platform.config(), aConfig());
    assert.equal(seen.length, 1);
    assert.equal(seen[0].method, 'GET');
    assert.equal(seen[0].path, '/api/config');
    assert.match(seen[0].headers.get('Accept') ?? '', /application\/json/);
  });

  it('works with a base URL given without its trailing slash', async () => {
    const seen = answer('get', 'config', json(aConfig()));
    await createClient({ baseUrl: 'https://ecandidat.test/api' }).platform.config();
    assert.equal(seen[0].path, '/api/config');
  });
});

describe('account.signup', () => {
  it('POSTs the cleaned input and returns the 202 body', async () => {
    const seen = answer('post', 'account/signup', json(signupResult, 202));
    assert.deepEqual(await newClient().account.signup(signupInput), signupResult);
    assert.equal(seen.length, 1);
    assert.equal(seen[0].path, '/api/account/signup');
    assert.match(seen[0].headers.get('Content-Type') ?? '', /application\/json/);
    assert.deepEqual(seen[0].body, {
      lastName: "N'DIAYE-LEFÈVRE",
      firstName: 'ÉLOÏSE',
      mail: 'eloise@example.fr',
      mailConfirmation: 'eloise@example.fr',
    });
  });

  it('sends a fresh Idempotency-Key for each signup', async () => {
    const seen = answer('post', 'account/signup', json(signupResult, 202));
    const client = newClient();
    await client.account.signup(signupInput);
    await client.account.signup(signupInput);
    const [first, second] = seen.map((s) => s.headers.get('Idempotency-Key') ?? '');
    assert.match(first, UUID);
    assert.match(second, UUID);
    assert.notEqual(first, second);
  });

  it('uses a caller-provided Idempotency-Key as is', async () => {
    const seen = answer('post', 'account/signup', json(signupResult, 202));
    await newClient().account.signup(signupInput, { idempotencyKey: 'signup-42' });
    assert.equal(seen[0].headers.get('Idempotency-Key'), 'signup-42');
  });
});

describe('account.activate', () => {
  it('POSTs the token and returns the login', async () => {
    const seen = answer('post', 'account/activation', json({ login: '1QJ5A59F', alreadyActivated: false }));
    assert.deepEqual(await newClient().account.activate({ token: ' 9b2f6c1e-uuid ' }), { login: '1QJ5A59F', alreadyActivated: false });
    assert.deepEqual(seen[0].body, { token: '9b2f6c1e-uuid' });
    assert.equal(seen[0].headers.get('Idempotency-Key'), null);
  });
});

describe('operations answered without a body resolve undefined and send their input', () => {
  const cases: {
    name: string;
    path: string;
    status: number;
    call: (c: EcandidatClient) => Promise<unknown>;
    body: unknown;
  }[] = [
    {
      name: 'account.resendActivation (202)',
      path: 'account/activation/resend',
      status: 202,
      call: (c) => c.account.resendActivation({ mail: ' eloise@example.fr ' }),
      body: { mail: 'eloise@example.fr' },
    },
    {
      name: 'account.forgotCredentials (202)',
      path: 'account/forgotten-credentials',
      status: 202,
      call: (c) => c.account.forgotCredentials({ mail: 'eloise@example.fr' }),
      body: { mail: 'eloise@example.fr' },
    },
    {
      name: 'account.resetPassword (204)',
      path: 'account/password-reset',
      status: 204,
      call: (c) => c.account.resetPassword({ token: 'tok', password: 'Abcdef1@xy', passwordConfirmation: 'Abcdef1@xy' }),
      body: { token: 'tok', password: 'Abcdef1@xy', passwordConfirmation: 'Abcdef1@xy' },
    },
    {
      name: 'account.changePassword (204)',
      path: 'account/password',
      status: 204,
      call: (c) => c.account.changePassword({ currentPassword: 'old', password: 'Abcdef1@xy', passwordConfirmation: 'Abcdef1@xy' }),
      body: { currentPassword: 'old', password: 'Abcdef1@xy', passwordConfirmation: 'Abcdef1@xy' },
    },
    {
      name: 'account.changeMail (202)',
      path: 'account/mail',
      status: 202,
      call: (c) => c.account.changeMail({ currentPassword: 'old', mail: 'new@example.fr', mailConfirmation: 'new@example.fr' }),
      body: { currentPassword: 'old', mail: 'new@example.fr', mailConfirmation: 'new@example.fr' },
    },
  ];

  for (const { name, path, status, call, body } of cases) {
    it(name, async () => {
      const seen = answer('post', path, empty(status));
      assert.equal(await call(newClient()), undefined);
      assert.equal(seen.length, 1);
      assert.equal(seen[0].method, 'POST');
      assert.equal(seen[0].path, `/api/${path}`);
      assert.deepEqual(seen[0].body, body);
    });
  }
});

describe('session', () => {
  it('login POSTs the upper-cased login and returns the session', async () => {
    const session = aSession();
    const seen = answer('post', 'session', json(session));
    assert.deepEqual(await newClient().session.login(login), session);
    assert.equal(seen[0].path, '/api/session');
    assert.deepEqual(seen[0].body, { login: '1QJ5A59F', password: 'Abcdef1@xy' });
  });

  it('login keeps a bearer token to itself and sends it on later requests until logout', async () => {
    const session = aSession();
    answer('post', 'session', json({ ...session, token: 'tok-123' }));
    const configs = answer('get', 'config', json(aConfig()));
    const logouts = answer('delete', 'session', empty(204));
    const client = newClient();

    const result = await client.session.login(login);
    assert.deepEqual(result, session);
    assert.equal('token' in result, false);

    await client.platform.config();
    assert.equal(configs[0].headers.get('Authorization'), 'Bearer tok-123');

    assert.equal(await client.session.logout(), undefined);
    assert.equal(logouts[0].method, 'DELETE');
    assert.equal(logouts[0].headers.get('Authorization'), 'Bearer tok-123');

    await client.platform.config();
    assert.equal(configs[1].headers.get('Authorization'), null);
  });

  it('a login answered without a token sends no Authorization header (cookie session)', async () => {
    answer('post', 'session', json(aSession()));
    const configs = answer('get', 'config', json(aConfig()));
    const client = newClient();
    await client.session.login(login);
    await client.platform.config();
    assert.equal(configs[0].headers.get('Authorization'), null);
  });

  it('logout drops the token even when the backend fails', async () => {
    answer('post', 'session', json({ ...aSession(), token: 'tok-123' }));
    answer('delete', 'session', problem(500, { code: 'server_error' }));
    const configs = answer('get', 'config', json(aConfig()));
    const client = newClient();
    await client.session.login(login);
    assert.ok((await rejection(client.session.logout())) instanceof ApiError);
    await client.platform.config();
    assert.equal(configs[0].headers.get('Authorization'), null);
  });

  it('current returns the session on 200, without its token, and keeps the token', async () => {
    const session = aSession();
    const seen = answer('get', 'session', json({ ...session, token: 'tok-cur' }));
    const configs = answer('get', 'config', json(aConfig()));
    const client = newClient();
    const current = await client.session.current();
    assert.deepEqual(current, session);
    assert.equal(seen[0].method, 'GET');
    await client.platform.config();
    assert.equal(configs[0].headers.get('Authorization'), 'Bearer tok-cur');
  });

  it('current returns null on 401', async () => {
    answer('get', 'session', problem(401, { code: 'unauthenticated' }));
    assert.equal(await newClient().session.current(), null);
  });

  it('current throws other errors rather than answering null', async () => {
    answer('get', 'session', problem(403, { code: 'campaign_closed' }));
    const error = await rejection(newClient().session.current());
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 403);
  });

  it('extend POSTs session/extend without a body and returns the session with its new expiry', async () => {
    const session = aSession({ expiresAt: new Date(Date.now() + 45 * 60_000).toISOString() });
    const seen = answer('post', 'session/extend', json(session));
    assert.deepEqual(await newClient().session.extend(), session);
    assert.equal(seen[0].path, '/api/session/extend');
    assert.equal(seen[0].body, undefined);
  });

  it('extend keeps a token the backend hands out again, without returning it', async () => {
    answer('post', 'session', json({ ...aSession(), token: 'tok-old' }));
    answer('post', 'session/extend', json({ ...aSession(), token: 'tok-new' }));
    const configs = answer('get', 'config', json(aConfig()));
    const client = newClient();
    await client.session.login(login);
    const session = await client.session.extend();
    assert.equal('token' in session, false);
    await client.platform.config();
    assert.equal(configs[0].headers.get('Authorization'), 'Bearer tok-new');
  });

  it('extend of a session that has ended throws AuthenticationError unauthenticated, and is not retried', async () => {
    const seen = answer('post', 'session/extend', problem(401, { code: 'unauthenticated' }));
    const error = await rejection(newClient().session.extend());
    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.code, 'unauthenticated');
    assert.equal(seen.length, 1);
  });

  it('logout sends DELETE session and resolves undefined on 204', async () => {
    const seen = answer('delete', 'session', empty(204));
    assert.equal(await newClient().session.logout(), undefined);
    assert.equal(seen.length, 1);
    assert.equal(seen[0].path, '/api/session');
  });
});

describe('applications.getTrainingOffer', () => {
  it('GETs training-offer, with no session, and returns the centres and their programmes', async () => {
    const seen = answer('get', 'training-offer', json(aTrainingOffer()));
    assert.deepEqual(await newClient().applications.getTrainingOffer(), aTrainingOffer());
    assert.equal(seen[0].path, '/api/training-offer');
    assert.equal(seen[0].headers.get('Authorization'), null);
  });

  it('a programme date that is not YYYY-MM-DD → ContractError on its path', async () => {
    const offer = aTrainingOffer();
    const [programme] = offer.centres[0].programmes;
    programme.dates.applicationEnd = '30/04/2025';
    answer('get', 'training-offer', json(offer));
    const error = await rejection(newClient().applications.getTrainingOffer());
    assert.ok(error instanceof ContractError);
    assert.deepEqual(
      error.issues.map((issue) => issue.path),
      ['centres.0.programmes.0.dates.applicationEnd'],
    );
  });
});

describe('Accept-Language', () => {
  it('follows the locale option, then setLocale, on GETs and POSTs', async () => {
    const configs = answer('get', 'config', json(aConfig()));
    const logins = answer('post', 'session', json(aSession()));
    const client = newClient({ locale: 'en' });
    await client.platform.config();
    await client.session.login(login);
    client.setLocale('fr');
    await client.platform.config();
    await client.session.login(login);
    assert.deepEqual(
      [...configs, ...logins].map((s) => s.headers.get('Accept-Language')),
      ['en', 'fr', 'en', 'fr'],
    );
  });
});

describe('invalid input throws ValidationError and sends no request', () => {
  const cases: { name: string; call: (c: EcandidatClient) => Promise<unknown>; fieldErrors: Record<string, string[]> }[] = [
    {
      name: 'signup',
      call: (c) => c.account.signup({ lastName: ' ', firstName: 'A'.repeat(21), mail: 'eloise@example', mailConfirmation: 'eloise@example' }),
      fieldErrors: { lastName: ['required'], firstName: ['too_long'], mail: ['mail_format'] },
    },
    {
      name: 'signup with a mail confirmation that differs',
      call: (c) => c.account.signup({ ...signupInput, mailConfirmation: 'other@example.fr' }),
      fieldErrors: { mailConfirmation: ['mismatch'] },
    },
    { name: 'activate', call: (c) => c.account.activate({ token: '  ' }), fieldErrors: { token: ['required'] } },
    { name: 'resendActivation', call: (c) => c.account.resendActivation({ mail: 'x@y' }), fieldErrors: { mail: ['mail_format'] } },
    { name: 'forgotCredentials', call: (c) => c.account.forgotCredentials({ mail: 'nope' }), fieldErrors: { mail: ['mail_format'] } },
    {
      name: 'resetPassword',
      call: (c) => c.account.resetPassword({ token: 't', password: 'Abcdef1@xy', passwordConfirmation: 'Abcdef1@xz' }),
      fieldErrors: { passwordConfirmation: ['mismatch'] },
    },
    {
      name: 'changePassword',
      call: (c) => c.account.changePassword({ currentPassword: '', password: 'Abcdef1@xy', passwordConfirmation: 'Abcdef1@xy' }),
      fieldErrors: { currentPassword: ['required'] },
    },
    {
      name: 'changeMail',
      call: (c) => c.account.changeMail({ currentPassword: 'x', mail: 'a@example.fr', mailConfirmation: 'b@example.fr' }),
      fieldErrors: { mailConfirmation: ['mismatch'] },
    },
    { name: 'login', call: (c) => c.session.login({ login: '1QJ5', password: '' }), fieldErrors: { login: ['login_format'], password: ['required'] } },
  ];

  for (const { name, call, fieldErrors } of cases) {
    it(name, async () => {
      const error = await rejection(call(newClient()));
      assert.ok(error instanceof ValidationError);
      assert.equal(error.status, 400);
      assert.equal(error.code, 'validation_failed');
      assert.deepEqual(
        Object.fromEntries(Object.entries(error.fieldErrors).map(([field, errors]) => [field, errors.map((e) => e.code)])),
        fieldErrors,
      );
      assert.deepEqual(sent, []);
    });
  }
});
