import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, AuthenticationError, DEFAULT_PASSWORD_POLICY, ValidationError } from '../../sdk/index.js';
import { activated, caught, clientOf, HOUR, lastMailTo, linkPattern, loginIn, OTHER_PASSWORD, tokenOf, useMockBackend, type Candidate } from './helpers.js';

const mock = useMockBackend();

/** Asks for the forgotten credentials of an activated candidate and returns them with the reset token. */
async function forgotten(): Promise<Candidate & { resetToken: string }> {
  const candidate = await activated(mock.backend);
  await clientOf().account.forgotCredentials({ mail: candidate.mail });
  return { ...candidate, resetToken: tokenOf(lastMailTo(mock.backend, candidate.mail)) };
}

const reset = (token: string, password = OTHER_PASSWORD) =>
  clientOf().account.resetPassword({ token, password, passwordConfirmation: password });

test('forgotten credentials mail the login and a password reset link', async () => {
  const { login, mail } = await forgotten();
  const sent = lastMailTo(mock.backend, mail);
  assert.equal(sent.subject, 'Vos identifiants eCandidat');
  assert.equal(loginIn(sent), login);
  assert.match(sent.link ?? '', linkPattern('password-reset'));
  assert.ok(sent.text.includes(sent.link ?? '?'));
});

test('a reset link works once within 2 hours', async () => {
  const { resetToken } = await forgotten();
  mock.backend.advanceClock(2 * HOUR - 1000);
  await reset(resetToken);
  assert.equal((await caught(reset(resetToken), ApiError)).code, 'token_invalid');
});

test('a reset link is token_expired after 2 hours', async () => {
  const { resetToken } = await forgotten();
  mock.backend.advanceClock(2 * HOUR + 1000);
  const error = await caught(reset(resetToken), ApiError);
  assert.deepEqual([error.status, error.code], [400, 'token_expired']);
});

test('a weak new password is refused with the codes of the rules it breaks, and the link still works', async () => {
  const { resetToken } = await forgotten();
  const error = await caught(reset(resetToken, 'weak'), ValidationError);
  assert.deepEqual(
    error.fieldErrors.password?.map(({ code }) => code),
    ['password_too_short', 'password_no_digit', 'password_no_upper_case', 'password_no_special'],
  );
  await reset(resetToken);
});

test('password rule errors carry the parameters their messages need', async () => {
  const { resetToken } = await forgotten();
  const error = await caught(reset(resetToken, 'weak'), ValidationError);
  const { minLength, specialCharacters } = DEFAULT_PASSWORD_POLICY;
  assert.deepEqual(error.fieldErrors.password, [
    { code: 'password_too_short', params: { limit: minLength } },
    { code: 'password_no_digit' },
    { code: 'password_no_upper_case' },
    { code: 'password_no_special', params: { characters: specialCharacters } },
  ]);
});

test('after a reset the new password logs in and the old one no longer does', async () => {
  const { login, password, resetToken } = await forgotten();
  await reset(resetToken);
  const client = clientOf();
  assert.equal((await client.session.login({ login, password: OTHER_PASSWORD })).login, login);
  assert.equal((await caught(client.session.login({ login, password }), AuthenticationError)).code, 'invalid_credentials');
});
