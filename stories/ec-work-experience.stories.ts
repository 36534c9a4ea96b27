import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-work-experience.js';
import { listTabStories } from './list-stories.js';
import { editsEntry, elementMeta, PROFILE, tabRender, TYPED, withCandidate, type ElementArgs } from './support.js';

const TAG = 'ec-work-experience';
/** The heading the host page gives the tab (inside `<ec-profile>`, the tab names it). */
const TITLE = { fr: 'Expériences professionnelles', en: 'Work experience' };

/**
 * Expériences pro.: the candidate's work experiences — year, job title, duration, organisation,
 * goal — added, edited and deleted. Shown here on its own, for a candidate logged in through the
 * provider.
 */
const meta = {
  title: 'Elements/ec-work-experience',
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
  list: 'workExperience',
  // Year, job title, duration and organisation are required; the goal is not.
  requiredFields: 4,
  entries: {
    items: [PROFILE.workExperience(), PROFILE.workExperience({ year: 2026, title: 'Vendeuse', duration: '1 mois', organisation: 'Librairie Hisler', goal: null })],
    lines: ['2025 — Animatrice de centre de loisirs, Ville de Metz', '2026 — Vendeuse, Librairie Hisler'],
  },
  added: { values: TYPED.workExperience, line: '2025 — Animatrice, Ville de Metz' },
  edited: { values: { title: 'Animatrice BAFA' }, line: '2025 — Animatrice BAFA, Ville de Metz' },
  editedElsewhere: { entry: PROFILE.workExperience({ title: 'Directrice adjointe' }), line: '2025 — Directrice adjointe, Ville de Metz' },
});

export const Playground: Story = listStories.Playground;

// States

/** The work experiences take 2 s to come. */
export const Loading: Story = listStories.Loading;
/** None yet: an "Ajouter" button. */
export const Empty: Story = listStories.Empty;
/** Two work experiences, each with its "Modifier" and "Supprimer". */
export const Entries: Story = listStories.Entries;
/** A work experience added: it joins the list. */
export const Added: Story = listStories.Added;
/** A job title made more precise. */
export const Edited: Story = listStories.Edited;
export const Invalid: Story = listStories.Invalid;
/** A year before 1900. */
export const InvalidYear: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: { ...TYPED.workExperience, year: '1825' }, outcome: 'summary' }),
};
export const Pending: Story = listStories.Pending;
export const ServerError: Story = listStories.ServerError;
export const Offline: Story = listStories.Offline;
/** Staff are editing the tab: the host (here by hand; `<ec-profile>` from the summary) marks it `locked`. */
export const Locked: Story = listStories.Locked;
/** Staff locked the tab and nobody told the list: the save answers 409, said as such. */
export const LockedOnSave: Story = listStories.LockedOnSave;
/** Another tab changed the work experience meanwhile (412): the list shows that version, the candidate's edit stays open. */
export const Conflict: Story = listStories.Conflict;
/** The session ended while the candidate typed: the login shows in place, the entry stays. */
export const SessionExpired: Story = listStories.SessionExpired;

// Theming and localization

export const Theming: Story = listStories.Theming;
export const DarkScheme: Story = listStories.DarkScheme;
export const Localization: Story = listStories.Localization;
