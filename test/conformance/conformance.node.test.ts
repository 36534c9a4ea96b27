/**
 * The conformance suite of the eCandidat contract, over HTTP only. It runs against
 * `ECANDIDAT_BASE_URL` (any backend that exposes the test outbox `GET __mock/outbox?to=`), or
 * starts `npm run mock-server` on a free port:
 *   ECANDIDAT_BASE_URL=https://staging.univ.fr/api/ npm run conformance
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as v from 'valibot';
import {
  ActivationResultSchema,
  ConfigSchema,
  ProblemSchema,
  SessionResponseSchema,
  SignupResultSchema,
  TrainingOfferSchema,
} from '../../sdk/index.js';
import { backendUnderTest, call, type WireAnswer } from './http.js';

let base = '';
let stop = () => undefined as void;
before(async () => ({ base, stop } = await backendUnderTest()));
after(() => stop());

const PASSWORD = 'Conformance-1';
let counter = 0;
/** A mail no test has used yet. */
const freshMail = () => `candidate.${Date.now()}.${counter++}@example.org`;
const signupBody = (mail: string, password = PASSWORD) => ({
  lastName: "N'Diaye-Lefèvre",
  firstName: 'Éloïse',
  mail,
  mailConfirmation: mail,
  password,
  passwordConfirmation: password,
});

const post = (path: string, body?: unknown, headers?: Record<string, string>) => call(base, 'POST', path, body, headers);

/** The mails sent to `mail`, newest last. */
async function mailsTo(mail: string): Promise<{ subject: string; text: string; link: string | null }[]> {
  const { body } = await call(base, 'GET', `__mock/outbox?to=${encodeURIComponent(mail)}`);
  return (body as { mails: { subject: string; text: string; link: string | null }[] }).mails;
}

/** The `token` of the link in the newest mail to `mail`. */
async function tokenMailedTo(mail: string): Promise<string> {
  const link = (await mailsTo(mail)).at(-1)?.link;
  assert.ok(link, `a mail with a link was sent to ${mail}`);
  return new URL(link).searchParams.get('token') ?? '';
}

function assertProblem(answer: Pick<WireAnswer, 'status' | 'contentType' | 'body'>, status: number, code: string) {
  assert.equal(answer.status, status);
  assert.equal(answer.contentType, 'application/problem+json');
  assert.equal(v.parse(ProblemSchema, answer.body).code, code);
}

/** Signs up and activates; answers the login. */
async function activatedAccount(mail = freshMail(), password = PASSWORD): Promise<string> {
  assert.equal((await post('account/signup', signupBody(mail, password))).status, 202);
  const activation = await post('account/activation', { token: await tokenMailedTo(mail) });
  return v.parse(ActivationResultSchema, activation.body).login;
}

/** Logs in; answers the headers that authenticate later requests (bearer token or cookie). */
async function logIn(login: string, password = PASSWORD): Promise<Record<string, string>> {
  const answer = await post('session', { login, password });
  assert.equal(answer.status, 200);
  const { token } = v.parse(SessionResponseSchema, answer.body);
  if (token) return { Authorization: `Bearer ${token}` };
  const cookie = answer.headers.get('Set-Cookie')?.split(';')[0];
  assert.ok(cookie, 'the session is a bearer token or a cookie');
  return { Cookie: cookie };
}

describe('conformance: platform', () => {
  it('GET config answers the configuration', async () => {
    const answer = await call(base, 'GET', 'config');
    assert.equal(answer.status, 200);
    assert.ok(v.parse(ConfigSchema, answer.body).passwordPolicy.minLength > 0);
  });

  it('GET training-offer answers the offer to anyone, each programme open only within its application dates', async () => {
    const answer = await call(base, 'GET', 'training-offer');
    assert.equal(answer.status, 200);
    const programmes = v.parse(TrainingOfferSchema, answer.body).centres.flatMap((centre) => centre.programmes);
    // The backend's day may differ from this machine's by its time zone: only what holds either way is checked.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    for (const { code, open, dates } of programmes) {
      assert.ok(dates.applicationStart <= dates.applicationEnd, code);
      if (open) assert.ok(dates.applicationStart <= tomorrow && yesterday <= dates.applicationEnd, `${code} is open outside its dates`);
    }
  });
});

describe('conformance: session lifetime', () => {
  it('POST session/extend answers the session, its expiresAt moved on, and 401 unauthenticated once logged out', async () => {
    const auth = await logIn(await activatedAccount());
    const before = v.parse(SessionResponseSchema, (await call(base, 'GET', 'session', undefined, auth)).body);
    const extended = await post('session/extend', undefined, auth);
    assert.equal(extended.status, 200);
    const after = v.parse(SessionResponseSchema, extended.body);
    assert.equal(after.login, before.login);
    assert.ok(Date.parse(after.expiresAt) >= Date.parse(before.expiresAt) && Date.parse(after.expiresAt) > Date.now(), `${after.expiresAt}, ${before.expiresAt} before`);

    assert.equal((await call(base, 'DELETE', 'session', undefined, auth)).status, 204);
    assertProblem(await post('session/extend', undefined, auth), 401, 'unauthenticated');
  });

  it('POST session/extend without a session is 401 unauthenticated', async () => {
    assertProblem(await post('session/extend'), 401, 'unauthenticated');
  });
});

describe('conformance: the account journey', () => {
  it('signup → mail → activate → login → session → logout', async () => {
    const mail = freshMail();
    const signup = await post('account/signup', signupBody(mail));
    assert.equal(signup.status, 202);
    v.parse(SignupResultSchema, signup.body);

    const [created] = await mailsTo(mail);
    assert.ok(created?.link, 'the activation mail has a link');
    assert.doesNotMatch(created.text, new RegExp(PASSWORD), 'the password is never mailed');

    const activation = await post('account/activation', { token: new URL(created.link).searchParams.get('token') });
    assert.equal(activation.status, 200);
    const { login, alreadyActivated } = v.parse(ActivationResultSchema, activation.body);
    assert.match(login, /^[0-9A-Z]{8}$/);
    assert.equal(alreadyActivated, false);
    assert.match(created.text, new RegExp(login), 'the mail gives the login');

    const auth = await logIn(login);
    const session = await call(base, 'GET', 'session', undefined, auth);
    assert.equal(session.status, 200);
    const current = v.parse(SessionResponseSchema, session.body);
    assert.deepEqual([current.login, current.lastName, current.firstName, current.mail], [login, "N'DIAYE-LEFÈVRE", 'ÉLOÏSE', mail]);

    assert.equal((await call(base, 'DELETE', 'session', undefined, auth)).status, 204);
    assert.equal((await call(base, 'GET', 'session', undefined, auth)).status, 204, 'nobody is logged in any more');
  });

  it('a second click on the activation link says the account is already active', async () => {
    const mail = freshMail();
    await activatedAccount(mail);
    const again = await post('account/activation', { token: await tokenMailedTo(mail) });
    assert.equal(v.parse(ActivationResultSchema, again.body).alreadyActivated, true);
  });

  it('an Idempotency-Key replays the first answer and creates one account', async () => {
    const mail = freshMail();
    const key = { 'Idempotency-Key': crypto.randomUUID() };
    const first = await post('account/signup', signupBody(mail), key);
    const second = await post('account/signup', signupBody(mail), key);
    assert.deepEqual([second.status, second.body], [first.status, first.body]);
    assert.equal((await mailsTo(mail)).length, 1);
  });
});

describe('conformance: error paths', () => {
  it('an invalid signup answers field error codes, not sentences', async () => {
    const answer = await post('account/signup', {
      ...signupBody('not-a-mail'),
      lastName: 'X'.repeat(31),
      mailConfirmation: 'other@example.org',
      password: 'short',
      passwordConfirmation: 'different',
    });
    assertProblem(answer, 400, 'validation_failed');
    const { fieldErrors = {} } = v.parse(ProblemSchema, answer.body);
    const codes = (field: string) => fieldErrors[field]?.map((error) => error.code);
    assert.deepEqual(fieldErrors.lastName, [{ code: 'too_long', params: { limit: 30 } }]);
    assert.deepEqual(codes('mail'), ['mail_format']);
    assert.deepEqual(codes('mailConfirmation'), ['mismatch']);
    assert.deepEqual(codes('passwordConfirmation'), ['mismatch']);
    assert.ok(codes('password')?.includes('password_too_short'));
  });

  it('activation with an unknown token is token_invalid', async () => {
    assertProblem(await post('account/activation', { token: crypto.randomUUID() }), 400, 'token_invalid');
  });

  it('a lost activation code mails a new link and kills the old one', async () => {
    const mail = freshMail();
    await post('account/signup', signupBody(mail));
    const oldToken = await tokenMailedTo(mail);
    assert.equal((await post('account/activation/resend', { mail })).status, 202);
    const newToken = await tokenMailedTo(mail);
    assert.notEqual(newToken, oldToken);
    assertProblem(await post('account/activation', { token: oldToken }), 400, 'token_invalid');
    assert.equal((await post('account/activation', { token: newToken })).status, 200);
  });

  it('forgotten credentials: a single-use reset link that checks the policy', async () => {
    const mail = freshMail();
    const login = await activatedAccount(mail);
    assert.equal((await post('account/forgotten-credentials', { mail })).status, 202);
    assert.match((await mailsTo(mail)).at(-1)?.text ?? '', new RegExp(login), 'the mail gives the login');
    const token = await tokenMailedTo(mail);

    const weak = await post('account/password-reset', { token, password: 'weakpass', passwordConfirmation: 'weakpass' });
    assertProblem(weak, 400, 'validation_failed');
    const newPassword = 'Brand-new-2';
    assert.equal((await post('account/password-reset', { token, password: newPassword, passwordConfirmation: newPassword })).status, 204);
    assertProblem(await post('account/password-reset', { token, password: newPassword, passwordConfirmation: newPassword }), 400, 'token_invalid');
    assertProblem(await post('session', { login, password: PASSWORD }), 401, 'invalid_credentials');
    await logIn(login, newPassword);
  });

  it('password and mail changes need a session and the current password', async () => {
    const mail = freshMail();
    const login = await activatedAccount(mail);
    const change = { currentPassword: PASSWORD, password: 'Changed-pass3', passwordConfirmation: 'Changed-pass3' };
    assertProblem(await post('account/password', change), 401, 'unauthenticated');
    const auth = await logIn(login);
    const wrong = await post('account/password', { ...change, currentPassword: 'Wrong-pass-9' }, auth);
    assertProblem(wrong, 400, 'validation_failed');
    assert.deepEqual(v.parse(ProblemSchema, wrong.body).fieldErrors?.currentPassword, [{ code: 'incorrect' }]);
    assert.equal((await post('account/password', change, auth)).status, 204);

    const same = await post('account/mail', { currentPassword: change.password, mail, mailConfirmation: mail }, auth);
    assert.deepEqual(v.parse(ProblemSchema, same.body).fieldErrors?.mail, [{ code: 'unchanged' }]);
    const newMail = freshMail();
    assert.equal((await post('account/mail', { currentPassword: change.password, mail: newMail, mailConfirmation: newMail }, auth)).status, 202);
    assert.equal(v.parse(SessionResponseSchema, (await call(base, 'GET', 'session', undefined, auth)).body).mail, mail, 'unchanged until confirmed');
    const token = await tokenMailedTo(newMail);
    assert.equal((await post('account/mail/confirmation', { token })).status, 204);
    assert.equal(v.parse(SessionResponseSchema, (await call(base, 'GET', 'session', undefined, auth)).body).mail, newMail);
    assertProblem(await post('account/mail/confirmation', { token }), 400, 'token_invalid');
  });

  it('a mail change to an address that has an account answers as for a free one', async () => {
    const taken = freshMail();
    await activatedAccount(taken);
    const auth = await logIn(await activatedAccount());
    const [toTaken, toFree] = await Promise.all(
      [taken, freshMail()].map((mail) => post('account/mail', { currentPassword: PASSWORD, mail, mailConfirmation: mail }, auth)),
    );
    assert.deepEqual([toTaken.status, toTaken.body], [toFree.status, toFree.body]);
  });
});

describe('conformance: no account enumeration', () => {
  /** Status, content type and body: what a caller could compare. */
  const visible = ({ status, contentType, body }: WireAnswer) => ({ status, contentType, body });

  async function threeKindsOfMail() {
    const activated = freshMail();
    await activatedAccount(activated);
    const pending = freshMail();
    await post('account/signup', signupBody(pending));
    return { unknown: freshMail(), activated, pending };
  }

  for (const [name, path, body] of [
    ['signup', 'account/signup', signupBody],
    ['forgotten credentials', 'account/forgotten-credentials', (mail: string) => ({ mail })],
    ['lost activation code', 'account/activation/resend', (mail: string) => ({ mail })],
  ] as const) {
    it(`${name} answers the same for an unknown, an activated and a pending mail`, async () => {
      const mails = await threeKindsOfMail();
      const [unknown, activated, pending] = await Promise.all(
        [mails.unknown, mails.activated, mails.pending].map(async (mail) => visible(await post(path, body(mail)))),
      );
      assert.deepEqual(activated, unknown);
      assert.deepEqual(pending, unknown);
    });
  }

  it('login fails the same for an unknown login, a wrong password and an account not activated', async () => {
    const login = await activatedAccount();
    const pendingMail = freshMail();
    await post('account/signup', signupBody(pendingMail));
    const pendingLogin = /\b[0-9A-Z]{8}\b/.exec((await mailsTo(pendingMail))[0]?.text ?? '')?.[0];
    assert.ok(pendingLogin, 'the signup mail gives the login');

    const answers = await Promise.all(
      [
        { login: 'ZZZZZZZZ', password: PASSWORD },
        { login, password: 'Wrong-pass-9' },
        { login: pendingLogin, password: PASSWORD },
      ].map(async (input) => visible(await post('session', input))),
    );
    assertProblem(answers[0], 401, 'invalid_credentials');
    assert.deepEqual(answers[1], answers[0]);
    assert.deepEqual(answers[2], answers[0]);
  });
});
