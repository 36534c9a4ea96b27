import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-address-form.js';
import { sectionFormStories } from './section-stories.js';
import { elementMeta, PROFILE, saves, sectionShows, tabRender, TYPED, withCandidate, type ElementArgs } from './support.js';

const TAG = 'ec-address-form';
/** The heading the host page gives the section (inside `<ec-profile>`, the tab names it). */
const TITLE = { fr: 'Adresse', en: 'Address' };

/**
 * Adresse: in France a postal code and one of its communes (picked at once when there is only
 * one), abroad the city; then the street lines. Shown here on its own, for a candidate logged in
 * through the provider.
 */
const meta = {
  title: 'Elements/ec-address-form',
  component: TAG,
  ...elementMeta,
  render: tabRender(TAG, TITLE),
  // Every story here plays: Storybook's "Play" filter finds only those it sees `play` in, not the shared ones.
  tags: ['play-fn'],
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

/** The stories every section form has, from this form's address and what the candidate types in it. */
const sectionStories = sectionFormStories({
  tag: TAG,
  title: TITLE,
  section: 'address',
  saved: PROFILE.address(),
  filled: TYPED.address,
  typed: TYPED.address,
  conflict: { values: { line2: 'Bâtiment B' }, savedElsewhere: PROFILE.address({ line1: '3 place d’Armes' }) },
});

export const Playground: Story = sectionStories.Playground;

// States

/** The section takes 2 s to come. */
export const Loading: Story = sectionStories.Loading;
/** Nothing saved yet: France is chosen, the rest is empty. */
export const Empty: Story = sectionStories.Empty;
/** Typing 57000 offers Metz alone, so it is picked at once; saved. */
export const Filled: Story = sectionStories.Filled;
/** The address saved before, as the form shows it again. */
export const Saved: Story = sectionStories.Saved;
export const Invalid: Story = sectionStories.Invalid;
/** A postal code of four digits. */
export const InvalidPostalCode: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: { postalCode: '5700', line1: '12 rue de Nancy' }, outcome: 'summary' }),
};
export const Pending: Story = sectionStories.Pending;
export const ServerError: Story = sectionStories.ServerError;
export const Offline: Story = sectionStories.Offline;
/** Staff are editing the tab: the host (here by hand; `<ec-profile>` from the summary) marks it `locked`. */
export const Locked: Story = sectionStories.Locked;
/** Staff locked the tab and nobody told the form: the save answers 409, said as such. */
export const LockedOnSave: Story = sectionStories.LockedOnSave;
/** Another tab saved a newer address meanwhile: both versions side by side, the candidate chooses. */
export const Conflict: Story = sectionStories.Conflict;
/** The session ended while the candidate typed: the login shows in place, the edits stay. */
export const SessionExpired: Story = sectionStories.SessionExpired;
/** …and once logged in again there, the address is saved. */
export const LoggedInAgain: Story = sectionStories.LoggedInAgain;
/** Abroad: the country, then the city instead of postal code and commune. */
export const ForeignAddress: Story = { ...withCandidate(), play: saves(TAG, { values: TYPED.foreignAddress, outcome: 'saved' }) };
export const ForeignAddressSaved: Story = {
  ...withCandidate({ sections: { address: PROFILE.foreignAddress() } }),
  play: sectionShows(TAG, 'form'),
};

// Theming and localization

export const Theming: Story = sectionStories.Theming;
export const DarkScheme: Story = sectionStories.DarkScheme;
export const Localization: Story = sectionStories.Localization;
