import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { useMockBackend } from './helpers.js';
import {
  addTo,
  choices,
  chosen,
  control,
  errorOn,
  errorsAfterSavingFrom,
  fieldMessage,
  fillIn,
  focusPageStart,
  formValues,
  PATIENCE,
  press,
  providerOf,
  save,
  saveButton,
  sectionStatus,
  settled,
  shownFields,
  typeInto,
  type Fill,
} from './profile-helpers.js';
import { describeSectionElement, SAVED, type SectionCase } from './section-suite.js';

const mock = useMockBackend();
const TAG = 'ec-address-form';

/** In Metz: 57000 has one commune, picked at once. */
const IN_METZ: Fill = { 'Code postal': '57000', Commune: 'Metz', Adresse: '1 rue des Récollets' };

/** Every field: a postal code of six communes, one of them chosen, and both address complements. */
const EVERY_FIELD: Fill = {
  'Code postal': '57070',
  Commune: 'Saint-Julien-lès-Metz',
  Adresse: '12 rue de la Gare',
  'Complément d’adresse': 'Bâtiment B',
  'Complément d’adresse (suite)': 'Boîte 42',
};

const FRENCH_FIELDS = ['Pays', 'Code postal', 'Commune', 'Adresse', 'Complément d’adresse', 'Complément d’adresse (suite)'];
const FOREIGN_FIELDS = ['Pays', 'Ville (à l’étranger)', 'Adresse', 'Complément d’adresse', 'Complément d’adresse (suite)'];

/** What the tests every section element must pass expect of this one. */
const SECTION = {
  tag: TAG,
  complete: IN_METZ,
  everyField: EVERY_FIELD,
  theirs: { country: '100', postalCode: '54000', commune: '54395', foreignCity: null, line1: '1 place Stanislas', line2: null, line3: null },
  conflictRow: ['Adresse', '1 place Stanislas', '12 rue de la Gare'],
  conflictChoiceRow: ['Commune', 'Nancy', 'Saint-Julien-lès-Metz'],
  fieldErrors: [
    { name: 'postalCode', label: 'Code postal', error: { code: 'unknown_code' }, message: fieldMessage('unknown_code') },
    { name: 'commune', label: 'Commune', error: { code: 'commune_mismatch' }, message: fieldMessage('commune_mismatch') },
    { name: 'line1', label: 'Adresse', error: { code: 'too_long', params: { limit: 32 } }, message: '32 caractères au maximum.' },
    { name: 'line3', label: 'Complément d’adresse (suite)', error: { code: 'too_long', params: { limit: 32 } }, message: '32 caractères au maximum.' },
  ],
} satisfies SectionCase<'address'>;

describeSectionElement(mock, SECTION, (mountForm) => {
  describe('France or abroad', () => {
    it('by default the country is France, and a French address asks for the postal code and the commune', async () => {
      const el = await mountForm();
      expect(shownFields(el)).to.deep.equal(FRENCH_FIELDS);
      expect(formValues(el)).to.deep.equal({
        Pays: 'France',
        'Code postal': '',
        Commune: '',
        Adresse: '',
        'Complément d’adresse': '',
        'Complément d’adresse (suite)': '',
      });
      expect(choices(el, 'Commune'), 'no commune before a postal code').to.deep.equal([]);
    });

    it('a postal code with one commune picks it at once', async () => {
      const el = await mountForm();
      await typeInto(el, 'Code postal', '57000');
      await waitUntil(() => chosen(el, 'Commune') === 'Metz', 'Metz was not picked', PATIENCE);
      expect(choices(el, 'Commune')).to.deep.equal(['Metz']);
    });

    it('a postal code with several communes lists them, sorted, and picks none', async () => {
      const el = await mountForm();
      await typeInto(el, 'Code postal', '57070');
      await waitUntil(() => choices(el, 'Commune').length > 0, 'the communes did not come', PATIENCE);
      expect(choices(el, 'Commune')).to.deep.equal(['Chieulles', 'Metz', 'Mey', 'Saint-Julien-lès-Metz', 'Vantoux', 'Vany']);
      expect(chosen(el, 'Commune')).to.equal('');
    });

    it('another postal code replaces the communes, and the commune picked with them', async () => {
      const el = await mountForm();
      await typeInto(el, 'Code postal', '57000');
      await waitUntil(() => chosen(el, 'Commune') === 'Metz', 'Metz was not picked', PATIENCE);
      await typeInto(el, 'Code postal', '54000');
      await waitUntil(() => chosen(el, 'Commune') === 'Nancy', 'Nancy was not picked', PATIENCE);
      await typeInto(el, 'Code postal', '57050');
      await waitUntil(() => choices(el, 'Commune').includes('Plappeville'), 'the communes of 57050 did not come', PATIENCE);
      expect(chosen(el, 'Commune'), 'Nancy is not a commune of 57050').to.equal('');
    });

    it('a foreign country asks for the city instead of the postal code and the commune, and saves', async () => {
      const el = await mountForm();
      await fillIn(el, { Pays: 'Belgique' });
      expect(shownFields(el)).to.deep.equal(FOREIGN_FIELDS);
      await fillIn(el, { 'Ville (à l’étranger)': 'Bruxelles', Adresse: 'Rue de la Loi 16' });
      await save(el);
      expect(sectionStatus(el)).to.equal(SAVED);
      const reopened = await addTo(providerOf(el), TAG);
      expect(formValues(reopened)).to.deep.equal({
        Pays: 'Belgique',
        'Ville (à l’étranger)': 'Bruxelles',
        Adresse: 'Rue de la Loi 16',
        'Complément d’adresse': '',
        'Complément d’adresse (suite)': '',
      });
    });

    it('back to France, the postal code and commune typed before are still there', async () => {
      const el = await mountForm();
      await fillIn(el, IN_METZ);
      await fillIn(el, { Pays: 'Belgique' });
      await fillIn(el, { Pays: 'France' });
      expect(formValues(el)).to.include({ 'Code postal': '57000', Commune: 'Metz' });
    });
  });

  describe('messages', () => {
    /** Saves with `values` filled (in Metz unless said) and reads the error each field then shows. */
    const errorsAfterSaving = errorsAfterSavingFrom(mountForm, IN_METZ);

    it('postal code: 5 digits', async () => {
      const street = { Adresse: '1 rue des Récollets' };
      expect(await errorsAfterSaving({ 'Code postal': '570' }, street)).to.deep.equal({ 'Code postal': fieldMessage('postal_code_format') });
      expect(await errorsAfterSaving({ 'Code postal': '57 00' }, street)).to.deep.equal({ 'Code postal': fieldMessage('postal_code_format') });
    });

    it('lengths: each address line 32, the foreign city 32', async () => {
      expect(await errorsAfterSaving({ Adresse: 'a'.repeat(33), 'Complément d’adresse': 'b'.repeat(33), 'Complément d’adresse (suite)': 'c'.repeat(32) })).to.deep.equal({
        Adresse: '32 caractères au maximum.',
        'Complément d’adresse': '32 caractères au maximum.',
        'Complément d’adresse (suite)': '',
      });
      expect(await errorsAfterSaving({ 'Ville (à l’étranger)': 'd'.repeat(33) }, { Pays: 'Belgique', Adresse: 'Rue de la Loi 16' })).to.deep.equal({
        'Ville (à l’étranger)': '32 caractères au maximum.',
      });
    });

    it('required: the postal code and commune in France, the city abroad', async () => {
      const el = await mountForm();
      await save(el);
      expect(['Code postal', 'Commune', 'Adresse'].map((label) => errorOn(el, label))).to.deep.equal(Array(3).fill('Ce champ est obligatoire.'));
      await fillIn(el, { Pays: 'Belgique' });
      expect(errorOn(el, 'Ville (à l’étranger)')).to.equal('Ce champ est obligatoire.');
    });
  });

  it('keyboard only: Tab, typing the postal code (its one commune picked), Space on "Enregistrer"', async () => {
    const el = await mountForm();
    focusPageStart();
    await press('Tab');
    expect(document.activeElement, 'the first field').to.equal(control(el, 'Pays'));
    await press('Tab');
    await sendKeys({ type: '57000' });
    await waitUntil(() => chosen(el, 'Commune') === 'Metz', 'Metz was not picked', PATIENCE);
    await press('Tab');
    expect(document.activeElement).to.equal(control(el, 'Commune'));
    await press('Tab');
    await sendKeys({ type: '1 rue des Récollets' });
    await press('Tab');
    await sendKeys({ type: 'Appartement 3' });
    await press('Tab', 'Tab');
    expect(document.activeElement).to.equal(saveButton(el));
    await press('Space');
    await waitUntil(() => sectionStatus(el) === SAVED, 'not saved', PATIENCE);
    await settled(el);
    const reopened = await addTo(providerOf(el), TAG);
    expect(formValues(reopened)).to.deep.equal({
      Pays: 'France',
      'Code postal': '57000',
      Commune: 'Metz',
      Adresse: '1 rue des Récollets',
      'Complément d’adresse': 'Appartement 3',
      'Complément d’adresse (suite)': '',
    });
  });

  it('keyboard only: ArrowDown picks one of several communes', async () => {
    const el = await mountForm();
    control(el, 'Code postal').focus();
    await sendKeys({ type: '57050' });
    await waitUntil(() => choices(el, 'Commune').length === 5, 'the communes of 57050 did not come', PATIENCE);
    await press('Tab', 'ArrowDown', 'ArrowDown');
    expect(chosen(el, 'Commune')).to.equal('Longeville-lès-Metz');
  });
});
