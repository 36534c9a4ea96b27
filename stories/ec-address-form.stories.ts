import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-address-form.js';
import {
  asCandidate,
  BRAND_THEME,
  candidateOf,
  elementMeta,
  hostStyle,
  logInAgain,
  meanwhile,
  onDarkPage,
  PROFILE,
  saveSection,
  saves,
  sectionShows,
  titled,
  TYPED,
  withCandidate,
  type ElementArgs,
} from './support.js';

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
  render: ({ locale }, context) =>
    asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-address-form></ec-address-form>`)),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Playground: Story = { ...withCandidate(), play: sectionShows(TAG, 'form') };

// States

/** The section takes 2 s to come. */
export const Loading: Story = { ...withCandidate({ scenario: 'slow' }), play: sectionShows(TAG, 'loading') };
/** Nothing saved yet: France is chosen, the rest is empty. */
export const Empty: Story = { ...withCandidate(), play: sectionShows(TAG, 'form') };
/** Typing 57000 offers Metz alone, so it is picked at once; saved. */
export const Filled: Story = { ...withCandidate(), play: saves(TAG, { values: TYPED.address, outcome: 'saved' }) };
/** The address saved before, as the form shows it again. */
export const Saved: Story = { ...withCandidate({ sections: { address: PROFILE.address() } }), play: sectionShows(TAG, 'form') };
export const Invalid: Story = { ...withCandidate(), play: saves(TAG, { outcome: 'summary' }) };
/** A postal code of four digits. */
export const InvalidPostalCode: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: { postalCode: '5700', line1: '12 rue de Nancy' }, outcome: 'summary' }),
};
export const Pending: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: TYPED.address, before: meanwhile.scenario('slow'), outcome: 'pending' }),
};
export const ServerError: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: TYPED.address, before: meanwhile.scenario('server-error'), outcome: 'alert' }),
};
export const Offline: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: TYPED.address, before: meanwhile.scenario('offline'), outcome: 'alert' }),
};
/** Staff are editing the tab: the host (here by hand; `<ec-profile>` from the summary) marks it `locked`. */
export const Locked: Story = {
  ...withCandidate({ sections: { address: PROFILE.address() }, locked: ['address'] }),
  render: ({ locale }, context) =>
    asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-address-form locked></ec-address-form>`)),
  play: sectionShows(TAG, 'locked'),
};
/** Staff locked the tab and nobody told the form: the save answers 409, said as such. */
export const LockedOnSave: Story = {
  ...withCandidate({ locked: ['address'] }),
  play: saves(TAG, { values: TYPED.address, outcome: 'alert' }),
};
/** Another tab saved a newer address meanwhile: both versions side by side, the candidate chooses. */
export const Conflict: Story = {
  ...withCandidate({ sections: { address: PROFILE.address() } }),
  play: saves(TAG, {
    values: { line2: 'Bâtiment B' },
    before: meanwhile.savedElsewhere('address', PROFILE.address({ line1: '3 place d’Armes' })),
    outcome: 'conflict',
  }),
};
/** The session ended while the candidate typed: the login shows in place, the edits stay. */
export const SessionExpired: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: TYPED.address, before: meanwhile.sessionEnds, outcome: 'relogin' }),
};
/** …and once logged in again there, the address is saved. */
export const LoggedInAgain: Story = {
  ...withCandidate(),
  play: async (context) => {
    const section = await saveSection(context, TAG, { values: TYPED.address, before: meanwhile.sessionEnds, outcome: 'relogin' });
    await logInAgain(context, section);
  },
};
/** Abroad: the country, then the city instead of postal code and commune. */
export const ForeignAddress: Story = { ...withCandidate(), play: saves(TAG, { values: TYPED.foreignAddress, outcome: 'saved' }) };
export const ForeignAddressSaved: Story = {
  ...withCandidate({ sections: { address: PROFILE.foreignAddress() } }),
  play: sectionShows(TAG, 'form'),
};

// Theming and localization

export const Theming: Story = { ...withCandidate(), decorators: [hostStyle(BRAND_THEME)], play: saves(TAG, { outcome: 'summary' }) };
export const DarkScheme: Story = { ...onDarkPage(withCandidate()), play: saves(TAG, { outcome: 'summary' }) };
export const Localization: Story = { ...withCandidate(), args: { locale: 'en' }, play: saves(TAG, { outcome: 'summary' }) };
