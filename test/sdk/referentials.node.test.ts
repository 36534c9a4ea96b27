import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpResponse, type JsonBodyType } from 'msw';
import {
  ApiError,
  bacHonours,
  bacSeries,
  bacSeriesByCode,
  bacSpecialities,
  civilities,
  communes,
  ContractError,
  countries,
  createTransport,
  departments,
  diplomaTypes,
  establishments,
  honours,
  languages,
  type EcandidatBackend,
  type Transport,
} from '../../sdk/index.js';
import { aBacSeries, answer, BASE_URL, json, newClient, problem, rejection, requested, signal, useServer, waitFor, type Answer } from './helpers.js';

useServer();

type Referentials = EcandidatBackend['referentials'];

/** The look-ups of `sdk/operations/referentials.ts`, each called with `t`. */
const overTransport = (t: Transport): Referentials => ({
  countries: (o) => countries(t, o),
  departments: (o) => departments(t, o),
  communes: (query, o) => communes(t, query, o),
  establishments: (query, o) => establishments(t, query, o),
  bacSeries: (query, o) => bacSeries(t, query, o),
  bacSeriesByCode: (code, o) => bacSeriesByCode(t, code, o),
  bacSpecialities: (query, o) => bacSpecialities(t, query, o),
  bacHonours: (o) => bacHonours(t, o),
  honours: (o) => honours(t, o),
  diplomaTypes: (o) => diplomaTypes(t, o),
  civilities: (o) => civilities(t, o),
  languages: (o) => languages(t, o),
});

/** Each test runs against the look-ups themselves and against the bound client; each call gives a new client. */
const ways: [string, () => Referentials][] = [
  ['look-ups over a transport', () => overTransport(createTransport({ baseUrl: BASE_URL }))],
  ['createClient().referentials', () => newClient().referentials],
];

const metz = { code: '57463', label: 'Metz', department: '057', postalCodes: ['57000', '57050', '57070'] };
const woippy = { code: '57751', label: 'Woippy', department: '057', postalCodes: ['57140'] };
const countryList = [
  { code: '100', label: 'France', nationality: 'Française' },
  { code: '109', label: 'Allemagne', nationality: 'Allemande' },
];

interface LookUp {
  /** What the request asks, relative to the base URL. */
  url: string;
  call: (r: Referentials) => Promise<unknown>;
  /** The answer's items. */
  items: JsonBodyType[];
  /** What the look-up returns, when not the items. */
  result?: unknown;
  /** An item that breaks the schema. */
  broken: JsonBodyType;
}

const lookUps: Record<string, LookUp> = {
  countries: { url: 'referentials/countries', call: (r) => r.countries(), items: countryList, broken: { code: '100', label: 'France' } },
  departments: {
    url: 'referentials/departments',
    call: (r) => r.departments(),
    items: [
      { code: '057', label: 'Moselle' },
      { code: '02A', label: 'Corse-du-Sud' },
    ],
    broken: { code: 57, label: 'Moselle' },
  },
  'communes by postal code': {
    url: 'referentials/communes?postalCode=57000',
    call: (r) => r.communes({ postalCode: '57000' }),
    items: [metz],
    broken: { ...metz, postalCodes: '57000' },
  },
  'communes by département': {
    url: 'referentials/communes?department=057',
    call: (r) => r.communes({ department: '057' }),
    items: [metz, woippy],
    broken: { code: '57463', label: 'Metz' },
  },
  establishments: {
    url: 'referentials/establishments?commune=57463',
    call: (r) => r.establishments({ commune: '57463' }),
    items: [{ code: '0570054Z', label: 'Lycée Fabert', commune: '57463' }],
    broken: { code: '0570054Z', label: 'Lycée Fabert' },
  },
  'bac series of a year': {
    url: 'referentials/bac-series?year=2024',
    call: (r) => r.bacSeries({ year: 2024 }),
    items: [aBacSeries(), aBacSeries({ code: 'STMG', label: 'Bac STMG', firstYear: null, checksIneFrom: 2000 })],
    broken: { ...aBacSeries(), checksIne: 'O' },
  },
  'bac series by code': {
    url: 'referentials/bac-series?code=GEN',
    call: (r) => r.bacSeriesByCode('GEN'),
    items: [aBacSeries()],
    result: aBacSeries(),
    broken: { ...aBacSeries(), checksIneFrom: '1995' },
  },
  'bac specialities': {
    url: 'referentials/bac-specialities?year=2024&series=GEN',
    call: (r) => r.bacSpecialities({ year: 2024, series: 'GEN' }),
    items: [
      { code: 'MATH', label: 'Mathématiques' },
      { code: 'PHYS', label: 'Physique-chimie' },
    ],
    broken: { code: 'MATH' },
  },
  'bac honours': { url: 'referentials/bac-honours', call: (r) => r.bacHonours(), items: [{ code: 'TB', label: 'Très bien' }], broken: { label: 'Très bien' } },
  honours: { url: 'referentials/honours', call: (r) => r.honours(), items: [{ code: 'AB', label: 'Assez bien' }], broken: null },
  'diploma types': { url: 'referentials/diploma-types', call: (r) => r.diplomaTypes(), items: [{ code: 'LIC', label: 'Licence' }], broken: 'LIC' },
  civilities: {
    url: 'referentials/civilities',
    call: (r) => r.civilities(),
    items: [
      { code: 'M.', label: 'Monsieur' },
      { code: 'Mme', label: 'Madame' },
    ],
    broken: { code: 'M.', label: null },
  },
  languages: { url: 'referentials/languages', call: (r) => r.languages(), items: [{ code: 'fr', label: 'Français' }], broken: { code: 'fr', label: ['Français'] } },
};

/** Answers the look-up's path (whatever the query string) with `items`. */
const answerItems = (url: string, ...answers: Answer[]) => answer('get', url.split('?')[0], ...answers);

for (const [way, fresh] of ways) {
  describe(way, () => {
    for (const [name, { url, call, items, result = items, broken }] of Object.entries(lookUps)) {
      describe(name, () => {
        it(`GETs ${url} and returns the parsed answer`, async () => {
          // Keys the contract does not know are dropped.
          const withExtra = items.map((item) => ({ ...(item as object), inService: true }));
          answerItems(url, json({ items: withExtra }));
          assert.deepEqual(await call(fresh()), result);
          assert.deepEqual(requested(), [`GET ${url}`]);
        });

        it('throws ContractError on an answer that breaks the schema', async () => {
          answerItems(url, json({ items: [...items, broken] }));
          assert.ok((await rejection(call(fresh()))) instanceof ContractError);
        });
      });
    }

    it('bacSeriesByCode returns undefined for a code the backend does not know', async () => {
      answerItems('referentials/bac-series', json({ items: [] }));
      assert.equal(await fresh().bacSeriesByCode('XYZ'), undefined);
      assert.deepEqual(requested(), ['GET referentials/bac-series?code=XYZ']);
    });

    describe('cache', () => {
      it('a second identical look-up sends no request and returns the same answer', async () => {
        answerItems('referentials/countries', json({ items: countryList }));
        const r = fresh();
        const first = await r.countries();
        assert.deepEqual(await r.countries(), first);
        assert.deepEqual(requested(), ['GET referentials/countries']);
      });

      it('identical look-ups at the same time share one request', async () => {
        answerItems('referentials/communes', json({ items: [metz] }));
        const r = fresh();
        const answers = await Promise.all([r.communes({ postalCode: '57000' }), r.communes({ postalCode: '57000' })]);
        assert.deepEqual(answers, [[metz], [metz]]);
        assert.deepEqual(requested(), ['GET referentials/communes?postalCode=57000']);
      });

      it('a look-up with another query, or of another referential, sends its own request', async () => {
        answerItems('referentials/communes', json({ items: [metz] }));
        answerItems('referentials/bac-series', json({ items: [aBacSeries()] }));
        const r = fresh();
        await r.communes({ postalCode: '57000' });
        await r.communes({ postalCode: '57050' });
        await r.communes({ department: '057' });
        await r.bacSeries({ year: 2024 });
        await r.bacSeries({ year: 2025 });
        await r.bacSeriesByCode('GEN');
        await r.communes({ postalCode: '57000' });
        assert.deepEqual(requested(), [
          'GET referentials/communes?postalCode=57000',
          'GET referentials/communes?postalCode=57050',
          'GET referentials/communes?department=057',
          'GET referentials/bac-series?year=2024',
          'GET referentials/bac-series?year=2025',
          'GET referentials/bac-series?code=GEN',
        ]);
      });

      it('another client sends its own request', async () => {
        answerItems('referentials/languages', json({ items: [{ code: 'fr', label: 'Français' }] }));
        await fresh().languages();
        await fresh().languages();
        assert.deepEqual(requested(), ['GET referentials/languages', 'GET referentials/languages']);
      });

      it('a failed look-up is not kept: the next call asks again, and its answer is kept', async () => {
        answerItems('referentials/departments', problem(404, { code: 'not_found' }), json({ items: [{ code: '057', label: 'Moselle' }] }));
        const r = fresh();
        const error = await rejection(r.departments());
        assert.ok(error instanceof ApiError);
        assert.equal(error.status, 404);
        assert.deepEqual(await r.departments(), [{ code: '057', label: 'Moselle' }]);
        assert.deepEqual(await r.departments(), [{ code: '057', label: 'Moselle' }]);
        assert.equal(requested().length, 2);
      });

      it('an answer that broke the contract is not kept either', async () => {
        answerItems('referentials/civilities', json({ items: [{ code: 'M.' }] }), json({ items: [{ code: 'M.', label: 'Monsieur' }] }));
        const r = fresh();
        assert.ok((await rejection(r.civilities())) instanceof ContractError);
        assert.deepEqual(await r.civilities(), [{ code: 'M.', label: 'Monsieur' }]);
        assert.equal(requested().length, 2);
      });

      // Two elements (say the address and the bac forms) look up the countries at once; the first
      // leaves the page and aborts its call. The second did not abort and must get its answer.
      it('one caller’s abort does not fail another caller’s identical look-up', async () => {
        const release = signal();
        const seen = answerItems('referentials/countries', async () => {
          await release.promise;
          return HttpResponse.json({ items: countryList });
        });
        const r = fresh();
        const leaving = new AbortController();
        const aborted = r.countries({ signal: leaving.signal });
        const staying = r.countries();
        await waitFor(() => seen.length === 1, 1000, 'the request');
        leaving.abort();
        release.resolve();
        const [leavingOutcome, stayingOutcome] = await Promise.allSettled([aborted, staying]);
        assert.equal(leavingOutcome.status === 'rejected' && (leavingOutcome.reason as Error).name, 'AbortError');
        assert.deepEqual(stayingOutcome, { status: 'fulfilled', value: countryList });
      });
    });
  });
}
