/**
 * The demo portal's routing and credential inputs in Chromium: the browser's back and forward
 * buttons move between views, a deep link opens its profile tab (once logged in), an unknown
 * route shows the home, and the credential inputs live in the document itself — named, with
 * their autocomplete — so password managers see them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PROFILE } from './profile-helpers.js';
import { ACCOUNT, candidate, field, menu, openPage, signUpAndLogIn, startWalk, useDemoPortal, view, type Walk } from './support.js';

const portal = useDemoPortal();
const words = ACCOUNT.fr;

/** The heading of the view shown, once it is `name`; and the hash of the URL then. */
async function shows(walk: Walk, name: string) {
  await view(walk).getByRole('heading', { name, exact: true }).waitFor();
  return new URL(walk.page.url()).hash;
}

/** Whether the page is still the one loaded first (a fragment navigation keeps it; a reload loses the mock backend's memory). */
const samePage = (page: Page) => page.evaluate(() => 'loadedOnce' in window);

describe('the demo portal’s routing', () => {
  it('moves between views with the browser’s back and forward buttons', async () => {
    const walk = await startWalk(portal.browser, portal.base, 'fr', 'mouse');
    assert.equal(await shows(walk, 'Accueil'), '', 'the home by default');
    for (const [link, heading] of [
      ['Assistance', 'Assistance'],
      ['Offre de formation', 'Offre de formation'],
      ['Connexion', 'Connexion'],
    ]) {
      await menu(walk).getByRole('link', { name: link }).click();
      await shows(walk, heading);
    }
    await walk.page.goBack();
    assert.equal(await shows(walk, 'Offre de formation'), '#training-offer');
    await walk.page.goBack();
    assert.equal(await shows(walk, 'Assistance'), '#assistance');
    await menu(walk).getByRole('link', { name: 'Assistance', exact: true }).and(walk.page.locator('[aria-current="page"]')).waitFor();
    await walk.page.goForward();
    assert.equal(await shows(walk, 'Offre de formation'), '#training-offer');
    await walk.page.goForward();
    assert.equal(await shows(walk, 'Connexion'), '#login');
    await field(walk.page, words.user).waitFor();
    assert.deepEqual(walk.errors, [], 'no page error, no console error');
    await walk.page.close();
  });

  it('opens the profile tab a deep link names, once logged in; an unknown route shows the home', async () => {
    const walk = await startWalk(portal.browser, portal.base, 'fr', 'mouse');
    const { page } = walk;
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
    await signUpAndLogIn(walk, candidate("N'Diaye-Lefèvre", 'Éloïse'));

    // Typed in the address bar: only the fragment changes, so the page (and the mock backend in it) stays.
    await page.goto(`${portal.base}/#account/address`);
    await page.getByRole('tab', { name: new RegExp(`^${PROFILE.fr.tabs.address}\\s`), selected: true }).waitFor();
    await field(page.getByRole('tabpanel'), 'Code postal').waitFor();
    assert.ok(await samePage(page), 'a fragment navigation, not a reload');

    await page.goto(`${portal.base}/#nowhere`);
    assert.equal(await shows(walk, words.welcome('ÉLOÏSE', "N'DIAYE-LEFÈVRE")), '#nowhere', 'an unknown route shows the home');
    assert.ok(await samePage(page), 'a fragment navigation, not a reload');
    assert.deepEqual(walk.errors, [], 'no page error, no console error');
    await page.close();
  });

  it('asks an anonymous visitor of a deep link to log in first', async () => {
    const { page, errors } = await openPage(portal.browser);
    await page.goto(`${portal.base}/#account/address`);
    await page.getByRole('heading', { name: 'Connexion', exact: true }).waitFor();
    await field(page, words.user).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('the demo portal’s credential inputs', () => {
  /** Each credential input of the view at `path`: its label, and whether it is in the document, its name and autocomplete. */
  const credentials = async (page: Page, path: string, labels: string[]) => {
    await page.goto(`${portal.base}${path}`);
    return Promise.all(
      labels.map(async (label) => {
        const input = field(page.locator('ec-portal'), label).and(page.locator('input'));
        await input.waitFor();
        return { label, ...(await input.evaluate((element: HTMLInputElement) => ({ inDocument: element.getRootNode() === document, name: element.name, autocomplete: element.autocomplete }))) };
      }),
    );
  };

  it('are in the document itself, named, with their autocomplete: login, signup, new password', async () => {
    const { page, errors } = await openPage(portal.browser);
    assert.deepEqual(await credentials(page, '/#login', ['Utilisateur', 'Mot de passe']), [
      { label: 'Utilisateur', inDocument: true, name: 'login', autocomplete: 'username' },
      { label: 'Mot de passe', inDocument: true, name: 'password', autocomplete: 'current-password' },
    ]);
    assert.deepEqual(await credentials(page, '/#signup', ['Adresse mail', 'Mot de passe', 'Confirmation du mot de passe']), [
      { label: 'Adresse mail', inDocument: true, name: 'mail', autocomplete: 'email' },
      { label: 'Mot de passe', inDocument: true, name: 'password', autocomplete: 'new-password' },
      { label: 'Confirmation du mot de passe', inDocument: true, name: 'passwordConfirmation', autocomplete: 'new-password' },
    ]);
    assert.deepEqual(await credentials(page, '/?token=a-mailed-token#password-reset', ['Nouveau mot de passe']), [
      { label: 'Nouveau mot de passe', inDocument: true, name: 'password', autocomplete: 'new-password' },
    ]);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
