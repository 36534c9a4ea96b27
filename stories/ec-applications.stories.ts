import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-applications.js';
import { en } from '../src/translations/profile/en.js';
import { fr } from '../src/translations/profile/fr.js';
import { recordsTabStories } from './list-stories.js';
import { elementMeta, listsLines, tabRender, withCandidate, type ElementArgs } from './support.js';

const TAG = 'ec-applications';
/** The heading the host page gives the tab (inside `<ec-profile>`, the tab names it). */
const TITLE = { fr: 'Candidatures', en: 'Applications' };
const { statuses, decisions, empty } = fr.profile.applications;
/** The mock's sample, newest first: one waiting, one received, one with a favourable decision (each then its date). */
const SAMPLE = [
  `Master 1 Droit des affaires Faculté de droit ${statuses.AT} —`,
  `Master 1 Économie appliquée Faculté d’économie ${statuses.RE} —`,
  `Licence professionnelle Métiers du notariat IUT ${statuses.CO} ${decisions.FA}`,
];
const english = en.profile.applications;

/**
 * Candidatures: the candidate's applications, with each file's status and the decision once
 * published. Shown here on its own, for a candidate logged in through the provider.
 */
const meta = {
  title: 'Elements/ec-applications',
  component: TAG,
  ...elementMeta,
  render: tabRender(TAG, TITLE),
  // Every story here plays: Storybook's "Play" filter finds only those it sees `play` in, not the shared ones.
  tags: ['play-fn'],
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

/** The stories every read-only tab has, from this tab's sample. */
const recordsStories = recordsTabStories({
  tag: TAG,
  records: 'applications',
  lines: SAMPLE,
  empty,
  english: {
    lines: [`Master 1 Droit des affaires Faculté de droit ${english.statuses.AT} —`, `${english.statuses.RE} —`, `${english.statuses.CO} ${english.decisions.FA}`],
  },
});

export const Playground: Story = recordsStories.Playground;

// States

/** The applications take 2 s to come. */
export const Loading: Story = recordsStories.Loading;
/** Three applications: the file's status, the decision once published, the date applied. */
export const Applied: Story = { ...withCandidate({ records: ['applications'] }), play: listsLines(TAG, SAMPLE) };
/** No application yet. */
export const Empty: Story = recordsStories.Empty;
export const ServerError: Story = recordsStories.ServerError;
/** …and "Réessayer" reads them again once the server answers. */
export const Retried: Story = recordsStories.Retried;
export const Offline: Story = recordsStories.Offline;
/** The session ended before the tab was read: it says so, and the login shows in place. */
export const SessionExpired: Story = recordsStories.SessionExpired;

// Theming and localization

export const Theming: Story = recordsStories.Theming;
export const DarkScheme: Story = recordsStories.DarkScheme;
export const Localization: Story = recordsStories.Localization;
