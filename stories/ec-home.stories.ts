import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/ec-provider.js';
import '../src/define/ec-home.js';
import {
  asCandidate,
  BRAND_THEME,
  candidateOf,
  elementMeta,
  hostStyle,
  inProvider,
  onDarkPage,
  PROFILE,
  withCandidate,
  withConfig,
  withScenario,
  type ElementArgs,
} from './support.js';

type Story = StoryObj<ElementArgs>;
type Play = NonNullable<Story['play']>;

/**
 * Accueil: the welcome (with the login when logged in), the institution's messages, the campaign's
 * dates and the steps, the final-registration link once published.
 */
const meta = {
  title: 'Elements/ec-home',
  component: 'ec-home',
  ...elementMeta,
  render: ({ locale }) => inProvider(locale, html`<ec-home></ec-home>`),
} satisfies Meta<ElementArgs>;
export default meta;

/** The home of a candidate logged in through the provider. */
const loggedIn = (options: Parameters<typeof withCandidate>[0] = {}): Story => ({
  ...withCandidate(options),
  render: ({ locale }, context) => asCandidate(locale, candidateOf(context), html`<ec-home></ec-home>`),
});

/** Waits until the step `step` (its text) is the current one. */
const atStep =
  (step: string): Play =>
  async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[aria-current=step]')?.textContent).toContain(step), { timeout: 10_000 });
  };

/** A message as an institution types it: paragraphs, a bare https link, a labelled one, a mail, and markup shown as typed. */
const MESSAGES = withConfig({
  homeMessages: [
    { id: 'catalogue', text: { fr: 'Avant toute candidature, consultez le [catalogue de formation](https://formations.example.org/).', en: 'Before applying, read the [training catalogue](https://formations.example.org/).' } },
    {
      id: 'help',
      text: {
        fr: 'Une question ? Écrivez à mailto:assistance.ecandidat@example.org ou lisez https://ecandidat.example.org/faq.\n\nLes balises comme <b>ceci</b> s’affichent telles quelles.',
        en: 'A question? Write to mailto:assistance.ecandidat@example.org or read https://ecandidat.example.org/faq.\n\nTags like <b>this</b> show as typed.',
      },
    },
  ],
});

const EVERY_SECTION = { personalInfo: PROFILE.personalInfo({ ine: PROFILE.ine }), address: PROFILE.address(), baccalaureate: PROFILE.bac() };

export const Playground: Story = {};

// States

export const Anonymous: Story = { play: atStep('Créer et activer mon compte') };
export const WithMessages: Story = { ...MESSAGES, play: atStep('Créer et activer mon compte') };
export const NoCampaign: Story = { ...withScenario('campaign-closed'), play: atStep('Créer et activer mon compte') };
export const LoggedIn: Story = { ...loggedIn(), play: atStep('Compléter mon dossier') };
export const ReadyToApply: Story = { ...loggedIn({ sections: EVERY_SECTION }), play: atStep('Candidater') };
export const FinalRegistrationPublished: Story = {
  ...loggedIn({ sections: EVERY_SECTION, config: { finalRegistrationUrl: 'https://inscription.example.org/' } }),
  play: atStep('Candidater'),
};

// Theming and localization

export const Theming: Story = { ...MESSAGES, decorators: [hostStyle(BRAND_THEME)], play: atStep('Créer et activer mon compte') };
export const DarkScheme: Story = { ...onDarkPage(MESSAGES), play: atStep('Créer et activer mon compte') };
export const Localization: Story = { ...MESSAGES, args: { locale: 'en' }, play: atStep('Create and activate my account') };
