import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JsonBodyType } from 'msw';
import {
  ContractError,
  createEntry,
  createTransport,
  deleteEntry,
  getInternalStudies,
  getProfileSummary,
  getSection,
  listEntries,
  PreconditionFailedError,
  saveSection,
  updateEntry,
  ValidationError,
  type EcandidatBackend,
  type InternalStudy,
  type ListInput,
  type ListName,
  type ProfileSummary,
  type SectionInput,
  type SectionName,
  type Transport,
} from '../../sdk/index.js';
import {
  aBac,
  anAddress,
  anExternalStudy,
  anInternship,
  answer,
  answerPut,
  aPersonalInfo,
  aWorkExperience,
  BASE_URL,
  empty,
  json,
  newClient,
  problem,
  rejection,
  requested,
  useServer,
  type Seen,
} from './helpers.js';

useServer();

type Profile = EcandidatBackend['profile'];

/** The operations of `sdk/operations/profile.ts`, each called with `t`. */
const overTransport = (t: Transport): Profile => ({
  getProfileSummary: (o) => getProfileSummary(t, o),
  getSection: (name, o) => getSection(t, name, o),
  saveSection: (name, input, o) => saveSection(t, name, input, o),
  getInternalStudies: (o) => getInternalStudies(t, o),
  listEntries: (name, o) => listEntries(t, name, o),
  createEntry: (name, input, o) => createEntry(t, name, input, o),
  updateEntry: (name, id, input, o) => updateEntry(t, name, id, input, o),
  deleteEntry: (name, id, o) => deleteEntry(t, name, id, o),
});

/** Each test runs against the operations themselves and against the bound client. */
const ways: [string, () => Profile][] = [
  ['operations over a transport', () => overTransport(createTransport({ baseUrl: BASE_URL }))],
  ['createClient().profile', () => newClient().profile],
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one request a handler saw, checked for its method, path and version header. */
function onlyRequest(seen: Seen[], method: string, path: string, ifMatch: string | null = null): Seen {
  assert.equal(seen.length, 1, 'one request');
  assert.equal(seen[0].method, method);
  assert.equal(seen[0].path, `/api/${path}`);
  assert.equal(seen[0].headers.get('If-Match'), ifMatch);
  return seen[0];
}

const summary: ProfileSummary = {
  filled: { personalInfo: true, address: false, baccalaureate: true },
  missing: [{ tab: 'address', code: 'tab_empty' }],
  readyToApply: false,
  locked: ['baccalaureate'],
};

const internalStudies: InternalStudy[] = [
  { year: '2023', code: 'L1INFO', label: 'Licence 1 Informatique', result: 'ADM', honours: 'AB', grade: '12.5', gradeScale: '20' },
  { year: '2024', code: 'L2INFO', label: 'Licence 2 Informatique', result: null, honours: null, grade: null, gradeScale: null },
];

/** Each single section: its path, what a form gives (untidy) and what the SDK sends and reads (tidy). */
const sections: { name: SectionName; path: string; input: SectionInput[SectionName]; data: Record<string, unknown> }[] = [
  {
    name: 'personalInfo',
    path: 'profile/personal-info',
    input: { ...aPersonalInfo({ ine: ' 123 456 789 ab ' }), lastName: " n'diaye ", firstName: 'éloïse' },
    data: aPersonalInfo({ ine: '123456789AB' }),
  },
  { name: 'address', path: 'profile/address', input: { ...anAddress(), line1: '  1 rue Serpenoise ', line2: '' }, data: anAddress() },
  { name: 'baccalaureate', path: 'profile/baccalaureate', input: aBac({ honours: ' ' }), data: aBac() },
];

const internships = { path: 'profile/internships', input: { ...anInternship(), hoursPerWeek: undefined }, data: anInternship({ hoursPerWeek: null }) };

/** Each list section: its path, what a form gives (untidy) and what the SDK sends and reads (tidy). */
const lists: { name: ListName; path: string; input: ListInput[ListName]; data: Record<string, unknown> }[] = [
  { name: 'externalStudies', path: 'profile/external-studies', input: { ...anExternalStudy(), label: ' Licence 1 Informatique ' }, data: anExternalStudy() },
  { name: 'internships', ...internships },
  { name: 'workExperience', path: 'profile/work-experience', input: { ...aWorkExperience(), goal: '  ' }, data: aWorkExperience() },
];

for (const [way, profileOf] of ways) {
  describe(way, () => {
    it('getProfileSummary GETs profile and returns the summary', async () => {
      const seen = answer('get', 'profile', json(summary));
      assert.deepEqual(await profileOf().getProfileSummary(), summary);
      onlyRequest(seen, 'GET', 'profile');
    });

    it('getInternalStudies GETs profile/internal-studies and returns its items', async () => {
      const seen = answer('get', 'profile/internal-studies', json({ items: internalStudies }));
      assert.deepEqual(await profileOf().getInternalStudies(), internalStudies);
      onlyRequest(seen, 'GET', 'profile/internal-studies');
    });

    for (const { name, path, input, data } of sections) {
      describe(`section ${name}`, () => {
        it(`getSection GETs ${path} and returns { etag, data }`, async () => {
          const seen = answer('get', path, json({ etag: 'v1', data }));
          assert.deepEqual(await profileOf().getSection(name), { etag: 'v1', data });
          onlyRequest(seen, 'GET', path);
        });

        it('getSection returns data null while the section is empty', async () => {
          answer('get', path, json({ etag: 'v0', data: null }));
          assert.deepEqual(await profileOf().getSection(name), { etag: 'v0', data: null });
        });

        it(`saveSection PUTs the parsed input to ${path} with If-Match and returns the new version`, async () => {
          const seen = answerPut(path, json({ etag: 'v2', data }));
          assert.deepEqual(await profileOf().saveSection(name, input, { ifMatch: 'v1' }), { etag: 'v2', data });
          const request = onlyRequest(seen, 'PUT', path, 'v1');
          assert.match(request.headers.get('Content-Type') ?? '', /application\/json/);
          assert.deepEqual(request.body, data);
        });
      });
    }

    it('saveSection of a "sans bac" sends { kind: "none", series }', async () => {
      const seen = answerPut('profile/baccalaureate', json({ etag: 'v2', data: { kind: 'none', series: 'NOBAC' } }));
      const saved = await profileOf().saveSection('baccalaureate', { kind: 'none', series: ' NOBAC ' }, { ifMatch: 'v1' });
      assert.deepEqual(saved, { etag: 'v2', data: { kind: 'none', series: 'NOBAC' } });
      assert.deepEqual(seen[0].body, { kind: 'none', series: 'NOBAC' });
    });

    it('saveSection answered 412 throws PreconditionFailedError, without retrying', async () => {
      const seen = answerPut('profile/address', problem(412, { code: 'precondition_failed' }));
      const error = await rejection(profileOf().saveSection('address', anAddress(), { ifMatch: 'stale' }));
      assert.ok(error instanceof PreconditionFailedError);
      assert.equal(error.status, 412);
      assert.equal(error.code, 'precondition_failed');
      onlyRequest(seen, 'PUT', 'profile/address', 'stale');
    });

    it('saveSection answered 400 validation_failed throws ValidationError with the server’s fieldErrors', async () => {
      const fieldErrors = { commune: [{ code: 'commune_unknown' }], line1: [{ code: 'too_long', params: { limit: 32 } }] };
      answerPut('profile/address', problem(400, { code: 'validation_failed', fieldErrors }));
      const error = await rejection(profileOf().saveSection('address', anAddress(), { ifMatch: 'v1' }));
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(error.fieldErrors, fieldErrors);
    });

    it('saveSection of an invalid input throws ValidationError and sends nothing', async () => {
      const error = await rejection(profileOf().saveSection('address', anAddress({ line1: '', postalCode: '57A00' }), { ifMatch: 'v1' }));
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(error.fieldErrors, { line1: [{ code: 'required' }], postalCode: [{ code: 'postal_code_format' }] });
      assert.deepEqual(requested(), []);
    });

    const broken: [string, JsonBodyType][] = [
      ['without its etag', { data: anAddress() }],
      ['with a field of the wrong type', { etag: 'v1', data: { ...anAddress(), line1: 42 } }],
      ['with a required field missing', { etag: 'v1', data: { ...anAddress(), line1: undefined } }],
    ];
    for (const [what, body] of broken) {
      it(`getSection answered ${what} throws ContractError`, async () => {
        answer('get', 'profile/address', json(body));
        assert.ok((await rejection(profileOf().getSection('address'))) instanceof ContractError);
      });
    }

    for (const { name, path, input, data } of lists) {
      describe(`list ${name}`, () => {
        it(`listEntries GETs ${path} and returns its items`, async () => {
          const items = [{ id: 'e1', etag: 'v1', data }];
          const seen = answer('get', path, json({ items }));
          assert.deepEqual(await profileOf().listEntries(name), items);
          onlyRequest(seen, 'GET', path);
        });

        it(`createEntry POSTs the parsed input to ${path} with a fresh Idempotency-Key and returns the entry`, async () => {
          const created = { id: 'e2', etag: 'v1', data };
          const seen = answer('post', path, json(created, 201));
          assert.deepEqual(await profileOf().createEntry(name, input), created);
          const request = onlyRequest(seen, 'POST', path);
          assert.match(request.headers.get('Idempotency-Key') ?? '', UUID);
          assert.deepEqual(request.body, data);
        });

        it(`updateEntry PUTs the parsed input to ${path}/<id> with If-Match and returns the entry`, async () => {
          const updated = { id: 'e1', etag: 'v2', data };
          const seen = answerPut(`${path}/e1`, json(updated));
          assert.deepEqual(await profileOf().updateEntry(name, 'e1', input, { ifMatch: 'v1' }), updated);
          assert.deepEqual(onlyRequest(seen, 'PUT', `${path}/e1`, 'v1').body, data);
        });

        it(`deleteEntry DELETEs ${path}/<id> with If-Match and resolves on 204`, async () => {
          const seen = answer('delete', `${path}/e1`, empty(204));
          assert.equal(await profileOf().deleteEntry(name, 'e1', { ifMatch: 'v1' }), undefined);
          onlyRequest(seen, 'DELETE', `${path}/e1`, 'v1');
        });
      });
    }

    describe('list entries (internships)', () => {
      const entry = { id: 'e1', etag: 'v1', data: internships.data };

      it('createEntry sends a new key for each creation and the caller’s key as is', async () => {
        const seen = answer('post', internships.path, json(entry, 201));
        const profile = profileOf();
        await profile.createEntry('internships', internships.input);
        await profile.createEntry('internships', internships.input);
        await profile.createEntry('internships', internships.input, { idempotencyKey: 'stage-42' });
        const [first, second, third] = seen.map((s) => s.headers.get('Idempotency-Key'));
        assert.notEqual(first, second);
        assert.equal(third, 'stage-42');
      });

      it('createEntry answered 503 is retried with the same Idempotency-Key', async () => {
        const seen = answer('post', internships.path, problem(503, { code: 'unavailable' }), json(entry, 201));
        assert.deepEqual(await profileOf().createEntry('internships', internships.input, { idempotencyKey: 'stage-43' }), entry);
        assert.deepEqual(
          seen.map((s) => s.headers.get('Idempotency-Key')),
          ['stage-43', 'stage-43'],
        );
      });

      it('createEntry answered 400 validation_failed throws ValidationError with the server’s fieldErrors', async () => {
        const fieldErrors = { organisation: [{ code: 'too_long', params: { limit: 50 } }] };
        answer('post', internships.path, problem(400, { code: 'validation_failed', fieldErrors }));
        const error = await rejection(profileOf().createEntry('internships', internships.input));
        assert.ok(error instanceof ValidationError);
        assert.deepEqual(error.fieldErrors, fieldErrors);
      });

      it('createEntry of an invalid input throws ValidationError and sends nothing', async () => {
        const error = await rejection(profileOf().createEntry('internships', anInternship({ hoursPerWeek: 0, description: '' })));
        assert.ok(error instanceof ValidationError);
        assert.deepEqual(Object.keys(error.fieldErrors).sort(), ['description', 'hoursPerWeek']);
        assert.deepEqual(requested(), []);
      });

      it('updateEntry and deleteEntry URL-encode the id', async () => {
        const encoded = `${internships.path}/a%2Fb%20c%3Fd`;
        const updates = answerPut(`${internships.path}/:id`, json(entry));
        const deletes = answer('delete', `${internships.path}/:id`, empty(204));
        await profileOf().updateEntry('internships', 'a/b c?d', internships.input, { ifMatch: 'v1' });
        await profileOf().deleteEntry('internships', 'a/b c?d', { ifMatch: 'v1' });
        onlyRequest(updates, 'PUT', encoded, 'v1');
        onlyRequest(deletes, 'DELETE', encoded, 'v1');
      });

      it('updateEntry and deleteEntry answered 412 throw PreconditionFailedError, without retrying', async () => {
        const updates = answerPut(`${internships.path}/e1`, problem(412, { code: 'precondition_failed' }));
        const deletes = answer('delete', `${internships.path}/e1`, problem(412, { code: 'precondition_failed' }));
        const profile = profileOf();
        assert.ok((await rejection(profile.updateEntry('internships', 'e1', internships.input, { ifMatch: 'stale' }))) instanceof PreconditionFailedError);
        assert.ok((await rejection(profile.deleteEntry('internships', 'e1', { ifMatch: 'stale' }))) instanceof PreconditionFailedError);
        assert.equal(updates.length + deletes.length, 2);
      });

      const brokenAnswers: { what: string; method: 'get' | 'post'; path: string; body: JsonBodyType; call: (p: Profile) => Promise<unknown> }[] = [
        {
          what: 'listEntries answered with an entry without id',
          method: 'get',
          path: internships.path,
          body: { items: [{ etag: 'v1', data: internships.data }] },
          call: (p) => p.listEntries('internships'),
        },
        { what: 'listEntries answered without items', method: 'get', path: internships.path, body: [entry], call: (p) => p.listEntries('internships') },
        {
          what: 'createEntry answered with an invalid entry',
          method: 'post',
          path: internships.path,
          body: { ...entry, data: { ...internships.data, year: '2023' } },
          call: (p) => p.createEntry('internships', internships.input),
        },
        {
          what: 'getInternalStudies answered with a study without label',
          method: 'get',
          path: 'profile/internal-studies',
          body: { items: [{ ...internalStudies[0], label: undefined }] },
          call: (p) => p.getInternalStudies(),
        },
      ];
      for (const { what, method, path, body, call } of brokenAnswers) {
        it(`${what} throws ContractError`, async () => {
          answer(method, path, json(body, method === 'post' ? 201 : 200));
          const error = await rejection(call(profileOf()));
          assert.ok(error instanceof ContractError, String(error));
        });
      }
    });
  });
}
