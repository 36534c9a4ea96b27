import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

/**
 * The demo portal (`npm start`) on a free port and one Chromium for a test file: `portal.base` and
 * `portal.browser` once `before` ran.
 */
export function useDemoPortal(): { readonly base: string; readonly browser: Browser } {
  let server: ViteDevServer | undefined;
  const portal = { base: '', browser: undefined as unknown as Browser };
  before(async () => {
    // No watcher, no HMR: a file saved during the run must not reload the page (the session lives in its memory).
    server = await createServer({ logLevel: 'error', server: { host: '127.0.0.1', port: 0, hmr: false, watch: null } });
    await server.listen();
    portal.base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
    portal.browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
  });
  after(async () => {
    await portal.browser?.close();
    await server?.close();
  });
  return portal;
}

/** The languages of the portal. */
export type Locale = 'fr' | 'en';

/** The words of the portal's menu, home and account pages, per language. */
export const ACCOUNT = {
  fr: {
    language: 'Français',
    menu: 'Menu principal',
    home: 'Accueil',
    account: 'Mon compte',
    logInMenu: 'Connexion',
    logOut: 'Déconnexion',
    signUpLink: 'Créer un compte',
    welcome: (firstName: string, lastName: string) => `Bienvenue ${firstName} ${lastName}`,
    loggedInAs: (login: string) => `Vous êtes connecté avec le login : ${login}`,
    lastName: 'Nom',
    firstName: 'Prénom',
    mail: 'Adresse mail',
    mailConfirmation: 'Confirmation adresse mail',
    password: 'Mot de passe',
    passwordConfirmation: 'Confirmation du mot de passe',
    signup: 'Créer mon compte',
    signupDone: 'Vérifiez votre messagerie',
    mailLink: 'Création de votre compte eCandidat : ouvrir le lien',
    activated: /Votre login est ([0-9A-Z]{8})/,
    logInLink: 'Me connecter',
    user: 'Utilisateur',
    logIn: 'Connexion',
  },
  en: {
    language: 'English',
    menu: 'Main menu',
    home: 'Home',
    account: 'My account',
    logInMenu: 'Log in',
    logOut: 'Log out',
    signUpLink: 'Create an account',
    welcome: (firstName: string, lastName: string) => `Welcome ${firstName} ${lastName}`,
    loggedInAs: (login: string) => `You are logged in with the login: ${login}`,
    lastName: 'Last name',
    firstName: 'First name',
    mail: 'Mail address',
    mailConfirmation: 'Confirm mail address',
    password: 'Password',
    passwordConfirmation: 'Confirm password',
    signup: 'Create my account',
    signupDone: 'Check your mailbox',
    mailLink: 'Your eCandidat account : ouvrir le lien',
    activated: /Your login is ([0-9A-Z]{8})/,
    logInLink: 'Log in',
    user: 'User',
    logIn: 'Log in',
  },
} satisfies Record<Locale, unknown>;

/** `text` as a literal part of a regular expression. */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The control labelled `label` in `scope` (the label's text also holds the required marker `*`). */
export const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`));
/** The long list labelled `label` in `scope`, once loaded: an input that filters its list as one types (a native select is a combobox too). */
export const combobox = (scope: Page | Locator, label: string) =>
  scope.getByRole('combobox', { name: new RegExp(`^${escape(label)}( \\*)?$`) }).and(scope.locator('input'));

/** A page of the demo that records every page error and console error. */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return { page, errors };
}

/* ------------------------------------------------------------------------------------------------
 * Hands: the mouse, or the keyboard only
 * --------------------------------------------------------------------------------------------- */

/** How a walk works the page's controls: with the mouse (clicks and fills), or with the keyboard only. */
export interface Hands {
  /** Types `text` in the text or date control `control`. */
  fill(control: Locator, text: string): Promise<void>;
  /** Activates the link or button `target`. */
  press(target: Locator): Promise<void>;
  /** Checks the radio button `radio`. */
  check(radio: Locator): Promise<void>;
  /** Chooses the option labelled `option` in the native select `control`. */
  select(control: Locator, option: string): Promise<void>;
  /** Picks `option` in the long list `control` (a combobox that filters as one types): types it, then chooses it. */
  pick(control: Locator, option: string): Promise<void>;
}

/** The listed options of the combobox `control`. */
async function listOf(control: Locator) {
  return control.page().locator(`[id="${await control.getAttribute('aria-controls')}"]`);
}

/** The mouse: Playwright's fills and clicks. */
export const mouse: Hands = {
  fill: (control, text) => control.fill(text),
  press: (target) => target.click(),
  check: (radio) => radio.check(),
  select: async (control, option) => void (await control.selectOption({ label: option })),
  async pick(control, option) {
    await control.fill(option);
    await (await listOf(control)).getByRole('option', { name: option, exact: true }).click();
  },
};

/** Where the focus is, seen from `target`: on it, before it, after it in the document, or fallen to the page. */
const focusFrom = (target: Locator) =>
  target.evaluate((element) => {
    const active = document.activeElement;
    if (active === element) return 'on';
    if (!active || active === document.body) return 'lost';
    return element.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after';
  });

/**
 * The keyboard only, on `page`: Tab and Shift+Tab to reach a control — from wherever the focus is,
 * which must never have fallen to the page once the walk started — Enter, Space, the arrows, typing.
 */
export function keyboard(page: Page): Hands {
  let started = false;
  /** Tabs (forwards or backwards) until `target` has the focus. */
  const tabTo = async (target: Locator) => {
    await target.waitFor();
    for (let presses = 0; presses < 200; presses++) {
      const where = await focusFrom(target);
      if (where === 'on') return void (started = true);
      assert.ok(!(started && presses === 0 && where === 'lost'), `the focus fell to the page before reaching ${String(target)}`);
      await page.keyboard.press(where === 'after' ? 'Shift+Tab' : 'Tab');
    }
    assert.fail(`Tab never reached ${String(target)}`);
  };
  const type = async (control: Locator, text: string) => {
    await tabTo(control);
    await page.keyboard.press('ControlOrMeta+A');
    if ((await control.getAttribute('type')) !== 'date') return page.keyboard.type(text);
    // A date field takes its day, month and year in the order of the browser's language.
    const [year, month, day] = text.split('-');
    const order = await page.evaluate(() =>
      new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts().map(({ type }) => type),
    );
    for (const part of order) await page.keyboard.type({ year, month, day }[part as 'year'] ?? '');
  };
  return {
    fill: type,
    async press(target) {
      await tabTo(target);
      await page.keyboard.press('Enter');
    },
    async check(radio) {
      // Tab enters a radio group on its checked radio, or its first; the arrows move (and check) within it.
      const name = await radio.getAttribute('name');
      const group = page.locator(`input[type="radio"][name="${name}"]`);
      await tabTo((await group.and(page.locator(':checked')).count()) ? group.and(page.locator(':checked')) : group.first());
      for (let presses = 0; presses < 10 && (await focusFrom(radio)) !== 'on'; presses++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      assert.ok(await radio.isChecked(), `${String(radio)} checked with the keyboard`);
    },
    async select(control, option) {
      await control.locator('option').filter({ hasText: new RegExp(`^${escape(option)}$`) }).waitFor({ state: 'attached' });
      await tabTo(control);
      const [from, to] = await control.evaluate(
        (select: HTMLSelectElement, label) => [select.selectedIndex, [...select.options].findIndex((choice) => choice.label === label)],
        option,
      );
      assert.ok(to >= 0, `${option} is an option of ${String(control)}`);
      for (let index = from; index !== to; index += Math.sign(to - from)) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
      assert.equal(await control.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.label), option);
    },
    async pick(control, option) {
      await type(control, option);
      await (await listOf(control)).getByRole('option', { name: option, exact: true }).waitFor();
      const active = () => control.evaluate((input) => document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.textContent?.trim());
      for (let presses = 0; presses < 50 && (await active()) !== option; presses++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      assert.equal(await control.inputValue(), option, `${option} picked with the keyboard`);
    },
  };
}

/* ------------------------------------------------------------------------------------------------
 * Accessibility
 * --------------------------------------------------------------------------------------------- */

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe on the whole page (axe-core injected once) and asserts it finds no violation; `what` names the view. */
export async function expectAccessible(page: Page, what: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document): Promise<AxeResults> } };
    const { violations } = await axe.run(document);
    return violations.map(({ id, nodes }) => `${id}: ${nodes.map(({ target }) => target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `axe finds nothing on ${what}`);
}

/* ------------------------------------------------------------------------------------------------
 * The account journey, step by step
 * --------------------------------------------------------------------------------------------- */

/** A candidate walking the demo portal in one language with one pair of hands; every view they reach is checked with axe. */
export interface Walk {
  page: Page;
  locale: Locale;
  hands: Hands;
  /** Page errors and console errors so far. */
  errors: string[];
}

/** Opens the demo portal at `path` (`/`, `/#account/address`…) and switches it to `locale` with its language buttons. */
export async function startWalk(browser: Browser, base: string, locale: Locale, how: 'mouse' | 'keyboard', path = '/'): Promise<Walk> {
  const { page, errors } = await openPage(browser);
  await page.goto(`${base}${path}`);
  const walk = { page, locale, hands: how === 'mouse' ? mouse : keyboard(page), errors };
  const language = page.getByRole('button', { name: ACCOUNT[locale].language });
  await walk.hands.press(language);
  await language.and(page.locator('[aria-pressed="true"]')).waitFor();
  return walk;
}

/** The portal's main menu. */
export const menu = ({ page, locale }: Walk) => page.getByRole('navigation', { name: ACCOUNT[locale].menu });

/** The portal's view (what the menu leads to). */
export const view = ({ page }: Walk) => page.locator('ec-portal .ec-view');

/** A new candidate: a mail of their own, a password that meets the policy. */
export function candidate(lastName: string, firstName: string) {
  const ascii = firstName.normalize('NFD').replace(/[^a-z]/gi, '').toLowerCase();
  return { lastName, firstName, mail: `${ascii}.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@example.org`, password: 'Cand1dat-2027' };
}
export type Candidate = ReturnType<typeof candidate>;

/** From the home: the signup form, filled and sent, until it says to check the mailbox. */
export async function signUp(walk: Walk, who: Candidate) {
  const { page, hands } = walk;
  const words = ACCOUNT[walk.locale];
  await expectAccessible(page, 'the home');
  await hands.press(view(walk).getByRole('link', { name: words.signUpLink }));
  await hands.fill(field(page, words.lastName), who.lastName);
  await expectAccessible(page, 'the signup form');
  await hands.fill(field(page, words.firstName), who.firstName);
  await hands.fill(field(page, words.mail), who.mail);
  await hands.fill(field(page, words.mailConfirmation), who.mail);
  await hands.fill(field(page, words.password), who.password);
  await hands.fill(field(page, words.passwordConfirmation), who.password);
  await hands.press(page.getByRole('button', { name: words.signup }));
  await page.getByRole('heading', { name: words.signupDone }).waitFor();
  await expectAccessible(page, 'the signup done');
}

/** Follows the activation mail's link in the demo's mailbox: returns the login the activation gives. */
export async function activateFromMailbox(walk: Walk): Promise<string> {
  const { page } = walk;
  const words = ACCOUNT[walk.locale];
  await walk.hands.press(page.getByRole('link', { name: words.mailLink }));
  const status = page.getByRole('status').filter({ hasText: words.activated });
  await status.waitFor();
  assert.ok(!new URL(page.url()).searchParams.has('token'), 'the token left the URL');
  await expectAccessible(page, 'the activation');
  return words.activated.exec(await status.innerText())?.[1] ?? '';
}

/** From the activation: its link to the login form, then the login: the portal shows its home, with the candidate's name and login. */
export async function logIn(walk: Walk, who: Candidate, login: string) {
  const { page, hands } = walk;
  const words = ACCOUNT[walk.locale];
  await hands.press(view(walk).getByRole('link', { name: words.logInLink }));
  await hands.fill(field(page, words.user), login);
  await expectAccessible(page, 'the login form');
  await hands.fill(field(page, words.password), who.password);
  await hands.press(page.getByRole('button', { name: words.logIn, exact: true }));
  // The account keeps both names upper-cased (as eCandidat does).
  const welcome = words.welcome(who.firstName.toLocaleUpperCase('fr'), who.lastName.toLocaleUpperCase('fr'));
  await view(walk).getByRole('heading', { name: welcome, exact: true }).waitFor();
  await view(walk).getByText(words.loggedInAs(login)).waitFor();
  await expectAccessible(page, 'the home once logged in');
}

/** Logs out with the menu's button: the menu offers the login again, the account no more. */
export async function logOut(walk: Walk) {
  const words = ACCOUNT[walk.locale];
  await walk.hands.press(menu(walk).getByRole('button', { name: words.logOut }));
  await menu(walk).getByRole('link', { name: words.logInMenu }).waitFor();
  assert.equal(await menu(walk).getByRole('link', { name: words.account }).count(), 0, 'no account in the menu once logged out');
  await expectAccessible(walk.page, 'the portal once logged out');
}

/** Signs a new candidate up, activates their account from the mailbox and logs them in. */
export async function signUpAndLogIn(walk: Walk, who: Candidate): Promise<string> {
  await signUp(walk, who);
  const login = await activateFromMailbox(walk);
  await logIn(walk, who, login);
  return login;
}
