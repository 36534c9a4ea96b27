import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import {
  BRAND_THEME,
  elementMeta,
  hostStyle,
  inProvider,
  onDarkPage,
  seeds,
  shows,
  submit,
  submitEmpty,
  VALUES,
  withScenario,
  withSeed,
  type ElementArgs,
} from './support.js';

/** Login with the login (dossier number) and password, and the institution's CAS entry. */
const meta = {
  title: 'Elements/ec-login-form',
  component: 'ec-login-form',
  ...elementMeta,
  render: ({ locale }) => inProvider(locale, html`<ec-login-form></ec-login-form>`),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Playground: Story = {};

// States

export const Default: Story = { play: shows('form') };
export const Pending: Story = { ...withScenario('slow'), play: submit(VALUES.login, 'pending') };
export const Maintenance: Story = { ...withScenario('maintenance'), play: shows('alert') };
export const CampaignClosed: Story = { ...withScenario('campaign-closed'), play: shows('alert') };
export const RateLimited: Story = { ...withScenario('rate-limited'), play: submit(VALUES.login, 'alert') };
export const ServerError: Story = { ...withScenario('server-error'), play: submit(VALUES.login, 'alert') };
export const Offline: Story = { ...withScenario('offline'), play: submit(VALUES.login, 'alert') };
export const ContractBreaking: Story = { ...withScenario('contract-breaking'), play: submit(VALUES.login, 'alert') };
export const FieldErrors: Story = { play: submitEmpty };
export const InvalidCredentials: Story = { play: submit(VALUES.login, 'alert') };
export const LoggedIn: Story = {
  ...withSeed(seeds.activatedAccount),
  play: submit(({ login = '', password = '' }) => ({ login, password }), 'status'),
};

// Theming and localization

export const Theming: Story = { decorators: [hostStyle(BRAND_THEME)], play: submitEmpty };
export const DarkScheme: Story = { ...onDarkPage(), play: submitEmpty };
export const Localization: Story = { args: { locale: 'en' }, play: submitEmpty };
