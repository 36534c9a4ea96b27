import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-external-studies.js';
import { listTabStories } from './list-stories.js';
import { editsEntry, elementMeta, listsLines, PROFILE, tabRender, TYPED, withCandidate, type ElementArgs } from './support.js';

const TAG = 'ec-external-studies';
/** The heading the host page gives the tab (inside `<ec-profile>`, the tab names it). */
const TITLE = { fr: 'Cursus externe', en: 'External studies' };

/**
 * Cursus externe: the candidate's post-bac studies — where (in France: département → commune →
 * establishment), year, kind of studies, title, result, honours — added, edited and deleted.
 * Shown here on its own, for a candidate logged in through the provider.
 */
const meta = {
  title: 'Elements/ec-external-studies',
  component: TAG,
  ...elementMeta,
  render: tabRender(TAG, TITLE),
  // Every story here plays: Storybook's "Play" filter finds only those it sees `play` in, not the shared ones.
  tags: ['play-fn'],
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

/** The stories every list tab has, from this tab's entries and what the candidate types in them. */
const listStories = listTabStories({
  tag: TAG,
  title: TITLE,
  list: 'externalStudies',
  // In France (chosen at first): département, year, kind of studies, title and result; honours are not required, and the commune and
  // establishment, waiting for the département, only say to choose it first.
  requiredFields: 5,
  entries: {
    items: [PROFILE.externalStudy(), PROFILE.foreignStudy()],
    lines: ['2025 — MPSI - 1re année', '2026 — Bachelor Rechtswissenschaft - 1. Studienjahr'],
  },
  added: { values: TYPED.externalStudy, line: '2025 — MPSI - 1re année' },
  edited: { values: { label: 'MPSI - 1re année, option informatique' }, line: '2025 — MPSI - 1re année, option informatique' },
  editedElsewhere: { entry: PROFILE.externalStudy({ label: 'MP2I - 1re année' }), line: '2025 — MP2I - 1re année' },
});

export const Playground: Story = listStories.Playground;

// States

/** The studies take 2 s to come. */
export const Loading: Story = listStories.Loading;
/** None yet: an "Ajouter" button. */
export const Empty: Story = listStories.Empty;
/** A year of CPGE in Metz and one in Berlin, each with its "Modifier" and "Supprimer". */
export const Entries: Story = listStories.Entries;
/** A year of CPGE in Metz added, through the département, commune and establishment: it joins the list. */
export const Added: Story = listStories.Added;
/** A title made more precise. */
export const Edited: Story = listStories.Edited;
export const Invalid: Story = listStories.Invalid;
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
export const Pending: Story = listStories.Pending;
export const ServerError: Story = listStories.ServerError;
export const Offline: Story = listStories.Offline;
/** Staff are editing the tab: the host (here by hand; `<ec-profile>` from the summary) marks it `locked`. */
export const Locked: Story = listStories.Locked;
/** Staff locked the tab and nobody told the list: the save answers 409, said as such. */
export const LockedOnSave: Story = listStories.LockedOnSave;
/** Another tab changed the year of studies meanwhile (412): the list shows that version, the candidate's edit stays open. */
export const Conflict: Story = listStories.Conflict;
/** The session ended while the candidate typed: the login shows in place, the entry stays. */
export const SessionExpired: Story = listStories.SessionExpired;

// Theming and localization

export const Theming: Story = listStories.Theming;
export const DarkScheme: Story = listStories.DarkScheme;
export const Localization: Story = listStories.Localization;
