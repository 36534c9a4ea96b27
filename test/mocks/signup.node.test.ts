import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AuthenticationError, ValidationError } from '../../sdk/index.js';
import {
  activated,
  caught,
  clientOf,
  freshMail,
  lastMailTo,
  linkPattern,
  loggedIn,
  loginIn,
  mailsTo,
  OTHER_PASSWORD,
  PASSWORD,
  signupInput,
  signUp,
  tokenOf,
  useMockBackend,
} from './helpers.js';

const mock = useMockBackend();

const languages = [
  { locale: undefined, language: 'fr', subject: 'Création de votre compte eCandidat', greeting: 'Bonjour ÉLISE DUPONT' },
  { locale: 'en', language: 'en', subject: 'Your eCandidat account', greeting: 'Hello ÉLISE DUPONT' },
];

for (const { locale, language, subject, greeting } of languages) {
  test(`signup with locale ${String(locale)} mails, in ${language}, the login, the activation link and the deletion date`, async () => {
    const client = clientOf({ locale });
    const input = signupInput();
    const { activationDeadline } = await client.account.signup(input);

    assert.equal(mock.backend.outbox.length, 1);
    const mail = lastMailTo(mock.backend, input.mail);
    assert.equal(mail.to, input.mail);
    assert.equal(mail.subject, subject);
    assert.ok(mail.text.startsWith(greeting), mail.text);
    assert.match(mail.link ?? '', linkPattern('activation'));
    assert.ok(mail.text.includes(mail.link ?? '?'), 'the text gives the link');
    assert.ok(mail.text.includes(`${loginIn(mail)}.`));
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(Date.parse(activationDeadline));
    assert.ok(mail.text.includes(day), `"${mail.text}" gives the deletion day ${day}`);
  });
}

test('a new account is not activated: its right password does not log in yet', async () => {
  const { login, password } = await signUp(mock.backend);
  const error = await caught(clientOf().session.login({ login, password }), AuthenticationError);
  assert.equal(error.code, 'invalid_credentials');
});

test('names are stored trimmed and upper-cased, the language as asked', async () => {
  const input = signupInput(freshMail(), { lastName: '  de la Fontaine ', firstName: 'élise' });
  const { client } = await loggedIn(mock.backend, input);
  assert.deepEqual(await client.session.current().then((session) => session && { ...session, expiresAt: '' }), {
    login: loginIn(lastMailTo(mock.backend, input.mail)),
    firstName: 'ÉLISE',
    lastName: 'DE LA FONTAINE',
    mail: input.mail,
    locale: 'fr',
    expiresAt: '',
  });
});

test('no password is mailed or kept as typed: only a salted hash', async () => {
  const third = 'Th1rd-Passw0rd%';
  const { client, mail } = await loggedIn(mock.backend);
  const twin = await activated(mock.backend);
  await client.account.forgotCredentials({ mail });
  const token = tokenOf(lastMailTo(mock.backend, mail));
  await client.account.resetPassword({ token, password: OTHER_PASSWORD, passwordConfirmation: OTHER_PASSWORD });
  await client.account.changePassword({ currentPassword: OTHER_PASSWORD, password: third, passwordConfirmation: third });
  await clientOf().account.signup(signupInput(twin.mail));

  const everything = JSON.stringify(mock.backend.state, (_key, value: unknown) =>
    value instanceof Map || value instanceof Set ? [...value] : value,
  );
  for (const password of [PASSWORD, OTHER_PASSWORD, third]) assert.ok(!everything.includes(password), `${password} is kept or mailed`);
  const hashes = [...mock.backend.state.accounts.values()].map(({ passwordHash }) => passwordHash);
  for (const hash of hashes) assert.match(hash, /^\w+:[0-9a-f]{64}$/);
  assert.equal(new Set(hashes).size, hashes.length, 'the same password hashes differently for each account');
});

const withoutPassword = () => signupInput(freshMail(), { password: undefined, passwordConfirmation: undefined });

test('signup without a password is refused where the configuration requires one', async () => {
  const error = await caught(clientOf().account.signup(withoutPassword()), ValidationError);
  assert.deepEqual(error.fieldErrors, { password: [{ code: 'required' }], passwordConfirmation: [{ code: 'required' }] });
  assert.equal(mock.backend.outbox.length, 0);
});

test('signup without a password works where the configuration does not require one', async () => {
  mock.use({ config: { signup: { passwordRequired: false, activationDays: 5 } } });
  const client = clientOf();
  assert.equal((await client.platform.config()).signup.passwordRequired, false);
  const { login, token } = await signUp(mock.backend, client, withoutPassword());
  assert.deepEqual(await client.account.activate({ token }), { login, alreadyActivated: false });
});

const twice = {
  'one after the other': async <T>(send: () => Promise<T>) => [await send(), await send()],
  // A retry while the first try is still in flight (e.g. after a client-side timeout).
  'at the same time': <T>(send: () => Promise<T>) => Promise.all([send(), send()]),
};

for (const [when, send] of Object.entries(twice)) {
  test(`two signups with the same idempotency key, ${when}, create one account, send one mail and answer alike`, async () => {
    const client = clientOf();
    const input = signupInput();
    const [first, second] = await send(() => client.account.signup(input, { idempotencyKey: 'signup-key-1' }));
    assert.deepEqual(second, first);
    assert.equal(mailsTo(mock.backend, input.mail).length, 1);
    assert.equal(mock.backend.state.accounts.size, 1);
  });
}
