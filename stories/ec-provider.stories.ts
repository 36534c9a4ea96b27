import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import type { Locale, TranslationOverrides as Overrides } from '../src/translations/translation.js';
import { BRAND_THEME, elementMeta, hostStyle, onDarkPage, shows, withScenario } from './support.js';

interface ProviderArgs {
  baseUrl: string;
  locale: Locale;
}

/** A university's own wording, given to the provider's `translations` property. */
const WORDING: Partial<Record<Locale, Overrides>> = {
  fr: { login: { title: 'Espace candidat', submit: 'Entrer' }, fields: { login: 'Numéro de dossier' } },
  en: { login: { title: 'Applicant area', submit: 'Enter' }, fields: { login: 'Dossier number' } },
};

/**
 * Gives the elements inside it one backend, one session, the platform configuration and a
 * language; here it wraps a login form.
 */
const meta = {
  title: 'Elements/ec-provider',
  component: 'ec-provider',
  args: { baseUrl: '/api/', locale: 'fr' },
  argTypes: {
    baseUrl: { control: 'text', description: 'The API’s base URL (`base-url`).' },
    locale: elementMeta.argTypes.locale,
  },
  render: ({ baseUrl, locale }) => html`<ec-provider base-url=${baseUrl} locale=${locale}><ec-login-form></ec-login-form></ec-provider>`,
} satisfies Meta<ProviderArgs>;
export default meta;
type Story = StoryObj<ProviderArgs>;

export const Playground: Story = {};

// States: the configuration the provider loads for every element inside it

export const Default: Story = { play: shows('form') };
/** The configuration takes 2 s to come: the form shows at once, the CAS entry once it came. */
export const Pending: Story = { ...withScenario('slow'), play: shows('form') };
export const Maintenance: Story = { ...withScenario('maintenance'), play: shows('alert') };
export const CampaignClosed: Story = { ...withScenario('campaign-closed'), play: shows('alert') };
export const TranslationOverrides: Story = {
  render: ({ baseUrl, locale }) =>
    html`<ec-provider base-url=${baseUrl} locale=${locale} .translations=${WORDING}><ec-login-form></ec-login-form></ec-provider>`,
  play: shows('form'),
};

// Theming and localization

export const Theming: Story = { decorators: [hostStyle(BRAND_THEME)], play: shows('form') };
export const DarkScheme: Story = { ...onDarkPage(), play: shows('form') };
export const Localization: Story = { args: { locale: 'en' }, play: shows('form') };
