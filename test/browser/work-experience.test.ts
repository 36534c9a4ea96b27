import { expect } from '@open-wc/testing';
import '../../src/define/ec-work-experience.js';
import { useMockBackend } from './helpers.js';
import { describeListElement, fieldError, typeFields } from './list-suite.js';
import { visible } from './profile-helpers.js';

const mock = useMockBackend();
/** The year of the job (not one "obtained", as a diploma’s). */
const YEAR = 'Année';

describeListElement(
  mock,
  {
    tag: 'ec-work-experience',
    entry: { [YEAR]: '2022', 'Intitulé du poste': 'Vendeur', Durée: '1 an', Organisme: 'Librairie Hisler', Objectif: 'Financer mes études.' },
    listed: '2022 — Vendeur, Librairie Hisler',
    byKeyboard: () => typeFields('2022', 'Vendeur', '1 an', 'Librairie Hisler', 'Financer mes études.'),
    edit: { label: 'Intitulé du poste', append: ' en librairie', listed: '2022 — Vendeur en librairie, Librairie Hisler' },
    theirs: { year: 2021, title: 'Animateur', duration: '2 mois', organisation: 'Centre aéré de Woippy', goal: null },
    theirsListed: '2021 — Animateur, Centre aéré de Woippy',
    fieldErrors: [
      { name: 'year', label: YEAR, ...fieldError('year_too_early', { limit: 1900 }) },
      { name: 'title', label: 'Intitulé du poste', ...fieldError('too_long', { limit: 50 }) },
      { name: 'goal', label: 'Objectif', ...fieldError('too_long', { limit: 500 }) },
    ],
    lengths: [
      { label: 'Intitulé du poste', name: 'title', limit: 50 },
      { label: 'Durée', name: 'duration', limit: 20 },
      { label: 'Organisme', name: 'organisation', limit: 50 },
      { label: 'Objectif', name: 'goal', limit: 500 },
    ],
  },
  (mountList) => {
    it('empty, it says so in a sentence whose abbreviation’s full stop ends it (no "pro..")', async () => {
      const el = await mountList();
      expect(visible(el.textContent)).to.include('Vous n’avez pas encore renseigné l’onglet Expériences pro.').and.not.include('pro..');
    });
  },
);
