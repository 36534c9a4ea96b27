/**
 * What the element stories share: the provider around each element, the mock backend in a given
 * failure mode or seeded with an account, the play functions that fill and submit a form, and the
 * theming decorators.
 */
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createMockBackend, type MockBackend, type Scenario } from '../mocks/index.js';
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
