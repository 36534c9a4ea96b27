import type { Size } from './build.js';

/**
 * Size budget. `brotli`: at most these bytes for everything the entry can load, lazy chunks
 * included. `floorRatio`: what a page loads before the entry works is at most this × the floor.
 */
export interface Budget {
  brotli?: number;
  floorRatio?: number;
}

/**
 * One bundle to measure; `file` is relative to the project root. A `budget` is enforced (the bench
 * and the budget test fail past it); a `target` is a tighter goal not met yet, reported as MISS.
 */
export interface Entry {
  label: string;
  file: string;
  budget?: Budget;
  target?: Budget;
}

/** A page timed in Chromium: `body` is served with `entry`'s bundle; the keystroke makes `field` invalid. */
export interface Page {
  label: string;
  entry: string;
  body: string;
  inputs: number;
  keystroke: { field: string; valid: string; key: string; error: string };
}

/** Our stack with a plain form (perf-anchors.md case e): the yardstick for every other entry. */
export const FLOOR: Entry = { label: 'floor', file: 'scripts/bench/floor/index.ts' };

/** Every bundle measured by `npm run bench` and the budget test. Add a line per element entry. */
export const ENTRIES: Entry[] = [
  FLOOR,
  { label: 'sdk', file: 'scripts/bench/entries/sdk.ts', budget: { brotli: 9216 } },
  // The target is not met yet (about 1.74×): see the README's "Size and speed". The budget keeps it from growing.
  { label: 'login', file: 'scripts/bench/entries/login.ts', budget: { floorRatio: 1.8 }, target: { floorRatio: 1.4 } },
  { label: 'account', file: 'scripts/bench/entries/account.ts', budget: { brotli: 25 * 1024 } },
  { label: 'elements', file: 'scripts/bench/entries/elements.ts', budget: { brotli: 45 * 1024 } },
  { label: 'library', file: 'scripts/bench/entries/library.ts', budget: { brotli: 50 * 1024 } },
];

/** A backend for timing pages: its configuration never arrives, so no network is involved (as for the floor). */
const STUB_BACKEND = `<script type="module">
customElements.whenDefined('ec-provider').then(() => {
  document.querySelector('ec-provider').backend = { platform: { config: () => new Promise(() => {}) }, session: { current: async () => null } };
});
</script>`;

/** Every page with a form, timed side by side in one run. Add a line per element page. */
export const PAGES: Page[] = [
  {
    label: 'floor',
    entry: 'floor',
    body: '<floor-app><floor-signup></floor-signup></floor-app>',
    inputs: 4,
    keystroke: { field: 'input[name=email]', valid: 'ab@cd.ef', key: '@', error: '#email-error' },
  },
  {
    label: 'login',
    entry: 'login',
    body: `<ec-provider><ec-login-form></ec-login-form></ec-provider>${STUB_BACKEND}`,
    inputs: 2,
    keystroke: { field: 'input[name=login]', valid: 'ABCD1234', key: '@', error: '.ec-error' },
  },
];

/**
 * A measured interaction: once `ready` is in the page (shown or not), `act` does one user action (a
 * click or a key), and the time runs from that event to the frame that paints `until`.
 */
export interface Interaction {
  label: string;
  entry: string;
  body: string;
  ready: string;
  act: { click?: string; fill?: [selector: string, text: string]; key?: [selector: string, key: string] };
  until: string;
}

/** A profile backend in the page: answers at once, so the timing is the elements' own. */
const PROFILE_BACKEND = `<script type="module">
const none = () => new Promise(() => {});
const config = { institution: { name: 'U', assistanceUrl: null }, campaign: { code: 'C', label: 'C', opensAt: '2026-01-01T00:00:00Z', closesAt: '2027-01-01T00:00:00Z' },
  signup: { passwordRequired: true, activationDays: 5 }, passwordPolicy: { minLength: 10, digit: true, lowerCase: true, upperCase: true, specialCharacters: '!' },
  cas: null, locales: ['fr'], homeMessages: [], finalRegistrationUrl: null, maintenance: { active: false, until: null, windows: [] },
  profile: { tabs: ['personalInfo', 'address', 'baccalaureate'], mandatoryTabs: ['personalInfo', 'address', 'baccalaureate'], france: '100', birthCommunes: false, ineRequiredForFrench: true, noBaccalaureateSeries: '0000' } };
const list = (items) => async () => items;
const communes = { '57000': [{ code: '57463', label: 'Metz', department: '057', postalCodes: ['57000'] }] };
customElements.whenDefined('ec-provider').then(() => {
  document.querySelector('ec-provider').backend = {
    platform: { config: async () => config },
    session: { current: async () => ({ login: 'AAAAAAAA', firstName: 'A', lastName: 'B', mail: 'a@b.fr', locale: 'fr', expiresAt: '2030-01-01T00:00:00Z' }) },
    account: {},
    profile: { getProfileSummary: async () => ({ filled: {}, missing: [], readyToApply: false, locked: [] }), getSection: async () => ({ etag: '"0"', data: null }) },
    referentials: { countries: list([{ code: '100', label: 'France', nationality: 'française' }]), departments: list([{ code: '057', label: 'Moselle' }]),
      civilities: list([{ code: 'M.', label: 'Monsieur' }]), languages: list([{ code: 'fr', label: 'Français' }]), bacHonours: list([]),
      communes: async ({ postalCode }) => communes[postalCode] ?? [] },
    applications: { listApplications: none },
  };
});
</script>`;

/** Interactions timed in Chromium: they must paint within a frame or so. */
export const INTERACTIONS: Interaction[] = [
  {
    label: 'tab-switch',
    entry: 'elements',
    body: `<ec-provider><ec-profile></ec-profile></ec-provider>${PROFILE_BACKEND}`,
    // Once the profile has loaded: the other tabs load in the background after the first one.
    ready: 'ec-address-form form',
    act: { click: '[role=tab]:nth-child(2)' },
    until: '[role=tabpanel]:not([hidden]) > ec-address-form form',
  },
  {
    label: 'postal-code',
    entry: 'elements',
    body: `<ec-provider><ec-address-form></ec-address-form></ec-provider>${PROFILE_BACKEND}`,
    ready: 'ec-address-form input[name=postalCode]',
    act: { fill: ['input[name=postalCode]', '5700'], key: ['input[name=postalCode]', '0'] },
    until: 'ec-address-form select[name=commune] option[value="57463"]',
  },
];

/** Returns one message per budget that `size` exceeds (empty when it fits). */
export function budgetFailures(size: Size, budget: Budget | undefined, floorBrotli: number): string[] {
  const failures: string[] = [];
  if (budget?.brotli !== undefined && size.totalBrotli > budget.brotli) {
    failures.push(`${size.label}: ${size.totalBrotli} B brotli with lazy chunks > budget ${budget.brotli} B`);
  }
  if (budget?.floorRatio !== undefined && size.brotli > budget.floorRatio * floorBrotli) {
    failures.push(`${size.label}: ${size.brotli} B brotli > ${budget.floorRatio} × floor (${floorBrotli} B)`);
  }
  return failures;
}
