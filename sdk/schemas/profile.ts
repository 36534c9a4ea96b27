import * as v from 'valibot';
import { birthDateBounds, isIsoDate } from '../rules/dates.js';
import { ineKind, normalizeIne } from '../rules/ine.js';
import { nameText, requiredText } from './typed-text.js';

/** What the profile schemas need of `config.profile`. */
export interface ProfileRules {
  /** France's code in the country referential. */
  france: string;
  /** Whether a French birth place is a commune of the referential rather than a typed city. */
  birthCommunes: boolean;
}

/** An optional text: trimmed, at most `max` characters, `null` when empty. */
export const optionalText = (max: number) =>
  v.pipe(v.nullish(v.string(), ''), v.trim(), v.maxLength(max, 'too_long'), v.transform((text) => text || null));

/** An optional name: like `optionalText`, upper-cased. */
const optionalName = (max: number) =>
  v.pipe(v.nullish(v.string(), ''), v.trim(), v.normalize('NFC'), v.maxLength(max, 'too_long'), v.toUpperCase(), v.transform((text) => text || null));

/** A code of a referential (country, commune, series…): opaque, chosen by the backend. */
export const CodeSchema = requiredText(20);
/** An optional referential code, `null` when not chosen. */
const optionalCode = optionalText(20);

/** A phone number as eCandidat accepts it: digits, spaces and `/+().-`, at most 20 characters. */
export const PhoneSchema = v.pipe(optionalText(20), v.check((phone) => phone === null || /^[\d/+().\s-]+$/.test(phone), 'phone_format'));

/** A year, between 1900 and `max` (the current year, or the next one for studies in progress). */
export const yearSchema = (max: number) =>
  v.pipe(v.number('required'), v.integer('year_format'), v.minValue(1900, 'year_too_early'), v.maxValue(max, 'year_too_late'));

/** A birth date (`YYYY-MM-DD`): at most 100 years ago, and before the 10th birthday. */
export const birthDateSchema = (today = new Date()) => {
  const { min, max } = birthDateBounds(today);
  return v.pipe(
    v.string('required'),
    v.nonEmpty('required'),
    // Every check runs; each one judges only text it makes sense for.
    v.check((date) => date === '' || isIsoDate(date), 'date_format'),
    v.check((date) => !isIsoDate(date) || date >= min, 'birth_date_too_early'),
    v.check((date) => !isIsoDate(date) || date <= max, 'birth_date_too_late'),
  );
};

/** An INE with its key (11 characters; spaces and case do not matter), or `null`. */
export const IneSchema = v.pipe(
  optionalText(20),
  v.transform((ine) => (ine === null ? null : normalizeIne(ine))),
  v.check((ine) => ine === null || ineKind(ine) !== null, 'ine_invalid'),
);

type Path = [v.ObjectPathItem];
const at = (input: Record<string, unknown>, key: string): Path => [{ type: 'object', origin: 'value', input, key, value: input[key] }];

/**
 * Adds "required when" rules to an object schema: each field whose condition holds on the parsed
 * object must not be null or empty (`required`).
 */
export function requiredWhen<TSchema extends v.ObjectSchema<v.ObjectEntries, undefined>>(
  schema: TSchema,
  rules: Partial<Record<keyof TSchema['entries'] & string, (input: v.InferOutput<TSchema>) => boolean>> = {},
) {
  return v.pipe(
    schema,
    // Runs even when other fields have issues, so every missing field shows at once.
    v.rawCheck<v.InferOutput<TSchema>>(({ dataset, addIssue }) => {
      if (typeof dataset.value !== 'object' || dataset.value === null) return;
      const input = dataset.value as Record<string, unknown>;
      for (const [field, applies] of Object.entries(rules) as [string, (input: v.InferOutput<TSchema>) => boolean][]) {
        if (applies(input) && (input[field] === null || input[field] === '')) addIssue({ message: 'required', path: at(input, field) });
      }
    }),
  );
}

/**
 * Informations perso.: identity, birth, nationality and INE, language, phones. Without `rules`
 * (answers from the backend), the France-dependent requirements are not checked.
 */
export const personalInfoSchema = (rules?: ProfileRules, today = new Date()) =>
  requiredWhen(
    v.object({
      nationality: CodeSchema,
      ine: IneSchema,
      civility: CodeSchema,
      lastName: nameText(30),
      usageName: optionalName(30),
      firstName: nameText(20),
      otherFirstNames: optionalName(20),
      birthDate: birthDateSchema(today),
      birthCountry: CodeSchema,
      birthDepartment: optionalCode,
      birthCommune: optionalCode,
      birthCity: optionalName(30),
      language: CodeSchema,
      phone: PhoneSchema,
      mobilePhone: PhoneSchema,
    }),
    rules && {
      birthDepartment: (info) => info.birthCountry === rules.france,
      birthCommune: (info) => info.birthCountry === rules.france && rules.birthCommunes,
      birthCity: (info) => info.birthCountry !== rules.france || !rules.birthCommunes,
    },
  );
/** Personal information. */
export type PersonalInfo = v.InferOutput<ReturnType<typeof personalInfoSchema>>;
/** Personal information as a form or a caller gives it. */
export type PersonalInfoInput = v.InferInput<ReturnType<typeof personalInfoSchema>>;

/** Adresse: a French address (postal code, commune) or a foreign one (city). */
export const addressSchema = (rules?: Pick<ProfileRules, 'france'>) =>
  requiredWhen(
    v.object({
      country: CodeSchema,
      postalCode: v.pipe(optionalText(5), v.check((code) => code === null || /^\d{5}$/.test(code), 'postal_code_format')),
      commune: optionalCode,
      foreignCity: optionalText(32),
      line1: requiredText(32),
      line2: optionalText(32),
      line3: optionalText(32),
    }),
    rules && {
      postalCode: (address) => address.country === rules.france,
      commune: (address) => address.country === rules.france,
      foreignCity: (address) => address.country !== rules.france,
    },
  );
/** An address. */
export type Address = v.InferOutput<ReturnType<typeof addressSchema>>;
/** An address as a form or a caller gives it. */
export type AddressInput = v.InferInput<ReturnType<typeof addressSchema>>;

/** Where a diploma was obtained: a country and, in France, the département → commune → establishment cascade. */
const placeEntries = { country: CodeSchema, department: optionalCode, commune: optionalCode, establishment: optionalCode };
const inFrance = (rules?: Pick<ProfileRules, 'france'>) =>
  rules && {
    department: (place: { country: string }) => place.country === rules.france,
    commune: (place: { country: string }) => place.country === rules.france,
    establishment: (place: { country: string }) => place.country === rules.france,
  };

/** Baccalauréat: a bac or an equivalence, or — where offered — "Je n'ai pas le bac". */
export const baccalaureateSchema = (rules?: Pick<ProfileRules, 'france'>, today = new Date()) =>
  v.variant('kind', [
    v.object({ kind: v.literal('none'), series: CodeSchema }),
    requiredWhen(
      v.object({
        kind: v.literal('bac'),
        year: yearSchema(today.getFullYear()),
        series: CodeSchema,
        honours: optionalCode,
        ...placeEntries,
        specialities: v.pipe(v.array(CodeSchema), v.maxLength(3, 'too_many')),
        options: v.pipe(v.array(CodeSchema), v.maxLength(4, 'too_many')),
      }),
      inFrance(rules),
    ),
  ]);
/** A baccalauréat, or its absence. */
export type Baccalaureate = v.InferOutput<ReturnType<typeof baccalaureateSchema>>;
/** A baccalauréat as a form or a caller gives it. */
export type BaccalaureateInput = v.InferInput<ReturnType<typeof baccalaureateSchema>>;

/** The results of a study: obtained, failed, in progress (eCandidat's `O`, `N`, `E`). */
export const STUDY_RESULTS = ['obtained', 'failed', 'inProgress'] as const;

/** Cursus externe: one post-bac study. */
export const externalStudySchema = (rules?: Pick<ProfileRules, 'france'>, today = new Date()) =>
  requiredWhen(
    v.object({
      ...placeEntries,
      year: yearSchema(today.getFullYear() + 1),
      diplomaType: CodeSchema,
      label: requiredText(255),
      result: v.picklist(STUDY_RESULTS, 'required'),
      honours: optionalCode,
    }),
    inFrance(rules),
  );
/** A post-bac study. */
export type ExternalStudy = v.InferOutput<ReturnType<typeof externalStudySchema>>;
/** A post-bac study as a form or a caller gives it. */
export type ExternalStudyInput = v.InferInput<ReturnType<typeof externalStudySchema>>;

/** Stages: one internship. */
export const internshipSchema = (today = new Date()) =>
  v.object({
    year: yearSchema(today.getFullYear() + 1),
    duration: requiredText(20),
    hoursPerWeek: v.nullish(v.pipe(v.number('hours_format'), v.integer('hours_format'), v.minValue(1, 'hours_format'), v.maxValue(99, 'hours_format')), null),
    organisation: requiredText(50),
    description: requiredText(500),
  });
/** An internship. */
export type Internship = v.InferOutput<ReturnType<typeof internshipSchema>>;
/** An internship as a form or a caller gives it. */
export type InternshipInput = v.InferInput<ReturnType<typeof internshipSchema>>;

/** Expériences pro.: one work experience. */
export const workExperienceSchema = (today = new Date()) =>
  v.object({
    year: yearSchema(today.getFullYear() + 1),
    title: requiredText(50),
    duration: requiredText(20),
    organisation: requiredText(50),
    goal: optionalText(500),
  });
/** A work experience. */
export type WorkExperience = v.InferOutput<ReturnType<typeof workExperienceSchema>>;
/** A work experience as a form or a caller gives it. */
export type WorkExperienceInput = v.InferInput<ReturnType<typeof workExperienceSchema>>;

/** Cursus interne: a year of studies at the university, read-only. */
export const InternalStudySchema = v.object({
  year: v.string(),
  code: v.string(),
  label: v.string(),
  result: v.nullable(v.string()),
  honours: v.nullable(v.string()),
  grade: v.nullable(v.string()),
  gradeScale: v.nullable(v.string()),
});
/** A year of internal studies. */
export type InternalStudy = v.InferOutput<typeof InternalStudySchema>;

/** A single section as the backend keeps it: its version and its content (`null` until filled). */
export const versioned = <T extends v.GenericSchema>(schema: T) => v.object({ etag: v.string(), data: v.nullable(schema) });
/** A single section and its version. */
export interface Versioned<T> {
  etag: string;
  data: T | null;
}

/** One entry of a list section (post-bac studies, internships, work experiences), with its id and version. */
export const entry = <T extends v.GenericSchema>(schema: T) => v.object({ id: v.string(), etag: v.string(), data: schema });
/** One entry of a list section. */
export interface Entry<T> {
  id: string;
  etag: string;
  data: T;
}

/** The profile at a glance: which tabs are filled, what is missing before applying, which tabs staff lock. */
export const ProfileSummarySchema = v.object({
  filled: v.record(v.string(), v.boolean()),
  missing: v.array(v.object({ tab: v.string(), code: v.string() })),
  readyToApply: v.boolean(),
  /** Tabs read-only for now, because staff are editing them. */
  locked: v.array(v.string()),
});
/** The profile at a glance. */
export type ProfileSummary = v.InferOutput<typeof ProfileSummarySchema>;
