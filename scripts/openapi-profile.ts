/** The profile and referential operations of the OpenAPI document. */
import * as v from 'valibot';
import * as sdk from '../sdk/index.js';
import type { OperationDoc } from './openapi.js';

const SESSION_ERRORS: sdk.ErrorCode[] = ['unauthenticated', 'campaign_closed'];
const WRITE_ERRORS: sdk.ErrorCode[] = ['validation_failed', ...SESSION_ERRORS, 'conflict', 'precondition_failed'];
const ENTRY_ID = { $ref: '#/components/parameters/EntryId' };

const SECTION_DOCS: Record<sdk.SectionName, { schema: string; id: string; label: string }> = {
  personalInfo: { schema: 'PersonalInfo', id: 'PersonalInfo', label: 'Personal information (Informations perso.)' },
  address: { schema: 'Address', id: 'Address', label: 'The address (Adresse)' },
  baccalaureate: { schema: 'Baccalaureate', id: 'Baccalaureate', label: 'The baccalauréat (Baccalauréat), or "sans bac" where offered' },
};

const LIST_DOCS: Record<sdk.ListName, { schema: string; id: string; ids: string; label: string }> = {
  externalStudies: { schema: 'ExternalStudy', id: 'ExternalStudy', ids: 'ExternalStudies', label: 'post-bac studies (Cursus externe)' },
  internships: { schema: 'Internship', id: 'Internship', ids: 'Internships', label: 'internships (Stages)' },
  workExperience: { schema: 'WorkExperience', id: 'WorkExperience', ids: 'WorkExperience', label: 'work experience (Expériences pro.)' },
};

/** A list entry's route, with the OpenAPI `{id}` template. */
const withId = (route: sdk.Route, name: sdk.ListName): sdk.Route => ({ ...route, path: `${sdk.LISTS[name].path}/{id}` });

/** `GET profile`, the single sections, the internal studies and the list sections. */
export function profileOperations(): OperationDoc[] {
  const auth = true;
  const sections = (Object.keys(SECTION_DOCS) as sdk.SectionName[]).flatMap((name): OperationDoc[] => {
    const { schema, id, label } = SECTION_DOCS[name];
    return [
      { route: sdk.sectionRoute(name), id: `get${id}`, summary: `${label} and its \`etag\`; \`data\` is null until first saved.`, output: `${schema}Section`, auth, etag: true, errors: SESSION_ERRORS },
      {
        route: sdk.saveSectionRoute(name),
        id: `save${id}`,
        summary: `Replaces ${label.charAt(0).toLowerCase()}${label.slice(1)}, if still at the version of \`If-Match\`. Codes unknown to the referentials are \`unknown_code\`; 409 \`conflict\` while staff lock the tab.`,
        input: `${schema}Input`,
        output: `${schema}Section`,
        auth,
        ifMatch: true,
        etag: true,
        errors: WRITE_ERRORS,
      },
    ];
  });
  const lists = (Object.keys(LIST_DOCS) as sdk.ListName[]).flatMap((name): OperationDoc[] => {
    const { schema, id, ids, label } = LIST_DOCS[name];
    const entry = { input: `${schema}Input`, output: `${schema}Entry`, auth, etag: true };
    return [
      { route: sdk.listRoute(name), id: `list${ids}`, summary: `The ${label}, each with its id and \`etag\`.`, output: `${schema}List`, auth, errors: SESSION_ERRORS },
      { route: sdk.createEntryRoute(name), id: `create${id}`, summary: `Adds one of the ${label}.`, ...entry, idempotent: true, errors: ['validation_failed', ...SESSION_ERRORS, 'conflict'] },
      {
        route: withId(sdk.updateEntryRoute(name, ''), name),
        id: `update${id}`,
        summary: `Replaces one of the ${label}, if still at the version of \`If-Match\`.`,
        ...entry,
        ifMatch: true,
        parameters: [ENTRY_ID],
        errors: [...WRITE_ERRORS, 'not_found'],
      },
      {
        route: withId(sdk.deleteEntryRoute(name, ''), name),
        id: `delete${id}`,
        summary: `Deletes one of the ${label}, if still at the version of \`If-Match\`.`,
        auth,
        ifMatch: true,
        parameters: [ENTRY_ID],
        errors: [...SESSION_ERRORS, 'conflict', 'precondition_failed', 'not_found'],
      },
    ];
  });
  return [
    {
      route: sdk.profileSummaryRoute,
      id: 'getProfileSummary',
      summary: 'Which tabs are filled, what is missing before applying (`tab_empty`, `ine_required`), which tabs staff lock.',
      output: 'ProfileSummary',
      auth,
      errors: SESSION_ERRORS,
    },
    ...sections,
    { route: sdk.internalStudiesRoute, id: 'getInternalStudies', summary: "The internal studies, from the university's records; read-only.", output: 'InternalStudyList', auth, errors: SESSION_ERRORS },
    ...lists,
    {
      route: sdk.applicationsRoute,
      id: 'listApplications',
      summary: "The candidate's applications: programme, centre, the file's status (`AT`, `RE`, `IN`, `CO`) and the decision once published.",
      output: 'ApplicationList',
      auth,
      errors: SESSION_ERRORS,
    },
  ];
}

const query = (name: string, description: string, type: 'string' | 'integer' = 'string', required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema: { type },
});

interface ReferentialDoc {
  name: string;
  item: string;
  schema: v.GenericSchema;
  summary: string;
  query?: ReturnType<typeof query>[];
}

const REFERENTIAL_DOCS: ReferentialDoc[] = [
  { name: 'countries', item: 'Country', schema: sdk.CountrySchema, summary: 'Countries (France is `config.profile.france`), each with the nationality it gives.' },
  { name: 'departments', item: 'Reference', schema: sdk.ReferenceSchema, summary: 'Départements.' },
  {
    name: 'communes',
    item: 'Commune',
    schema: sdk.CommuneSchema,
    summary: 'The communes in service of a postal code or of a département, sorted by name.',
    query: [query('postalCode', 'A postal code (5 digits).'), query('department', 'A département code; used when `postalCode` is absent.')],
  },
  { name: 'establishments', item: 'Establishment', schema: sdk.EstablishmentSchema, summary: 'The establishments in service of a commune.', query: [query('commune', 'A commune code.', 'string', true)] },
  {
    name: 'bac-series',
    item: 'BacSeries',
    schema: sdk.BacSeriesSchema,
    summary: 'The bac series valid in a year ("sans bac" excluded), or one series by code whatever its years ("sans bac" included).',
    query: [query('year', 'The year of the bac.', 'integer'), query('code', 'One series code; takes precedence over `year`.')],
  },
  {
    name: 'bac-specialities',
    item: 'Reference',
    schema: sdk.ReferenceSchema,
    summary: 'The specialities of a bac series in a year (none for most series).',
    query: [query('year', 'The year of the bac.', 'integer', true), query('series', 'A bac series code.', 'string', true)],
  },
  { name: 'bac-honours', item: 'Reference', schema: sdk.ReferenceSchema, summary: 'The honours of a bac (mention).' },
  { name: 'honours', item: 'Reference', schema: sdk.ReferenceSchema, summary: 'The honours of a post-bac study (mention).' },
  { name: 'diploma-types', item: 'Reference', schema: sdk.ReferenceSchema, summary: 'Post-bac diploma types.' },
  { name: 'civilities', item: 'Reference', schema: sdk.ReferenceSchema, summary: 'Civilities.' },
  { name: 'languages', item: 'Reference', schema: sdk.ReferenceSchema, summary: 'The languages a candidate may pick.' },
];

const camel = (name: string) => name.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());

/** The referential look-ups: `GET referentials/<name>` → `{ items }`, open to anyone. */
export const referentialOperations = (): OperationDoc[] =>
  REFERENTIAL_DOCS.map(({ name, item, schema, summary, query: parameters }) => ({
    route: sdk.route('get', `referentials/${name}`, 200, undefined, v.object({ items: v.array(schema) })),
    id: `list${camel(name).replace(/^\w/, (letter) => letter.toUpperCase())}`,
    summary,
    output: `${item}List`,
    ...(parameters ? { parameters } : {}),
    errors: parameters ? ['validation_failed'] : [],
  }));
