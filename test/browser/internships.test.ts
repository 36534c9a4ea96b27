import '../../src/define/ec-internships.js';
import { useMockBackend } from './helpers.js';
import { describeListElement, fieldError, typeFields } from './list-suite.js';

const mock = useMockBackend();
/** The year of the internship (not one "obtained", as a diploma’s). */
const YEAR = 'Année';
const LATEST_YEAR = new Date().getFullYear() + 1;

describeListElement(
  mock,
  {
    tag: 'ec-internships',
    entry: { [YEAR]: '2024', Durée: '6 semaines', 'Heures par semaine': '35', Organisme: 'Mairie de Metz', Descriptif: 'Accueil du public.' },
    listed: '2024 — Mairie de Metz (6 semaines)',
    byKeyboard: () => typeFields('2024', '6 semaines', '35', 'Mairie de Metz', 'Accueil du public.'),
    edit: { label: 'Organisme', append: ', service jeunesse', listed: '2024 — Mairie de Metz, service jeunesse (6 semaines)' },
    theirs: { year: 2023, duration: '2 mois', hoursPerWeek: 20, organisation: 'CHR Metz-Thionville', description: 'Stage d’observation.' },
    theirsListed: '2023 — CHR Metz-Thionville (2 mois)',
    fieldErrors: [
      { name: 'year', label: YEAR, ...fieldError('year_too_late', { limit: LATEST_YEAR }) },
      { name: 'hoursPerWeek', label: 'Heures par semaine', ...fieldError('hours_format') },
      { name: 'organisation', label: 'Organisme', ...fieldError('too_long', { limit: 50 }) },
    ],
    lengths: [
      { label: 'Durée', name: 'duration', limit: 20 },
      { label: 'Organisme', name: 'organisation', limit: 50 },
      { label: 'Descriptif', name: 'description', limit: 500 },
    ],
  },
);
