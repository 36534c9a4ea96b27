import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCENARIOS } from '../../mocks/index.js';
import { activated, call, loggedIn, signUp, useMockBackend } from './helpers.js';

const mock = useMockBackend();

test('GET __mock/outbox lists every mail, or those to one address whatever its case', async () => {
  const [first, second] = [await signUp(mock.backend), await signUp(mock.backend)];
  const recipients = async (query: string) => {
    const { status, body } = await call('GET', `__mock/outbox${query}`);
    assert.equal(status, 200);
    return (body as { mails: { to: string }[] }).mails.map(({ to }) => to);
  };
  assert.deepEqual(await recipients(''), [first.mail, second.mail]);
  assert.deepEqual(await recipients(`?to=${encodeURIComponent(second.mail.toUpperCase())}`), [second.mail]);
  assert.deepEqual(await recipients('?to=nobody%40example.org'), []);
});

test('POST __mock/scenario switches the scenario, refuses an unknown one and turns it off with null', async () => {
  const unknown = await call('POST', '__mock/scenario', { name: 'earthquake' });
  assert.deepEqual([unknown.status, unknown.body], [400, { scenarios: [...SCENARIOS] }]);
  assert.equal(mock.backend.scenario, null);

  assert.equal((await call('POST', '__mock/scenario', { name: 'maintenance' })).status, 204);
  assert.equal((await call('GET', 'config')).status, 503);
  assert.equal((await call('POST', '__mock/scenario', { name: null })).status, 204);
  assert.equal((await call('GET', 'config')).status, 200);
});

test('POST __mock/reset empties accounts and outbox', async () => {
  const { login, password } = await activated(mock.backend);
  assert.equal((await call('POST', '__mock/reset')).status, 204);
  assert.deepEqual((await call('GET', '__mock/outbox')).body, { mails: [] });
  assert.equal(mock.backend.state.accounts.size, 0);
  assert.equal((await call('POST', 'session', { login, password })).status, 401);
});

test('POST __mock/clock moves the clock forward', async () => {
  const { client } = await loggedIn(mock.backend);
  assert.equal((await call('POST', '__mock/clock', { advanceSeconds: 44 * 60 })).status, 204);
  assert.notEqual(await client.session.current(), null);
  await call('POST', '__mock/clock', { advanceSeconds: 45 * 60 });
  assert.equal(await client.session.current(), null);
});
