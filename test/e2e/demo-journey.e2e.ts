/**
 * Walks the demo portal (`npm start`) in Chromium as a candidate would, in French and in English:
 * signup with an accented, hyphenated name, the activation mail from the mailbox, activation,
 * login with the mailed login, logout.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACCOUNT, field, openPage, useDemoPortal } from './support.js';

const portal = useDemoPortal();

/** What the demo says after login and how to log out, per language. */
const HOME = {
  fr: {
    welcome: (login: string) => `Bienvenue ÉLOÏSE N'DIAYE-LEFÈVRE. Vous êtes connecté avec le login : ${login}`,
    logOut: 'Déconnexion',
  },
  en: {
    welcome: (login: string) => `Welcome ÉLOÏSE N'DIAYE-LEFÈVRE. You are logged in with the login: ${login}`,
    logOut: 'Log out',
  },
};
const JOURNEYS = { fr: { ...ACCOUNT.fr, ...HOME.fr }, en: { ...ACCOUNT.en, ...HOME.en } };

describe('the demo portal', () => {
  for (const [locale, words] of Object.entries(JOURNEYS)) {
    it(`runs the account journey in ${locale}: signup, mail, activation, login, logout`, async () => {
      const { page, errors } = await openPage(portal.browser);
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
