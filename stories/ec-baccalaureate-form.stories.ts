import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-baccalaureate-form.js';
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

const TAG = 'ec-baccalaureate-form';
/** The heading the host page gives the section (inside `<ec-profile>`, the tab names it). */
const TITLE = { fr: 'Baccalauréat', en: 'Baccalaureate' };

/**
 * Baccalauréat: the year, the series valid that year, honours, where it was obtained (in France
 * département → commune → establishment), the specialities; or "Je n'ai pas le bac". Shown here
 * on its own, for a candidate logged in through the provider.
 */
const meta = {
  title: 'Elements/ec-baccalaureate-form',
  component: TAG,
  ...elementMeta,
  render: ({ locale }, context) =>
    asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-baccalaureate-form></ec-baccalaureate-form>`)),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Playground: Story = { ...withCandidate(), play: sectionShows(TAG, 'form') };

// States

/** The section takes 2 s to come. */
export const Loading: Story = { ...withCandidate({ scenario: 'slow' }), play: sectionShows(TAG, 'loading') };
/** Nothing saved yet: a bac, obtained in France. */
export const Empty: Story = { ...withCandidate(), play: sectionShows(TAG, 'form') };
/** A general bac of 2024 from Lycée Fabert, Metz, through the whole cascade; saved. */
export const Filled: Story = { ...withCandidate(), play: saves(TAG, { values: TYPED.bac, outcome: 'saved' }) };
/** The bac saved before, as the form shows it again (the cascade's lists read for it). */
export const Saved: Story = { ...withCandidate({ sections: { baccalaureate: PROFILE.bac() } }), play: sectionShows(TAG, 'form') };
export const Invalid: Story = { ...withCandidate(), play: saves(TAG, { outcome: 'summary' }) };
/** A year of two digits. */
export const InvalidYear: Story = { ...withCandidate(), play: saves(TAG, { values: { year: '24' }, outcome: 'summary' }) };
export const Pending: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: TYPED.foreignBac, before: meanwhile.scenario('slow'), outcome: 'pending' }),
};
export const ServerError: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: TYPED.foreignBac, before: meanwhile.scenario('server-error'), outcome: 'alert' }),
};
export const Offline: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: TYPED.foreignBac, before: meanwhile.scenario('offline'), outcome: 'alert' }),
};
/** Staff are editing the tab: the host (here by hand; `<ec-profile>` from the summary) marks it `locked`. */
export const Locked: Story = {
  ...withCandidate({ sections: { baccalaureate: PROFILE.bac() }, locked: ['baccalaureate'] }),
  render: ({ locale }, context) =>
    asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-baccalaureate-form locked></ec-baccalaureate-form>`)),
  play: sectionShows(TAG, 'locked'),
};
/** Staff locked the tab and nobody told the form: the save answers 409, said as such. */
export const LockedOnSave: Story = {
  ...withCandidate({ locked: ['baccalaureate'] }),
  play: saves(TAG, { values: TYPED.foreignBac, outcome: 'alert' }),
};
/** Another tab saved other honours meanwhile: both versions side by side, the candidate chooses. */
export const Conflict: Story = {
  ...withCandidate({ sections: { baccalaureate: PROFILE.bac() } }),
  play: saves(TAG, {
    values: { honours: 'AB' },
    before: meanwhile.savedElsewhere('baccalaureate', PROFILE.bac({ honours: 'TB' })),
    outcome: 'conflict',
  }),
};
/** The session ended while the candidate typed: the login shows in place, the edits stay. */
export const SessionExpired: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: TYPED.foreignBac, before: meanwhile.sessionEnds, outcome: 'relogin' }),
};
/** …and once logged in again there, the bac is saved. */
export const LoggedInAgain: Story = {
  ...withCandidate(),
  play: async (context) => {
    const section = await saveSection(context, TAG, { values: TYPED.foreignBac, before: meanwhile.sessionEnds, outcome: 'relogin' });
    await logInAgain(context, section);
  },
};
/** A Moroccan bac admitted as equivalent: no département, commune or establishment to give. */
export const ForeignBac: Story = { ...withCandidate(), play: saves(TAG, { values: TYPED.foreignBac, outcome: 'saved' }) };
/** "Je n'ai pas le bac": nothing else to give. */
export const NoBac: Story = { ...withCandidate(), play: saves(TAG, { values: TYPED.noBac, outcome: 'saved' }) };
export const NoBacSaved: Story = { ...withCandidate({ sections: { baccalaureate: PROFILE.noBac() } }), play: sectionShows(TAG, 'form') };

// Theming and localization

export const Theming: Story = { ...withCandidate(), decorators: [hostStyle(BRAND_THEME)], play: saves(TAG, { outcome: 'summary' }) };
export const DarkScheme: Story = { ...onDarkPage(withCandidate()), play: saves(TAG, { outcome: 'summary' }) };
export const Localization: Story = { ...withCandidate(), args: { locale: 'en' }, play: saves(TAG, { outcome: 'summary' }) };
