import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ValidationError } from '../../sdk/index.js';
import { call, caught, clientOf, useMockBackend } from './helpers.js';

useMockBackend();

test('postal code 57000 → Metz, with its INSEE code, département and postal codes', async () => {
  assert.deepEqual(await clientOf().referentials.communes({ postalCode: '57000' }), [
    { code: '57463', label: 'Metz', department: '057', postalCodes: ['57000', '57050', '57070'] },
  ]);
});

test('a postal code shared by several communes lists them all, sorted by name', async () => {
  const communes = await clientOf().referentials.communes({ postalCode: '57070' });
  assert.deepEqual(
    communes.map(({ code, label }) => `${code} ${label}`),
    ['57142 Chieulles', '57463 Metz', '57467 Mey', '57616 Saint-Julien-lès-Metz', '57693 Vantoux', '57694 Vany'],
  );
  assert.ok(communes.every((commune) => commune.department === '057' && commune.postalCodes.includes('57070')));
});

test('an unknown postal code has no communes', async () => {
  assert.deepEqual(await clientOf().referentials.communes({ postalCode: '57999' }), []);
});

test('the communes of a département, in service only, sorted by name', async () => {
  const communes = await clientOf().referentials.communes({ department: '02A' });
  assert.ok(communes.length > 100, `${communes.length} communes in Corse-du-Sud`);
  assert.ok(communes.every(({ code, department }) => department === '02A' && code.startsWith('2A')));
  assert.ok(communes.some(({ code, label }) => code === '2A004' && label === 'Ajaccio'));
  const labels = communes.map(({ label }) => label);
  assert.deepEqual(labels, [...labels].sort(new Intl.Collator('fr').compare));
  const moselle = await clientOf().referentials.communes({ department: '057' });
  assert.ok(moselle.some(({ label }) => label === 'Metz'));
  // Delegated and associated communes are not in service.
  assert.ok(!moselle.some(({ code }) => code === '57094'), 'Borny merged into Metz');
});

test('départements: every one, by 3-character code', async () => {
  const departments = await clientOf().referentials.departments();
  const byCode = new Map(departments.map(({ code, label }) => [code, label]));
  assert.deepEqual(
    ['001', '02A', '02B', '057', '075', '095', '971', '976'].map((code) => byCode.get(code)),
    ['Ain', 'Corse-du-Sud', 'Haute-Corse', 'Moselle', 'Paris', "Val-d'Oise", 'Guadeloupe', 'Mayotte'],
  );
  assert.ok(departments.every(({ code }) => /^[0-9][0-9AB][0-9]$|^0[0-9][0-9AB]$/.test(code)), 'three characters');
});

test('establishments of a commune, by UAI code', async () => {
  const client = clientOf();
  const metz = await client.referentials.establishments({ commune: '57463' });
  assert.ok(metz.some(({ code, label }) => code === '0570054Z' && label === 'Lycée Fabert'));
  assert.ok(metz.every(({ code, commune }) => /^\d{7}[A-Z]$/.test(code) && commune === '57463'));
  for (const commune of ['59350', '75056', '95127', '54395']) {
    assert.ok((await client.referentials.establishments({ commune })).length > 0, `establishments in ${commune}`);
  }
  assert.deepEqual(await client.referentials.establishments({ commune: '01001' }), []);
});

test('bac series valid in 2024 and in 2015, "sans bac" excluded', async () => {
  const client = clientOf();
  const codes = async (year: number) => (await client.referentials.bacSeries({ year })).map(({ code }) => code);
  const in2024 = await codes(2024);
  const in2015 = await codes(2015);
  for (const code of ['GEN', 'STMG', 'STI2D', 'ST2S', '0031']) assert.ok(in2024.includes(code), `${code} in 2024`);
  for (const code of ['S', 'ES', 'L', 'STMG', '0031']) assert.ok(in2015.includes(code), `${code} in 2015`);
  for (const code of ['S', 'ES', 'L']) assert.ok(!in2024.includes(code), `no ${code} in 2024`);
  assert.ok(!in2015.includes('GEN'), 'no general bac in 2015');
  assert.ok(![...in2015, ...in2024].includes('0000'));
});

test('one bac series by code, whatever its years: INE control flags, "sans bac" included', async () => {
  const client = clientOf();
  assert.deepEqual(await client.referentials.bacSeriesByCode('GEN'), {
    code: 'GEN',
    label: 'Baccalauréat général',
    firstYear: 2021,
    lastYear: null,
    checksIne: true,
    checksIneFrom: 1995,
  });
  assert.equal((await client.referentials.bacSeriesByCode('S'))?.lastYear, 2020);
  assert.equal((await client.referentials.bacSeriesByCode('0031'))?.checksIne, false);
  assert.equal((await client.referentials.bacSeriesByCode('0000'))?.label, 'Sans bac');
  assert.equal(await client.referentials.bacSeriesByCode('NOPE'), undefined);
});

test('specialities of the general bac in 2024; none for a series without', async () => {
  const client = clientOf();
  const codes = (await client.referentials.bacSpecialities({ year: 2024, series: 'GEN' })).map(({ code }) => code);
  for (const code of ['MATH', 'PHCH', 'SVT', 'SES', 'HGGS', 'HLP', 'LLCE', 'NSI', 'SI', 'EPPS']) assert.ok(codes.includes(code), code);
  assert.ok(!(await client.referentials.bacSpecialities({ year: 2022, series: 'GEN' })).some(({ code }) => code === 'EPPS'));
  assert.deepEqual(await client.referentials.bacSpecialities({ year: 2024, series: 'STMG' }), []);
  assert.deepEqual(await client.referentials.bacSpecialities({ year: 2015, series: 'GEN' }), []);
});

test('countries (France 100), honours, diploma types, civilities and languages', async () => {
  const client = clientOf();
  const countries = await client.referentials.countries();
  assert.deepEqual(countries[0], { code: '100', label: 'France', nationality: 'française' });
  assert.ok(countries.length >= 30);
  assert.deepEqual(
    ['109', '127', '134', '350', '352', '216', '404'].map((code) => countries.find((country) => country.code === code)?.label),
    ['Allemagne', 'Italie', 'Espagne', 'Maroc', 'Algérie', 'Chine', 'États-Unis'],
  );
  assert.deepEqual((await client.referentials.bacHonours()).map(({ code }) => code), ['P', 'AB', 'B', 'TB', 'TBF']);
  assert.ok((await client.referentials.honours()).length > 0);
  assert.ok((await client.referentials.diplomaTypes()).some(({ label }) => label === 'Licence'));
  assert.deepEqual((await client.referentials.civilities()).map(({ code }) => code), ['M.', 'Mme']);
  assert.deepEqual((await client.referentials.languages()).map(({ code }) => code), ['fr', 'en']);
});

test('the SDK keeps look-ups: a second identical one sends no request', async () => {
  const sent: string[] = [];
  const client = clientOf({ fetch: (input, init) => (sent.push(String(input instanceof Request ? input.url : input)), fetch(input, init)) });
  const first = await client.referentials.communes({ postalCode: '57000' });
  assert.deepEqual(await client.referentials.communes({ postalCode: '57000' }), first);
  await client.referentials.communes({ postalCode: '54000' });
  assert.deepEqual(
    sent.map((url) => new URL(url).search),
    ['?postalCode=57000', '?postalCode=54000'],
  );
});

test('look-ups without their query parameter answer 400 validation_failed; no session needed', async () => {
  for (const path of ['communes', 'establishments', 'bac-series', 'bac-specialities?year=2024', 'bac-series?year=24']) {
    const { status, body } = await call('GET', `referentials/${path}`);
    assert.deepEqual([status, (body as { code: string }).code], [400, 'validation_failed'], path);
  }
  const error = await caught(clientOf().referentials.bacSeries({ year: Number.NaN }), ValidationError);
  assert.deepEqual(error.fieldErrors, { year: [{ code: 'year_format' }] });
});
