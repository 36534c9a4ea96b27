import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-personal-info-form.js';
import { sectionFormStories } from './section-stories.js';
import { elementMeta, PROFILE, saves, sectionIn, sectionShows, tabRender, TYPED, untilSection, VALUES, withCandidate, type ElementArgs } from './support.js';

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
  render: tabRender(TAG, TITLE),
  // Every story here plays: Storybook's "Play" filter finds only those it sees `play` in, not the shared ones.
  tags: ['play-fn'],
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

/** The stories every section form has, from this form's section and what the candidate types in it. */
const sectionStories = sectionFormStories({
  tag: TAG,
  title: TITLE,
  section: 'personalInfo',
  saved: PROFILE.personalInfo(),
  filled: TYPED.personalInfo,
  typed: TYPED.personalInfo,
  conflict: { values: { usageName: 'Martin' }, savedElsewhere: PROFILE.personalInfo({ mobilePhone: '07 98 76 54 32' }) },
});

export const Playground: Story = sectionStories.Playground;

// States

/** The section takes 2 s to come. */
export const Loading: Story = sectionStories.Loading;
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
export const Filled: Story = sectionStories.Filled;
/** What was saved before, as the form shows it again. */
export const Saved: Story = {
  ...withCandidate({ sections: { personalInfo: PROFILE.personalInfo({ ine: PROFILE.ine }) } }),
  play: sectionShows(TAG, 'form'),
};
export const Invalid: Story = sectionStories.Invalid;
/** An INE whose key is wrong, a birth date two years ago, letters in a phone number. */
export const InvalidFormats: Story = {
  ...withCandidate(),
  play: saves(TAG, { values: { ...TYPED.personalInfo, ...TYPED.personalInfoBadFormats }, outcome: 'summary' }),
};
export const Pending: Story = sectionStories.Pending;
export const ServerError: Story = sectionStories.ServerError;
export const Offline: Story = sectionStories.Offline;
/** Staff are editing the tab: the host (here by hand; `<ec-profile>` from the summary) marks it `locked`. */
export const Locked: Story = sectionStories.Locked;
/** Staff locked the tab and nobody told the form: the save answers 409, said as such. */
export const LockedOnSave: Story = sectionStories.LockedOnSave;
/** Another tab saved a newer version meanwhile: both side by side, the candidate chooses. */
export const Conflict: Story = sectionStories.Conflict;
/** The session ended while the candidate typed: the login shows in place, the edits stay. */
export const SessionExpired: Story = sectionStories.SessionExpired;
/** …and once logged in again there, the section is saved. */
export const LoggedInAgain: Story = sectionStories.LoggedInAgain;
/** A German national born in Berlin: the city of birth instead of the département. */
export const BornAbroad: Story = {
  ...withCandidate(),
  play: saves(TAG, {
    values: { nationality: '109', civility: 'M.', birthDate: '2005-11-02', birthCountry: '109', birthCity: 'Berlin' },
    outcome: 'saved',
  }),
};

// Theming and localization

export const Theming: Story = sectionStories.Theming;
export const DarkScheme: Story = sectionStories.DarkScheme;
export const Localization: Story = sectionStories.Localization;
