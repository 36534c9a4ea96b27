/**
 * Valid profile inputs for the reference backend's tests, with real referential codes: France
 * `100`, Metz `57463` (postal code `57000`, département `057`), Lycée Fabert `0570054Z`.
 */
import type {
  AddressInput,
  BaccalaureateInput,
  ExternalStudyInput,
  InternshipInput,
  PersonalInfoInput,
  WorkExperienceInput,
} from '../../sdk/index.js';

/** A valid BEA23 INE (ten digits and their mod-23 key) and another one. */
export const INE = '1234567890V';
export const OTHER_INE = '2345678901E';

/** A French national born in Metz, without an INE yet. */
export const personalInfo = (overrides: Partial<PersonalInfoInput> = {}): PersonalInfoInput => ({
  nationality: '100',
  ine: null,
  civility: 'Mme',
  lastName: 'Dupont',
  usageName: null,
  firstName: 'Élise',
  otherFirstNames: null,
  birthDate: '2006-03-14',
  birthCountry: '100',
  birthDepartment: '057',
  birthCommune: null,
  birthCity: 'Metz',
  language: 'fr',
  phone: null,
  mobilePhone: '06 12 34 56 78',
  ...overrides,
});

/** A German national born in Berlin. */
export const foreignPersonalInfo = (overrides: Partial<PersonalInfoInput> = {}): PersonalInfoInput =>
  personalInfo({ nationality: '109', birthCountry: '109', birthDepartment: null, birthCity: 'Berlin', ...overrides });

/** An address in Metz. */
export const address = (overrides: Partial<AddressInput> = {}): AddressInput => ({
  country: '100',
  postalCode: '57000',
  commune: '57463',
  foreignCity: null,
  line1: '12 rue de Nancy',
  line2: null,
  line3: null,
  ...overrides,
});

/** An address in Berlin. */
export const foreignAddress = (overrides: Partial<AddressInput> = {}): AddressInput =>
  address({ country: '109', postalCode: null, commune: null, foreignCity: 'Berlin', line1: 'Unter den Linden 6', ...overrides });

/** A general bac of 2024 from Lycée Fabert, Metz. */
export const frenchBac = (overrides: Partial<Extract<BaccalaureateInput, { kind: 'bac' }>> = {}): BaccalaureateInput => ({
  kind: 'bac',
  year: 2024,
  series: 'GEN',
  honours: 'B',
  country: '100',
  department: '057',
  commune: '57463',
  establishment: '0570054Z',
  specialities: ['MATH', 'PHCH'],
  options: [],
  ...overrides,
});

/** A Moroccan bac, admitted as equivalent (series `0031`). */
export const foreignBac = (overrides: Partial<Extract<BaccalaureateInput, { kind: 'bac' }>> = {}): BaccalaureateInput =>
  frenchBac({ series: '0031', year: 2023, honours: null, country: '350', department: null, commune: null, establishment: null, specialities: [], ...overrides });

/** "Je n'ai pas le bac", with the default configuration's series. */
export const noBac = (): BaccalaureateInput => ({ kind: 'none', series: '0000' });

/** A preparatory class at Lycée Fabert. */
export const externalStudy = (overrides: Partial<ExternalStudyInput> = {}): ExternalStudyInput => ({
  country: '100',
  department: '057',
  commune: '57463',
  establishment: '0570054Z',
  year: 2025,
  diplomaType: 'CPGE',
  label: 'MPSI',
  result: 'inProgress',
  honours: null,
  ...overrides,
});

/** A six-week internship. */
export const internship = (overrides: Partial<InternshipInput> = {}): InternshipInput => ({
  year: 2024,
  duration: '6 semaines',
  hoursPerWeek: 35,
  organisation: 'Mairie de Metz',
  description: 'Stage au service communication.',
  ...overrides,
});

/** A summer job. */
export const workExperience = (overrides: Partial<WorkExperienceInput> = {}): WorkExperienceInput => ({
  year: 2023,
  title: 'Animatrice',
  duration: '2 mois',
  organisation: 'Centre de loisirs de Metz',
  goal: null,
  ...overrides,
});
