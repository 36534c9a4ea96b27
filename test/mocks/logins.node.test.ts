import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientOf, signUp, useMockBackend } from './helpers.js';

const mock = useMockBackend();
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Signs up `count` candidates at once and returns the logins their mails give. */
async function signUpMany(count: number): Promise<string[]> {
  const client = clientOf();
  const candidates = await Promise.all(Array.from({ length: count }, () => signUp(mock.backend, client)));
  return candidates.map(({ login }) => login);
}

test('200 signups give 200 distinct logins of 8 characters from 0-9A-Z', async () => {
  const logins = await signUpMany(200);
  for (const login of logins) assert.match(login, /^[0-9A-Z]{8}$/);
  assert.equal(new Set(logins).size, 200);
});

test('logins handed out before a reset stay used and are not handed out again', async () => {
  const before = await signUpMany(50);
  mock.backend.reset();
  assert.equal(mock.backend.outbox.length, 0);
  assert.equal(mock.backend.state.accounts.size, 0);
  assert.deepEqual([...mock.backend.state.usedLogins].sort(), [...before].sort());

  const afterwards = await signUpMany(50);
  assert.equal(mock.backend.state.usedLogins.size, 100);
  assert.deepEqual(afterwards.filter((login) => before.includes(login)), []);
});

test('a drawn login that was handed out before a reset is drawn again', async (t) => {
  // Feed the login draws (8 random numbers): the first account gets AAAAAAAA, the next draw repeats it.
  const draws = ['AAAAAAAA', 'AAAAAAAA', 'BBBBBBBB'];
  const original = crypto.getRandomValues.bind(crypto);
  const draw = (array: ArrayBufferView) => {
    if (!(array instanceof Uint32Array && array.length === 8 && draws.length)) return original(array);
    array.set(Array.from(draws.shift() ?? '', (character) => ALPHABET.indexOf(character)));
    return array;
  };
  t.mock.method(crypto, 'getRandomValues', draw as typeof crypto.getRandomValues);

  assert.equal((await signUp(mock.backend)).login, 'AAAAAAAA');
  mock.backend.reset();
  assert.equal((await signUp(mock.backend)).login, 'BBBBBBBB');
  assert.deepEqual(draws, []);
});
