/**
 * Completes the profile in the demo portal (`npm start`) in Chromium as a candidate would, by
 * labels and roles: signup, the activation mail from the mailbox, login, then Informations perso.,
 * Adresse and Baccalauréat from empty to "ready to apply", checking each tab's badge and the
 * missing list after each save — once in France (the INE asked last, as the bac makes it
 * required), once from abroad (an address in Berlin, a foreign bac), in English.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ACCOUNT, combobox, escape, field, openPage, pick, useDemoPortal } from './support.js';

const portal = useDemoPortal();

/** The words of the profile, per language. */
const PROFILE = {
  fr: {
    title: 'Mon compte',
    tabs: { personalInfo: 'Informations perso.', address: 'Adresse', baccalaureate: 'Baccalauréat' },
    toFill: 'à remplir',
    filled: 'complet',
    missingTitle: 'Avant de pouvoir candidater, il vous reste à :',
    fillTab: (tab: string) => `remplir l’onglet ${tab}`,
    giveIne: 'indiquer votre INE (onglet Informations perso.)',
    ready: 'Votre dossier est complet : vous pouvez candidater.',
    save: 'Enregistrer',
    saved: 'Vos informations sont enregistrées.',
    next: 'Suivant',
  },
  en: {
    title: 'My account',
    tabs: { personalInfo: 'Personal info', address: 'Address', baccalaureate: 'Baccalaureate' },
    toFill: 'to fill',
    filled: 'complete',
    missingTitle: 'Before you can apply, you still need to:',
    fillTab: (tab: string) => `fill in the ${tab} tab`,
    giveIne: 'give your INE (Personal info tab)',
    ready: 'Your file is complete: you can apply.',
    save: 'Save',
    saved: 'Your information is saved.',
    next: 'Next',
  },
};
type Locale = keyof typeof PROFILE;
type Tab = keyof (typeof PROFILE)['fr']['tabs'];

/** Polls `read` until it deep-equals `expected` (5 s), then asserts it. */
async function eventually<T>(read: () => Promise<T>, expected: T, what: string) {
  const deadline = Date.now() + 5000;
  let actual = await read();
  while (!isDeepEqual(actual, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    actual = await read();
  }
  assert.deepEqual(actual, expected, what);
}
const isDeepEqual = (a: unknown, b: unknown) => {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
};

/** Signs up, activates from the mailbox and logs in: the candidate lands on their profile. */
async function signUpAndLogIn(page: Page, locale: Locale, lastName: string, firstName: string) {
  const words = ACCOUNT[locale];
  await page.goto(`${portal.base}/signup${words.query}`);
  const ascii = firstName.normalize('NFD').replace(/[^a-z]/gi, '').toLowerCase();
  const mail = `${ascii}.${locale}.${Date.now()}@example.org`;
  const password = 'Cand1dat-2027';
  await field(page, words.lastName).fill(lastName);
  await field(page, words.firstName).fill(firstName);
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

  await page.getByRole('link', { name: words.logInLink }).click();
  await field(page, words.user).fill(login);
  await field(page, words.password).fill(password);
  await page.getByRole('button', { name: words.logIn, exact: true }).click();
  await page.getByRole('heading', { name: PROFILE[locale].title }).waitFor();
}

/** What the profile shows: the badge of each mandatory tab, and the missing list (or the ready message). */
function profile(page: Page, locale: Locale) {
  const words = PROFILE[locale];
  const tab = (name: Tab) => page.getByRole('tab', { name: new RegExp(`^${escape(words.tabs[name])}(\\s|$)`) });
  const badges = async () =>
    Object.fromEntries(
      await Promise.all(
        (Object.keys(words.tabs) as Tab[]).map(async (name) => [name, (await tab(name).locator('.ec-badge').innerText()).trim()] as const),
      ),
    );
  const missing = page.getByRole('status').filter({ hasText: new RegExp(`${escape(words.missingTitle)}|${escape(words.ready)}`) });
  return {
    tab,
    /** The visible tab panel. */
    panel: () => page.getByRole('tabpanel'),
    async expect(badgesExpected: Record<Tab, 'toFill' | 'filled'>, missingExpected: string[] | 'ready', step: string) {
      const expectedBadges = Object.fromEntries(Object.entries(badgesExpected).map(([name, state]) => [name, words[state]]));
      await eventually(badges, expectedBadges, `${step}: the tabs' badges`);
      await eventually(
        async () => (missingExpected === 'ready' ? (await missing.innerText()).trim() : (await missing.getByRole('listitem').allInnerTexts()).map((item) => item.trim())),
        missingExpected === 'ready' ? words.ready : missingExpected,
        `${step}: what is still missing`,
      );
    },
    /** Saves the visible tab and waits for the status to say so. */
    async save() {
      const panel = page.getByRole('tabpanel');
      await panel.getByRole('button', { name: words.save }).click();
      await panel.getByRole('status').filter({ hasText: words.saved }).waitFor();
    },
    /** Goes to the next tab with the Next button. */
    async next(to: Tab) {
      await page.getByRole('button', { name: words.next }).click();
      await page.getByRole('tab', { name: new RegExp(`^${escape(words.tabs[to])}(\\s|$)`), selected: true }).waitFor();
      assert.equal(new URL(page.url()).searchParams.get('tab'), to, 'the active tab is in the URL, for a deep link');
    },
  };
}

describe('the profile in the demo portal', () => {
  it('takes a candidate in France from an empty profile to "ready to apply"', async () => {
    const { page, errors } = await openPage(portal.browser);
    await signUpAndLogIn(page, 'fr', "N'Diaye-Lefèvre", 'Éloïse');
    const words = PROFILE.fr;
    const shell = profile(page, 'fr');
    await shell.expect(
      { personalInfo: 'toFill', address: 'toFill', baccalaureate: 'toFill' },
      [words.fillTab(words.tabs.personalInfo), words.fillTab(words.tabs.address), words.fillTab(words.tabs.baccalaureate)],
      'a new account',
    );

    // Informations perso.: Nom and Prénom come from the account.
    let panel = shell.panel();
    assert.equal((await field(panel, 'Nom').inputValue()).toLocaleLowerCase('fr'), "n'diaye-lefèvre", 'Nom comes from the account');
    assert.equal((await field(panel, 'Prénom').inputValue()).toLocaleLowerCase('fr'), 'éloïse', 'Prénom comes from the account');
    assert.equal(await combobox(panel, 'Nationalité').inputValue(), 'française');
    await panel.getByRole('radio', { name: 'Madame' }).check();
    await field(panel, 'Date de naissance').fill('2006-03-14');
    await pick(panel, 'Département de naissance', 'Moselle');
    await field(panel, 'Ville de naissance').fill('Metz');
    await field(panel, 'Téléphone portable').fill('06 12 34 56 78');
    await shell.save();
    await shell.expect(
      { personalInfo: 'filled', address: 'toFill', baccalaureate: 'toFill' },
      [words.fillTab(words.tabs.address), words.fillTab(words.tabs.baccalaureate)],
      'after Informations perso.',
    );

    // Adresse: 57000 is Metz alone, picked at once.
    await shell.next('address');
    panel = shell.panel();
    assert.equal(await combobox(panel, 'Pays').inputValue(), 'France');
    await field(panel, 'Code postal').fill('57000');
    await panel.getByRole('combobox', { name: /^Commune/ }).locator('option:checked', { hasText: 'Metz' }).waitFor({ state: 'attached' });
    await field(panel, 'Adresse').fill('12 rue de Nancy');
    await shell.save();
    await shell.expect(
      { personalInfo: 'filled', address: 'filled', baccalaureate: 'toFill' },
      [words.fillTab(words.tabs.baccalaureate)],
      'after Adresse',
    );

    // Baccalauréat: a general bac of 2024 from Lycée Fabert, Metz, through the cascade.
    await shell.next('baccalaureate');
    panel = shell.panel();
    assert.ok(await panel.getByRole('radio', { name: 'J’ai le bac ou une équivalence' }).isChecked(), 'a bac by default');
    await field(panel, 'Année d’obtention').fill('2024');
    await field(panel, 'Série ou type de bac').selectOption({ label: 'Baccalauréat général' });
    await field(panel, 'Mention').selectOption({ label: 'Bien' });
    await pick(panel, 'Département', 'Moselle');
    await pick(panel, 'Commune', 'Metz');
    await field(panel, 'Établissement').selectOption({ label: 'Lycée Fabert' });
    await field(panel, 'Spécialité 1').selectOption({ label: 'Mathématiques' });
    await field(panel, 'Spécialité 2').selectOption({ label: 'Physique-chimie' });
    await shell.save();
    // A French national with a bac of 2024 must give the INE.
    await shell.expect({ personalInfo: 'filled', address: 'filled', baccalaureate: 'filled' }, [words.giveIne], 'after Baccalauréat');

    // The missing item leads to the tab.
    await page.getByRole('button', { name: words.giveIne }).click();
    await shell.tab('personalInfo').and(page.getByRole('tab', { selected: true })).waitFor();
    panel = shell.panel();
    await field(panel, 'INE (numéro national étudiant)').fill('1234567890V');
    await shell.save();
    await shell.expect({ personalInfo: 'filled', address: 'filled', baccalaureate: 'filled' }, 'ready', 'after the INE');

    assert.deepEqual(errors, [], 'no page error, no console error');
    await page.close();
  });

  it('takes a candidate from abroad — an address in Berlin, a German bac — to "ready to apply", in English', async () => {
    const { page, errors } = await openPage(portal.browser);
    await signUpAndLogIn(page, 'en', 'Müller', 'Jonas');
    const words = PROFILE.en;
    const shell = profile(page, 'en');
    await shell.expect(
      { personalInfo: 'toFill', address: 'toFill', baccalaureate: 'toFill' },
      [words.fillTab(words.tabs.personalInfo), words.fillTab(words.tabs.address), words.fillTab(words.tabs.baccalaureate)],
      'a new account',
    );

    // Personal info: German, born in Berlin: the city instead of the département.
    let panel = shell.panel();
    await pick(panel, 'Nationality', 'allemande');
    await panel.getByRole('radio', { name: 'Monsieur' }).check();
    await field(panel, 'Date of birth').fill('2005-11-02');
    await pick(panel, 'Country of birth', 'Allemagne');
    assert.equal(await field(panel, 'Département of birth').count(), 0, 'no département for a birth abroad');
    await field(panel, 'City of birth').fill('Berlin');
    await field(panel, 'Language for mails').selectOption({ label: 'English' });
    await shell.save();
    await shell.expect(
      { personalInfo: 'filled', address: 'toFill', baccalaureate: 'toFill' },
      [words.fillTab(words.tabs.address), words.fillTab(words.tabs.baccalaureate)],
      'after Personal info',
    );

    // Address: abroad, the city instead of postal code and commune.
    await shell.next('address');
    panel = shell.panel();
    await pick(panel, 'Country', 'Allemagne');
    assert.equal(await field(panel, 'Postal code').count(), 0, 'no postal code abroad');
    await field(panel, 'City (abroad)').fill('Berlin');
    await field(panel, 'Address').fill('Unter den Linden 6');
    await field(panel, 'Address line 2').fill('10117 Berlin');
    await shell.save();
    await shell.expect(
      { personalInfo: 'filled', address: 'filled', baccalaureate: 'toFill' },
      [words.fillTab(words.tabs.baccalaureate)],
      'after Address',
    );

    // Baccalaureate: a foreign diploma admitted as equivalent, obtained in Germany; no INE asked.
    await shell.next('baccalaureate');
    panel = shell.panel();
    await field(panel, 'Year obtained').fill('2023');
    await field(panel, 'Series or kind of bac').selectOption({ label: 'Titre étranger admis en équivalence' });
    await pick(panel, 'Country', 'Allemagne');
    assert.equal(await field(panel, 'School').count(), 0, 'no French school to pick for a bac abroad');
    await shell.save();
    await shell.expect({ personalInfo: 'filled', address: 'filled', baccalaureate: 'filled' }, 'ready', 'after Baccalaureate');

    assert.deepEqual(errors, [], 'no page error, no console error');
    await page.close();
  });
});
