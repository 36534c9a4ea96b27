/**
 * Walks the demo portal (`npm start`) in Chromium as a candidate would, in French and in English:
 * signup with an accented, hyphenated name, the activation mail from the mailbox, activation,
 * login with the mailed login, logout.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useDemoPortal } from './support.js';

const portal = useDemoPortal();

const JOURNEYS = {
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
    welcome: (login: string) => `Bienvenue ÉLOÏSE N'DIAYE-LEFÈVRE. Vous êtes connecté avec le login : ${login}`,
    logOut: 'Déconnexion',
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
    welcome: (login: string) => `Welcome ÉLOÏSE N'DIAYE-LEFÈVRE. You are logged in with the login: ${login}`,
    logOut: 'Log out',
  },
};

/** The input labelled `label` (the label's text also holds the required marker `*`). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));

describe('the demo portal', () => {
  for (const [locale, words] of Object.entries(JOURNEYS)) {
    it(`runs the account journey in ${locale}: signup, mail, activation, login, logout`, async () => {
      const page = await portal.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${portal.base}/signup${words.query}`);

      const mail = `eloise.${locale}.${Date.now()}@example.org`;
      const password = 'Cand1dat-2027';
      await field(page, words.lastName).fill("N'Diaye-Lefèvre");
      await field(page, words.firstName).fill('Éloïse');
      await field(page, words.mail).fill(mail);
      await field(page, words.mailConfirmation).fill(mail);
      await field(page, words.password).fill(password);
      await field(page, words.passwordConfirmation).fill(password);
      await page.getByRole('button', { name: words.signup }).click();
      await page.getByRole('heading', { name: words.signupDone }).waitFor();

      await page.getByRole('link', { name: words.mailLink }).click();
      const status = page.getByRole('status').filter({ hasText: words.activated });
      await status.waitFor();
      const login = words.activated.exec(await status.innerText())?.[1] ?? '';
      assert.ok(!new URL(page.url()).searchParams.has('token'), 'the token left the URL');

      await page.getByRole('link', { name: words.logInLink }).click();
      await field(page, words.user).fill(login);
      await field(page, words.password).fill(password);
      await page.getByRole('button', { name: words.logIn, exact: true }).click();
      await page.getByText(words.welcome(login)).waitFor();

      await page.getByRole('button', { name: words.logOut }).click();
      await field(page, words.user).waitFor();
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
