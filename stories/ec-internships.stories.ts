import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-internships.js';
import { listTabStories } from './list-stories.js';
import { editsEntry, elementMeta, PROFILE, tabRender, TYPED, withCandidate, type ElementArgs } from './support.js';

const TAG = 'ec-internships';
/** The heading the host page gives the tab (inside `<ec-profile>`, the tab names it). */
const TITLE = { fr: 'Stages', en: 'Internships' };

/**
 * Stages: the candidate's internships — year, duration, hours per week, organisation,
 * description — added, edited and deleted. Shown here on its own, for a candidate logged in
 * through the provider.
 */
const meta = {
  title: 'Elements/ec-internships',
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
  list: 'internships',
  // Year, duration, organisation and description are required; hours per week are not.
  requiredFields: 4,
  entries: {
    items: [PROFILE.internship(), PROFILE.internship({ year: 2026, duration: '3 mois', organisation: 'Cabinet Weber & associés' })],
    lines: ['2025 — Mairie de Metz (6 semaines)', '2026 — Cabinet Weber & associés (3 mois)'],
  },
  added: { values: TYPED.internship, line: '2025 — Mairie de Metz (6 semaines)' },
  edited: { values: { duration: '8 semaines' }, line: '2025 — Mairie de Metz (8 semaines)' },
  editedElsewhere: { entry: PROFILE.internship({ duration: '7 semaines' }), line: '2025 — Mairie de Metz (7 semaines)' },
});

export const Playground: Story = listStories.Playground;

// States

/** The internships take 2 s to come. */
export const Loading: Story = listStories.Loading;
/** None yet: an "Ajouter" button. */
export const Empty: Story = listStories.Empty;
/** Two internships, each with its "Modifier" and "Supprimer". */
export const Entries: Story = listStories.Entries;
/** An internship added: it joins the list. */
export const Added: Story = listStories.Added;
/** An internship's duration corrected. */
export const Edited: Story = listStories.Edited;
export const Invalid: Story = listStories.Invalid;
/** A two-digit year and 120 hours a week. */
export const InvalidFormats: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: { ...TYPED.internship, year: '25', hoursPerWeek: '120' }, outcome: 'summary' }),
};
export const Pending: Story = listStories.Pending;
export const ServerError: Story = listStories.ServerError;
export const Offline: Story = listStories.Offline;
/** Staff are editing the tab: the host (here by hand; `<ec-profile>` from the summary) marks it `locked`. */
export const Locked: Story = listStories.Locked;
/** Staff locked the tab and nobody told the list: the save answers 409, said as such. */
export const LockedOnSave: Story = listStories.LockedOnSave;
/** Another tab changed the internship meanwhile (412): the list shows that version, the candidate's edit stays open. */
export const Conflict: Story = listStories.Conflict;
/** The session ended while the candidate typed: the login shows in place, the entry stays. */
export const SessionExpired: Story = listStories.SessionExpired;

// Theming and localization

export const Theming: Story = listStories.Theming;
export const DarkScheme: Story = listStories.DarkScheme;
export const Localization: Story = listStories.Localization;
