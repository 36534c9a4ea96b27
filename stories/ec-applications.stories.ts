import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-applications.js';
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

const TAG = 'ec-applications';
/** The heading the host page gives the tab (inside `<ec-profile>`, the tab names it). */
const TITLE = { fr: 'Candidatures', en: 'Applications' };
/** The mock's sample, newest first: one waiting, one received, one with a favourable decision (each then its date). */
const SAMPLE = [
  'Master 1 Droit des affaires Faculté de droit En attente —',
  'Master 1 Économie appliquée Faculté d’économie Réceptionné —',
  'Licence professionnelle Métiers du notariat IUT Complet Favorable',
];
const SAMPLE_EN = ['Master 1 Droit des affaires Faculté de droit Waiting —', 'Received —', 'Complete Favourable'];

/**
 * Candidatures: the candidate's applications, with each file's status and the decision once
 * published. Shown here on its own, for a candidate logged in through the provider.
 */
const meta = {
  title: 'Elements/ec-applications',
  component: TAG,
  ...elementMeta,
  render: ({ locale }, context) => asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-applications></ec-applications>`)),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

const withApplications = (options: Parameters<typeof withCandidate>[0] = {}) => withCandidate({ records: ['applications'], ...options });

export const Playground: Story = { ...withApplications(), play: listsLines(TAG, SAMPLE) };

// States

/** The applications take 2 s to come. */
export const Loading: Story = { ...withApplications({ scenario: 'slow' }), play: listShows(TAG, 'loading') };
/** Three applications: the file's status, the decision once published, the date applied. */
export const Applied: Story = { ...withApplications(), play: listsLines(TAG, SAMPLE) };
/** No application yet. */
export const Empty: Story = { ...withCandidate(), play: listsLines(TAG, [], 'Vous n’avez encore candidaté à aucune formation.') };
export const ServerError: Story = { ...withApplications({ scenario: 'server-error' }), play: listShows(TAG, 'alert') };
/** …and "Réessayer" reads them again once the server answers. */
export const Retried: Story = { ...withApplications({ scenario: 'server-error' }), play: retriesRead(TAG, SAMPLE.length) };
export const Offline: Story = { ...withApplications({ scenario: 'offline' }), play: listShows(TAG, 'alert') };
/** The session ended before the tab was read: it says so. */
export const SessionExpired: Story = {
  ...withApplications({ afterLogin: meanwhile.sessionEnds }),
  play: listShows(TAG, 'alert', 'Votre session a expiré'),
};

// Theming and localization

export const Theming: Story = { ...withApplications(), decorators: [hostStyle(BRAND_THEME)], play: listsLines(TAG, SAMPLE) };
export const DarkScheme: Story = { ...onDarkPage(withApplications()), play: listsLines(TAG, SAMPLE) };
export const Localization: Story = { ...withApplications(), args: { locale: 'en' }, play: listsLines(TAG, SAMPLE_EN) };
