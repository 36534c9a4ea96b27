import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-platform-status.js';
import type { Config } from '../sdk/index.js';
import { formatDateTime } from '../src/internal/messages.js';
import { en } from '../src/translations/portal/en.js';
import { fr } from '../src/translations/portal/fr.js';
import type { Locale } from '../src/translations/translation.js';
import { BRAND_THEME, elementMeta, hostStyle, inProvider, onDarkPage, shows, withConfig, type ElementArgs } from './support.js';

const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString();

/** The platform's maintenance settings, with `changes`. */
const maintenance = (changes: Partial<Config['maintenance']>) => withConfig({ maintenance: { active: false, until: null, windows: [], ...changes } });

/**
 * When the platform is unavailable: maintenance now, a scheduled window announced before it starts,
 * the nightly window announced within the hour before it. Shown above a login form, whose submit
 * is disabled while the platform is unavailable.
 */
const meta = {
  title: 'Elements/ec-platform-status',
  component: 'ec-platform-status',
  ...elementMeta,
  render: ({ locale }) => inProvider(locale, html`<ec-platform-status></ec-platform-status><ec-login-form></ec-login-form>`),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;
type Play = NonNullable<Story['play']>;

/** A moment as the banner words it in `locale`, with its day unless `withDay` is false. */
const moment = (locale: Locale, iso: string, withDay = true) => formatDateTime(locale, iso, withDay);

/** Waits until the element's banners say `banners` (what is in force first, then what is announced). */
const says =
  (...banners: string[]): Play =>
  async ({ canvasElement }) => {
    const shown = () => [...canvasElement.querySelectorAll('ec-platform-status [part=alert]')].map((banner) => banner.textContent?.trim());
    await waitFor(() => expect(shown()).toEqual(banners), { timeout: 10_000 });
  };

const UNTIL = at(90);
const WINDOW = { start: at(2 * 24 * 60), end: at(2 * 24 * 60 + 180) };
const WINDOW_NOW = { start: at(-5), end: at(120) };
const NIGHT_SOON = { start: at(30), end: at(150), daily: true };
const NIGHT_NOW = { start: at(-10), end: at(110), daily: true };
const SCHEDULED = maintenance({ windows: [WINDOW] });
const MAINTENANCE_NOW = maintenance({ active: true, until: UNTIL });

/** The scheduled window's banner in `locale`. */
const announced = (locale: Locale) => (locale === 'fr' ? fr : en).status.scheduled(moment(locale, WINDOW.start), moment(locale, WINDOW.end));
/** The nightly window's banner for `night`. */
const nightly = (night: { start: string; end: string }) => fr.status.daily(moment('fr', night.start, false), moment('fr', night.end, false));

export const Playground: Story = SCHEDULED;

// States

export const NothingPlanned: Story = { ...maintenance({}), play: shows('form') };
export const MaintenanceNow: Story = { ...MAINTENANCE_NOW, play: says(fr.status.now(moment('fr', UNTIL))) };
export const MaintenanceNowEndUnknown: Story = { ...maintenance({ active: true }), play: says(fr.status.now(null)) };
export const ScheduledWindowAnnounced: Story = { ...SCHEDULED, play: says(announced('fr')) };
export const ScheduledWindowInForce: Story = { ...maintenance({ windows: [WINDOW_NOW] }), play: says(fr.status.now(moment('fr', WINDOW_NOW.end))) };
export const DailyWindowAnnounced: Story = { ...maintenance({ windows: [NIGHT_SOON] }), play: says(nightly(NIGHT_SOON)) };
export const DailyWindowInForce: Story = { ...maintenance({ windows: [NIGHT_NOW] }), play: says(nightly(NIGHT_NOW)) };
/** The nightly window in force, and a scheduled window announced: two banners. */
export const InForceAndAnnounced: Story = { ...maintenance({ windows: [NIGHT_NOW, WINDOW] }), play: says(nightly(NIGHT_NOW), announced('fr')) };

// Theming and localization

export const Theming: Story = { ...MAINTENANCE_NOW, decorators: [hostStyle(BRAND_THEME)], play: says(fr.status.now(moment('fr', UNTIL))) };
export const DarkScheme: Story = { ...onDarkPage(SCHEDULED), play: says(announced('fr')) };
export const Localization: Story = { ...SCHEDULED, args: { locale: 'en' }, play: says(announced('en')) };
