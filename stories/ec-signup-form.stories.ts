import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-signup-form.js';
import {
  BRAND_THEME,
  elementMeta,
  hostStyle,
  inProvider,
  onDarkPage,
  shows,
  submit,
  submitEmpty,
  VALUES,
  withScenario,
  type ElementArgs,
} from './support.js';

/** Account creation: names, mail and its confirmation, and the password the platform's policy asks. */
const meta = {
  title: 'Elements/ec-signup-form',
  component: 'ec-signup-form',
  ...elementMeta,
  render: ({ locale }) => inProvider(locale, html`<ec-signup-form></ec-signup-form>`),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Playground: Story = {};

// States

export const Default: Story = { play: shows('form') };
export const Pending: Story = { ...withScenario('slow'), play: submit(VALUES.signup, 'pending') };
export const Maintenance: Story = { ...withScenario('maintenance'), play: shows('alert') };
export const CampaignClosed: Story = { ...withScenario('campaign-closed'), play: shows('alert') };
export const RateLimited: Story = { ...withScenario('rate-limited'), play: submit(VALUES.signup, 'alert') };
export const ServerError: Story = { ...withScenario('server-error'), play: submit(VALUES.signup, 'alert') };
export const Offline: Story = { ...withScenario('offline'), play: submit(VALUES.signup, 'alert') };
export const ContractBreaking: Story = { ...withScenario('contract-breaking'), play: submit(VALUES.signup, 'alert') };
export const FieldErrors: Story = { play: submitEmpty };
/** The same answer whether or not the mail already had an account. */
export const Success: Story = { play: submit(VALUES.signup, 'status') };

// Theming and localization

export const Theming: Story = { decorators: [hostStyle(BRAND_THEME)], play: submitEmpty };
export const DarkScheme: Story = { ...onDarkPage(), play: submitEmpty };
export const Localization: Story = { args: { locale: 'en' }, play: submitEmpty };
