import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { defaultConfig } from '../mocks/fixtures/config.js';
import '../src/define/ec-provider.js';
import '../src/define/ec-assistance.js';
import { fr } from '../src/translations/portal/fr.js';
import { BRAND_THEME, elementMeta, hostStyle, inProvider, onDarkPage, shows, withConfig, withScenario, type ElementArgs } from './support.js';

type Story = StoryObj<ElementArgs>;
type Play = NonNullable<Story['play']>;

/** Assistance: the institution's help text and whom to contact (mail, phone, website), from the configuration. */
const meta = {
  title: 'Elements/ec-assistance',
  component: 'ec-assistance',
  ...elementMeta,
  render: ({ locale }) => inProvider(locale, html`<ec-assistance></ec-assistance>`),
} satisfies Meta<ElementArgs>;
export default meta;

/** Waits until the contacts show. */
const showsContacts: Play = async ({ canvasElement }) => {
  await waitFor(() => expect(canvasElement.querySelector('.ec-contacts')).not.toBeNull(), { timeout: 10_000 });
};

/** Waits until the help says `text`. */
const says =
  (text: string): Play =>
  async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.textContent).toContain(text), { timeout: 10_000 });
  };

const { institution } = defaultConfig(Date.now());

export const Playground: Story = {};

// States

export const Contacts: Story = { play: showsContacts };
export const NoHelpPublished: Story = { ...withConfig({ institution: { ...institution, assistance: { text: { fr: '' }, contacts: [] } } }), play: says(fr.assistance.none) };
export const ConfigurationUnavailable: Story = { ...withScenario('maintenance'), play: shows('alert') };

// Theming and localization

export const Theming: Story = { decorators: [hostStyle(BRAND_THEME)], play: showsContacts };
export const DarkScheme: Story = { ...onDarkPage(), play: showsContacts };
export const Localization: Story = { args: { locale: 'en' }, play: showsContacts };
