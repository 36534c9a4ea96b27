import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AuthenticationError } from '../../sdk/index.js';
import { activated, bearerOf, call, caught, clientOf, loggedIn, MINUTE, useMockBackend } from './helpers.js';

const mock = useMockBackend();

test('login answers the session without its token, and later requests carry it', async () => {
  const client = clientOf();
  const { login, password, mail } = await activated(mock.backend);
  const session = await client.session.login({ login: login.toLowerCase(), password });
  assert.deepEqual(Object.keys(session).sort(), ['expiresAt', 'firstName', 'lastName', 'locale', 'login', 'mail']);
  assert.deepEqual({ ...session, expiresAt: '' }, { login, firstName: 'ÉLISE', lastName: 'DUPONT', mail, locale: 'fr', expiresAt: '' });
  assert.ok(Math.abs(Date.parse(session.expiresAt) - Date.now() - 45 * MINUTE) < 5000, session.expiresAt);

  const current = await client.session.current();
  assert.deepEqual({ ...current, expiresAt: '' }, { ...session, expiresAt: '' });
  assert.ok(current && !('token' in current));
});

const idle = [
  { minutes: 44, alive: true },
  { minutes: 45, alive: false },
];

for (const { minutes, alive } of idle) {
  test(`a session idle for ${minutes} minutes is ${alive ? 'alive' : 'over'}`, async () => {
    const { client, login } = await loggedIn(mock.backend);
    mock.backend.advanceClock(minutes * MINUTE);
    assert.equal((await client.session.current())?.login ?? null, alive ? login : null);
  });
}

test('reading the session is not activity: read at 30 minutes, it still ends 45 minutes after login', async () => {
  const { client, login } = await loggedIn(mock.backend);
  const loggedInAt = Date.now();
  mock.backend.advanceClock(30 * MINUTE);
  const session = await client.session.current();
  assert.equal(session?.login, login);
  assert.ok(Math.abs(Date.parse(session.expiresAt) - loggedInAt - 45 * MINUTE) < 5000, session.expiresAt);
  mock.backend.advanceClock(15 * MINUTE);
  assert.equal(await client.session.current(), null);
});

test('logout ends the session, for the SDK and for its token', async () => {
  const { client, login, password } = await loggedIn(mock.backend);
  const token = await bearerOf({ login, password });
  const bearer = { Authorization: `Bearer ${token}` };
  await client.session.logout();
  assert.equal(await client.session.current(), null);

  assert.equal((await call('GET', 'session', undefined, bearer)).status, 200);
  assert.equal((await call('DELETE', 'session', undefined, bearer)).status, 204);
  assert.equal((await call('GET', 'session', undefined, bearer)).status, 204, 'nobody is logged in');
});

test('the session cookie lives as long as the session it keeps: read at 30 minutes, 15 minutes left', async () => {
  const token = await bearerOf(await activated(mock.backend));
  mock.backend.advanceClock(30 * MINUTE);
  const { status, headers } = await call('GET', 'session', undefined, { Authorization: `Bearer ${token}` });
  assert.equal(status, 200);
  const cookie = headers.get('Set-Cookie') ?? '';
  assert.ok(cookie.startsWith(`ec_session=${token};`) && cookie.includes(`Max-Age=${(15 * MINUTE) / 1000}`), `Set-Cookie: ${cookie}`);
});

test('extend answers the session with its expiry 45 minutes from now', async () => {
  const { client, login } = await loggedIn(mock.backend);
  mock.backend.advanceClock(30 * MINUTE);
  const session = await client.session.extend();
  assert.equal(session.login, login);
  assert.ok(Math.abs(Date.parse(session.expiresAt) - Date.now() - 30 * MINUTE - 45 * MINUTE) < 5000, session.expiresAt);
});

test('a session extended every 40 minutes outlives 45 minutes; idle 45 minutes after that, it is over', async () => {
  const { client, login } = await loggedIn(mock.backend);
  for (let i = 0; i < 3; i++) {
    mock.backend.advanceClock(40 * MINUTE);
    assert.equal((await client.session.extend()).login, login);
  }
  mock.backend.advanceClock(45 * MINUTE);
  assert.equal(await client.session.current(), null);
  const error = await caught(client.session.extend(), AuthenticationError);
  assert.equal(error.code, 'unauthenticated');
  assert.equal((await caught(client.profile.getProfileSummary(), AuthenticationError)).code, 'unauthenticated');
});

test('any request of the logged-in candidate extends the session; a public one does not', async () => {
  const { client, login } = await loggedIn(mock.backend);
  mock.backend.advanceClock(40 * MINUTE);
  await client.profile.getProfileSummary();
  mock.backend.advanceClock(40 * MINUTE);
  await client.profile.getSection('address');
  mock.backend.advanceClock(40 * MINUTE);
  await client.platform.config();
  await client.applications.getTrainingOffer();
  mock.backend.advanceClock(4 * MINUTE);
  assert.equal((await client.session.current())?.login, login, '44 minutes after the last request of the candidate');

  mock.backend.advanceClock(40 * MINUTE);
  await client.applications.getTrainingOffer();
  mock.backend.advanceClock(5 * MINUTE);
  assert.equal(await client.session.current(), null, 'the training offer read at 40 minutes did not extend it');
});

test('an authenticated request renews the session cookie for the extended lifetime', async () => {
  const token = await bearerOf(await activated(mock.backend));
  mock.backend.advanceClock(30 * MINUTE);
  const { status, headers, body } = await call('GET', 'profile/address', undefined, { Authorization: `Bearer ${token}` });
  assert.equal(status, 200);
  const cookie = headers.get('Set-Cookie') ?? '';
  assert.ok(cookie.startsWith(`ec_session=${token};`) && cookie.includes(`Max-Age=${(45 * MINUTE) / 1000}`), `Set-Cookie: ${cookie}`);
  assert.equal(headers.get('ETag'), (body as { etag: string }).etag, 'the answer keeps its own headers');
});
