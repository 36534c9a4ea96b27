import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/ec-provider.js';
import '../src/define/ec-home.js';
import { en } from '../src/translations/portal/en.js';
import { fr } from '../src/translations/portal/fr.js';
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

const { step } = fr.home;

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

export const Anonymous: Story = { play: atStep(step.account) };
export const WithMessages: Story = { ...MESSAGES, play: atStep(step.account) };
export const NoCampaign: Story = { ...withScenario('campaign-closed'), play: atStep(step.account) };
export const LoggedIn: Story = { ...loggedIn(), play: atStep(step.profile) };
export const ReadyToApply: Story = { ...loggedIn({ sections: EVERY_SECTION }), play: atStep(step.applications) };
export const FinalRegistrationPublished: Story = {
  ...loggedIn({ sections: EVERY_SECTION, config: { finalRegistrationUrl: 'https://inscription.example.org/' } }),
  play: async (context) => {
    await atStep(step.applications)(context);
    await expect(context.canvasElement.querySelector('ec-home a.ec-button')?.textContent).toBe(fr.home.finalRegistration);
  },
};
/** Applied (the mock's three applications): the administrative registration is the step left. */
export const Applied: Story = { ...loggedIn({ sections: EVERY_SECTION, records: ['applications'] }), play: atStep(step.finalRegistration) };

// Theming and localization

export const Theming: Story = { ...MESSAGES, decorators: [hostStyle(BRAND_THEME)], play: atStep(step.account) };
export const DarkScheme: Story = { ...onDarkPage(MESSAGES), play: atStep(step.account) };
export const Localization: Story = { ...MESSAGES, args: { locale: 'en' }, play: atStep(en.home.step.account) };
