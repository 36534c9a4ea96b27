import * as v from 'valibot';
import {
  addressSchema,
  baccalaureateSchema,
  externalStudySchema,
  internshipSchema,
  personalInfoSchema,
  workExperienceSchema,
  type Address,
  type Baccalaureate,
  type Config,
  type ExternalStudy,
  type FieldErrors,
  type ListData,
  type ListName,
  type PersonalInfo,
  type SectionData,
  type SectionName,
} from '../sdk/index.js';
import { validate, type MockContext } from './context.js';
import { BAC_HONOURS } from './fixtures/referentials/bac.js';
import { COUNTRIES } from './fixtures/referentials/countries.js';
import { CIVILITIES, DIPLOMA_TYPES, HONOURS, LANGUAGES } from './fixtures/referentials/nomenclatures.js';
import {
  communeByCode,
  communesOfPostalCode,
  establishmentByCode,
  isDepartment,
  isKnown,
  seriesByCode,
  seriesValidIn,
  specialitiesOf,
} from './referentials.js';
import { invalid, type Reply } from './reply.js';
import type { MockState } from './store.js';

type Rules = Config['profile'];

/** How the mock validates one section or entry. */
export interface ContentRule<T> {
  /** The SDK's own schema, built with the configuration's rules and the mock's today. */
  schema(rules: Rules, today: Date): v.GenericSchema<unknown, T>;
  /** Checks against the referentials: codes that exist, communes of their postal code… */
  check?(data: T, rules: Rules): Promise<FieldErrors>;
  /** Checks against other candidates, run right before the write (nothing awaits in between). */
  unique?(data: T, state: MockState, login: string): FieldErrors | undefined;
}

/** Field errors being gathered. */
class Errors {
  readonly all: FieldErrors = {};
  add(field: string, code: string, params?: Record<string, unknown>) {
    (this.all[field] ??= []).push(params ? { code, params } : { code });
  }
  /** Adds `unknown_code` on `field` unless `code` is empty or one of `list`'s. */
  known(field: string, code: string | null, list: readonly { code: string }[]) {
    if (code !== null && !isKnown(list, code)) this.add(field, 'unknown_code');
  }
}

/** A département and a commune of it: both known, and the commune in the département. */
async function checkCommuneOfDepartment(errors: Errors, [departmentField, communeField]: [string, string], department: string | null, commune: string | null) {
  if (department !== null && !(await isDepartment(department))) errors.add(departmentField, 'unknown_code');
  if (commune === null) return;
  const found = await communeByCode(commune);
  if (!found) errors.add(communeField, 'unknown_code');
  else if (department !== null && found.department !== department) errors.add(communeField, 'commune_mismatch');
}

type Place = Pick<ExternalStudy, 'country' | 'department' | 'commune' | 'establishment'>;

/** Where a diploma was obtained: a known country and, in France, the département → commune → establishment cascade. */
async function checkPlace(errors: Errors, place: Place, rules: Rules) {
  errors.known('country', place.country, COUNTRIES);
  if (place.country !== rules.france) return;
  await checkCommuneOfDepartment(errors, ['department', 'commune'], place.department, place.commune);
  if (place.establishment === null) return;
  const establishment = establishmentByCode(place.establishment);
  if (!establishment) errors.add('establishment', 'unknown_code');
  else if (place.commune !== null && establishment.commune !== place.commune) errors.add('establishment', 'commune_mismatch');
}

async function checkPersonalInfo(info: PersonalInfo, rules: Rules): Promise<FieldErrors> {
  const errors = new Errors();
  errors.known('nationality', info.nationality, COUNTRIES);
  errors.known('birthCountry', info.birthCountry, COUNTRIES);
  errors.known('civility', info.civility, CIVILITIES);
  errors.known('language', info.language, LANGUAGES);
  if (info.birthCountry === rules.france) await checkCommuneOfDepartment(errors, ['birthDepartment', 'birthCommune'], info.birthDepartment, info.birthCommune);
  return errors.all;
}

/** An INE is unique in the campaign: `ine_taken` when another candidate gave it. */
function ineTaken(info: PersonalInfo, state: MockState, login: string): FieldErrors | undefined {
  if (info.ine === null) return undefined;
  for (const [other, profile] of state.profiles) {
    if (other !== login && profile.sections.personalInfo.data?.ine === info.ine) return { ine: [{ code: 'ine_taken' }] };
  }
  return undefined;
}

async function checkAddress(address: Address, rules: Rules): Promise<FieldErrors> {
  const errors = new Errors();
  errors.known('country', address.country, COUNTRIES);
  if (address.country !== rules.france || address.postalCode === null) return errors.all;
  const communes = await communesOfPostalCode(address.postalCode);
  if (communes.length === 0) errors.add('postalCode', 'unknown_code');
  else if (address.commune !== null && !communes.some(({ code }) => code === address.commune)) {
    errors.add('commune', (await communeByCode(address.commune)) ? 'commune_mismatch' : 'unknown_code');
  }
  return errors.all;
}

async function checkBaccalaureate(bac: Baccalaureate, rules: Rules): Promise<FieldErrors> {
  const errors = new Errors();
  if (bac.kind === 'none') {
    if (rules.noBaccalaureateSeries === null) errors.add('kind', 'no_baccalaureate_not_offered');
    else if (bac.series !== rules.noBaccalaureateSeries) errors.add('series', 'unknown_code');
    return errors.all;
  }
  const series = bac.series === rules.noBaccalaureateSeries ? undefined : seriesByCode(bac.series);
  if (!series) errors.add('series', 'unknown_code');
  else if (!seriesValidIn(series, bac.year)) errors.add('series', 'series_not_valid_that_year', { year: bac.year });
  errors.known('honours', bac.honours, BAC_HONOURS);
  await checkPlace(errors, bac, rules);
  const specialities = specialitiesOf(bac.year, bac.series);
  bac.specialities.forEach((code, index) => errors.known(`specialities.${index}`, code, specialities));
  return errors.all;
}

async function checkExternalStudy(study: ExternalStudy, rules: Rules): Promise<FieldErrors> {
  const errors = new Errors();
  await checkPlace(errors, study, rules);
  errors.known('diplomaType', study.diplomaType, DIPLOMA_TYPES);
  errors.known('honours', study.honours, HONOURS);
  return errors.all;
}

/** How each single section is validated. */
export const SECTION_RULES: { [N in SectionName]: ContentRule<SectionData[N]> } = {
  personalInfo: { schema: personalInfoSchema, check: checkPersonalInfo, unique: ineTaken },
  address: { schema: (rules) => addressSchema(rules), check: checkAddress },
  baccalaureate: { schema: baccalaureateSchema, check: checkBaccalaureate },
};

/** How each list section's entries are validated. */
export const LIST_RULES: { [N in ListName]: ContentRule<ListData[N]> } = {
  externalStudies: { schema: externalStudySchema, check: checkExternalStudy },
  internships: { schema: (_rules, today) => internshipSchema(today) },
  workExperience: { schema: (_rules, today) => workExperienceSchema(today) },
};

/** Parses a body with its rule: the data, or the 400 answer with field error codes. */
export async function validated<T>(ctx: MockContext, rule: ContentRule<T>, body: unknown): Promise<{ data: T } | { reply: Reply }> {
  const rules = ctx.config().profile;
  const parsed = validate(rule.schema(rules, new Date(ctx.now())), body);
  if ('reply' in parsed) return parsed;
  const errors = (await rule.check?.(parsed.input, rules)) ?? {};
  return Object.keys(errors).length > 0 ? { reply: invalid(errors) } : { data: parsed.input };
}
