import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, ConflictError, PreconditionFailedError } from '../../sdk/index.js';
import { bearerOf, call, caught, loggedIn, useMockBackend } from './helpers.js';
import { address, externalStudy, internship, personalInfo, workExperience } from './profile-fixtures.js';

const mock = useMockBackend();

/** A logged-in candidate, with raw-HTTP headers of their session too. */
async function candidate() {
  const found = await loggedIn(mock.backend);
  return { ...found, auth: { Authorization: `Bearer ${await bearerOf(found)}` } };
}

test('GET and PUT of a section carry its version in the ETag header too', async () => {
  const { auth } = await candidate();
  const read = await call('GET', 'profile/address', undefined, auth);
  assert.equal(read.headers.get('ETag'), '"0"');
  const written = await call('PUT', 'profile/address', address(), { ...auth, 'If-Match': '"0"' });
  assert.equal(written.status, 200);
  const { etag } = written.body as { etag: string };
  assert.match(etag, /^"\d+"$/);
  assert.equal(written.headers.get('ETag'), etag);
  assert.equal((await call('GET', 'profile/address', undefined, auth)).headers.get('ETag'), etag);
});

test('a write with a stale If-Match fails with PreconditionFailedError and overwrites nothing', async () => {
  const { client } = await candidate();
  const first = await client.profile.saveSection('address', address(), { ifMatch: '"0"' });
  const second = await client.profile.saveSection('address', address({ line1: '1 rue de Rennes' }), { ifMatch: first.etag });
  assert.notEqual(second.etag, first.etag, 'every write gets a new version');

  const error = await caught(client.profile.saveSection('address', address({ line1: '3 rue Stale' }), { ifMatch: first.etag }), PreconditionFailedError);
  assert.deepEqual([error.status, error.code], [412, 'precondition_failed']);
  assert.deepEqual(await client.profile.getSection('address'), second);
});

test('a write without If-Match is refused with 412; `*` is accepted for a first write only', async () => {
  const { client, auth } = await candidate();
  const missing = await call('PUT', 'profile/personal-info', personalInfo(), auth);
  assert.deepEqual([missing.status, (missing.body as { code: string }).code], [412, 'precondition_failed']);

  const first = await client.profile.saveSection('personalInfo', personalInfo(), { ifMatch: '*' });
  await caught(client.profile.saveSection('personalInfo', personalInfo({ phone: '03 87 00 00 00' }), { ifMatch: '*' }), PreconditionFailedError);
  assert.equal((await call('PUT', 'profile/personal-info', personalInfo(), auth)).status, 412);
  // A list of tags matches when one of them does.
  assert.equal((await call('PUT', 'profile/personal-info', personalInfo(), { ...auth, 'If-Match': `"stale", ${first.etag}` })).status, 200);
});

test('two concurrent edits of one version: one wins, the other gets 412', async () => {
  const { client } = await candidate();
  const { etag } = await client.profile.saveSection('address', address(), { ifMatch: '"0"' });
  const edits = ['4 rue de Metz', '5 rue de Toul'].map((line1) => client.profile.saveSection('address', address({ line1 }), { ifMatch: etag }));
  const [a, b] = await Promise.allSettled(edits);
  const outcomes = [a, b].map((outcome) => outcome.status);
  assert.deepEqual(outcomes.sort(), ['fulfilled', 'rejected']);
  const winner = [a, b].find((outcome) => outcome.status === 'fulfilled');
  const loser = [a, b].find((outcome) => outcome.status === 'rejected');
  assert.ok(loser?.reason instanceof PreconditionFailedError);
  assert.deepEqual(await client.profile.getSection('address'), winner?.value);
});

const twice = {
  'one after the other': async <T>(send: () => Promise<T>) => [await send(), await send()],
  'at the same time': <T>(send: () => Promise<T>) => Promise.all([send(), send()]),
};

for (const [when, send] of Object.entries(twice)) {
  test(`two creations with the same Idempotency-Key, ${when}, make one entry and answer alike`, async () => {
    const { client } = await candidate();
    const [first, second] = await send(() => client.profile.createEntry('workExperience', workExperience(), { idempotencyKey: 'experience-1' }));
    assert.deepEqual(second, first);
    assert.deepEqual(await client.profile.listEntries('workExperience'), [first]);
  });
}

test('an Idempotency-Key belongs to one candidate and one list', async () => {
  const first = await candidate();
  const second = await candidate();
  const options = { idempotencyKey: 'same-key' };
  const mine = await first.client.profile.createEntry('internships', internship(), options);
  const theirs = await second.client.profile.createEntry('internships', internship({ organisation: 'CHR Metz-Thionville' }), options);
  await first.client.profile.createEntry('workExperience', workExperience(), options);
  assert.notEqual(theirs.id, mine.id);
  assert.equal((await first.client.profile.listEntries('workExperience')).length, 1);
});

test('list entries: create (201, ETag), list, update with If-Match, delete', async () => {
  const { client, auth } = await candidate();
  const raw = await call('POST', 'profile/external-studies', externalStudy(), { ...auth, 'Idempotency-Key': 'study-1' });
  assert.equal(raw.status, 201);
  const created = raw.body as { id: string; etag: string };
  assert.equal(raw.headers.get('ETag'), created.etag);
  const other = await client.profile.createEntry('externalStudies', externalStudy({ year: 2024, label: 'BTS SIO', diplomaType: 'BTS', result: 'obtained', honours: 'B' }));
  assert.deepEqual((await client.profile.listEntries('externalStudies')).map(({ id }) => id), [created.id, other.id]);

  const updated = await client.profile.updateEntry('externalStudies', created.id, externalStudy({ label: 'MP2I' }), { ifMatch: created.etag });
  assert.deepEqual([updated.id, updated.data.label], [created.id, 'MP2I']);
  assert.notEqual(updated.etag, created.etag);
  await caught(client.profile.updateEntry('externalStudies', created.id, externalStudy(), { ifMatch: created.etag }), PreconditionFailedError);
  await caught(client.profile.deleteEntry('externalStudies', created.id, { ifMatch: created.etag }), PreconditionFailedError);

  await client.profile.deleteEntry('externalStudies', created.id, { ifMatch: updated.etag });
  assert.deepEqual(await client.profile.listEntries('externalStudies'), [other]);
  const gone = await caught(client.profile.updateEntry('externalStudies', created.id, externalStudy(), { ifMatch: updated.etag }), ApiError);
  assert.deepEqual([gone.status, gone.code], [404, 'not_found']);
});

test('a tab locked by staff answers 409 conflict on writes, and the summary lists it', async () => {
  const { client, login } = await candidate();
  const saved = await client.profile.saveSection('address', address(), { ifMatch: '"0"' });
  const entry = await client.profile.createEntry('internships', internship());
  mock.backend.lockTab(login, 'address');
  mock.backend.lockTab(login, 'internships');
  assert.deepEqual((await client.profile.getProfileSummary()).locked, ['address', 'internships']);

  const writes = [
    client.profile.saveSection('address', address({ line1: '9 rue Locked' }), { ifMatch: saved.etag }),
    client.profile.createEntry('internships', internship()),
    client.profile.updateEntry('internships', entry.id, internship({ duration: '2 mois' }), { ifMatch: entry.etag }),
    client.profile.deleteEntry('internships', entry.id, { ifMatch: entry.etag }),
  ];
  for (const write of writes) assert.equal((await caught(write, ConflictError)).code, 'conflict');
  assert.deepEqual(await client.profile.getSection('address'), saved, 'a locked tab still reads');
  assert.deepEqual(await client.profile.listEntries('internships'), [entry]);

  mock.backend.unlockTab(login, 'address');
  assert.deepEqual((await client.profile.getProfileSummary()).locked, ['internships']);
  await client.profile.saveSection('address', address({ line1: '9 rue Unlocked' }), { ifMatch: saved.etag });
});

test('POST __mock/lock locks and unlocks a tab over HTTP', async () => {
  const { client, login } = await candidate();
  assert.equal((await call('POST', '__mock/lock', { login, tab: 'personalInfo' })).status, 204);
  await caught(client.profile.saveSection('personalInfo', personalInfo(), { ifMatch: '"0"' }), ConflictError);
  await call('POST', '__mock/lock', { login, tab: 'personalInfo', locked: false });
  await client.profile.saveSection('personalInfo', personalInfo(), { ifMatch: '"0"' });
});
