import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
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

/** The words of the account pages, per language. */
export const ACCOUNT = {
  fr: {
    query: '',
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
    query: '?lang=en',
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
};

/** `text` as a literal part of a regular expression. */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The control labelled `label` in `scope` (the label's text also holds the required marker `*`). */
export const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`));
/** The long list labelled `label` in `scope`, once loaded: an input that filters its list as one types (a native select is a combobox too). */
export const combobox = (scope: Page | Locator, label: string) =>
  scope.getByRole('combobox', { name: new RegExp(`^${escape(label)}( \\*)?$`) }).and(scope.locator('input'));

/** Picks `option` in the long list labelled `label` as a person does: types it, then clicks it in the list. */
export async function pick(scope: Page | Locator, label: string, option: string) {
  await combobox(scope, label).fill(option);
  await scope.getByRole('option', { name: option, exact: true }).click();
}

/** A page of the demo that records every page error and console error. */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return { page, errors };
}

