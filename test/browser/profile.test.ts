import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SectionName } from '../../sdk/routes/profile.js';
import '../../src/define/ec-internships.js';
import type { EcProfile } from '../../src/components/profile/profile.js';
import type { EcTabChangeEvent } from '../../src/events/events.js';
import { en as profileEn } from '../../src/translations/profile/en.js';
import { fr as profileFr } from '../../src/translations/profile/fr.js';
import { alertText, useMockBackend } from './helpers.js';
import {
  activePanel,
  badges,
  button,
  countSaves,
  fillIn,
  formValues,
  hasButton,
  missing,
  missingBecomes,
  mountAs,
  newCandidate,
  PATIENCE,
  press,
  save,
  saveButton,
  saveWholeProfile,
  sectionStatus,
  selectedTab,
  settled,
  tab,
  tabName,
  tabs,
  typeInto,
  type Candidate,
  type Fill,
} from './profile-helpers.js';

const mock = useMockBackend();
const { profile: t } = profileFr;

/** The tabs shown: the three sections and, optional, the internships (the only other tab element defined on this page). */
const TABS = ['Informations perso.', 'Adresse', 'Baccalauréat', 'Stages'];
const TAB_NAMES: Record<string, SectionName | 'internships'> = {
  'Informations perso.': 'personalInfo',
  Adresse: 'address',
  Baccalauréat: 'baccalaureate',
  Stages: 'internships',
};

/** "Avant de pouvoir candidater, il vous reste à :" and one line per tab still to fill. */
const stillToFill = (...names: string[]) => [t.missingTitle, ...names.map((name) => t.missing('tab_empty', name))];
const INE_MISSING = t.missing('ine_required', 'Informations perso.');
const COMPLETE = [t.readyToApply];

/** What each tab needs, in France and abroad. */
const FILLS: Record<'france' | 'abroad', Record<SectionName, Fill>> = {
  france: {
    personalInfo: { Civilité: { radio: 'Madame' }, 'Date de naissance': { date: '2005-03-15' }, 'Département de naissance': 'Moselle', 'Ville de naissance': 'METZ' },
    address: { 'Code postal': '57000', Commune: 'Metz', Adresse: '1 rue des Récollets' },
    baccalaureate: { 'Année d’obtention': '2023', 'Série ou type de bac': 'Baccalauréat général', Département: 'Paris', Établissement: 'Lycée Henri-IV' },
  },
  abroad: {
    personalInfo: {
      Nationalité: 'allemande',
      Civilité: { radio: 'Monsieur' },
      'Date de naissance': { date: '2004-06-10' },
      'Pays de naissance': 'Allemagne',
      'Ville de naissance': 'BERLIN',
    },
    address: { Pays: 'Belgique', 'Ville (à l’étranger)': 'Bruxelles', Adresse: 'Rue de la Loi 16' },
    baccalaureate: { Pays: 'Allemagne', 'Année d’obtention': '2022', 'Série ou type de bac': 'Titre étranger admis en équivalence' },
  },
};

/** Clicks a tab (or a button) and waits until the profile and its new panel are at rest. */
async function click(profile: EcProfile, target: HTMLElement) {
  target.click();
  await settled(profile);
}

/** Fills the active tab's section and saves it; waits for the summary to follow. */
async function fillAndSave(profile: EcProfile, values: Fill) {
  const panel = activePanel(profile);
  await fillIn(panel, values);
  await save(panel);
  expect(sectionStatus(panel), alertText(panel)).to.equal(profileFr.profile.saved);
}

/** Each tab's `aria-selected` and `tabindex`, by name. */
const tabStates = (profile: Element) => Object.fromEntries(tabs(profile).map((candidate) => [tabName(candidate), `${candidate.getAttribute('aria-selected')}/${candidate.tabIndex}`]));

describe('<ec-profile>', function () {
  // Journeys through several saves and look-ups: room for a busy machine (no speed is asserted).
  this.timeout(30_000);
  let candidate: Candidate;
  beforeEach(async () => (candidate = await newCandidate(mock)));
  const mountProfile = (attrs: Record<string, string> = {}) => mountAs(candidate, 'ec-profile', { attrs });

  describe('accessibility (axe)', () => {
    it('tabs, badges and what is missing', async () => {
      await expect(await mountProfile()).to.be.accessible();
    });

    it('a tab locked by staff, open', async () => {
      mock.backend.lockTab(candidate.login, 'address');
      await expect(await mountProfile({ tab: 'address' })).to.be.accessible();
    });

    it('the unsaved-changes warning', async () => {
      const profile = await mountProfile();
      await typeInto(activePanel(profile), 'Nom d’usage', 'MARTIN');
      await click(profile, tab(profile, 'Adresse'));
      expect(alertText(profile)).to.include(t.unsavedLeave);
      await expect(profile).to.be.accessible();
    });

    it('a complete file, on another tab', async () => {
      await saveWholeProfile(candidate);
      const profile = await mountProfile({ tab: 'baccalaureate' });
      expect(missing(profile)).to.deep.equal(COMPLETE);
      await expect(profile).to.be.accessible();
    });
  });

  describe('tabs', () => {
    it('in eCandidat’s order, the first one selected and its panel shown', async () => {
      const profile = await mountProfile();
      expect(tabs(profile).map(tabName)).to.deep.equal(TABS);
      expect(selectedTab(profile)).to.deep.equal(['Informations perso.']);
      expect(activePanel(profile).localName).to.equal('ec-personal-info-form');
      const panel = profile.querySelector('[role=tabpanel]:not([hidden])')!;
      expect(panel.getAttribute('aria-labelledby')).to.equal(tab(profile, 'Informations perso.').id);
      expect(tab(profile, 'Informations perso.').getAttribute('aria-controls')).to.equal(panel.id);
    });

    it('the tab attribute selects the tab', async () => {
      const profile = await mountProfile({ tab: 'baccalaureate' });
      expect(selectedTab(profile)).to.deep.equal(['Baccalauréat']);
      expect(activePanel(profile).localName).to.equal('ec-baccalaureate-form');
    });

    it('the other tabs load in the background without moving the open one (moving it would cancel its save)', async () => {
      // Watched from before the mount: the other tabs load while the mount waits for the page to be at rest.
      const removed: Node[] = [];
      const watcher = new MutationObserver((records) => removed.push(...records.flatMap((record) => [...record.removedNodes])));
      watcher.observe(document.body, { childList: true, subtree: true });
      try {
        const profile = await mountProfile({ tab: 'baccalaureate' });
        const open = activePanel(profile);
        const panels = () => [...profile.querySelectorAll('[role=tabpanel]')];
        await waitUntil(() => panels().every((panel) => panel.querySelector('[class*=ec-]')), 'the other tabs never loaded', PATIENCE);
        expect(activePanel(profile)).to.equal(open);
        expect(removed.filter((node) => node === open || node.contains(open))).to.deep.equal([]);
      } finally {
        watcher.disconnect();
      }
    });

    it('a click selects a tab: ec-tab-change carries it and the attribute reflects it', async () => {
      const profile = await mountProfile();
      const changed = oneEvent<EcTabChangeEvent>(profile, 'ec-tab-change');
      tab(profile, 'Adresse').click();
      expect((await changed).tab).to.equal('address');
      await settled(profile);
      expect(profile.getAttribute('tab')).to.equal('address');
      expect(selectedTab(profile)).to.deep.equal(['Adresse']);
      expect(activePanel(profile).localName).to.equal('ec-address-form');
    });

    it('a host setting the attribute moves to that tab', async () => {
      const profile = await mountProfile();
      profile.setAttribute('tab', 'address');
      await settled(profile);
      expect(selectedTab(profile)).to.deep.equal(['Adresse']);
    });

    it('without a tab attribute, the attribute names the tab shown (the first one)', async () => {
      const profile = await mountProfile();
      expect(profile.getAttribute('tab')).to.equal('personalInfo');
    });

    it('an unknown tab falls back to the first one', async () => {
      const profile = await mountProfile({ tab: 'nowhere' });
      expect(selectedTab(profile)).to.deep.equal(['Informations perso.']);
    });

    it('keyboard: ArrowRight, ArrowLeft, Home and End move the selection and the focus, with one tab in the Tab order', async () => {
      const profile = await mountProfile();
      const seen: string[] = [];
      profile.addEventListener('ec-tab-change', (event) => seen.push(event.tab));
      tab(profile, 'Informations perso.').focus();
      const expectOn = async (name: string) => {
        await settled(profile);
        expect(selectedTab(profile), name).to.deep.equal([name]);
        expect(document.activeElement, `focus on ${name}`).to.equal(tab(profile, name));
        expect(tabs(profile).filter((candidateTab) => candidateTab.tabIndex === 0)).to.deep.equal([tab(profile, name)]);
        expect(profile.getAttribute('tab')).to.equal(TAB_NAMES[name]);
      };
      await press('ArrowRight');
      await expectOn('Adresse');
      await press('ArrowRight');
      await expectOn('Baccalauréat');
      await press('End');
      await expectOn('Stages');
      await press('ArrowRight');
      await expectOn('Informations perso.');
      await press('ArrowLeft');
      await expectOn('Stages');
      await press('Home');
      await expectOn('Informations perso.');
      expect(seen).to.deep.equal(['address', 'baccalaureate', 'internships', 'personalInfo', 'internships', 'personalInfo']);
      expect(tabStates(profile)).to.deep.equal({ 'Informations perso.': 'true/0', Adresse: 'false/-1', Baccalauréat: 'false/-1', Stages: 'false/-1' });

      await press('Tab');
      expect(document.activeElement, 'Tab leaves the tab list for the panel').to.equal(profile.querySelector('[role=tabpanel]:not([hidden])'));
    });

    it('keyboard: Enter on "Suivant", Space on "Précédent", Enter on a missing item', async () => {
      const profile = await mountProfile();
      button(profile, t.next).focus();
      await press('Enter');
      await settled(profile);
      expect(selectedTab(profile)).to.deep.equal(['Adresse']);
      button(profile, t.previous).focus();
      await press('Space');
      await settled(profile);
      expect(selectedTab(profile)).to.deep.equal(['Informations perso.']);
      button(profile, t.missing('tab_empty', 'Baccalauréat')).focus();
      await press('Enter');
      await settled(profile);
      expect(selectedTab(profile)).to.deep.equal(['Baccalauréat']);
      expect(hasButton(profile, t.next)).to.equal(true);
    });

    it('"Précédent" is not on the first tab, "Suivant" not on the last', async () => {
      const profile = await mountProfile();
      expect([hasButton(profile, t.previous), hasButton(profile, t.next)]).to.deep.equal([false, true]);
      await click(profile, tab(profile, 'Stages'));
      expect([hasButton(profile, t.previous), hasButton(profile, t.next)]).to.deep.equal([true, false]);
    });
  });

  describe('badges and what is missing', () => {
    it('an empty profile: "à remplir" on the mandatory tabs, "facultatif" on the others, and the mandatory tabs listed', async () => {
      const profile = await mountProfile();
      expect(badges(profile)).to.deep.equal({ 'Informations perso.': t.toFill, Adresse: t.toFill, Baccalauréat: t.toFill, Stages: t.optional });
      expect(missing(profile)).to.deep.equal(stillToFill('Informations perso.', 'Adresse', 'Baccalauréat'));
    });

    it('a tab locked by staff: "verrouillé", the section says why, its fields and save are disabled and it sends nothing', async () => {
      mock.backend.lockTab(candidate.login, 'address');
      const saves = countSaves(mock, 'address');
      const profile = await mountProfile();
      expect(badges(profile)).to.include({ Adresse: t.locked, 'Informations perso.': t.toFill });
      await click(profile, tab(profile, 'Adresse'));
      const panel = activePanel(profile);
      expect(panel.textContent).to.include(t.lockedNote);
      expect(saveButton(panel)).to.have.attribute('aria-disabled', 'true');
      const fields = [...panel.querySelectorAll('input, select, textarea')];
      expect(fields.length).to.be.above(0);
      expect(fields.filter((field) => !field.matches(':disabled')).map((field) => field.getAttribute('name'))).to.deep.equal([]);
      await save(panel);
      saveButton(panel).focus();
      await press('Enter');
      await settled(profile);
      expect(saves.count).to.equal(0);
      expect(sectionStatus(panel)).to.equal('');
    });

    it('from empty to ready to apply, in France: each save updates the badges and the list, the bac then asks for the INE', async () => {
      const profile = await mountProfile();

      await fillAndSave(profile, FILLS.france.personalInfo);
      await missingBecomes(profile, stillToFill('Adresse', 'Baccalauréat'));
      expect(badges(profile)).to.deep.equal({ 'Informations perso.': t.filled, Adresse: t.toFill, Baccalauréat: t.toFill, Stages: t.optional });

      await click(profile, button(profile, t.next));
      expect(selectedTab(profile)).to.deep.equal(['Adresse']);
      await fillAndSave(profile, FILLS.france.address);
      await missingBecomes(profile, stillToFill('Baccalauréat'));
      expect(badges(profile)).to.deep.equal({ 'Informations perso.': t.filled, Adresse: t.filled, Baccalauréat: t.toFill, Stages: t.optional });

      await click(profile, button(profile, t.next));
      await fillAndSave(profile, FILLS.france.baccalaureate);
      // A French national with a French bac from 1995 on must give the INE.
      await missingBecomes(profile, [t.missingTitle, INE_MISSING]);
      expect(badges(profile)).to.deep.equal({ 'Informations perso.': t.filled, Adresse: t.filled, Baccalauréat: t.filled, Stages: t.optional });

      await click(profile, button(profile, INE_MISSING));
      expect(selectedTab(profile)).to.deep.equal(['Informations perso.']);
      await fillAndSave(profile, { 'INE (numéro national étudiant)': '1234567890V' });
      await missingBecomes(profile, COMPLETE);
      expect(badges(profile)).to.deep.equal({ 'Informations perso.': t.filled, Adresse: t.filled, Baccalauréat: t.filled, Stages: t.optional });
    });

    it('from empty to ready to apply, abroad: a foreign national, a foreign address and a foreign bac need no INE', async () => {
      const profile = await mountProfile();
      await fillAndSave(profile, FILLS.abroad.personalInfo);
      await missingBecomes(profile, stillToFill('Adresse', 'Baccalauréat'));
      await click(profile, tab(profile, 'Adresse'));
      await fillAndSave(profile, FILLS.abroad.address);
      await missingBecomes(profile, stillToFill('Baccalauréat'));
      await click(profile, tab(profile, 'Baccalauréat'));
      await fillAndSave(profile, FILLS.abroad.baccalaureate);
      await missingBecomes(profile, COMPLETE);
      expect(badges(profile)).to.deep.equal({ 'Informations perso.': t.filled, Adresse: t.filled, Baccalauréat: t.filled, Stages: t.optional });
      expect(formValues(activePanel(profile))).to.include({ Pays: 'Allemagne', 'Série ou type de bac': 'Titre étranger admis en équivalence' });
    });

    it('"Je n’ai pas le bac" fills the Baccalauréat tab, and needs no INE', async () => {
      const profile = await mountProfile({ tab: 'baccalaureate' });
      await fillAndSave(profile, { 'Votre situation': { radio: t.noBac } });
      await missingBecomes(profile, stillToFill('Informations perso.', 'Adresse'));
      expect(badges(profile)).to.include({ Baccalauréat: t.filled });
    });
  });

  describe('unsaved changes', () => {
    it('leaving asks first: "Rester et enregistrer" stays, "Changer d’onglet sans enregistrer" moves, and the edits are there on return', async () => {
      const profile = await mountProfile();
      const seen: string[] = [];
      profile.addEventListener('ec-tab-change', (event) => seen.push(event.tab));
      const personal = activePanel(profile);
      await typeInto(personal, 'Nom d’usage', 'MARTIN');

      await click(profile, tab(profile, 'Adresse'));
      expect(alertText(profile)).to.include(t.unsavedLeave);
      expect(selectedTab(profile)).to.deep.equal(['Informations perso.']);

      await click(profile, button(profile, t.stay));
      expect(alertText(profile)).not.to.include(t.unsavedLeave);
      expect(selectedTab(profile)).to.deep.equal(['Informations perso.']);
      expect(formValues(personal)).to.include({ 'Nom d’usage': 'MARTIN' });
      expect(seen).to.deep.equal([]);

      await click(profile, button(profile, t.next));
      expect(alertText(profile), 'Suivant asks too').to.include(t.unsavedLeave);
      await click(profile, button(profile, t.leaveAnyway));
      expect(selectedTab(profile)).to.deep.equal(['Adresse']);
      expect(alertText(profile)).not.to.include(t.unsavedLeave);
      expect(seen).to.deep.equal(['address']);

      await click(profile, tab(profile, 'Informations perso.'));
      expect(activePanel(profile)).to.equal(personal);
      expect(formValues(personal)).to.include({ 'Nom d’usage': 'MARTIN' });
      await fillAndSave(profile, FILLS.france.personalInfo);
      expect(formValues(personal)).to.include({ 'Nom d’usage': 'MARTIN' });
    });

    it('the arrow keys ask first too', async () => {
      const profile = await mountProfile();
      await typeInto(activePanel(profile), 'Téléphone', '03 87 00 00 00');
      tab(profile, 'Informations perso.').focus();
      await press('ArrowRight');
      await settled(profile);
      expect(alertText(profile)).to.include(t.unsavedLeave);
      expect(selectedTab(profile)).to.deep.equal(['Informations perso.']);
    });

    it('once saved, leaving does not ask', async () => {
      const profile = await mountProfile();
      await fillAndSave(profile, FILLS.france.personalInfo);
      await click(profile, tab(profile, 'Adresse'));
      expect(selectedTab(profile)).to.deep.equal(['Adresse']);
      expect(alertText(profile)).to.equal('');
    });

    it('the badge of a tab with unsaved changes says so as soon as something is typed', async () => {
      const profile = await mountProfile();
      await typeInto(activePanel(profile), 'Nom d’usage', 'MARTIN');
      await waitUntil(() => badges(profile)['Informations perso.'] === t.unsaved, `the badge stayed "${badges(profile)['Informations perso.']}"`, PATIENCE);
    });
  });

  it('English: with locale="en" the profile speaks English once its strings have loaded', async () => {
    const { profile: tEn } = profileEn;
    const profile = await mountAs(candidate, 'ec-profile', { locale: 'en' });
    expect(profile.querySelector('h2')?.textContent).to.equal(tEn.title);
    expect(badges(profile)).to.deep.equal({ 'Personal info': tEn.toFill, Address: tEn.toFill, Baccalaureate: tEn.toFill, Internships: tEn.optional });
    expect(missing(profile)).to.deep.equal([tEn.missingTitle, ...['Personal info', 'Address', 'Baccalaureate'].map((name) => tEn.missing('tab_empty', name))]);
    expect(hasButton(profile, tEn.next)).to.equal(true);

    const panel = activePanel(profile);
    expect(formValues(panel)).to.include({ Nationality: 'française', 'Country of birth': 'France', 'Language for mails': 'English' });
    await fillIn(panel, { Title: { radio: 'Madame' }, 'Date of birth': { date: '2005-03-15' }, 'Département of birth': 'Moselle', 'City of birth': 'METZ' });
    await save(panel);
    expect(sectionStatus(panel)).to.equal(tEn.saved);
    await missingBecomes(profile, [tEn.missingTitle, ...['Address', 'Baccalaureate'].map((name) => tEn.missing('tab_empty', name))]);
    expect(badges(profile)).to.include({ 'Personal info': tEn.filled });
  });
});
