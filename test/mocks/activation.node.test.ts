import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../../sdk/index.js';
import { activated, caught, clientOf, DAY, lastMailTo, linkPattern, loginIn, signUp, signupInput, tokenOf, useMockBackend } from './helpers.js';

const mock = useMockBackend();

/** Activation that fails: the contract's error code. */
async function activationError(token: string): Promise<string> {
  const error = await caught(clientOf().account.activate({ token }), ApiError);
  assert.equal(error.status, 400);
  return error.code;
}

test('an unknown token is token_invalid', async () => {
  assert.equal(await activationError(crypto.randomUUID()), 'token_invalid');
});

test('activation answers the login, then alreadyActivated for the same token again', async () => {
  const { login, token } = await signUp(mock.backend);
  const client = clientOf();
  assert.deepEqual(await client.account.activate({ token }), { login, alreadyActivated: false });
  assert.deepEqual(await client.account.activate({ token }), { login, alreadyActivated: true });
});

test('resending the activation mails a new link that replaces the old one', async () => {
  const { login, mail, token: old } = await signUp(mock.backend);
  await clientOf().account.resendActivation({ mail });

  const resent = lastMailTo(mock.backend, mail);
  assert.equal(resent.subject, 'Votre nouveau lien de validation eCandidat');
  assert.equal(loginIn(resent), login);
  assert.match(resent.link ?? '', linkPattern('activation'));
  assert.equal(await activationError(old), 'token_invalid');
  assert.deepEqual(await clientOf().account.activate({ token: tokenOf(resent) }), { login, alreadyActivated: false });
});

test('the activation deadline is 5 days later at 22:00Z', async () => {
  const atDay5 = (now: number) => new Date(new Date(now + 5 * DAY).setUTCHours(22, 0, 0, 0)).toISOString();
  const before = Date.now();
  const { activationDeadline } = await clientOf().account.signup(signupInput());
  assert.ok([atDay5(before), atDay5(Date.now())].includes(activationDeadline), activationDeadline);
});

test('a pending account can still be activated 4 days later', async () => {
  const { login, token } = await signUp(mock.backend);
  mock.backend.advanceClock(4 * DAY);
  assert.deepEqual(await clientOf().account.activate({ token }), { login, alreadyActivated: false });
});

test('past the deadline a pending account is deleted: its token is token_expired and its mail is free again', async () => {
  const { login, mail, token } = await signUp(mock.backend);
  mock.backend.advanceClock(6 * DAY);
  assert.equal(await activationError(token), 'token_expired');

  const again = await signUp(mock.backend, clientOf(), signupInput(mail));
  assert.equal(lastMailTo(mock.backend, mail).subject, 'Création de votre compte eCandidat');
  assert.notEqual(again.login, login);
});

test('an activated account outlives the deadline', async () => {
  const { login, password } = await activated(mock.backend);
  mock.backend.advanceClock(6 * DAY);
  assert.equal((await clientOf().session.login({ login, password })).login, login);
});
