/**
 * Helpers of the e2e profile journeys: Mon compte opened from the portal's menu, what the profile
 * shows (each mandatory tab's badge, the missing list), and the mandatory tabs filled from empty to
 * "ready to apply" — for a candidate in France, and for one from abroad — with the walk's hands,
 * every tab checked with axe.
 */
import assert from 'node:assert/strict';
import { ACCOUNT, combobox, escape, expectAccessible, field, menu, type Locale, type Walk } from './support.js';

/** The words of the profile, per language. */
export const PROFILE = {
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
} satisfies Record<Locale, unknown>;
/** The profile's mandatory tabs. */
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

/** Opens Mon compte from the portal's menu: the profile shows its first tab. */
export async function openAccount(walk: Walk) {
  await walk.hands.press(menu(walk).getByRole('link', { name: ACCOUNT[walk.locale].account }));
  await walk.page.getByRole('heading', { name: PROFILE[walk.locale].title }).waitFor();
  await walk.page.getByRole('tabpanel').waitFor();
}

/** What the profile shows — the badge of each mandatory tab, the missing list (or the ready message) — and its moves. */
export function profile(walk: Walk) {
  const { page, hands } = walk;
  const words = PROFILE[walk.locale];
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
      await expectAccessible(page, `the profile ${step}`);
    },
    /** Saves the visible tab and waits for the status to say so. */
    async save() {
      const panel = page.getByRole('tabpanel');
      await hands.press(panel.getByRole('button', { name: words.save }));
      await panel.getByRole('status').filter({ hasText: words.saved }).waitFor();
    },
    /** Goes to the next tab with the Next button: the route names it, for a deep link. */
    async next(to: Tab) {
      await hands.press(page.getByRole('button', { name: words.next }));
      await page.getByRole('tab', { name: new RegExp(`^${escape(words.tabs[to])}(\\s|$)`), selected: true }).waitFor();
      assert.equal(new URL(page.url()).hash, `#account/${to}`, 'the active tab is in the URL, for a deep link');
    },
    /** Follows an item of the missing list: its tab opens. */
    async follow(item: string, to: Tab) {
      await hands.press(missing.getByRole('button', { name: item }));
      await tab(to).and(page.getByRole('tab', { selected: true })).waitFor();
    },
  };
}

/**
 * A candidate in France, in French: Informations perso. (born in Metz), Adresse (57000 Metz),
 * Baccalauréat (général 2024, Lycée Fabert), then the INE the bac makes required, asked last.
 */
export async function completeInFrance(walk: Walk) {
  const { hands } = walk;
  const words = PROFILE.fr;
  const shell = profile(walk);
  await shell.expect(
    { personalInfo: 'toFill', address: 'toFill', baccalaureate: 'toFill' },
    [words.fillTab(words.tabs.personalInfo), words.fillTab(words.tabs.address), words.fillTab(words.tabs.baccalaureate)],
    'of a new account',
  );

  // Informations perso.: Nom and Prénom come from the account.
  let panel = shell.panel();
  assert.equal((await field(panel, 'Nom').inputValue()).toLocaleLowerCase('fr'), "n'diaye-lefèvre", 'Nom comes from the account');
  assert.equal((await field(panel, 'Prénom').inputValue()).toLocaleLowerCase('fr'), 'éloïse', 'Prénom comes from the account');
  assert.equal(await combobox(panel, 'Nationalité').inputValue(), 'française');
  await hands.check(panel.getByRole('radio', { name: 'Madame' }));
  await hands.fill(field(panel, 'Date de naissance'), '2006-03-14');
  await hands.pick(combobox(panel, 'Département de naissance'), 'Moselle');
  await hands.fill(field(panel, 'Ville de naissance'), 'Metz');
  await hands.fill(field(panel, 'Téléphone portable'), '06 12 34 56 78');
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
  await hands.fill(field(panel, 'Code postal'), '57000');
  await panel.getByRole('combobox', { name: /^Commune/ }).locator('option:checked', { hasText: 'Metz' }).waitFor({ state: 'attached' });
  await hands.fill(field(panel, 'Adresse'), '12 rue de Nancy');
  await shell.save();
  await shell.expect({ personalInfo: 'filled', address: 'filled', baccalaureate: 'toFill' }, [words.fillTab(words.tabs.baccalaureate)], 'after Adresse');

  // Baccalauréat: a general bac of 2024 from Lycée Fabert, Metz, through the cascade.
  await shell.next('baccalaureate');
  panel = shell.panel();
  assert.ok(await panel.getByRole('radio', { name: 'J’ai le bac ou une équivalence' }).isChecked(), 'a bac by default');
  await hands.fill(field(panel, 'Année d’obtention'), '2024');
  await hands.select(field(panel, 'Série ou type de bac'), 'Baccalauréat général');
  await hands.select(field(panel, 'Mention'), 'Bien');
  await hands.pick(combobox(panel, 'Département'), 'Moselle');
  await hands.pick(combobox(panel, 'Commune'), 'Metz');
  await hands.select(field(panel, 'Établissement'), 'Lycée Fabert');
  await hands.select(field(panel, 'Spécialité 1'), 'Mathématiques');
  await hands.select(field(panel, 'Spécialité 2'), 'Physique-chimie');
  await shell.save();
  // A French national with a bac of 2024 must give the INE.
  await shell.expect({ personalInfo: 'filled', address: 'filled', baccalaureate: 'filled' }, [words.giveIne], 'after Baccalauréat');

  // The missing item leads to the tab.
  await shell.follow(words.giveIne, 'personalInfo');
  await hands.fill(field(shell.panel(), 'INE (numéro national étudiant)'), '1234567890V');
  await shell.save();
  await shell.expect({ personalInfo: 'filled', address: 'filled', baccalaureate: 'filled' }, 'ready', 'after the INE');
}

/**
 * A candidate from abroad, in English: Personal info (German, born in Berlin), Address (Berlin:
 * the city instead of postal code and commune), Baccalaureate (a foreign diploma obtained in
 * Germany: no school, no INE).
 */
export async function completeFromAbroad(walk: Walk) {
  const { hands } = walk;
  const words = PROFILE.en;
  const shell = profile(walk);
  await shell.expect(
    { personalInfo: 'toFill', address: 'toFill', baccalaureate: 'toFill' },
    [words.fillTab(words.tabs.personalInfo), words.fillTab(words.tabs.address), words.fillTab(words.tabs.baccalaureate)],
    'of a new account',
  );

  // Personal info: German, born in Berlin: the city instead of the département.
  let panel = shell.panel();
  await hands.pick(combobox(panel, 'Nationality'), 'allemande');
  await hands.check(panel.getByRole('radio', { name: 'Monsieur' }));
  await hands.fill(field(panel, 'Date of birth'), '2005-11-02');
  await hands.pick(combobox(panel, 'Country of birth'), 'Allemagne');
  assert.equal(await field(panel, 'Département of birth').count(), 0, 'no département for a birth abroad');
  await hands.fill(field(panel, 'City of birth'), 'Berlin');
  await hands.select(field(panel, 'Language for mails'), 'English');
  await shell.save();
  await shell.expect(
    { personalInfo: 'filled', address: 'toFill', baccalaureate: 'toFill' },
    [words.fillTab(words.tabs.address), words.fillTab(words.tabs.baccalaureate)],
    'after Personal info',
  );

  // Address: abroad, the city instead of postal code and commune.
  await shell.next('address');
  panel = shell.panel();
  await hands.pick(combobox(panel, 'Country'), 'Allemagne');
  assert.equal(await field(panel, 'Postal code').count(), 0, 'no postal code abroad');
  await hands.fill(field(panel, 'City (abroad)'), 'Berlin');
  await hands.fill(field(panel, 'Address'), 'Unter den Linden 6');
  await hands.fill(field(panel, 'Address line 2'), '10117 Berlin');
  await shell.save();
  await shell.expect({ personalInfo: 'filled', address: 'filled', baccalaureate: 'toFill' }, [words.fillTab(words.tabs.baccalaureate)], 'after Address');

  // Baccalaureate: a foreign diploma admitted as equivalent, obtained in Germany; no INE asked.
  await shell.next('baccalaureate');
  panel = shell.panel();
  await hands.fill(field(panel, 'Year obtained'), '2023');
  await hands.select(field(panel, 'Series or kind of bac'), 'Titre étranger admis en équivalence');
  await hands.pick(combobox(panel, 'Country'), 'Allemagne');
  assert.equal(await field(panel, 'School').count(), 0, 'no French school to pick for a bac abroad');
  await shell.save();
  await shell.expect({ personalInfo: 'filled', address: 'filled', baccalaureate: 'filled' }, 'ready', 'after Baccalaureate');
}
