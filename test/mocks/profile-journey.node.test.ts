import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleInternalStudies } from '../../mocks/index.js';
import { ApiError, AuthenticationError, type EcandidatClient, type ProfileSummary } from '../../sdk/index.js';
import { call, caught, clientOf, loggedIn, useMockBackend } from './helpers.js';
import {
  address,
  externalStudy,
  foreignAddress,
  foreignBac,
  foreignPersonalInfo,
  frenchBac,
  INE,
  internship,
  noBac,
  personalInfo,
  workExperience,
} from './profile-fixtures.js';

const mock = useMockBackend();

const NOTHING_FILLED = {
  personalInfo: false,
  address: false,
  baccalaureate: false,
  internalStudies: true,
  externalStudies: false,
  internships: false,
  workExperience: false,
  applications: true,
};

/** The summary's missing items, as `tab:code`. */
const missing = async (client: EcandidatClient) => (await client.profile.getProfileSummary()).missing.map(({ tab, code }) => `${tab}:${code}`);

/** Saves a section over its current version. */
async function save<N extends 'personalInfo' | 'address' | 'baccalaureate'>(client: EcandidatClient, name: N, input: Parameters<EcandidatClient['profile']['saveSection']>[1]) {
  const { etag } = await client.profile.getSection(name);
  return client.profile.saveSection(name, input as never, { ifMatch: etag });
}

test('a profile from empty to ready to apply, with the summary at each step', async () => {
  const { client } = await loggedIn(mock.backend);
  const expectSummary = async (expected: Partial<ProfileSummary>) => {
    const summary = await client.profile.getProfileSummary();
    assert.deepEqual({ ...summary, ...expected }, summary);
  };
  await expectSummary({
    filled: NOTHING_FILLED,
    missing: ['personalInfo', 'address', 'baccalaureate'].map((tab) => ({ tab, code: 'tab_empty' })),
    readyToApply: false,
    locked: [],
  });
  assert.deepEqual(await client.profile.getSection('personalInfo'), { etag: '"0"', data: null });

  const info = await client.profile.saveSection('personalInfo', personalInfo(), { ifMatch: '"0"' });
  assert.equal(info.data?.lastName, 'DUPONT', 'names are upper-cased');
  assert.equal(info.data?.firstName, 'ÉLISE');
  assert.notEqual(info.etag, '"0"');
  assert.deepEqual(await client.profile.getSection('personalInfo'), info);
  assert.deepEqual(await missing(client), ['address:tab_empty', 'baccalaureate:tab_empty']);

  await save(client, 'address', address());
  assert.deepEqual(await missing(client), ['baccalaureate:tab_empty']);

  // A French national with a general bac of 2024 must give the INE.
  await save(client, 'baccalaureate', frenchBac());
  await expectSummary({ missing: [{ tab: 'personalInfo', code: 'ine_required' }], readyToApply: false });

  const withIne = await client.profile.saveSection('personalInfo', personalInfo({ ine: INE.toLowerCase() }), { ifMatch: info.etag });
  assert.equal(withIne.data?.ine, INE, 'the INE is stored upper-cased');
  await expectSummary({ filled: { ...NOTHING_FILLED, personalInfo: true, address: true, baccalaureate: true }, missing: [], readyToApply: true });

  await client.profile.createEntry('externalStudies', externalStudy());
  await client.profile.createEntry('internships', internship());
  await client.profile.createEntry('workExperience', workExperience());
  const filledEverything = Object.fromEntries(Object.keys(NOTHING_FILLED).map((tab) => [tab, true]));
  await expectSummary({ filled: filledEverything, missing: [], readyToApply: true, locked: [] });
});

test('a foreign candidate with a foreign address and a foreign bac is ready without an INE', async () => {
  const { client } = await loggedIn(mock.backend);
  await save(client, 'personalInfo', foreignPersonalInfo());
  const saved = await save(client, 'address', foreignAddress());
  assert.deepEqual(saved.data, { country: '109', postalCode: null, commune: null, foreignCity: 'Berlin', line1: 'Unter den Linden 6', line2: null, line3: null });
  const bac = await save(client, 'baccalaureate', foreignBac());
  assert.equal(bac.data?.kind === 'bac' && bac.data.series, '0031');
  assert.deepEqual(await missing(client), []);
});

const ineCases = [
  { when: 'a French national with a general bac of 2024 and no INE', info: personalInfo(), bac: frenchBac(), missing: ['personalInfo:ine_required'] },
  { when: 'a French national with a general bac of 2024 and a valid INE', info: personalInfo({ ine: INE }), bac: frenchBac(), missing: [] },
  {
    when: 'a French national with a bac S of 2015 and no INE',
    info: personalInfo(),
    bac: frenchBac({ year: 2015, series: 'S', specialities: [] }),
    missing: ['personalInfo:ine_required'],
  },
  { when: 'a French national with a foreign bac and no INE', info: personalInfo(), bac: foreignBac(), missing: [] },
  { when: 'a foreign national with a general bac of 2024 and no INE', info: foreignPersonalInfo(), bac: frenchBac(), missing: [] },
  { when: 'a French national without the bac and no INE', info: personalInfo(), bac: noBac(), missing: [] },
];

for (const { when, info, bac, missing: expected } of ineCases) {
  test(`the INE rule: ${when} → ${expected.join(', ') || 'ready'}`, async () => {
    const { client } = await loggedIn(mock.backend);
    await save(client, 'personalInfo', info);
    await save(client, 'address', address());
    await save(client, 'baccalaureate', bac);
    assert.deepEqual(await missing(client), expected);
    assert.equal((await client.profile.getProfileSummary()).readyToApply, expected.length === 0);
  });
}

test('the INE is not required where the configuration says so', async () => {
  const profile = { ...mock.backend.state.config.profile, ineRequiredForFrench: false };
  mock.use({ config: { profile } });
  const { client } = await loggedIn(mock.backend);
  await save(client, 'personalInfo', personalInfo());
  await save(client, 'address', address());
  await save(client, 'baccalaureate', frenchBac());
  assert.deepEqual(await missing(client), []);
});

test('the mandatory tabs come from the configuration', async () => {
  const profile = { ...mock.backend.state.config.profile, mandatoryTabs: ['personalInfo', 'internships'] };
  mock.use({ config: { profile } });
  const { client } = await loggedIn(mock.backend);
  assert.deepEqual(await missing(client), ['personalInfo:tab_empty', 'internships:tab_empty']);
  await client.profile.createEntry('internships', internship());
  assert.deepEqual(await missing(client), ['personalInfo:tab_empty']);
});

test('internal studies are empty by default, and read the records the backend seeds', async () => {
  const { client, login } = await loggedIn(mock.backend);
  assert.deepEqual(await client.profile.getInternalStudies(), []);
  mock.backend.seedInternalStudies(login);
  const studies = await client.profile.getInternalStudies();
  assert.deepEqual(studies, sampleInternalStudies());
  assert.equal(studies[0]?.result, 'ADM');
});

test('each candidate sees only their own profile', async () => {
  const first = await loggedIn(mock.backend);
  const second = await loggedIn(mock.backend);
  await save(first.client, 'address', address());
  await first.client.profile.createEntry('internships', internship());
  assert.equal((await second.client.profile.getSection('address')).data, null);
  assert.deepEqual(await second.client.profile.listEntries('internships'), []);
});

const PROFILE_REQUESTS: [string, string, unknown?][] = [
  ['GET', 'profile'],
  ['GET', 'profile/personal-info'],
  ['PUT', 'profile/personal-info', personalInfo()],
  ['GET', 'profile/address'],
  ['PUT', 'profile/baccalaureate', frenchBac()],
  ['GET', 'profile/internal-studies'],
  ['GET', 'profile/external-studies'],
  ['POST', 'profile/internships', internship()],
  ['PUT', 'profile/work-experience/some-id', workExperience()],
  ['DELETE', 'profile/internships/some-id'],
];

test('every profile route answers 401 unauthenticated without a session', async () => {
  for (const [method, path, body] of PROFILE_REQUESTS) {
    const answer = await call(method, path, body, { 'If-Match': '"0"' });
    assert.deepEqual([answer.status, (answer.body as { code?: string }).code], [401, 'unauthenticated'], `${method} ${path}`);
  }
  const error = await caught(clientOf().profile.getProfileSummary(), AuthenticationError);
  assert.equal(error.code, 'unauthenticated');
});

test('every profile route answers 403 campaign_closed when no campaign is open', async () => {
  const { login, password } = await loggedIn(mock.backend);
  const { body } = await call('POST', 'session', { login, password });
  const bearer = { Authorization: `Bearer ${(body as { token: string }).token}`, 'If-Match': '"0"' };
  mock.backend.scenario = 'campaign-closed';
  for (const [method, path, payload] of PROFILE_REQUESTS) {
    const answer = await call(method, path, payload, bearer);
    assert.deepEqual([answer.status, (answer.body as { code?: string }).code], [403, 'campaign_closed'], `${method} ${path}`);
  }
  const error = await caught(clientOf().profile.getProfileSummary(), ApiError);
  assert.equal(error.status, 403);
});
