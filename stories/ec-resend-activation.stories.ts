import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-resend-activation.js';
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

/** Lost activation code: the mail only; a new activation link goes by mail. */
const meta = {
  title: 'Elements/ec-resend-activation',
  component: 'ec-resend-activation',
  ...elementMeta,
  render: ({ locale }) => inProvider(locale, html`<ec-resend-activation></ec-resend-activation>`),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Playground: Story = {};

// States

export const Default: Story = { play: shows('form') };
export const Pending: Story = { ...withScenario('slow'), play: submit(VALUES.mail, 'pending') };
export const Maintenance: Story = { ...withScenario('maintenance'), play: shows('alert') };
export const CampaignClosed: Story = { ...withScenario('campaign-closed'), play: shows('alert') };
export const RateLimited: Story = { ...withScenario('rate-limited'), play: submit(VALUES.mail, 'alert') };
export const ServerError: Story = { ...withScenario('server-error'), play: submit(VALUES.mail, 'alert') };
export const Offline: Story = { ...withScenario('offline'), play: submit(VALUES.mail, 'alert') };
/** The SDK takes this operation's answer for a success as long as it is a 2xx: its body is not checked. */
export const ContractBreaking: Story = { ...withScenario('contract-breaking'), play: submit(VALUES.mail, 'answered') };
export const FieldErrors: Story = { play: submitEmpty };
/** The same answer whether or not the mail has an account. */
export const Success: Story = { play: submit(VALUES.mail, 'status') };

// Theming and localization

export const Theming: Story = { decorators: [hostStyle(BRAND_THEME)], play: submitEmpty };
export const DarkScheme: Story = { ...onDarkPage(), play: submitEmpty };
export const Localization: Story = { args: { locale: 'en' }, play: submitEmpty };
