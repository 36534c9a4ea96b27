import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-baccalaureate-form.js';
import { sectionFormStories } from './section-stories.js';
import {
  candidateOf,
  elementMeta,
  meanwhile,
  PROFILE,
  saves,
  sectionIn,
  sectionShows,
  tabRender,
  TYPED,
  untilSection,
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
  render: tabRender(TAG, TITLE),
  // Every story here plays: Storybook's "Play" filter finds only those it sees `play` in, not the shared ones.
  tags: ['play-fn'],
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

/** The stories every section form has, from this form's bac and what the candidate types in it (a foreign bac for the failures). */
const sectionStories = sectionFormStories({
  tag: TAG,
  title: TITLE,
  section: 'baccalaureate',
  saved: PROFILE.bac(),
  filled: TYPED.bac,
  typed: TYPED.foreignBac,
  conflict: { values: { honours: 'AB' }, savedElsewhere: PROFILE.bac({ honours: 'TB' }) },
});

export const Playground: Story = sectionStories.Playground;

// States

/** The section takes 2 s to come. */
export const Loading: Story = sectionStories.Loading;
/** Nothing saved yet: a bac, obtained in France. */
export const Empty: Story = sectionStories.Empty;
/** A general bac of 2024 from Lycée Fabert, Metz, through the whole cascade; saved. */
export const Filled: Story = sectionStories.Filled;
/** The bac saved before, as the form shows it again (the cascade's lists read for it). */
export const Saved: Story = sectionStories.Saved;
export const Invalid: Story = sectionStories.Invalid;
/** A year of two digits. */
export const InvalidYear: Story = { ...withCandidate(), play: saves(TAG, { values: { year: '24' }, outcome: 'summary' }) };
export const Pending: Story = sectionStories.Pending;
export const ServerError: Story = sectionStories.ServerError;
export const Offline: Story = sectionStories.Offline;
/** Staff are editing the tab: the host (here by hand; `<ec-profile>` from the summary) marks it `locked`. */
export const Locked: Story = sectionStories.Locked;
/** Staff locked the tab and nobody told the form: the save answers 409, said as such. */
export const LockedOnSave: Story = sectionStories.LockedOnSave;
/** Another tab saved other honours meanwhile: both versions side by side, the candidate chooses. */
export const Conflict: Story = sectionStories.Conflict;
/** The session ended while the candidate typed: the login shows in place, the edits stay. */
export const SessionExpired: Story = sectionStories.SessionExpired;
/** …and once logged in again there, the bac is saved. */
export const LoggedInAgain: Story = sectionStories.LoggedInAgain;
/** A Moroccan bac admitted as equivalent: no département, commune or establishment to give. */
export const ForeignBac: Story = { ...withCandidate(), play: saves(TAG, { values: TYPED.foreignBac, outcome: 'saved' }) };
/** "Je n'ai pas le bac": nothing else to give. */
export const NoBac: Story = { ...withCandidate(), play: saves(TAG, { values: TYPED.noBac, outcome: 'saved' }) };
export const NoBacSaved: Story = { ...withCandidate({ sections: { baccalaureate: PROFILE.noBac() } }), play: sectionShows(TAG, 'form') };
/**
 * Keyboard only, quicker than the communes: Moselle picked, Tab lands on Commune while its list
 * loads (2 s here), and the focus stays there once the 725 communes make it a combobox.
 */
export const FocusKeptWhileLoading: Story = {
  ...withCandidate(),
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const form = await sectionIn(canvasElement, TAG);
    await untilSection(form, 'form');
    const field = (name: string) => form.querySelector<HTMLElement>(`[name="${name}"]`);
    const combobox = (name: string) => field(name)?.closest('.ec-combobox')?.querySelector<HTMLInputElement>('[role=combobox]') ?? null;
    await waitFor(() => expect(combobox('department'), 'the départements are offered').not.toBeNull(), { timeout: 10_000 });
    combobox('department')!.focus();
    await userEvent.keyboard('Moselle');
    meanwhile.scenario('slow')(candidateOf(context));
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await expect(field('commune'), 'Commune is still a list on its way, and has the focus').toBeInstanceOf(HTMLSelectElement);
    await expect(document.activeElement).toBe(field('commune'));
    await waitFor(() => expect(combobox('commune')).not.toBeNull(), { timeout: 10_000 });
    await expect(document.activeElement).toBe(combobox('commune'));
  },
};

// Theming and localization

export const Theming: Story = sectionStories.Theming;
export const DarkScheme: Story = sectionStories.DarkScheme;
export const Localization: Story = sectionStories.Localization;
