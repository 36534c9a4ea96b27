import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import {
  createClient,
  type Address,
  type Baccalaureate,
  type BacSeries,
  type ClientOptions,
  type Config,
  type EcandidatClient,
  type ExternalStudy,
  type Internship,
  type PersonalInfo,
  type Programme,
  type Session,
  type TrainingOffer,
  type WorkExperience,
} from '../../sdk/index.js';

export const BASE_URL = 'https://ecandidat.test/api/';

export const server = setupServer();

/** Every request that reached the network layer during the current test, handled or not. */
export const sent: { method: string; url: string }[] = [];

/** Starts the mock server for the file's tests, with no handler left over between tests. */
export function useServer(): void {
  before(() => {
    server.listen({ onUnhandledRequest: 'error' });
    server.events.on('request:start', ({ request }) => sent.push({ method: request.method, url: request.url }));
  });
  afterEach(() => {
    server.resetHandlers();
    sent.length = 0;
  });
  after(() => server.close());
}

/** A client of the mock server. */
export const newClient = (options: Omit<ClientOptions, 'baseUrl'> = {}): EcandidatClient =>
  createClient({ baseUrl: BASE_URL, ...options });

/** One request as the handler saw it. */
export interface Seen {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
  /** `Date.now()` when it arrived. */
  at: number;
}

/** How the server answers the n-th call (1-based). */
export type Answer = (call: number) => Response | Promise<Response>;

/**
 * Answers `method path` (under the base URL) with `answers[n - 1]` on the n-th call, the last
 * answer repeating, and records every call.
 */
export function answer(method: 'get' | 'post' | 'delete', path: string, ...answers: Answer[]): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http[method](BASE_URL + path, async ({ request }) => {
      const text = await request.text();
      seen.push({
        method: request.method,
        path: new URL(request.url).pathname,
        headers: request.headers,
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
        at: Date.now(),
      });
      const respond = answers[Math.min(seen.length, answers.length) - 1];
      return respond(seen.length);
    }),
  );
  return seen;
}

/** A JSON answer. */
export const json =
  (body: JsonBodyType, status = 200, headers: Record<string, string> = {}): Answer =>
  () =>
    HttpResponse.json(body, { status, headers });

/** An `application/problem+json` error answer. */
export const problem =
  (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Answer =>
  () =>
    HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

/** An answer without a body. */
export const empty =
  (status: number): Answer =>
  () =>
    new HttpResponse(null, { status });

/** A connection failure. */
export const networkError: Answer = () => HttpResponse.error();

/** An answer that never comes. */
export const never: Answer = async () => {
  await delay('infinite');
  return new HttpResponse(null, { status: 204 });
};

/** The error `promise` rejects with; fails if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return assert.fail('expected the promise to reject');
}

/** Resolves once `condition` holds, polling; fails after `within` ms. */
export async function waitFor(condition: () => boolean, within = 1000, what = 'the condition'): Promise<void> {
  const end = Date.now() + within;
  while (!condition()) {
    if (Date.now() > end) assert.fail(`${what} did not hold within ${within} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A promise and the function that resolves it. */
export function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const inOneHour = () => new Date(Date.now() + 3_600_000).toISOString();

/** A session as the server answers it (without token). */
export const aSession = (overrides: Partial<Session> = {}): Session => ({
  login: '1QJ5A59F',
  firstName: 'ÉLOÏSE',
  lastName: "N'DIAYE-LEFÈVRE",
  mail: 'eloise@example.fr',
  locale: 'fr',
  expiresAt: inOneHour(),
  ...overrides,
});

/** A complete, valid platform configuration. */
export const aConfig = (): Config => ({
  institution: {
    name: 'Université de Lille',
    assistanceUrl: 'https://assistance.univ-lille.fr/',
    assistance: {
      text: { fr: 'Écrivez à la scolarité de votre composante.', en: 'Write to the registrar of your faculty.' },
      contacts: [{ label: { fr: 'Scolarité', en: 'Registrar' }, mail: 'scolarite@univ-lille.fr', phone: '03 20 00 00 00', url: null }],
    },
  },
  campaign: { code: '2025', label: 'Campagne 2025', opensAt: '2025-01-15T09:00:00+01:00', closesAt: '2025-06-30T23:59:00+02:00' },
  signup: { passwordRequired: true, activationDays: 5 },
  passwordPolicy: { minLength: 10, digit: true, lowerCase: true, upperCase: true, specialCharacters: '@#$%^&+=-!*' },
  cas: { label: "Je suis étudiant à l'université", url: 'https://cas.univ-lille.fr/login' },
  locales: ['fr', 'en'],
  profile: { tabs: ['personalInfo', 'address', 'baccalaureate'], mandatoryTabs: ['personalInfo'], france: '100', birthCommunes: false, ineRequiredForFrench: true, noBaccalaureateSeries: null },
  homeMessages: [{ id: 'welcome', text: { fr: 'Bienvenue', en: 'Welcome' } }],
  maintenance: { active: false, until: null, windows: [] },
  finalRegistrationUrl: null,
});

/** A programme of the training offer, open now, with every date set. */
export const aProgramme = (overrides: Partial<Programme> = {}): Programme => ({
  code: 'MDRO1',
  label: 'Master 1 Droit des affaires',
  diplomaType: { code: 'MAST', label: 'Master' },
  dematerialised: true,
  open: true,
  dates: {
    applicationStart: '2025-03-03',
    applicationEnd: '2025-04-30',
    documentsDue: '2025-05-07',
    preAnalysis: '2025-05-12',
    jury: '2025-06-05',
    publication: '2025-06-12',
    confirmationDue: '2025-06-22',
  },
  ...overrides,
});

/** A training offer of two centres, with accents, a ligature and a typographic apostrophe in its labels. */
export const aTrainingOffer = (): TrainingOffer => ({
  centres: [
    {
      code: 'DROIT',
      label: 'Faculté de droit',
      programmes: [
        aProgramme(),
        aProgramme({ code: 'LDRO1', label: 'Licence 1 Droit', diplomaType: { code: 'LIC', label: 'Licence' } }),
        aProgramme({ code: 'DUCRIM', label: 'DU Criminologie', diplomaType: { code: 'DU', label: "DU - Diplôme d'université" }, dematerialised: false }),
      ],
    },
    {
      code: 'ECO',
      label: 'Faculté d’économie',
      programmes: [
        aProgramme({ code: 'MECO1', label: 'Master 1 Économie appliquée', open: false }),
        aProgramme({ code: 'LPOEN', label: 'Licence professionnelle Œnologie et économie du vin', diplomaType: { code: 'LP', label: 'Licence professionnelle' } }),
      ],
    },
  ],
});

/**
 * `answer` for PUT. (`answer` hands its method to msw's `http[method]`, which has `put` too; its
 * type lists only the methods the account and session tests needed.)
 */
export const answerPut = (path: string, ...answers: Answer[]): Seen[] => answer('put' as 'post', path, ...answers);

/** The requests of the current test as `METHOD path?query`, the path relative to the base URL. */
export const requested = (): string[] => sent.map(({ method, url }) => `${method} ${url.startsWith(BASE_URL) ? url.slice(BASE_URL.length) : url}`);

/** Valid personal information, as the schema outputs it (so it is valid input too). */
export const aPersonalInfo = (overrides: Partial<PersonalInfo> = {}): PersonalInfo => ({
  nationality: '100',
  ine: null,
  civility: 'Mme',
  lastName: "N'DIAYE",
  usageName: null,
  firstName: 'ÉLOÏSE',
  otherFirstNames: null,
  birthDate: '2004-03-12',
  birthCountry: '100',
  birthDepartment: '057',
  birthCommune: null,
  birthCity: 'METZ',
  language: 'fr',
  phone: null,
  mobilePhone: '06 12 34 56 78',
  ...overrides,
});

/** A valid French address. */
export const anAddress = (overrides: Partial<Address> = {}): Address => ({
  country: '100',
  postalCode: '57000',
  commune: '57463',
  foreignCity: null,
  line1: '1 rue Serpenoise',
  line2: null,
  line3: null,
  ...overrides,
});

/** A valid French bac (series `GEN`, 2022). */
export const aBac = (overrides: Partial<Extract<Baccalaureate, { kind: 'bac' }>> = {}): Baccalaureate => ({
  kind: 'bac',
  year: 2022,
  series: 'GEN',
  honours: null,
  country: '100',
  department: '057',
  commune: '57463',
  establishment: '0570054Z',
  specialities: ['MATH', 'PHYS'],
  options: [],
  ...overrides,
});

/** A valid French post-bac study. */
export const anExternalStudy = (overrides: Partial<ExternalStudy> = {}): ExternalStudy => ({
  country: '100',
  department: '057',
  commune: '57463',
  establishment: '0573491B',
  year: 2023,
  diplomaType: 'LIC',
  label: 'Licence 1 Informatique',
  result: 'obtained',
  honours: null,
  ...overrides,
});

/** A valid internship. */
export const anInternship = (overrides: Partial<Internship> = {}): Internship => ({
  year: 2023,
  duration: '2 mois',
  hoursPerWeek: 35,
  organisation: 'Mairie de Metz',
  description: 'Accueil du public',
  ...overrides,
});

/** A valid work experience. */
export const aWorkExperience = (overrides: Partial<WorkExperience> = {}): WorkExperience => ({
  year: 2024,
  title: 'Animatrice',
  duration: '3 semaines',
  organisation: 'Centre aéré',
  goal: null,
  ...overrides,
});

/** The bac series `GEN`, which asks French nationals for their INE from 1995 on. */
export const aBacSeries = (overrides: Partial<BacSeries> = {}): BacSeries => ({
  code: 'GEN',
  label: 'Baccalauréat général',
  firstYear: 2021,
  lastYear: null,
  checksIne: true,
  checksIneFrom: 1995,
  ...overrides,
});
