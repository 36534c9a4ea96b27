import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fr } from '../../src/translations/fr.js';
import { summary, useMockBackend } from './helpers.js';
import {
  addTo,
  choices,
  chosen,
  control,
  dateKeys,
  describedBy,
  enter,
  errorOn,
  errorsAfterSavingFrom,
  fieldMessage,
  fillIn,
  focusPageStart,
  formValues,
  isoDate,
  newCandidate,
  PATIENCE,
  otherTab,
  press,
  providerOf,
  radio,
  save,
  saveButton,
  sectionStatus,
  settled,
  shows,
  tabTo,
  typeInto,
  type Fill,
} from './profile-helpers.js';
import { describeSectionElement, SAVED, type SectionCase } from './section-suite.js';

const mock = useMockBackend();
const TAG = 'ec-personal-info-form';

/** Born in Metz, in France: what an empty section needs beyond the account's names and the defaults. */
const BORN_IN_METZ: Fill = {
  Civilité: { radio: 'Madame' },
  'Date de naissance': { date: '2005-03-15' },
  'Département de naissance': 'Moselle',
  'Ville de naissance': 'METZ',
};

/** Every field changed or given: a German national born in Berlin, with an INE, a usage name and phones. */
const EVERY_FIELD: Fill = {
  Nationalité: 'allemande',
  'INE (numéro national étudiant)': '123456789AB',
  Civilité: { radio: 'Monsieur' },
  Nom: 'MÜLLER',
  'Nom d’usage': 'MÜLLER-DUPONT',
  Prénom: 'JONAS',
  'Autres prénoms': 'ÉLIE',
  'Date de naissance': { date: '2004-11-30' },
  'Pays de naissance': 'Allemagne',
  'Ville de naissance': 'BERLIN',
  'Langue de correspondance': 'English',
  Téléphone: '+49 30 1234 5678',
  'Téléphone portable': '06 12 34 56 78',
};

/** What the tests every section element must pass expect of this one. */
const SECTION = {
  tag: TAG,
  complete: BORN_IN_METZ,
  everyField: EVERY_FIELD,
  theirs: {
    nationality: '100',
    ine: null,
    civility: 'Mme',
    lastName: 'DUPONT',
    usageName: 'MARTIN',
    firstName: 'ZOË',
    otherFirstNames: null,
    birthDate: '2004-07-01',
    birthCountry: '100',
    birthDepartment: '054',
    birthCommune: null,
    birthCity: 'NANCY',
    language: 'fr',
    phone: null,
    mobilePhone: null,
  },
  conflictRow: ['Nom d’usage', 'MARTIN', 'MÜLLER-DUPONT'],
  conflictChoiceRow: ['Nationalité', 'française', 'allemande'],
  fieldErrors: [
    { name: 'nationality', label: 'Nationalité', error: { code: 'unknown_code' }, message: fieldMessage('unknown_code') },
    { name: 'ine', label: 'INE (numéro national étudiant)', error: { code: 'ine_taken' }, message: fieldMessage('ine_taken') },
    { name: 'civility', label: 'Civilité', error: { code: 'unknown_code' }, message: fieldMessage('unknown_code') },
    { name: 'lastName', label: 'Nom', error: { code: 'too_long', params: { limit: 30 } }, message: '30 caractères au maximum.' },
    { name: 'birthDate', label: 'Date de naissance', error: { code: 'birth_date_too_late' }, message: fieldMessage('birth_date_too_late') },
    { name: 'birthDepartment', label: 'Département de naissance', error: { code: 'unknown_code' }, message: fieldMessage('unknown_code') },
    { name: 'birthCity', label: 'Ville de naissance', error: { code: 'too_long', params: { limit: 30 } }, message: '30 caractères au maximum.' },
    { name: 'language', label: 'Langue de correspondance', error: { code: 'unknown_code' }, message: fieldMessage('unknown_code') },
    { name: 'mobilePhone', label: 'Téléphone portable', error: { code: 'phone_format' }, message: fieldMessage('phone_format') },
  ],
} satisfies SectionCase<'personalInfo'>;

describeSectionElement(mock, SECTION, (mountForm) => {
  describe('prefill', () => {
    it('Nom and Prénom come from the account; nationality and birth country default to France, the language to the page’s', async () => {
      const el = await mountForm();
      expect(formValues(el)).to.deep.equal({
        Nationalité: 'française',
        'INE (numéro national étudiant)': '',
        Civilité: '',
        Nom: 'DUPONT',
        'Nom d’usage': '',
        Prénom: 'ZOË',
        'Autres prénoms': '',
        'Date de naissance': '',
        'Pays de naissance': 'France',
        'Département de naissance': '',
        'Ville de naissance': '',
        'Langue de correspondance': 'Français',
        Téléphone: '',
        'Téléphone portable': '',
      });
    });

    it('once saved, the section shows what was saved, not the account’s names', async () => {
      const el = await mountForm();
      await fillIn(el, { ...BORN_IN_METZ, Nom: 'DUPONT-LAJOIE', 'Nom d’usage': 'LAJOIE' });
      await save(el);
      expect(sectionStatus(el)).to.equal(SAVED);
      const reopened = await addTo(providerOf(el), TAG);
      expect(formValues(reopened)).to.include({ Nom: 'DUPONT-LAJOIE', 'Nom d’usage': 'LAJOIE', Prénom: 'ZOË', Civilité: 'Madame', 'Département de naissance': 'Moselle' });
    });
  });

  describe('rules shown in the form', () => {
    it('born abroad: the département goes and the city of birth is asked; back in France, the département returns', async () => {
      const el = await mountForm();
      expect(shows(el, 'Département de naissance')).to.equal(true);
      await fillIn(el, { 'Pays de naissance': 'Allemagne' });
      expect(shows(el, 'Département de naissance')).to.equal(false);
      expect(shows(el, 'Ville de naissance')).to.equal(true);
      await fillIn(el, { 'Pays de naissance': 'France' });
      expect(shows(el, 'Département de naissance')).to.equal(true);
    });

    it('born abroad: saves without a département', async () => {
      const el = await mountForm();
      await fillIn(el, { Civilité: { radio: 'Madame' }, 'Date de naissance': { date: '2003-01-20' }, 'Pays de naissance': 'Maroc', 'Ville de naissance': 'RABAT' });
      await save(el);
      expect(sectionStatus(el)).to.equal(SAVED);
      const reopened = await addTo(providerOf(el), TAG);
      expect(formValues(reopened)).to.include({ 'Pays de naissance': 'Maroc', 'Ville de naissance': 'RABAT' });
      expect(shows(reopened, 'Département de naissance')).to.equal(false);
    });

    it('where the platform has birth communes: in France the commune of the département is asked (a single one picked at once), abroad the city', async () => {
      mock.backend.state.config.profile.birthCommunes = true;
      const el = await mountForm();
      expect(shows(el, 'Commune de naissance')).to.equal(true);
      expect(shows(el, 'Ville de naissance')).to.equal(false);

      await fillIn(el, { 'Département de naissance': 'Paris' });
      await waitUntil(() => chosen(el, 'Commune de naissance') === 'Paris', 'the only commune of Paris was not picked', PATIENCE);
      await fillIn(el, { 'Département de naissance': 'Moselle' });
      await waitUntil(() => choices(el, 'Commune de naissance').includes('Metz'), 'the communes of Moselle did not come', PATIENCE);
      expect(choices(el, 'Commune de naissance')).to.have.length.above(100);

      await fillIn(el, { 'Pays de naissance': 'Belgique' });
      expect(shows(el, 'Commune de naissance')).to.equal(false);
      expect(shows(el, 'Département de naissance')).to.equal(false);
      expect(shows(el, 'Ville de naissance')).to.equal(true);
    });

    /** Submits with `values` filled (born in Metz) and reads the error each field then shows. */
    const errorsAfterSaving = errorsAfterSavingFrom(mountForm, BORN_IN_METZ);

    it('birth date: from 100 years ago to the day before the 10th birthday', async () => {
      expect(await errorsAfterSaving({ 'Date de naissance': { date: isoDate(-10) } })).to.deep.equal({ 'Date de naissance': 'Vous devez avoir au moins 10 ans.' });
      expect(await errorsAfterSaving({ 'Date de naissance': { date: isoDate(-10, -1) } })).to.deep.equal({ 'Date de naissance': '' });
      expect(await errorsAfterSaving({ 'Date de naissance': { date: isoDate(-100, -1) } })).to.deep.equal({
        'Date de naissance': 'La date de naissance ne peut pas remonter à plus de 100 ans.',
      });
    });

    it('the date field offers only the dates allowed', async () => {
      const el = await mountForm();
      expect(control(el, 'Date de naissance')).to.have.attribute('min', isoDate(-100));
      expect(control(el, 'Date de naissance')).to.have.attribute('max', isoDate(-10, -1));
    });

    it('phones: digits, spaces and + ( ) / . - only', async () => {
      expect(await errorsAfterSaving({ Téléphone: '03 87 12 34 56 p. 12', 'Téléphone portable': '+33 (0)6.12/34-56 78' })).to.deep.equal({
        Téléphone: fieldMessage('phone_format'),
        'Téléphone portable': '',
      });
    });

    it('lengths: Nom 30, Prénom 20, Ville de naissance 30', async () => {
      expect(await errorsAfterSaving({ Nom: 'A'.repeat(31), Prénom: 'B'.repeat(21), 'Ville de naissance': 'C'.repeat(31) })).to.deep.equal({
        Nom: '30 caractères au maximum.',
        Prénom: '20 caractères au maximum.',
        'Ville de naissance': '30 caractères au maximum.',
      });
      expect(await errorsAfterSaving({ Nom: 'A'.repeat(30), Prénom: 'B'.repeat(20), 'Ville de naissance': 'C'.repeat(30) })).to.deep.equal({
        Nom: '',
        Prénom: '',
        'Ville de naissance': '',
      });
    });

    it('INE: a wrong key and ten identical digits are refused; INES and BEA23 with their right key are accepted', async () => {
      const ine = 'INE (numéro national étudiant)';
      expect(await errorsAfterSaving({ [ine]: '1234567890A' })).to.deep.equal({ [ine]: fieldMessage('ine_invalid') });
      expect(await errorsAfterSaving({ [ine]: '1111111111A' })).to.deep.equal({ [ine]: fieldMessage('ine_invalid') });
      expect(await errorsAfterSaving({ [ine]: '1234567890V' })).to.deep.equal({ [ine]: '' });
      expect(await errorsAfterSaving({ [ine]: '123456789ab' })).to.deep.equal({ [ine]: '' });
    });

    it('a field shows its error once left changed, before any save', async () => {
      const el = await mountForm();
      await typeInto(el, 'Téléphone', 'abc');
      expect(errorOn(el, 'Téléphone'), 'while typing').to.equal('');
      await press('Tab');
      await el.updateComplete;
      expect(errorOn(el, 'Téléphone')).to.equal(fieldMessage('phone_format'));
      expect(describedBy(control(el, 'Téléphone'))).to.include(fieldMessage('phone_format'));
      expect(control(el, 'Téléphone')).to.have.attribute('aria-invalid', 'true');
    });

    it('an empty save lists every required field in the summary, each "Ce champ est obligatoire."', async () => {
      const el = await mountForm();
      await enter(el, 'Nom', '');
      await save(el);
      expect(document.activeElement).to.equal(summary(el));
      for (const label of ['Civilité', 'Nom', 'Date de naissance', 'Département de naissance', 'Ville de naissance']) {
        expect(errorOn(el, label), label).to.equal(fr.fieldError('required', {}));
      }
      expect([...summary(el).querySelectorAll('a')]).to.have.length(5);
    });
  });

  it('the mock’s own ine_taken: an INE another candidate gave lands on the INE field', async () => {
    const other = await newCandidate(mock);
    const theirs = await otherTab(other);
    const { etag } = await theirs.profile.getSection('personalInfo');
    await theirs.profile.saveSection(
      'personalInfo',
      {
        nationality: '100',
        ine: '123456789AB',
        civility: 'M.',
        lastName: 'MARTIN',
        usageName: null,
        firstName: 'LÉO',
        otherFirstNames: null,
        birthDate: '2004-02-02',
        birthCountry: '100',
        birthDepartment: '057',
        birthCommune: null,
        birthCity: 'METZ',
        language: 'fr',
        phone: null,
        mobilePhone: null,
      },
      { ifMatch: etag },
    );
    const el = await mountForm();
    await fillIn(el, { ...BORN_IN_METZ, 'INE (numéro national étudiant)': '123 456 789 ab' });
    await save(el);
    expect(errorOn(el, 'INE (numéro national étudiant)')).to.equal(fieldMessage('ine_taken'));
    expect(control(el, 'INE (numéro national étudiant)').value).to.equal('123 456 789 ab');
  });

  it('keyboard only: Tab, typing, Space on a radio, ArrowDown in selects, ArrowDown and Enter in a combobox, Enter on "Enregistrer"', async () => {
    const el = await mountForm();
    focusPageStart();
    await press('Tab');
    expect(document.activeElement, 'the first field').to.equal(control(el, 'Nationalité'));
    await press('Tab');
    await sendKeys({ type: '1234567890v' });
    await press('Tab');
    expect(document.activeElement).to.equal(radio(el, 'Civilité', 'Monsieur'));
    await press('Space');
    expect(radio(el, 'Civilité', 'Monsieur').checked, 'Space checks the focused choice').to.equal(true);
    await press('ArrowDown');
    expect(radio(el, 'Civilité', 'Madame').checked, 'ArrowDown checks the next choice').to.equal(true);
    await press('Tab', 'Tab', 'Tab', 'Tab');
    expect(document.activeElement).to.equal(control(el, 'Autres prénoms'));
    await sendKeys({ type: 'Maëlle' });
    await press('Tab');
    await sendKeys({ type: dateKeys('2006-09-01') });
    await tabTo(el, 'Pays de naissance');
    await press('Tab', 'ArrowDown', 'ArrowDown', 'Enter');
    expect(chosen(el, 'Département de naissance')).to.equal('Aisne');
    await press('Tab');
    await sendKeys({ type: 'Laon' });
    await press('Tab', 'ArrowDown');
    expect(chosen(el, 'Langue de correspondance')).to.equal('English');
    await press('Tab');
    await sendKeys({ type: '03 23 12 34 56' });
    await press('Tab', 'Tab');
    expect(document.activeElement).to.equal(saveButton(el));
    await press('Enter');
    await waitUntil(() => sectionStatus(el) === SAVED, 'not saved', PATIENCE);
    await settled(el);

    const reopened = await addTo(providerOf(el), TAG);
    expect(formValues(reopened)).to.deep.equal({
      Nationalité: 'française',
      'INE (numéro national étudiant)': '1234567890V',
      Civilité: 'Madame',
      Nom: 'DUPONT',
      'Nom d’usage': '',
      Prénom: 'ZOË',
      'Autres prénoms': 'MAËLLE',
      'Date de naissance': '2006-09-01',
      'Pays de naissance': 'France',
      'Département de naissance': 'Aisne',
      'Ville de naissance': 'LAON',
      'Langue de correspondance': 'English',
      Téléphone: '03 23 12 34 56',
      'Téléphone portable': '',
    });
  });
});
