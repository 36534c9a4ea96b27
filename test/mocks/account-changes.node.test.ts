import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, AuthenticationError, ValidationError, type EcandidatClient } from '../../sdk/index.js';
import { activated, caught, clientOf, freshMail, loggedIn, mailsTo, OTHER_PASSWORD, PASSWORD, useMockBackend } from './helpers.js';

const mock = useMockBackend();

const changeMail = (client: EcandidatClient, mail: string, currentPassword = PASSWORD) =>
  client.account.changeMail({ currentPassword, mail, mailConfirmation: mail });

test('without a session, password and mail changes answer unauthenticated', async () => {
  const client = clientOf();
  const attempts = [
    () => client.account.changePassword({ currentPassword: PASSWORD, password: OTHER_PASSWORD, passwordConfirmation: OTHER_PASSWORD }),
    () => changeMail(client, freshMail()),
  ];
  for (const attempt of attempts) assert.equal((await caught(attempt(), AuthenticationError)).code, 'unauthenticated');
});

test('a password change needs the current password', async () => {
  const { client } = await loggedIn(mock.backend);
  const change = { password: OTHER_PASSWORD, passwordConfirmation: OTHER_PASSWORD };
  const error = await caught(client.account.changePassword({ currentPassword: 'Wr0ng-Password!', ...change }), ValidationError);
  assert.equal(error.fieldErrors.currentPassword?.[0]?.code, 'incorrect');
});

test('after a password change the new password logs in and the old one does not', async () => {
  const { client, login } = await loggedIn(mock.backend);
  await client.account.changePassword({ currentPassword: PASSWORD, password: OTHER_PASSWORD, passwordConfirmation: OTHER_PASSWORD });
  assert.equal((await clientOf().session.login({ login, password: OTHER_PASSWORD })).login, login);
  await caught(clientOf().session.login({ login, password: PASSWORD }), AuthenticationError);
});

const refusedMailChanges = [
  { why: 'the current password is wrong', wanted: () => freshMail(), password: 'Wr0ng-Password!', field: 'currentPassword', code: 'incorrect' },
  { why: 'the mail is the same', wanted: (own: string) => own, password: PASSWORD, field: 'mail', code: 'unchanged' },
  { why: 'the mail is the same but for case', wanted: (own: string) => own.toUpperCase(), password: PASSWORD, field: 'mail', code: 'unchanged' },
];

for (const { why, wanted, password, field, code } of refusedMailChanges) {
  test(`a mail change is refused with ${field} ${code} when ${why}`, async () => {
    const { client, mail } = await loggedIn(mock.backend);
    const error = await caught(changeMail(client, wanted(mail), password), ValidationError);
    assert.deepEqual(error.fieldErrors, { [field]: [{ code }] });
    assert.equal(mock.backend.outbox.length, 1, 'no mail but the signup one');
  });
}

test('a mail change takes effect once confirmed by the link mailed to the new address', async () => {
  const { client, login, mail } = await loggedIn(mock.backend);
  const wanted = freshMail('new');
  await changeMail(client, wanted);
  const [notice, ...noMore] = mailsTo(mock.backend, mail).slice(1);
  assert.deepEqual(noMore, []);
  assert.equal(notice?.subject, 'Changement de votre adresse mail eCandidat');
  assert.ok(notice.text.includes(login) && notice.text.includes(wanted), notice.text);
  assert.equal((await client.session.current())?.mail, mail, 'unchanged until confirmed');

  const [confirmation] = mailsTo(mock.backend, wanted);
  const token = new URL(confirmation?.link ?? '').searchParams.get('token') ?? '';
  assert.ok(confirmation?.link?.endsWith('#mail-change'));
  await client.account.confirmMailChange({ token });
  assert.equal((await client.session.current())?.mail, wanted);
  assert.equal((await caught(client.account.confirmMailChange({ token }), ApiError)).code, 'token_invalid');
});

test('a mail change link expires after 2 hours', async () => {
  const { client } = await loggedIn(mock.backend);
  const wanted = freshMail('late');
  await changeMail(client, wanted);
  const token = new URL(mailsTo(mock.backend, wanted)[0]?.link ?? '').searchParams.get('token') ?? '';
  mock.backend.advanceClock(2 * 3_600_000 + 1000);
  assert.equal((await caught(client.account.confirmMailChange({ token }), ApiError)).code, 'token_expired');
});

test("a mail change to another account's mail answers as for a free one, changes nothing and tells that mail's owner", async () => {
  const { client, mail } = await loggedIn(mock.backend);
  const owner = await activated(mock.backend);
  await changeMail(client, owner.mail);

  assert.equal((await client.session.current())?.mail, mail);
  const [told, ...more] = mailsTo(mock.backend, owner.mail).slice(1);
  assert.deepEqual(more, []);
  assert.equal(told?.subject, 'Votre adresse a été proposée pour un autre compte eCandidat');
  assert.ok(told.text.includes(owner.login));
  assert.equal(mailsTo(mock.backend, mail).at(-1)?.subject, 'Changement de votre adresse mail eCandidat', 'the requester gets the same notice');
});

test('after a mail change the requester cannot tell whether the new mail was taken', async () => {
  const owner = await activated(mock.backend);
  const results = [];
  for (const wanted of [freshMail('free'), owner.mail]) {
    const { client, mail } = await loggedIn(mock.backend);
    await changeMail(client, wanted);
    const session = await client.session.current();
    // What the requester sees: the session's mail, and the subjects in their own mailbox.
    results.push({ sessionMailIsOld: session?.mail === mail, mailbox: mailsTo(mock.backend, mail).map(({ subject }) => subject) });
  }
  assert.deepEqual(results[0], results[1]);
});
