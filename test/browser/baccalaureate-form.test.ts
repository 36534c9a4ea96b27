import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fr as profileFr } from '../../src/translations/profile/fr.js';
import { summary, useMockBackend } from './helpers.js';
import {
  addTo,
  check,
  choices,
  chosen,
  control,
  describedBy,
  errorOn,
  errorsAfterSavingFrom,
  fieldMessage,
  fillIn,
  focusPageStart,
  formValues,
  PATIENCE,
  press,
  providerOf,
  radio,
  rejectSave,
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
const TAG = 'ec-baccalaureate-form';
const THIS_YEAR = new Date().getFullYear();

const SITUATION = 'Votre situation';
const HAS_BAC = profileFr.profile.hasBac;
const NO_BAC = profileFr.profile.noBac;
const YEAR = 'Année d’obtention';
const SERIES = 'Série ou type de bac';
const GENERAL = 'Baccalauréat général';

/** A general bac of 2023 from a lycée of Metz: département → commune (one of 725) → lycée. */
const IN_METZ: Fill = { [YEAR]: '2023', [SERIES]: GENERAL, Département: 'Moselle', Commune: 'Metz', Établissement: 'Lycée Fabert' };

/** Every field: honours, a lycée of Paris (the département's only commune, picked at once), the three specialities. */
const EVERY_FIELD: Fill = {
  [YEAR]: '2022',
  [SERIES]: GENERAL,
  Mention: 'Très bien',
  Département: 'Paris',
  Commune: 'Paris',
  Établissement: 'Lycée Henri-IV',
  'Spécialité 1': 'Mathématiques',
  'Spécialité 2': 'Physique-chimie',
  'Spécialité abandonnée en première': 'Sciences de la vie et de la Terre',
};

const PLACE_IN_FRANCE = ['Pays', 'Département', 'Commune', 'Établissement'];
const SPECIALITIES = ['Spécialité 1', 'Spécialité 2', 'Spécialité abandonnée en première'];

/** What the tests every section element must pass expect of this one. */
const SECTION = {
  tag: TAG,
  complete: IN_METZ,
  everyField: EVERY_FIELD,
  theirs: {
    kind: 'bac',
    year: 2019,
    series: 'S',
    honours: null,
    country: '100',
    department: '054',
    commune: '54395',
    establishment: '0540038Y',
    specialities: [],
    options: [],
  },
  conflictRow: [YEAR, '2019', '2022'],
  conflictChoiceRow: [SERIES, 'Série S - Scientifique', GENERAL],
  fieldErrors: [
    { name: 'year', label: YEAR, error: { code: 'year_too_late', params: { limit: 2022 } }, message: fieldMessage('year_too_late', { limit: 2022 }) },
    { name: 'series', label: SERIES, error: { code: 'series_not_valid_that_year', params: { year: 2023 } }, message: fieldMessage('series_not_valid_that_year') },
    { name: 'honours', label: 'Mention', error: { code: 'unknown_code' }, message: fieldMessage('unknown_code') },
    { name: 'department', label: 'Département', error: { code: 'unknown_code' }, message: fieldMessage('unknown_code') },
    { name: 'commune', label: 'Commune', error: { code: 'commune_mismatch' }, message: fieldMessage('commune_mismatch') },
    { name: 'establishment', label: 'Établissement', error: { code: 'commune_mismatch' }, message: fieldMessage('commune_mismatch') },
  ],
} satisfies SectionCase<'baccalaureate'>;

describeSectionElement(mock, SECTION, (mountForm) => {
  describe('what the form asks', () => {
    it('by default: a bac, obtained in France (département, commune, establishment); no speciality before a series', async () => {
      const el = await mountForm();
      expect(shownFields(el)).to.deep.equal([SITUATION, YEAR, SERIES, 'Mention', ...PLACE_IN_FRANCE]);
      expect(formValues(el)).to.deep.equal({
        [SITUATION]: HAS_BAC,
        [YEAR]: '',
        [SERIES]: '',
        Mention: '',
        Pays: 'France',
        Département: '',
        Commune: '',
        Établissement: '',
      });
    });

    it('"Je n’ai pas le bac" hides the rest, saves, and comes back as chosen', async () => {
      const el = await mountForm();
      await check(el, SITUATION, NO_BAC);
      expect(shownFields(el)).to.deep.equal([SITUATION]);
      await save(el);
      expect(sectionStatus(el)).to.equal(SAVED);
      const reopened = await addTo(providerOf(el), TAG);
      expect(formValues(reopened)).to.deep.equal({ [SITUATION]: NO_BAC });

      await check(reopened, SITUATION, HAS_BAC);
      expect(shownFields(reopened)).to.deep.equal([SITUATION, YEAR, SERIES, 'Mention', ...PLACE_IN_FRANCE]);
    });

    it('the series offered are those valid in the year typed', async () => {
      const el = await mountForm();
      await typeInto(el, YEAR, '2019');
      await settled(el);
      expect(choices(el, SERIES)).to.include('Série S - Scientifique').and.not.to.include(GENERAL);
      await typeInto(el, YEAR, '2023');
      await settled(el);
      expect(choices(el, SERIES)).to.include(GENERAL).and.not.to.include('Série S - Scientifique');
      expect(choices(el, SERIES)).not.to.include('Sans bac');
    });

    it('a series not valid in the new year is dropped; one still valid stays', async () => {
      const el = await mountForm();
      await fillIn(el, { [YEAR]: '2023', [SERIES]: GENERAL });
      await typeInto(el, YEAR, '2019');
      await settled(el);
      expect(chosen(el, SERIES)).to.equal('');
      await fillIn(el, { [SERIES]: 'Baccalauréat professionnel' });
      await typeInto(el, YEAR, '2024');
      await settled(el);
      expect(chosen(el, SERIES)).to.equal('Baccalauréat professionnel');
    });

    it('the general bac asks for its specialities from 2021 on, with those of the year', async () => {
      const el = await mountForm();
      await fillIn(el, { [YEAR]: '2021', [SERIES]: GENERAL });
      expect(shownFields(el).slice(-3)).to.deep.equal(SPECIALITIES);
      expect(choices(el, 'Spécialité 1')).to.include('Mathématiques').and.not.to.include('Éducation physique, pratiques et culture sportives');
      await typeInto(el, YEAR, '2023');
      await settled(el);
      expect(choices(el, 'Spécialité 1')).to.include('Éducation physique, pratiques et culture sportives');
      await fillIn(el, { [SERIES]: 'Baccalauréat professionnel' });
      expect(shownFields(el)).not.to.include('Spécialité 1');
    });

    it('in France: a département with one commune picks it; its establishments are listed, none picked', async () => {
      const el = await mountForm();
      await fillIn(el, { Département: 'Paris' });
      expect(chosen(el, 'Commune')).to.equal('Paris');
      expect(choices(el, 'Établissement')).to.deep.equal(['Lycée Chaptal', 'Lycée Charlemagne', 'Lycée Henri-IV', 'Lycée Louis-le-Grand', 'Lycée Racine', 'Lycée Turgot']);
      expect(chosen(el, 'Établissement')).to.equal('');
    });

    it('in France: a département with many communes lists them; the commune picked lists its establishments', async () => {
      const el = await mountForm();
      expect(choices(el, 'Commune'), 'no commune before a département').to.deep.equal([]);
      await fillIn(el, { Département: 'Moselle' });
      expect(choices(el, 'Commune')).to.include('Metz').and.to.have.length.above(700);
      expect(chosen(el, 'Commune')).to.equal('');
      expect(choices(el, 'Établissement'), 'no establishment before a commune').to.deep.equal([]);
      await fillIn(el, { Commune: 'Metz' });
      expect(choices(el, 'Établissement')).to.deep.equal([
        'Lycée de la Communication',
        'Lycée Fabert',
        'Lycée Georges de La Tour',
        'Lycée Louis Vincent',
        'Lycée Robert Schuman',
      ]);
    });

    it('another département drops the commune and the establishment chosen in the first', async () => {
      const el = await mountForm();
      await fillIn(el, { Département: 'Moselle', Commune: 'Metz', Établissement: 'Lycée Fabert' });
      await fillIn(el, { Département: 'Nord' });
      expect(chosen(el, 'Commune')).to.equal('');
      expect(choices(el, 'Établissement')).to.deep.equal([]);
      await fillIn(el, { Commune: 'Lille' });
      expect(chosen(el, 'Établissement')).to.equal('');
      expect(choices(el, 'Établissement')).to.include('Lycée Faidherbe');
    });

    it('abroad: no département, commune or establishment; a foreign title saves', async () => {
      const el = await mountForm();
      await fillIn(el, { Pays: 'Allemagne' });
      expect(shownFields(el)).to.deep.equal([SITUATION, YEAR, SERIES, 'Mention', 'Pays']);
      await fillIn(el, { [YEAR]: '2022', [SERIES]: 'Titre étranger admis en équivalence' });
      await save(el);
      expect(sectionStatus(el)).to.equal(SAVED);
      const reopened = await addTo(providerOf(el), TAG);
      expect(formValues(reopened)).to.deep.equal({
        [SITUATION]: HAS_BAC,
        [YEAR]: '2022',
        [SERIES]: 'Titre étranger admis en équivalence',
        Mention: '',
        Pays: 'Allemagne',
      });
    });
  });

  describe('messages', () => {
    /** Saves with `values` filled (after a place in Paris) and reads the error each field then shows. */
    const errorsAfterSaving = errorsAfterSavingFrom(mountForm, { Département: 'Paris', Établissement: 'Lycée Chaptal' });

    it('year: a year that is not digits says only that (not also "before 1900")', async () => {
      expect(await errorsAfterSaving({ [YEAR]: '20a4' })).to.deep.equal({ [YEAR]: fieldMessage('year_format') });
    });

    it('year: from 1900 to this year', async () => {
      expect(await errorsAfterSaving({ [YEAR]: '1899' })).to.deep.equal({ [YEAR]: 'L’année ne peut pas être antérieure à 1900.' });
      expect(await errorsAfterSaving({ [YEAR]: String(THIS_YEAR + 1) })).to.deep.equal({ [YEAR]: `L’année ne peut pas être postérieure à ${THIS_YEAR}.` });
      expect(await errorsAfterSaving({ [YEAR]: String(THIS_YEAR), [SERIES]: GENERAL })).to.deep.equal({ [YEAR]: '', [SERIES]: '' });
    });

    it('required: the year, the series, and in France the département, commune and establishment', async () => {
      const el = await mountForm();
      await save(el);
      expect(document.activeElement).to.equal(summary(el));
      for (const label of [YEAR, SERIES, 'Département']) expect(errorOn(el, label), label).to.equal('Ce champ est obligatoire.');
      // The commune and establishment wait for the département: they say to choose it first, not that they are required.
      for (const label of ['Commune', 'Établissement', 'Mention']) expect(errorOn(el, label), label).to.equal('');
      await fillIn(el, { Département: 'Moselle' });
      expect(errorOn(el, 'Commune')).to.equal('Ce champ est obligatoire.');
      expect(errorOn(el, 'Établissement')).to.equal('');
    });
  });

  it('a server error on a speciality (specialities.0) lands on "Spécialité 1"', async () => {
    rejectSave(mock, 'baccalaureate', { 'specialities.0': [{ code: 'unknown_code' }] });
    const el = await mountForm();
    await fillIn(el, { ...IN_METZ, 'Spécialité 1': 'Mathématiques' });
    await save(el);
    expect(errorOn(el, 'Spécialité 1')).to.equal(fieldMessage('unknown_code'));
    expect(describedBy(control(el, 'Spécialité 1'))).to.include(fieldMessage('unknown_code'));
    expect(control(el, 'Spécialité 1')).to.have.attribute('aria-invalid', 'true');
  });

  it('keyboard only: Tab, typing the year, ArrowDown in selects, typing then ArrowDown and Enter in a combobox, Enter on "Enregistrer"', async () => {
    const el = await mountForm();
    focusPageStart();
    await press('Tab');
    expect(document.activeElement, 'the checked situation').to.equal(radio(el, SITUATION, HAS_BAC));
    await press('Tab');
    await sendKeys({ type: '2023' });
    await waitUntil(() => choices(el, SERIES).length > 0, 'the series of 2023 did not come', PATIENCE);
    await press('Tab', 'ArrowDown');
    expect(chosen(el, SERIES)).to.equal(GENERAL);
    await press('Tab', 'ArrowDown', 'ArrowDown');
    expect(chosen(el, 'Mention')).to.equal('Assez bien');
    await press('Tab', 'Tab');
    expect(document.activeElement).to.equal(control(el, 'Département'));
    await sendKeys({ type: 'Paris' });
    await press('ArrowDown', 'Enter');
    expect(chosen(el, 'Département')).to.equal('Paris');
    await waitUntil(() => chosen(el, 'Commune') === 'Paris' && choices(el, 'Établissement').length > 0, 'the commune of Paris and its lycées did not come', PATIENCE);
    await press('Tab', 'Tab', 'ArrowDown');
    expect(chosen(el, 'Établissement')).to.equal('Lycée Chaptal');
    await press('Tab', 'ArrowDown', 'Tab', 'ArrowDown', 'ArrowDown', 'Tab', 'Tab');
    expect(document.activeElement).to.equal(saveButton(el));
    await press('Enter');
    await waitUntil(() => sectionStatus(el) === SAVED, 'not saved', PATIENCE);
    await settled(el);

    const reopened = await addTo(providerOf(el), TAG);
    expect(formValues(reopened)).to.deep.equal({
      [SITUATION]: HAS_BAC,
      [YEAR]: '2023',
      [SERIES]: GENERAL,
      Mention: 'Assez bien',
      Pays: 'France',
      Département: 'Paris',
      Commune: 'Paris',
      Établissement: 'Lycée Chaptal',
      'Spécialité 1': 'Mathématiques',
      'Spécialité 2': 'Physique-chimie',
      'Spécialité abandonnée en première': '',
    });
  });
});
