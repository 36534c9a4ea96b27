import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-personal-info-form.js';
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
  sectionIn,
  sectionShows,
  titled,
  TYPED,
  untilSection,
  VALUES,
  withCandidate,
  type ElementArgs,
} from './support.js';

const TAG = 'ec-personal-info-form';
/** The heading the host page gives the section (inside `<ec-profile>`, the tab names it). */
const TITLE = { fr: 'Informations personnelles', en: 'Personal information' };

/**
 * Informations perso.: nationality and INE, civility, names (Nom and Prénom start from the
 * account), birth date and place, language, phones. Shown here on its own, for a candidate
 * logged in through the provider.
 */
const meta = {
  title: 'Elements/ec-personal-info-form',
  component: TAG,
  ...elementMeta,
  render: ({ locale }, context) =>
    asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-personal-info-form></ec-personal-info-form>`)),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Playground: Story = { ...withCandidate(), play: sectionShows(TAG, 'form') };

// States

/** The section takes 2 s to come. */
export const Loading: Story = { ...withCandidate({ scenario: 'slow' }), play: sectionShows(TAG, 'loading') };
/** Nothing saved yet: Nom and Prénom come from the account, nationality and country of birth are France. */
export const Empty: Story = {
  ...withCandidate(),
  play: async ({ canvasElement }) => {
    const section = await sectionIn(canvasElement, TAG);
    await untilSection(section, 'form');
    const value = (name: string) => section.querySelector<HTMLInputElement>(`[name=${name}]`)?.value;
    await expect(value('lastName')?.toLocaleLowerCase('fr')).toBe(VALUES.signup.lastName.toLocaleLowerCase('fr'));
    await expect(value('firstName')?.toLocaleLowerCase('fr')).toBe(VALUES.signup.firstName.toLocaleLowerCase('fr'));
  },
};
/** Civility, birth date and place, a mobile phone typed; saved. */
export const Filled: Story = { ...withCandidate(), play: saves(TAG, { values: TYPED.personalInfo, outcome: 'saved' }) };
/** What was saved before, as the form shows it again. */
export const Saved: Story = {
  ...withCandidate({ sections: { personalInfo: PROFILE.personalInfo({ ine: PROFILE.ine }) } }),
  play: sectionShows(TAG, 'form'),
};
export const Invalid: Story = { ...withCandidate(), play: saves(TAG, { outcome: 'summary' }) };
/** An INE whose key is wrong, a birth date two years ago, letters in a phone number. */
export const InvalidFormats: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: { ...TYPED.personalInfo, ...TYPED.personalInfoBadFormats }, outcome: 'summary' }),
};
export const Pending: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: TYPED.personalInfo, before: meanwhile.scenario('slow'), outcome: 'pending' }),
};
export const ServerError: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: TYPED.personalInfo, before: meanwhile.scenario('server-error'), outcome: 'alert' }),
};
export const Offline: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: TYPED.personalInfo, before: meanwhile.scenario('offline'), outcome: 'alert' }),
};
/** Staff are editing the tab: the host (here by hand; `<ec-profile>` from the summary) marks it `locked`. */
export const Locked: Story = {
  ...withCandidate({ sections: { personalInfo: PROFILE.personalInfo() }, locked: ['personalInfo'] }),
  render: ({ locale }, context) =>
    asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-personal-info-form locked></ec-personal-info-form>`)),
  play: sectionShows(TAG, 'locked'),
};
/** Staff locked the tab and nobody told the form: the save answers 409, said as such. */
export const LockedOnSave: Story = {
  ...withCandidate({ locked: ['personalInfo'] }),
  play: saves(TAG, { values: TYPED.personalInfo, outcome: 'alert' }),
};
/** Another tab saved a newer version meanwhile: both side by side, the candidate chooses. */
export const Conflict: Story = {
  ...withCandidate({ sections: { personalInfo: PROFILE.personalInfo() } }),
  play: saves(TAG, {
    values: { usageName: 'Martin' },
    before: meanwhile.savedElsewhere('personalInfo', PROFILE.personalInfo({ mobilePhone: '07 98 76 54 32' })),
    outcome: 'conflict',
  }),
};
/** The session ended while the candidate typed: the login shows in place, the edits stay. */
export const SessionExpired: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: TYPED.personalInfo, before: meanwhile.sessionEnds, outcome: 'relogin' }),
};
/** …and once logged in again there, the section is saved. */
export const LoggedInAgain: Story = {
  ...withCandidate(),
  play: async (context) => {
    const section = await saveSection(context, TAG, { values: TYPED.personalInfo, before: meanwhile.sessionEnds, outcome: 'relogin' });
    await logInAgain(context, section);
  },
};
/** A German national born in Berlin: the city of birth instead of the département. */
export const BornAbroad: Story = {
  ...withCandidate(),
  play: saves(TAG, {
    values: { nationality: '109', civility: 'M.', birthDate: '2005-11-02', birthCountry: '109', birthCity: 'Berlin' },
    outcome: 'saved',
  }),
};

// Theming and localization

export const Theming: Story = { ...withCandidate(), decorators: [hostStyle(BRAND_THEME)], play: saves(TAG, { outcome: 'summary' }) };
export const DarkScheme: Story = { ...onDarkPage(withCandidate()), play: saves(TAG, { outcome: 'summary' }) };
export const Localization: Story = { ...withCandidate(), args: { locale: 'en' }, play: saves(TAG, { outcome: 'summary' }) };
