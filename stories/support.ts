/**
 * What the element stories share: the provider around each element, the mock backend in a given
 * failure mode or seeded with an account, the play functions that fill and submit a form, and the
 * theming decorators.
 */
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import { directive, Directive } from 'lit/directive.js';
import { ref } from 'lit/directives/ref.js';
import { expect, waitFor } from 'storybook/test';
import { createMockBackend, type MockBackend, type Scenario } from '../mocks/index.js';
import { LISTS, type AddressInput, type BaccalaureateInput, type Config, type ListInput, type ListName, type PersonalInfoInput, type SessionStore } from '../sdk/index.js';
import type { EcProvider } from '../src/components/provider/provider.js';
import type { Locale } from '../src/translations/translation.js';

/** The args of every element story: the language, given to the provider around the element. */
export interface ElementArgs {
  locale: Locale;
}
/** The args of the elements that read a mailed token. */
export interface TokenArgs extends ElementArgs {
  /** The mailed token; empty in a seeded story: the token of the account the loader created. */
  token: string;
}

type Story = StoryObj<ElementArgs>;
type Play = NonNullable<Story['play']>;

/** `content` inside the provider every element needs, on the mock backend at `/api/`. */
export const inProvider = (locale: Locale, content: TemplateResult) =>
  html`<ec-provider base-url="/api/" locale=${locale}>${content}</ec-provider>`;

/** Meta shared by the element stories: the locale control, French by default. */
export const elementMeta = {
  args: { locale: 'fr' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['fr', 'en'], description: 'The provider’s language (`locale` on `<ec-provider>`).' },
  },
} satisfies Meta<ElementArgs>;

/** The meta of the elements that read a mailed token: `token` as a text control. */
export const tokenMeta = {
  args: { ...elementMeta.args, token: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' },
  argTypes: {
    ...elementMeta.argTypes,
    token: { control: 'text', description: 'The mailed token (`token` attribute); otherwise read from the page’s `?token=`.' },
  },
} satisfies Meta<TokenArgs>;

// ---------------------------------------------------------------------------------------------
// The mock backend of one story

/** The story runs on a fresh reference backend in the failure mode `scenario`. */
export const withScenario = (scenario: Scenario) => ({
  parameters: { msw: { handlers: createMockBackend({ scenario }).handlers } },
});

/** The story runs on a fresh reference backend serving the default configuration with `changes`. */
export const withConfig = (changes: Partial<Config>) => ({
  parameters: { msw: { handlers: createMockBackend({ appUrl: `${location.origin}/`, config: changes }).handlers } },
});

/** What a seeding loader hands to the story (`context.loaded`). */
export interface Seed {
  login?: string;
  password?: string;
  mail?: string;
  token?: string;
}

/** The seed a story's loader created, if any. */
export const seedOf = (context: { loaded: Record<string, unknown> }) => context.loaded as Seed;

/** The story runs on a fresh backend that `seed` fills, through the API, before the story renders. */
export function withSeed(seed: (backend: MockBackend) => Promise<Seed>) {
  const backend = createMockBackend();
  // The project's mswLoader runs first, so these requests already reach this story's backend.
  return { parameters: { msw: { handlers: backend.handlers } }, loaders: [async (): Promise<Seed> => seed(backend)] };
}

const PASSWORD = 'Un-mot-de-passe-1';

/** What candidates type in the stories. */
export const VALUES = {
  login: { login: '21EG9U1F', password: PASSWORD },
  signup: {
    lastName: "N'Diaye-Lefèvre",
    firstName: 'Éloïse',
    mail: 'eloise@example.org',
    mailConfirmation: 'eloise@example.org',
    password: PASSWORD,
    passwordConfirmation: PASSWORD,
  },
  mail: { mail: 'eloise@example.org' },
  newPassword: { password: 'Nouveau-mot-2-passe', passwordConfirmation: 'Nouveau-mot-2-passe' },
};

const DAY = 86_400_000;
let accounts = 0;

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`/api/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`Seeding: POST ${path} answered ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

/** The token of the last link the backend mailed. */
const mailedToken = (backend: MockBackend) => new URL(backend.outbox.at(-1)?.link ?? 'about:blank').searchParams.get('token') ?? '';

/** Seeds: accounts and tokens created through the backend's own API, as a candidate would. */
export const seeds = {
  /** A new account awaiting activation: its activation token. */
  async pendingAccount(backend: MockBackend): Promise<Seed> {
    const mail = `eloise.${++accounts}.${Date.now()}@example.org`;
    await post('account/signup', { ...VALUES.signup, mail, mailConfirmation: mail });
    return { mail, password: PASSWORD, token: mailedToken(backend) };
  },
  /** An activated account: its login, password and activation token. */
  async activatedAccount(backend: MockBackend): Promise<Seed> {
    const seed = await seeds.pendingAccount(backend);
    const { login } = (await post('account/activation', { token: seed.token })) as { login: string };
    return { ...seed, login };
  },
  /** An account whose activation deadline passed: it was deleted, its token expired. */
  async expiredActivation(backend: MockBackend): Promise<Seed> {
    const seed = await seeds.pendingAccount(backend);
    backend.advanceClock(6 * DAY);
    return seed;
  },
  /** A password reset link just mailed: its token. */
  async resetToken(backend: MockBackend): Promise<Seed> {
    const { mail } = await seeds.activatedAccount(backend);
    await post('account/forgotten-credentials', { mail });
    return { mail, token: mailedToken(backend) };
  },
  /** A password reset link mailed three hours ago (they live two). */
  async expiredResetToken(backend: MockBackend): Promise<Seed> {
    const seed = await seeds.resetToken(backend);
    backend.advanceClock(3 * 3_600_000);
    return seed;
  },
};

// ---------------------------------------------------------------------------------------------
// Play functions

/** What a story waits for before it counts as shown. */
export type Outcome = 'form' | 'summary' | 'alert' | 'status' | 'answered' | 'pending';

const said = (root: HTMLElement, role: 'alert' | 'status') =>
  [...root.querySelectorAll(`[role=${role}]`)].some((region) => region.textContent?.trim());
const busy = (root: HTMLElement) => root.querySelector('[aria-busy=true]') !== null;

const OUTCOMES: Record<Outcome, [string, (root: HTMLElement) => boolean]> = {
  form: ['the form is ready', (root) => root.querySelector('form button[type=submit]') !== null],
  summary: ['the error summary shows', (root) => root.querySelector('.ec-summary:not([hidden])') !== null],
  alert: ['an alert says why', (root) => !busy(root) && said(root, 'alert')],
  status: ['the status says it is done', (root) => !busy(root) && said(root, 'status')],
  answered: ['an alert or the status says how it went', (root) => !busy(root) && (said(root, 'alert') || said(root, 'status'))],
  pending: ['the request is on its way', (root) => busy(root) && said(root, 'status')],
};

/** Waits (up to 10 s) until the story shows `outcome`. */
export async function until(root: HTMLElement, outcome: Outcome): Promise<void> {
  const [what, shown] = OUTCOMES[outcome];
  await waitFor(() => expect(shown(root), what).toBe(true), {
    timeout: 10_000,
    onTimeout: () => new Error(`Waited 10 s in vain for this: ${what}.`),
  });
}

/** A play function that waits until the story shows `outcome`. */
export const shows =
  (outcome: Outcome): Play =>
  ({ canvasElement }) =>
    until(canvasElement, outcome);

/** Field values by input `name`, or made from the story's seed. */
type Fields = Record<string, string> | ((seed: Seed) => Record<string, string>);

/** A play function that types `values` into the inputs of those names, submits, and waits for `outcome`. */
export const submit =
  (values: Fields, outcome: Outcome): Play =>
  async (context) => {
    const { canvasElement, userEvent } = context;
    await until(canvasElement, 'form');
    const fields = typeof values === 'function' ? values(seedOf(context)) : values;
    for (const [name, value] of Object.entries(fields)) {
      await userEvent.type(canvasElement.querySelector<HTMLInputElement>(`input[name="${name}"]`)!, value);
    }
    await userEvent.click(canvasElement.querySelector('form button[type=submit]')!);
    await until(canvasElement, outcome);
  };

/** Submits the empty form: every field shows why it is required. */
export const submitEmpty = submit({}, 'summary');

// ---------------------------------------------------------------------------------------------
// Theming

/** A university's brand, set by the host page through the public tokens. */
export const BRAND_THEME = {
  '--ec-color-primary': '#6a1b5d',
  '--ec-color-danger': '#a4161a',
  '--ec-radius-md': '0.75rem',
  '--ec-font-family': "Georgia, 'Times New Roman', serif",
  '--ec-form-max-width': '26rem',
};

/** A dark host page: the elements switch to their dark defaults with the page's `color-scheme`. */
export const DARK_PAGE = {
  'color-scheme': 'dark',
  background: 'Canvas',
  color: 'CanvasText',
  padding: '1rem',
  'min-block-size': '100vh',
  'box-sizing': 'border-box',
};

const styleOf = (declarations: Record<string, string>) =>
  Object.entries(declarations)
    .map(([property, value]) => `${property}: ${value}`)
    .join('; ');

/** Wraps the story in a host element styled with `declarations`. */
export const hostStyle =
  (declarations: Record<string, string>): Decorator =>
  (story) =>
    html`<div class="host-page" style=${styleOf(declarations)}>${story()}</div>`;

/** `story` (its mock backend, say) on a dark host page, full screen. */
export const onDarkPage = <T extends { parameters?: object }>(story: T = {} as T) => ({
  ...story,
  decorators: [hostStyle(DARK_PAGE)],
  parameters: { ...story.parameters, layout: 'fullscreen' },
});

/**
 * The theming and localization stories of a shared set (the profile's tabs, say), each on its own
 * backend from `setup`: `play` in a university's brand and on a dark page, `english` (`play`
 * unless given) in English.
 */
export const themingStories = <T extends { parameters?: object }>(setup: () => T, play: Play, english: Play = play) =>
  ({
    Theming: { ...setup(), decorators: [hostStyle(BRAND_THEME)], play },
    DarkScheme: { ...onDarkPage(setup()), play },
    Localization: { ...setup(), args: { locale: 'en' }, play: english },
  }) satisfies Record<string, Story>;

// ---------------------------------------------------------------------------------------------
// The profile elements: a logged-in candidate

/** A candidate's profile sections, as the candidate would save them. */
export interface Sections {
  personalInfo?: PersonalInfoInput;
  address?: AddressInput;
  baccalaureate?: BaccalaureateInput;
}
/** A profile section's name, as the SDK names it. */
export type SectionKey = keyof Sections;

/** A candidate's entries in the list sections, as the candidate would add them. */
export type Entries = { [N in ListName]?: ListInput[N][] };

/** What the university's systems hold for a candidate, filled with the mock's samples. */
export type Records = 'internalStudies' | 'applications';

const SECTION_PATHS: Record<SectionKey, string> = {
  personalInfo: 'profile/personal-info',
  address: 'profile/address',
  baccalaureate: 'profile/baccalaureate',
};

/**
 * Valid sections with real referential codes: France `100`, Germany `109`, Morocco `350`, Metz
 * `57463` (postal code `57000`, département `057`), Lycée Fabert `0570054Z`; the INE is a valid BEA23.
 */
export const PROFILE = {
  personalInfo: (overrides: Partial<PersonalInfoInput> = {}): PersonalInfoInput => ({
    nationality: '100',
    ine: null,
    civility: 'Mme',
    lastName: VALUES.signup.lastName,
    usageName: null,
    firstName: VALUES.signup.firstName,
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
  }),
  ine: '1234567890V',
  address: (overrides: Partial<AddressInput> = {}): AddressInput => ({
    country: '100',
    postalCode: '57000',
    commune: '57463',
    foreignCity: null,
    line1: '12 rue de Nancy',
    line2: null,
    line3: null,
    ...overrides,
  }),
  foreignAddress: (overrides: Partial<AddressInput> = {}): AddressInput =>
    PROFILE.address({ country: '109', postalCode: null, commune: null, foreignCity: 'Berlin', line1: 'Unter den Linden 6', ...overrides }),
  bac: (overrides: Partial<Extract<BaccalaureateInput, { kind: 'bac' }>> = {}): BaccalaureateInput => ({
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
  }),
  foreignBac: (): BaccalaureateInput => ({
    kind: 'bac',
    year: 2023,
    series: '0031',
    honours: null,
    country: '350',
    department: null,
    commune: null,
    establishment: null,
    specialities: [],
    options: [],
  }),
  noBac: (): BaccalaureateInput => ({ kind: 'none', series: '0000' }),
  /** A first year of CPGE at Lycée Fabert, Metz. */
  externalStudy: (overrides: Partial<ListInput['externalStudies']> = {}): ListInput['externalStudies'] => ({
    country: '100',
    department: '057',
    commune: '57463',
    establishment: '0570054Z',
    year: 2025,
    diplomaType: 'CPGE',
    label: 'MPSI - 1re année',
    result: 'obtained',
    honours: null,
    ...overrides,
  }),
  /** A year of law in Berlin: no département, commune nor establishment abroad. */
  foreignStudy: (): ListInput['externalStudies'] => ({
    country: '109',
    department: null,
    commune: null,
    establishment: null,
    year: 2026,
    diplomaType: 'LIC',
    label: 'Bachelor Rechtswissenschaft - 1. Studienjahr',
    result: 'inProgress',
    honours: null,
  }),
  internship: (overrides: Partial<ListInput['internships']> = {}): ListInput['internships'] => ({
    year: 2025,
    duration: '6 semaines',
    hoursPerWeek: 35,
    organisation: 'Mairie de Metz',
    description: 'Accueil du public au service de l’état civil.',
    ...overrides,
  }),
  workExperience: (overrides: Partial<ListInput['workExperience']> = {}): ListInput['workExperience'] => ({
    year: 2025,
    title: 'Animatrice de centre de loisirs',
    duration: '2 mois',
    organisation: 'Ville de Metz',
    goal: 'Financer mes études.',
    ...overrides,
  }),
};

/** What a candidate's loader hands to the story (`context.loaded`): the account, and the story's own backend. */
export interface Candidate {
  login: string;
  password: string;
  mail: string;
  /** The story's backend, to switch its failure mode or end sessions from a play function. */
  backend: MockBackend;
  /** The failure mode the backend switches to once the page is logged in. */
  scenario?: Scenario;
  /** What happens on the backend just before the page logs in (its clock set back, say). */
  beforeLogin?: (candidate: Candidate) => void;
  /** What happens behind the page's back once it is logged in (a `meanwhile` hook). */
  afterLogin?: (candidate: Candidate) => void;
}

/** The candidate a story's loader created. */
export const candidateOf = (context: { loaded: Record<string, unknown> }) => context.loaded as unknown as Candidate;

/** How a candidate's story sets up the backend. */
export interface CandidateOptions {
  /** Sections the candidate saved before the story (through the API). */
  sections?: Sections;
  /** List entries the candidate added before the story (through the API). */
  entries?: Entries;
  /** Records of the university's the candidate has: internal studies, applications (the mock's samples). */
  records?: Records[];
  /** Tabs staff lock (the mock's `lockTab`). */
  locked?: string[];
  /** Changes to the default configuration. */
  config?: Partial<Config>;
  /** A failure mode the backend switches to once the page is logged in, before the element mounts. */
  scenario?: Scenario;
  /** What happens on the backend just before the page logs in (its clock set back, say). */
  beforeLogin?: (candidate: Candidate) => void;
  /** What happens behind the page's back once it is logged in, before the element mounts (a `meanwhile` hook). */
  afterLogin?: (candidate: Candidate) => void;
}

/** Requests of the candidate's own, outside the page's client: as if from another browser tab. */
async function elsewhere(candidate: Pick<Candidate, 'login' | 'password'>) {
  const { token } = (await post('session', { login: candidate.login, password: candidate.password })) as { token: string };
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  return {
    async save<K extends SectionKey>(name: K, data: NonNullable<Sections[K]>) {
      const path = `/api/${SECTION_PATHS[name]}`;
      const { etag } = (await (await fetch(path, { headers })).json()) as { etag: string };
      const saved = await fetch(path, { method: 'PUT', headers: { ...headers, 'If-Match': etag }, body: JSON.stringify(data) });
      if (!saved.ok) throw new Error(`Seeding: PUT ${path} answered ${saved.status}`);
    },
    async add<N extends ListName>(list: N, data: ListInput[N]) {
      const added = await fetch(`/api/${LISTS[list].path}`, { method: 'POST', headers, body: JSON.stringify(data) });
      if (!added.ok) throw new Error(`Seeding: POST ${LISTS[list].path} answered ${added.status}`);
    },
    /** Replaces the list's entry at `index` with `data`. */
    async edit<N extends ListName>(list: N, index: number, data: ListInput[N]) {
      const { items } = (await (await fetch(`/api/${LISTS[list].path}`, { headers })).json()) as { items: { id: string; etag: string }[] };
      const path = `/api/${LISTS[list].path}/${items[index].id}`;
      const saved = await fetch(path, { method: 'PUT', headers: { ...headers, 'If-Match': items[index].etag }, body: JSON.stringify(data) });
      if (!saved.ok) throw new Error(`Seeding: PUT ${path} answered ${saved.status}`);
    },
  };
}

/** Runs `change` as the candidate from elsewhere (another tab, the registrar), at once: the page's version becomes stale. */
async function changeElsewhere(candidate: Candidate, change: (there: Awaited<ReturnType<typeof elsewhere>>) => Promise<void>): Promise<void> {
  const latency = candidate.backend.latency;
  candidate.backend.latency = 0;
  try {
    await change(await elsewhere(candidate));
  } finally {
    candidate.backend.latency = latency;
  }
}

/** Saves `data` as the candidate's `name` section from elsewhere: the page's version becomes stale. */
export const saveElsewhere = <K extends SectionKey>(candidate: Candidate, name: K, data: NonNullable<Sections[K]>) =>
  changeElsewhere(candidate, (there) => there.save(name, data));

/**
 * The story runs on a fresh backend with an activated account (signed up and activated through
 * the API, as a candidate would) and, if asked, sections already saved and tabs locked. Render it
 * with `asCandidate`, which logs the page in before the element mounts.
 */
export function withCandidate(options: CandidateOptions = {}) {
  const backend = createMockBackend({ appUrl: `${location.origin}/`, config: options.config });
  const loader = async (): Promise<Candidate> => {
    // A story shown again starts over: the last run may have left the backend failing.
    backend.scenario = null;
    backend.latency = 0;
    const { login = '', password = '', mail = '' } = await seeds.activatedAccount(backend);
    const candidate: Candidate = { login, password, mail, backend, scenario: options.scenario, beforeLogin: options.beforeLogin, afterLogin: options.afterLogin };
    const sections = Object.entries(options.sections ?? {}) as [SectionKey, NonNullable<Sections[SectionKey]>][];
    const entries = Object.entries(options.entries ?? {}) as [ListName, ListInput[ListName][]][];
    if (sections.length || entries.length) {
      const there = await elsewhere(candidate);
      for (const [name, data] of sections) await there.save(name, data);
      for (const [list, items] of entries) for (const data of items) await there.add(list, data);
    }
    if (options.records?.includes('internalStudies')) backend.seedInternalStudies(login);
    if (options.records?.includes('applications')) backend.seedApplications(login);
    for (const tab of options.locked ?? []) backend.lockTab(login, tab);
    return candidate;
  };
  return { parameters: { msw: { handlers: backend.handlers } }, loaders: [loader] };
}

/** The latency of the candidate's backend once the story shows: a network's, like the other stories'. */
const CANDIDATE_LATENCY = 300;

/** The page's login, per provider: each provider logs in once, whatever re-renders. */
const logins = new WeakMap<EcProvider, Promise<void>>();

/** Resolves once the provider's own first "who is logged in?" is answered. */
const sessionKnown = (session: SessionStore) =>
  new Promise<void>((resolve) => {
    const stop = session.subscribe((state) => {
      if (state.status === 'unknown') return;
      resolve();
      queueMicrotask(() => stop());
    });
  });

/** Logs `provider`'s session in as `candidate`, then switches the backend to the story's failure mode. */
async function logIn(provider: EcProvider, candidate: Candidate) {
  await provider.updateComplete;
  const session = provider.session!;
  // The provider asks who is logged in as it starts: its "nobody" must not land after the login.
  await sessionKnown(session);
  candidate.beforeLogin?.(candidate);
  await session.login({ login: candidate.login, password: candidate.password });
  candidate.backend.latency = CANDIDATE_LATENCY;
  candidate.backend.scenario = candidate.scenario ?? null;
  candidate.afterLogin?.(candidate);
}

/** Logs `provider` (an `<ec-provider>` or an `<ec-portal>`) in as `candidate`, once whatever re-renders. */
export function loggedIn(provider: EcProvider, candidate: Candidate): Promise<void> {
  let login = logins.get(provider);
  if (!login) logins.set(provider, (login = logIn(provider, candidate)));
  return login;
}

async function mountLoggedIn(provider: EcProvider, candidate: Candidate, content: TemplateResult) {
  await loggedIn(provider, candidate);
  render(content, provider);
}

/**
 * `content` inside the provider, mounted once the provider's session is logged in as the
 * candidate of the story's loader (`withCandidate`): the page's client keeps the bearer token in
 * memory, so the login must go through the provider's session store.
 */
export const asCandidate = (locale: Locale, candidate: Candidate, content: TemplateResult) =>
  html`<ec-provider
    base-url="/api/"
    locale=${locale}
    ${ref((element) => element && void mountLoggedIn(element as EcProvider, candidate, content))}
  ></ec-provider>`;

/**
 * A section form as a host page shows it on its own, under the page's heading (inside
 * `<ec-profile>`, the tab names the panel instead). The heading follows the elements' font token.
 */
const titled = (title: string, content: TemplateResult) =>
  html`<h2 style="font: 700 1.5rem/1.25 var(--ec-font-family, system-ui, sans-serif); margin-block: 0 1rem">${title}</h2>
    ${content}`;

/** The profile's tabs that show on their own: section forms, list tabs and read-only tabs. */
type TabTag = SectionTag | ListTag | RecordsTag;

/**
 * The tab `tag`, made once where it stands in the page: rendered again (the locale control
 * changed), it is the same element, with what the candidate typed; a remount makes a new one.
 * A Lit template takes no tag name from a value (lit/static-html.js is barred): the element is made here.
 */
class TabElement extends Directive {
  #tab?: HTMLElement;

  render(tag: TabTag, locked: boolean) {
    this.#tab ??= document.createElement(tag);
    this.#tab.toggleAttribute('locked', locked);
    return this.#tab;
  }
}
const tabElement = directive(TabElement);

/**
 * A story's render: the tab `tag` under its heading `title` (see `titled`), for the candidate of
 * the story's loader; `locked` as a host marks it while staff edit the tab. A change of locale
 * only changes the provider's language: the tab stays, and so does what was typed in it.
 */
export const tabRender =
  (tag: TabTag, title: Record<Locale, string>, { locked = false } = {}): NonNullable<Story['render']> =>
  ({ locale }, context) =>
    asCandidate(locale, candidateOf(context), titled(title[locale], html`${tabElement(tag, locked)}`));

// ---------------------------------------------------------------------------------------------
// Play functions of the profile's section forms

/** The section forms' tags. */
export type SectionTag = 'ec-personal-info-form' | 'ec-address-form' | 'ec-baccalaureate-form';

/** What a section form shows. */
export type SectionOutcome = 'loading' | 'form' | 'summary' | 'alert' | 'pending' | 'saved' | 'conflict' | 'relogin' | 'locked';

const submitOf = (section: Element) => section.querySelector<HTMLButtonElement>('.ec-section > form > button[type=submit]');
const sectionBusy = (section: Element) => section.querySelector('.ec-section > form[aria-busy=true]') !== null;
const text = (element: Element | null) => element?.textContent?.trim() ?? '';

const SECTION_OUTCOMES: Record<SectionOutcome, [string, (section: Element) => boolean]> = {
  loading: ['the section is loading', (section) => text(section.querySelector('.ec-root > p[role=status]')) !== ''],
  form: ['the form is ready', (section) => submitOf(section) !== null],
  summary: ['the error summary shows', (section) => section.querySelector('.ec-summary:not([hidden])') !== null],
  alert: ['an alert says why', (section) => !sectionBusy(section) && text(section.querySelector('.ec-section > [role=alert], .ec-root > .ec-alert')) !== ''],
  pending: ['the save is on its way', (section) => sectionBusy(section) && text(section.querySelector('.ec-section > [role=status]')) !== ''],
  saved: ['the status says it is saved', (section) => !sectionBusy(section) && text(section.querySelector('.ec-section > .ec-status.ec-success')) !== ''],
  conflict: ['the conflict view shows both versions', (section) => section.querySelector('.ec-conflict table tbody tr') !== null],
  relogin: ['the login form shows in place', (section) => section.querySelector('.ec-relogin ec-login-form form') !== null],
  locked: ['the section says it is locked', (section) => section.querySelector('.ec-note') !== null && submitOf(section)?.getAttribute('aria-disabled') === 'true'],
};

/** Waits (up to `timeout` ms) until `check` holds. */
async function eventually(what: string, check: () => boolean, timeout = 10_000): Promise<void> {
  await waitFor(() => expect(check(), what).toBe(true), { timeout, onTimeout: () => new Error(`Waited ${timeout / 1000} s in vain for this: ${what}.`) });
}

/** The section form `tag` of the story, once it is in the page. */
export async function sectionIn(root: HTMLElement, tag: TabTag): Promise<HTMLElement> {
  await eventually(`<${tag}> is in the page`, () => root.querySelector(tag) !== null);
  return root.querySelector<HTMLElement>(tag)!;
}

/** Waits until the section form shows `outcome`. */
export async function untilSection(section: Element, outcome: SectionOutcome): Promise<void> {
  const [what, shown] = SECTION_OUTCOMES[outcome];
  await eventually(`<${section.localName}>: ${what}`, () => shown(section));
}

/** A play function that waits until the section form `tag` shows `outcome`. */
export const sectionShows =
  (tag: SectionTag, outcome: SectionOutcome): Play =>
  async ({ canvasElement }) =>
    untilSection(await sectionIn(canvasElement, tag), outcome);

type UserEvent = Parameters<Play>[0]['userEvent'];

/**
 * Fills the section's fields as a candidate would, in the order given: a list once the choice is
 * offered (the lists of a cascade load as earlier fields are chosen) — a select's option chosen, a
 * long list's combobox opened and its option clicked —, a radio button by its value, an input
 * cleared then typed.
 */
export async function fillSection(section: Element, values: Record<string, string>, userEvent: UserEvent): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const radio = `input[type=radio][name$="-${name}"][value="${value}"]`;
    const control = () => section.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"], ${radio}`);
    const offered = (field: HTMLInputElement | HTMLSelectElement | null) =>
      field instanceof HTMLSelectElement ? [...field.options].some((option) => option.value === value) : field !== null;
    await eventually(`the field ${name} offers ${value}`, () => offered(control()));
    const field = control()!;
    const combobox = field.closest('.ec-combobox');
    if (combobox) {
      await userEvent.click(combobox.querySelector('[role=combobox]')!);
      const option = () => combobox.querySelector<HTMLElement>(`[role=option][data-code="${value}"]`);
      await eventually(`the list ${name} shows ${value}`, () => option() !== null);
      await userEvent.click(option()!);
    } else if (field instanceof HTMLSelectElement) {
      await userEvent.selectOptions(field, value);
    } else if (field.type === 'radio') {
      await userEvent.click(field);
    } else {
      await userEvent.clear(field);
      if (value) await userEvent.type(field, value);
    }
  }
}

/** What a section story does: the values typed, something that happens before the submit, and what it then shows. */
export interface SectionSave {
  values?: Record<string, string>;
  /** Runs after the typing, before the submit: a failure mode switched on, a newer version saved elsewhere, the session ended. */
  before?: (candidate: Candidate) => void | Promise<void>;
  outcome: SectionOutcome;
}

/** Waits for the section form, types `values`, runs `before`, submits, and waits for `outcome`. */
export async function saveSection(context: Parameters<Play>[0], tag: SectionTag, { values = {}, before, outcome }: SectionSave): Promise<HTMLElement> {
  const { canvasElement, userEvent } = context;
  const section = await sectionIn(canvasElement, tag);
  await untilSection(section, 'form');
  await fillSection(section, values, userEvent);
  await before?.(candidateOf(context));
  await userEvent.click(submitOf(section)!);
  await untilSection(section, outcome);
  return section;
}

/** A play function that saves the section form `tag` (see `saveSection`). */
export const saves =
  (tag: SectionTag, save: SectionSave): Play =>
  async (context) => {
    await saveSection(context, tag, save);
  };

/** Story hooks for `before`: what happens behind the candidate's back. */
export const meanwhile = {
  /** The backend switches to `scenario`. */
  scenario: (scenario: Scenario) => (candidate: Candidate) => {
    candidate.backend.scenario = scenario;
  },
  /** The session ends on the server (the idle timeout, say): the next request answers 401. */
  sessionEnds: (candidate: Candidate) => candidate.backend.state.sessions.clear(),
  /** Another tab saves a newer version of section `name`. */
  savedElsewhere:
    <K extends SectionKey>(name: K, data: NonNullable<Sections[K]>) =>
    (candidate: Candidate) =>
      saveElsewhere(candidate, name, data),
  /** Another tab saves a newer version of the first entry of `list`. */
  entryEditedElsewhere:
    <N extends ListName>(list: N, data: ListInput[N]) =>
    (candidate: Candidate) =>
      changeElsewhere(candidate, (there) => there.edit(list, 0, data)),
};

/** After the in-place login shows: logs in there, and the section saves what was typed. */
export async function logInAgain(context: Parameters<Play>[0], section: Element): Promise<void> {
  const { userEvent } = context;
  const { login, password } = candidateOf(context);
  const form = section.querySelector('.ec-relogin ec-login-form')!;
  await userEvent.type(form.querySelector<HTMLInputElement>('input[name=login]')!, login);
  await userEvent.type(form.querySelector<HTMLInputElement>('input[name=password]')!, password);
  await userEvent.click(form.querySelector<HTMLButtonElement>('form button[type=submit]')!);
  await untilSection(section, 'saved');
}

// ---------------------------------------------------------------------------------------------
// Play functions of the profile's list tabs

/** The list sections' tags: entries the candidate adds, edits and deletes. */
export type ListTag = 'ec-external-studies' | 'ec-internships' | 'ec-work-experience';
/** The read-only tabs' tags: what the university's systems hold. */
export type RecordsTag = 'ec-internal-studies' | 'ec-applications';

/** What a list tab shows. */
export type ListOutcome = 'loading' | 'list' | 'editor' | 'summary' | 'alert' | 'pending' | 'saved' | 'conflict' | 'relogin' | 'locked';

const editorOf = (list: Element) => list.querySelector('.ec-list > .ec-editor');
const addButtonOf = (list: Element) => list.querySelector<HTMLButtonElement>('.ec-list > button');
const entrySubmitOf = (list: Element) => list.querySelector<HTMLButtonElement>('.ec-editor form button[type=submit]');
const entryBusy = (list: Element) => list.querySelector('.ec-editor > form[aria-busy=true]') !== null;
const noteOf = (list: Element) => text(list.querySelector('.ec-list > .ec-status'));

const LIST_OUTCOMES: Record<ListOutcome, [string, (list: Element) => boolean]> = {
  loading: SECTION_OUTCOMES.loading,
  list: ['the list shows', (list) => list.querySelector('.ec-list') !== null],
  editor: ['the entry form is ready', (list) => entrySubmitOf(list) !== null],
  summary: SECTION_OUTCOMES.summary,
  alert: ['an alert says why', (list) => !entryBusy(list) && text(list.querySelector('.ec-editor > [role=alert], .ec-root > .ec-alert')) !== ''],
  pending: ['the save is on its way', (list) => entryBusy(list) && text(list.querySelector('.ec-editor > [role=status]')) !== ''],
  saved: ['the entry form closed and the status says it is saved', (list) => editorOf(list) === null && noteOf(list) !== ''],
  conflict: ['the list shows the saved version, the entry form stays open', (list) => entrySubmitOf(list) !== null && noteOf(list) !== ''],
  relogin: SECTION_OUTCOMES.relogin,
  locked: ['the list says it is locked', (list) => list.querySelector('.ec-note') !== null && addButtonOf(list)?.disabled === true],
};

/** Waits until the list tab shows `outcome`. */
export async function untilList(list: Element, outcome: ListOutcome): Promise<void> {
  const [what, shown] = LIST_OUTCOMES[outcome];
  await eventually(`<${list.localName}>: ${what}`, () => shown(list));
}

/** A play function that waits until the list tab `tag` shows `outcome`, and the text `says` if given. */
export const listShows =
  (tag: ListTag | RecordsTag, outcome: ListOutcome, says?: string): Play =>
  async ({ canvasElement }) => {
    const list = await sectionIn(canvasElement, tag);
    await untilList(list, outcome);
    if (says) await expect(text(list)).toContain(says);
  };

/** The lines of a list tab as a candidate reads them: its entries, or the rows of its table. */
export const linesOf = (list: Element) =>
  [...list.querySelectorAll('.ec-entry > span:first-child, tbody tr')].map((line) => line.textContent?.replace(/\s+/g, ' ').trim() ?? '');

/** A play function: the list tab `tag` shows `lines` (entries or table rows, each containing its text, in order), and the text `says` if given. */
export const listsLines =
  (tag: ListTag | RecordsTag, lines: string[], says?: string): Play =>
  async ({ canvasElement }) => {
    const list = await sectionIn(canvasElement, tag);
    await untilList(list, 'list');
    // Just saved, the list may still be reading the entries again.
    await waitFor(
      async () => {
        const shown = linesOf(list);
        await expect(shown).toHaveLength(lines.length);
        for (const [index, line] of lines.entries()) await expect(shown[index]).toContain(line);
      },
      { timeout: 10_000 },
    );
    if (says) await expect(text(list)).toContain(says);
  };

/** A play function: reading the tab `tag` failed; once the server answers again, "Réessayer" shows its `lines` lines. */
export const retriesRead =
  (tag: ListTag | RecordsTag, lines: number): Play =>
  async (context) => {
    const { canvasElement, userEvent } = context;
    const list = await sectionIn(canvasElement, tag);
    await untilList(list, 'alert');
    candidateOf(context).backend.scenario = null;
    await userEvent.click(list.querySelector<HTMLButtonElement>('.ec-alert button')!);
    await untilList(list, 'list');
    await expect(linesOf(list)).toHaveLength(lines);
  };

/** What a list story does to an entry: which one (none: a new one), the values typed, something before the submit, and what it then shows. */
export interface EntryEdit extends Omit<SectionSave, 'outcome'> {
  outcome: ListOutcome;
  /** The entry edited, by its place in the list; none: "Ajouter". */
  entry?: number;
}

/** Waits for the list, opens the entry form (add, or edit `entry`), types `values`, runs `before`, submits, and waits for `outcome`. */
export async function editEntry(context: Parameters<Play>[0], tag: ListTag, { entry, values = {}, before, outcome }: EntryEdit): Promise<HTMLElement> {
  const { canvasElement, userEvent } = context;
  const list = await sectionIn(canvasElement, tag);
  await untilList(list, 'list');
  const open = entry === undefined ? addButtonOf(list) : list.querySelectorAll('.ec-entry')[entry]?.querySelector('button');
  await userEvent.click(open!);
  await untilList(list, 'editor');
  await fillSection(list, values, userEvent);
  await before?.(candidateOf(context));
  await userEvent.click(entrySubmitOf(list)!);
  await untilList(list, outcome);
  return list;
}

/** A play function that edits an entry of the list tab `tag` (see `editEntry`). */
export const editsEntry =
  (tag: ListTag, edit: EntryEdit): Play =>
  async (context) => {
    await editEntry(context, tag, edit);
  };

/** A play function that submits an empty entry form: each of the `errors` required fields says so. */
export const submitsEmptyEntry =
  (tag: ListTag, errors: number): Play =>
  async (context) => {
    const list = await editEntry(context, tag, { outcome: 'summary' });
    await expect(list.querySelectorAll('.ec-editor .ec-error')).toHaveLength(errors);
    await expect(list.querySelectorAll('.ec-summary li')).toHaveLength(errors);
  };

/** What a candidate types in the section forms (select and radio values are codes). */
export const TYPED = {
  personalInfo: { civility: 'Mme', birthDate: '2006-03-14', birthDepartment: '057', birthCity: 'Metz', mobilePhone: '06 12 34 56 78' },
  personalInfoBadFormats: { ine: '1234567890A', birthDate: '2024-01-01', phone: 'zéro six' },
  address: { postalCode: '57000', commune: '57463', line1: '12 rue de Nancy' },
  foreignAddress: { country: '109', foreignCity: 'Berlin', line1: 'Unter den Linden 6' },
  bac: { year: '2024', series: 'GEN', honours: 'B', department: '057', commune: '57463', establishment: '0570054Z', speciality1: 'MATH', speciality2: 'PHCH' },
  foreignBac: { year: '2023', series: '0031', country: '350' },
  noBac: { bacKind: 'none' },
  externalStudy: { department: '057', commune: '57463', establishment: '0570054Z', year: '2025', diplomaType: 'CPGE', label: 'MPSI - 1re année', result: 'obtained' },
  internship: { year: '2025', duration: '6 semaines', organisation: 'Mairie de Metz', description: 'Accueil du public.' },
  workExperience: { year: '2025', title: 'Animatrice', duration: '2 mois', organisation: 'Ville de Metz' },
};
