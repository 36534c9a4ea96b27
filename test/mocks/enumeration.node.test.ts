import assert from 'node:assert/strict';
import { test } from 'node:test';
import { activated, bearerOf, call, freshMail, mailsTo, observable, PASSWORD, signUp, signupInput, useMockBackend, type Candidate, type RawAnswer } from './helpers.js';

const mock = useMockBackend();

/** The accounts a prober may aim at. */
interface Targets {
  active: Candidate;
  pending: Candidate;
  unknownMail: string;
  /** The Authorization header of a fresh logged-in account. */
  newSession(): Promise<Record<string, string>>;
}

async function targets(): Promise<Targets> {
  return {
    active: await activated(mock.backend),
    pending: await signUp(mock.backend),
    unknownMail: freshMail('unknown'),
    newSession: async () => ({ Authorization: `Bearer ${await bearerOf(await activated(mock.backend))}` }),
  };
}

type Probe = (targets: Targets) => Promise<RawAnswer>;

/** The same operation aimed at an unknown mail, an activated account's mail (in any case) and a pending account's mail. */
const byMail = (path: string, body: (mail: string) => unknown = (mail) => ({ mail })) => ({
  'an unknown mail': (t: Targets) => call('POST', path, body(t.unknownMail)),
  "an activated account's mail": (t: Targets) => call('POST', path, body(t.active.mail)),
  "an activated account's mail in upper case": (t: Targets) => call('POST', path, body(t.active.mail.toUpperCase())),
  "a pending account's mail": (t: Targets) => call('POST', path, body(t.pending.mail)),
});

const byMailOperations = {
  signup: byMail('account/signup', (mail) => signupInput(mail)),
  'forgotten credentials': byMail('account/forgotten-credentials'),
  'resend activation': byMail('account/activation/resend'),
};

const login = (login: string, password: string) => call('POST', 'session', { login, password });
const changeMail = async (t: Targets, mail: string) =>
  call('POST', 'account/mail', { currentPassword: PASSWORD, mail, mailConfirmation: mail }, await t.newSession());

const operations: { operation: string; status: number; probes: Record<string, Probe> }[] = [
  ...Object.entries(byMailOperations).map(([operation, probes]) => ({ operation, status: 202, probes })),
  {
    operation: 'login',
    status: 401,
    probes: {
      'an unknown login': () => login('ZZZZZZZZ', PASSWORD),
      'a wrong password': (t) => login(t.active.login, 'Wr0ng-Password!'),
      "a pending account's right password": (t) => login(t.pending.login, PASSWORD),
      "a pending account's wrong password": (t) => login(t.pending.login, 'Wr0ng-Password!'),
    },
  },
  {
    operation: 'mail change',
    status: 202,
    probes: {
      'a free mail': (t) => changeMail(t, t.unknownMail),
      "another activated account's mail": (t) => changeMail(t, t.active.mail),
      "a pending account's mail": (t) => changeMail(t, t.pending.mail),
    },
  },
];

for (const { operation, status, probes } of operations) {
  test(`${operation} answers alike for ${Object.keys(probes).join(', ')}`, async () => {
    const t = await targets();
    const answers: Record<string, ReturnType<typeof observable>> = {};
    for (const [aim, probe] of Object.entries(probes)) answers[aim] = observable(await probe(t));
    const [first] = Object.values(answers);
    assert.equal(first?.status, status);
    if (status === 401) assert.equal((first?.body as { code?: string }).code, 'invalid_credentials');
    for (const [aim, answer] of Object.entries(answers)) assert.deepEqual(answer, first, `${operation} with ${aim}`);
  });
}

for (const [operation, probes] of Object.entries(byMailOperations)) {
  test(`${operation} tells the owner of a known mail by mail`, async () => {
    const t = await targets();
    const counts = () => [t.active.mail, t.pending.mail].map((mail) => mailsTo(mock.backend, mail).length);
    const before = counts();
    await probes["an activated account's mail"](t);
    await probes["a pending account's mail"](t);
    assert.deepEqual(counts(), before.map((count) => count + 1));
  });
}
