import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-activation.js';
import {
  BRAND_THEME,
  hostStyle,
  inProvider,
  onDarkPage,
  seedOf,
  seeds,
  shows,
  tokenMeta,
  withScenario,
  withSeed,
  type TokenArgs,
} from './support.js';

/** Account activation from the mailed link: activates at once and shows the login, or why the link no longer works. */
const meta = {
  title: 'Elements/ec-activation',
  component: 'ec-activation',
  ...tokenMeta,
  render: ({ locale, token }, context) => inProvider(locale, html`<ec-activation token=${token || seedOf(context).token || ''}></ec-activation>`),
} satisfies Meta<TokenArgs>;
export default meta;
type Story = StoryObj<TokenArgs>;

/** With an empty `token`, the token of a new account awaiting activation. */
export const Playground: Story = { ...withSeed(seeds.pendingAccount), args: { token: '' } };

// States

export const Success: Story = { ...withSeed(seeds.pendingAccount), args: { token: '' }, play: shows('status') };
export const AlreadyActivated: Story = { ...withSeed(seeds.activatedAccount), args: { token: '' }, play: shows('status') };
export const TokenInvalid: Story = { play: shows('alert') };
/** The account was deleted for not being activated before its deadline. */
export const TokenExpired: Story = { ...withSeed(seeds.expiredActivation), args: { token: '' }, play: shows('alert') };
export const MissingToken: Story = { args: { token: '' }, play: shows('alert') };
export const Pending: Story = { ...withScenario('slow'), play: shows('pending') };
export const Maintenance: Story = { ...withScenario('maintenance'), play: shows('alert') };
export const CampaignClosed: Story = { ...withScenario('campaign-closed'), play: shows('alert') };
export const RateLimited: Story = { ...withScenario('rate-limited'), play: shows('alert') };
export const ServerError: Story = { ...withScenario('server-error'), play: shows('alert') };
export const Offline: Story = { ...withScenario('offline'), play: shows('alert') };
export const ContractBreaking: Story = { ...withScenario('contract-breaking'), play: shows('alert') };

// Theming and localization

/** On a server error, to show the alert and the retry button in the host's colours. */
export const Theming: Story = { ...withScenario('server-error'), decorators: [hostStyle(BRAND_THEME)], play: shows('alert') };
export const DarkScheme: Story = { ...onDarkPage(withSeed(seeds.pendingAccount)), args: { token: '' }, play: shows('status') };
export const Localization: Story = { ...withSeed(seeds.pendingAccount), args: { locale: 'en', token: '' }, play: shows('status') };
