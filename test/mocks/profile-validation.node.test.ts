import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ValidationError, type EcandidatClient, type FieldErrors, type SectionInput } from '../../sdk/index.js';
import { bearerOf, call, caught, loggedIn, useMockBackend } from './helpers.js';
import { address, externalStudy, foreignAddress, frenchBac, INE, noBac, personalInfo } from './profile-fixtures.js';

const mock = useMockBackend();

type Case = { [N in keyof SectionInput]: { when: string; section: N; input: SectionInput[N]; errors: FieldErrors } }[keyof SectionInput];

const unknown = [{ code: 'unknown_code' }];
const mismatch = [{ code: 'commune_mismatch' }];
const required = [{ code: 'required' }];

const cases: Case[] = [
  // The SDK's schemas, with the configuration's rules (France `100`, typed birth cities).
  { when: 'a French birth without département or city', section: 'personalInfo', input: personalInfo({ birthDepartment: null, birthCity: null }), errors: { birthDepartment: required, birthCity: required } },
  { when: 'a French address without postal code or commune', section: 'address', input: address({ postalCode: null, commune: null }), errors: { postalCode: required, commune: required } },
  { when: 'a foreign address without its city', section: 'address', input: foreignAddress({ foreignCity: null }), errors: { foreignCity: required } },
  { when: 'a French bac without its establishment', section: 'baccalaureate', input: frenchBac({ establishment: null }), errors: { establishment: required } },
  // Codes the referentials do not know.
  {
    when: 'unknown nationality, civility and language',
    section: 'personalInfo',
    input: personalInfo({ nationality: '999', civility: 'Dr', language: 'de' }),
    errors: { nationality: unknown, civility: unknown, language: unknown },
  },
  { when: 'an unknown birth département', section: 'personalInfo', input: personalInfo({ birthDepartment: '099' }), errors: { birthDepartment: unknown } },
  { when: 'an unknown country', section: 'address', input: foreignAddress({ country: '999' }), errors: { country: unknown } },
  { when: 'a postal code without communes', section: 'address', input: address({ postalCode: '57999' }), errors: { postalCode: unknown } },
  { when: 'an unknown commune', section: 'address', input: address({ commune: '57999' }), errors: { commune: unknown } },
  { when: 'an unknown bac series', section: 'baccalaureate', input: frenchBac({ series: 'ZZZ', specialities: [] }), errors: { series: unknown } },
  { when: '"sans bac" given as a bac series', section: 'baccalaureate', input: frenchBac({ series: '0000', specialities: [] }), errors: { series: unknown } },
  { when: 'an unknown establishment and honours', section: 'baccalaureate', input: frenchBac({ establishment: '0579999X', honours: 'XX' }), errors: { establishment: unknown, honours: unknown } },
  { when: 'a speciality the series does not have that year', section: 'baccalaureate', input: frenchBac({ year: 2022, specialities: ['MATH', 'EPPS', 'NOPE'] }), errors: { 'specialities.1': unknown, 'specialities.2': unknown } },
  { when: '"sans bac" with another series', section: 'baccalaureate', input: { kind: 'none', series: 'GEN' }, errors: { series: unknown } },
  // Codes that exist but do not go together.
  { when: 'a commune that is not one of the postal code', section: 'address', input: address({ commune: '54395' }), errors: { commune: mismatch } },
  { when: 'a birth commune outside the birth département', section: 'personalInfo', input: personalInfo({ birthCommune: '54395' }), errors: { birthCommune: mismatch } },
  { when: 'a bac commune outside its département', section: 'baccalaureate', input: frenchBac({ commune: '54395', establishment: '0540038Y' }), errors: { commune: mismatch } },
  { when: 'a bac establishment outside its commune', section: 'baccalaureate', input: frenchBac({ establishment: '0540038Y' }), errors: { establishment: mismatch } },
  {
    when: 'a general bac before 2021',
    section: 'baccalaureate',
    input: frenchBac({ year: 2015, specialities: [] }),
    errors: { series: [{ code: 'series_not_valid_that_year', params: { year: 2015 } }] },
  },
  {
    when: 'a bac S after 2020',
    section: 'baccalaureate',
    input: frenchBac({ series: 'S', specialities: [] }),
    errors: { series: [{ code: 'series_not_valid_that_year', params: { year: 2024 } }] },
  },
];

for (const { when, section, input, errors } of cases) {
  test(`${section}: ${when} → 400 ${JSON.stringify(errors)}, nothing saved`, async () => {
    const { client } = await loggedIn(mock.backend);
    const error = await caught(client.profile.saveSection(section, input as never, { ifMatch: '"0"' }), ValidationError);
    assert.deepEqual(error.fieldErrors, errors);
    assert.deepEqual(await client.profile.getSection(section), { etag: '"0"', data: null });
  });
}

test('external studies: unknown diploma type, honours and country', async () => {
  const { client } = await loggedIn(mock.backend);
  const invalid = externalStudy({ diplomaType: 'XX', honours: 'Z', country: '999', department: null, commune: null, establishment: null });
  const error = await caught(client.profile.createEntry('externalStudies', invalid), ValidationError);
  assert.deepEqual(error.fieldErrors, { country: unknown, diplomaType: unknown, honours: unknown });
  assert.deepEqual(await client.profile.listEntries('externalStudies'), []);
});

test('the server checks bodies with the SDK schemas, whatever the client', async () => {
  const { login, password } = await loggedIn(mock.backend);
  const headers = { Authorization: `Bearer ${await bearerOf({ login, password })}`, 'If-Match': '"0"' };
  const answer = await call('PUT', 'profile/personal-info', { ...personalInfo(), ine: '1234567890A', birthDate: '1890-01-01' }, headers);
  assert.equal(answer.status, 400);
  assert.deepEqual((answer.body as { fieldErrors: FieldErrors }).fieldErrors, { ine: [{ code: 'ine_invalid' }], birthDate: [{ code: 'birth_date_too_early' }] });
  const entry = await call('POST', 'profile/internships', { year: 2024 }, headers);
  assert.deepEqual(Object.keys((entry.body as { fieldErrors: FieldErrors }).fieldErrors).sort(), ['description', 'duration', 'organisation']);
});

const saveIne = (client: EcandidatClient, ine: string, ifMatch = '"0"') => client.profile.saveSection('personalInfo', personalInfo({ ine }), { ifMatch });

test('an INE given by another candidate of the campaign is refused with ine_taken', async () => {
  const first = await loggedIn(mock.backend);
  const second = await loggedIn(mock.backend);
  const saved = await saveIne(first.client, INE);
  const error = await caught(saveIne(second.client, ` ${INE.slice(0, 5)} ${INE.slice(5).toLowerCase()}`), ValidationError);
  assert.deepEqual(error.fieldErrors, { ine: [{ code: 'ine_taken' }] });
  // Its owner may save it again.
  await saveIne(first.client, INE, saved.etag);
});

test('"sans bac" is refused with no_baccalaureate_not_offered where the platform does not offer it', async () => {
  mock.use({ config: { profile: { ...mock.backend.state.config.profile, noBaccalaureateSeries: null } } });
  const { client } = await loggedIn(mock.backend);
  const error = await caught(client.profile.saveSection('baccalaureate', noBac(), { ifMatch: '"0"' }), ValidationError);
  assert.deepEqual(error.fieldErrors, { kind: [{ code: 'no_baccalaureate_not_offered' }] });
});
