import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-internal-studies.js';
import {
  asCandidate,
  BRAND_THEME,
  candidateOf,
  elementMeta,
  hostStyle,
  listShows,
  listsLines,
  meanwhile,
  onDarkPage,
  retriesRead,
  titled,
  withCandidate,
  type ElementArgs,
} from './support.js';

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
  render: ({ locale }, context) =>
    asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-internal-studies></ec-internal-studies>`)),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

const withStudies = (options: Parameters<typeof withCandidate>[0] = {}) => withCandidate({ records: ['internalStudies'], ...options });

export const Playground: Story = { ...withStudies(), play: listsLines(TAG, SAMPLE) };

// States

/** The records take 2 s to come. */
export const Loading: Story = { ...withStudies({ scenario: 'slow' }), play: listShows(TAG, 'loading') };
/** The university's records, one row a year. */
export const Records: Story = { ...withStudies(), play: listsLines(TAG, SAMPLE, 'elles ne se modifient pas ici') };
/** A candidate new to the university. */
export const Empty: Story = { ...withCandidate(), play: listsLines(TAG, [], 'L’université n’a aucun cursus à votre nom') };
export const ServerError: Story = { ...withStudies({ scenario: 'server-error' }), play: listShows(TAG, 'alert') };
/** …and "Réessayer" reads them again once the server answers. */
export const Retried: Story = { ...withStudies({ scenario: 'server-error' }), play: retriesRead(TAG, SAMPLE.length) };
export const Offline: Story = { ...withStudies({ scenario: 'offline' }), play: listShows(TAG, 'alert') };
/** The session ended before the tab was read: it says so. */
export const SessionExpired: Story = {
  ...withStudies({ afterLogin: meanwhile.sessionEnds }),
  play: listShows(TAG, 'alert', 'Votre session a expiré'),
};

// Theming and localization

export const Theming: Story = { ...withStudies(), decorators: [hostStyle(BRAND_THEME)], play: listsLines(TAG, SAMPLE) };
export const DarkScheme: Story = { ...onDarkPage(withStudies()), play: listsLines(TAG, SAMPLE) };
export const Localization: Story = { ...withStudies(), args: { locale: 'en' }, play: listsLines(TAG, SAMPLE, 'is not changed here') };
