import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-external-studies.js';
import {
  asCandidate,
  BRAND_THEME,
  candidateOf,
  editsEntry,
  elementMeta,
  hostStyle,
  listShows,
  listsLines,
  meanwhile,
  onDarkPage,
  PROFILE,
  submitsEmptyEntry,
  titled,
  TYPED,
  withCandidate,
  type ElementArgs,
} from './support.js';

const TAG = 'ec-external-studies';
/** The heading the host page gives the tab (inside `<ec-profile>`, the tab names it). */
const TITLE = { fr: 'Cursus externe', en: 'External studies' };
/** In France (chosen at first): département, commune, establishment, year, kind of studies, title and result; honours are not required. */
const REQUIRED_FIELDS = 7;
const ENTRIES = { externalStudies: [PROFILE.externalStudy(), PROFILE.foreignStudy()] };

/**
 * Cursus externe: the candidate's post-bac studies — where (in France: département → commune →
 * establishment), year, kind of studies, title, result, honours — added, edited and deleted.
 * Shown here on its own, for a candidate logged in through the provider.
 */
const meta = {
  title: 'Elements/ec-external-studies',
  component: TAG,
  ...elementMeta,
  render: ({ locale }, context) => asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-external-studies></ec-external-studies>`)),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Playground: Story = { ...withCandidate({ entries: ENTRIES }), play: listShows(TAG, 'list') };

// States

/** The studies take 2 s to come. */
export const Loading: Story = { ...withCandidate({ scenario: 'slow' }), play: listShows(TAG, 'loading') };
/** None yet: an "Ajouter" button. */
export const Empty: Story = { ...withCandidate(), play: listsLines(TAG, [], 'Vous n’avez pas encore renseigné l’onglet Cursus externe.') };
/** A year of CPGE in Metz and one in Berlin, each with its "Modifier" and "Supprimer". */
export const Entries: Story = {
  ...withCandidate({ entries: ENTRIES }),
  play: listsLines(TAG, ['2025 — MPSI - 1re année', '2026 — Bachelor Rechtswissenschaft - 1. Studienjahr']),
};
/** A year of CPGE in Metz added, through the département, commune and establishment: it joins the list. */
export const Added: Story = {
  ...withCandidate(),
  play: async (context) => {
    await editsEntry(TAG, { values: TYPED.externalStudy, outcome: 'saved' })(context);
    await listsLines(TAG, ['2025 — MPSI - 1re année'])(context);
  },
};
/** A title made more precise. */
export const Edited: Story = {
  ...withCandidate({ entries: { externalStudies: [PROFILE.externalStudy()] } }),
  play: async (context) => {
    await editsEntry(TAG, { entry: 0, values: { label: 'MPSI - 1re année, option informatique' }, outcome: 'saved' })(context);
    await listsLines(TAG, ['2025 — MPSI - 1re année, option informatique'])(context);
  },
};
export const Invalid: Story = { ...withCandidate(), play: submitsEmptyEntry(TAG, REQUIRED_FIELDS) };
/** A year after next year's. */
export const InvalidYear: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: { ...TYPED.externalStudy, year: '2099' }, outcome: 'summary' }),
};
/** Abroad: the country, then no département, commune nor establishment. */
export const Abroad: Story = {
  ...withCandidate(),
  play: async (context) => {
    const values = { country: '109', year: '2026', diplomaType: 'LIC', label: 'Bachelor Rechtswissenschaft', result: 'inProgress' };
    await editsEntry(TAG, { values, outcome: 'saved' })(context);
    await listsLines(TAG, ['2026 — Bachelor Rechtswissenschaft'])(context);
  },
};
export const Pending: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: TYPED.externalStudy, before: meanwhile.scenario('slow'), outcome: 'pending' }),
};
export const ServerError: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: TYPED.externalStudy, before: meanwhile.scenario('server-error'), outcome: 'alert' }),
};
export const Offline: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: TYPED.externalStudy, before: meanwhile.scenario('offline'), outcome: 'alert' }),
};
/** Staff are editing the tab: the host (here by hand; `<ec-profile>` from the summary) marks it `locked`. */
export const Locked: Story = {
  ...withCandidate({ entries: ENTRIES, locked: ['externalStudies'] }),
  render: ({ locale }, context) => asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-external-studies locked></ec-external-studies>`)),
  play: listShows(TAG, 'locked'),
};
/** Staff locked the tab and nobody told the list: the save answers 409, said as such. */
export const LockedOnSave: Story = {
  ...withCandidate({ locked: ['externalStudies'] }),
  play: editsEntry(TAG, { values: TYPED.externalStudy, outcome: 'alert' }),
};
/** Another tab changed the year of studies meanwhile (412): the list shows that version, the candidate's edit stays open. */
export const Conflict: Story = {
  ...withCandidate({ entries: { externalStudies: [PROFILE.externalStudy()] } }),
  play: async (context) => {
    await editsEntry(TAG, {
      entry: 0,
      values: { label: 'MPSI - 1re année, option informatique' },
      before: meanwhile.entryEditedElsewhere('externalStudies', PROFILE.externalStudy({ label: 'MP2I - 1re année' })),
      outcome: 'conflict',
    })(context);
    await listsLines(TAG, ['2025 — MP2I - 1re année'])(context);
  },
};
/** The session ended while the candidate typed: the login shows in place, the entry stays. */
export const SessionExpired: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: TYPED.externalStudy, before: meanwhile.sessionEnds, outcome: 'relogin' }),
};

// Theming and localization

export const Theming: Story = { ...withCandidate(), decorators: [hostStyle(BRAND_THEME)], play: submitsEmptyEntry(TAG, REQUIRED_FIELDS) };
export const DarkScheme: Story = { ...onDarkPage(withCandidate()), play: submitsEmptyEntry(TAG, REQUIRED_FIELDS) };
export const Localization: Story = { ...withCandidate(), args: { locale: 'en' }, play: submitsEmptyEntry(TAG, REQUIRED_FIELDS) };
