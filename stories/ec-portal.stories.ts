import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, waitFor } from 'storybook/test';
import '../src/define/ec-portal.js';
import type { EcPortal } from '../src/components/portal/portal.js';
import type { EcNavigateEvent } from '../src/events/events.js';
import type { Locale } from '../src/translations/translation.js';
import { BRAND_THEME, candidateOf, elementMeta, hostStyle, loggedIn, onDarkPage, withCandidate, withScenario } from './support.js';

interface PortalArgs {
  locale: Locale;
  /** The view shown (`view`): `home`, `login`, `account`, `account/<tab>`… */
  view: string;
}
type Story = StoryObj<PortalArgs>;
type Play = NonNullable<Story['play']>;

/** The story is the portal's host: it routes each `ec-navigate` itself, so the story's URL never changes. */
const route = (event: EcNavigateEvent) => {
  event.preventDefault();
  (event.currentTarget as EcPortal).view = event.to;
};

/**
 * The whole candidate front in one tag: menu, home, help, training offer, account creation and
 * recovery, login, profile, platform status and session warnings. Here with `routing="host"`.
 */
const meta = {
  title: 'Elements/ec-portal',
  component: 'ec-portal',
  args: { ...elementMeta.args, view: 'home' },
  argTypes: {
    ...elementMeta.argTypes,
    view: {
      control: 'select',
      options: ['home', 'assistance', 'training-offer', 'login', 'signup', 'activation', 'forgotten-credentials', 'resend-activation', 'password-reset', 'account'],
      description: 'The view shown (`view`, with `routing="host"`).',
    },
  },
  render: ({ locale, view }) => html`<ec-portal base-url="/api/" routing="host" locale=${locale} view=${view} @ec-navigate=${route}></ec-portal>`,
} satisfies Meta<PortalArgs>;
export default meta;

/** A candidate logged in through the portal's own session store. */
const asCandidate: Story = {
  ...withCandidate(),
  render: ({ locale, view }, context) =>
    html`<ec-portal
      base-url="/api/"
      routing="host"
      locale=${locale}
      view=${view}
      @ec-navigate=${route}
      ${ref((element) => element && void loggedIn(element as EcPortal, candidateOf(context)))}
    ></ec-portal>`,
};

/** Waits until the view shows the element `tag` with its heading. */
const showsView =
  (tag: string): Play =>
  async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(`.ec-view > ${tag} h2`)).not.toBeNull(), { timeout: 10_000 });
  };

export const Playground: Story = {};

// States

export const Home: Story = { play: showsView('ec-home') };
export const Login: Story = { args: { view: 'login' }, play: showsView('ec-login-form') };
export const TrainingOffer: Story = { args: { view: 'training-offer' }, play: showsView('ec-training-offer') };
export const Assistance: Story = { args: { view: 'assistance' }, play: showsView('ec-assistance') };
export const Signup: Story = { args: { view: 'signup' }, play: showsView('ec-signup-form') };
/** A mailed activation link lands here (`?token=…#activation`); without its token, as here, it says the link is incomplete. */
export const Activation: Story = { args: { view: 'activation' }, play: showsView('ec-activation') };
export const ForgottenCredentials: Story = { args: { view: 'forgotten-credentials' }, play: showsView('ec-forgot-credentials') };
export const ResendActivation: Story = { args: { view: 'resend-activation' }, play: showsView('ec-resend-activation') };
/** A mailed reset link lands here (`?token=…#password-reset`); without its token, as here, it says the link is incomplete. */
export const PasswordReset: Story = { args: { view: 'password-reset' }, play: showsView('ec-reset-password') };
/** Mon compte asked while logged out: the login shows instead (and Mon compte once logged in). */
export const AccountLoggedOut: Story = { args: { view: 'account' }, play: showsView('ec-login-form') };
export const Maintenance: Story = { ...withScenario('maintenance'), play: showsView('ec-home') };
export const LoggedIn: Story = { ...asCandidate, play: showsView('ec-home') };
export const Account: Story = { ...asCandidate, args: { view: 'account' }, play: showsView('ec-profile') };

// Theming and localization

export const Theming: Story = { decorators: [hostStyle(BRAND_THEME)], play: showsView('ec-home') };
export const DarkScheme: Story = { ...onDarkPage(), play: showsView('ec-home') };
export const Localization: Story = { args: { locale: 'en' }, play: showsView('ec-home') };
