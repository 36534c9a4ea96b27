import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { SESSION_LIFETIME } from '../mocks/store.js';
import '../src/define/ec-provider.js';
import '../src/define/ec-assistance.js';
import '../src/define/ec-home.js';
import '../src/define/ec-session-expiry.js';
import { fr } from '../src/translations/portal/fr.js';
import type { Locale } from '../src/translations/translation.js';
import { asCandidate, BRAND_THEME, candidateOf, elementMeta, hostStyle, onDarkPage, withCandidate } from './support.js';

interface ExpiryArgs {
  locale: Locale;
  /** Seconds before the end of the session at which the warning shows (`warn-before`). */
  warnBefore: number;
}
type Story = StoryObj<ExpiryArgs>;
type Play = NonNullable<Story['play']>;

/** The mock's idle timeout (s): warning this long before the end shows the warning as soon as the candidate logs in. */
const AT_ONCE = SESSION_LIFETIME / 1000;

/**
 * The warning before the session ends for lack of activity, with one button to stay logged in,
 * and the notice once it has ended; above the home of a logged-in candidate.
 */
const meta = {
  title: 'Elements/ec-session-expiry',
  component: 'ec-session-expiry',
  args: { ...elementMeta.args, warnBefore: AT_ONCE },
  argTypes: {
    ...elementMeta.argTypes,
    warnBefore: { control: { type: 'number', min: 20 }, description: 'Seconds before the end at which to warn (`warn-before`, default 300).' },
  },
  render: ({ locale, warnBefore }, context) =>
    asCandidate(locale, candidateOf(context), html`<ec-session-expiry warn-before=${warnBefore}></ec-session-expiry><ec-home></ec-home>`),
} satisfies Meta<ExpiryArgs>;
export default meta;

const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';

/** Waits until the warning shows its button. */
const warns: Play = async ({ canvasElement }) => {
  await waitFor(() => expect(canvasElement.querySelector('ec-session-expiry button')).not.toBeNull(), { timeout: 10_000 });
};

/**
 * The story's own backend and logged-in candidate (each story has its own, as one sets the clock
 * back); with `endsIn`, the session ends that many seconds after the login: the backend's clock
 * runs behind while the page logs in.
 */
const loggedIn = (endsIn?: number) => {
  if (endsIn === undefined) return withCandidate();
  const behind = SESSION_LIFETIME - endsIn * 1000;
  return withCandidate({ beforeLogin: ({ backend }) => backend.advanceClock(-behind), afterLogin: ({ backend }) => backend.advanceClock(behind) });
};

export const Playground: Story = loggedIn();

// States

export const Warning: Story = { ...loggedIn(), play: warns };
export const Extended: Story = {
  ...loggedIn(),
  play: async (context) => {
    await warns(context);
    await context.userEvent.click(context.canvasElement.querySelector('ec-session-expiry button')!);
    await waitFor(() => expect(text(context.canvasElement, 'ec-session-expiry [role=status]')).toBe(fr.sessionExpiry.extended), { timeout: 10_000 });
  },
};
export const FarFromTheEnd: Story = {
  ...loggedIn(),
  args: { warnBefore: 300 },
  play: async (context) => {
    const { canvasElement } = context;
    await waitFor(() => expect(text(canvasElement, 'ec-home')).toContain(fr.home.loggedInAs(candidateOf(context).login)), { timeout: 10_000 });
    await expect(text(canvasElement, 'ec-session-expiry')).toBe('');
  },
};

/**
 * The session ended for lack of activity (here 4 s after the login): the notice says so. Above the
 * help page rather than the home: the home reads the candidate's progress, which is activity and
 * keeps the session; the help page reads only the configuration.
 */
export const Ended: Story = {
  ...loggedIn(4),
  render: ({ locale, warnBefore }, context) =>
    asCandidate(locale, candidateOf(context), html`<ec-session-expiry warn-before=${warnBefore}></ec-session-expiry><ec-assistance></ec-assistance>`),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(text(canvasElement, 'ec-session-expiry [role=alert]')).toBe(fr.sessionExpiry.expired), { timeout: 15_000 });
  },
};

// Theming and localization

export const Theming: Story = { ...loggedIn(), decorators: [hostStyle(BRAND_THEME)], play: warns };
export const DarkScheme: Story = { ...onDarkPage(loggedIn()), play: warns };
export const Localization: Story = { ...loggedIn(), args: { locale: 'en' }, play: warns };
