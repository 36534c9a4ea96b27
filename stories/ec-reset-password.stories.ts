import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-reset-password.js';
import {
  BRAND_THEME,
  hostStyle,
  inProvider,
  onDarkPage,
  seedOf,
  seeds,
  shows,
  submit,
  submitEmpty,
  tokenMeta,
  VALUES,
  withScenario,
  withSeed,
  type TokenArgs,
} from './support.js';

/** Password reset from the mailed link: a new password and its confirmation, checked live against the policy. */
const meta = {
  title: 'Elements/ec-reset-password',
  component: 'ec-reset-password',
  ...tokenMeta,
  render: ({ locale, token }, context) => inProvider(locale, html`<ec-reset-password token=${token || seedOf(context).token || ''}></ec-reset-password>`),
} satisfies Meta<TokenArgs>;
export default meta;
type Story = StoryObj<TokenArgs>;

/** With an empty `token`, the token of a reset link just mailed. */
export const Playground: Story = { ...withSeed(seeds.resetToken), args: { token: '' } };

// States

export const Default: Story = { play: shows('form') };
export const Pending: Story = { ...withScenario('slow'), play: submit(VALUES.newPassword, 'pending') };
export const Maintenance: Story = { ...withScenario('maintenance'), play: shows('alert') };
export const CampaignClosed: Story = { ...withScenario('campaign-closed'), play: shows('alert') };
export const RateLimited: Story = { ...withScenario('rate-limited'), play: submit(VALUES.newPassword, 'alert') };
export const ServerError: Story = { ...withScenario('server-error'), play: submit(VALUES.newPassword, 'alert') };
export const Offline: Story = { ...withScenario('offline'), play: submit(VALUES.newPassword, 'alert') };
/** The SDK takes this operation's answer for a success as long as it is a 2xx: its body is not checked. */
export const ContractBreaking: Story = { ...withScenario('contract-breaking'), play: submit(VALUES.newPassword, 'answered') };
export const FieldErrors: Story = { play: submitEmpty };
export const Success: Story = { ...withSeed(seeds.resetToken), args: { token: '' }, play: submit(VALUES.newPassword, 'status') };
export const TokenInvalid: Story = { play: submit(VALUES.newPassword, 'alert') };
/** Reset links live two hours. */
export const TokenExpired: Story = { ...withSeed(seeds.expiredResetToken), args: { token: '' }, play: submit(VALUES.newPassword, 'alert') };
export const MissingToken: Story = { args: { token: '' }, play: shows('alert') };

// Theming and localization

export const Theming: Story = { decorators: [hostStyle(BRAND_THEME)], play: submitEmpty };
export const DarkScheme: Story = { ...onDarkPage(), play: submitEmpty };
export const Localization: Story = { args: { locale: 'en' }, play: submitEmpty };
