import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-internal-studies.js';
import { en } from '../src/translations/profile/en.js';
import { fr } from '../src/translations/profile/fr.js';
import { recordsTabStories } from './list-stories.js';
import { elementMeta, listsLines, tabRender, withCandidate, type ElementArgs } from './support.js';

const TAG = 'ec-internal-studies';
/** The heading the host page gives the tab (inside `<ec-profile>`, the tab names it). */
const TITLE = { fr: 'Cursus interne', en: 'Internal studies' };
/** The mock's sample: a law licence at the university, two years passed and the third in progress. */
const SAMPLE = ['2023 Licence Droit - 1re année (L1DRO/110) ADM AB 12.84 / 20', '2024 Licence Droit - 2e année', '2025 Licence Droit - 3e année (L3DRO/110) — — —'];

/**
 * Cursus interne: the candidate's years of studies at the university, from its records; read-only.
 * Shown here on its own, for a candidate logged in through the provider.
 */
const meta = {
  title: 'Elements/ec-internal-studies',
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
  records: 'internalStudies',
  lines: SAMPLE,
  empty: fr.profile.internalStudiesEmpty,
  english: { lines: SAMPLE, says: en.profile.internalStudiesNote },
});

export const Playground: Story = recordsStories.Playground;

// States

/** The records take 2 s to come. */
export const Loading: Story = recordsStories.Loading;
/** The university's records, one row a year. */
export const Records: Story = { ...withCandidate({ records: ['internalStudies'] }), play: listsLines(TAG, SAMPLE, fr.profile.internalStudiesNote) };
/** A candidate new to the university. */
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
