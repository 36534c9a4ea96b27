import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-platform-status.js';
import type { Config } from '../sdk/index.js';
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

const SCHEDULED = maintenance({ windows: [{ start: at(2 * 24 * 60), end: at(2 * 24 * 60 + 180) }] });

export const Playground: Story = SCHEDULED;

// States

export const NothingPlanned: Story = { ...maintenance({}), play: shows('form') };
export const MaintenanceNow: Story = { ...maintenance({ active: true, until: at(90) }), play: shows('alert') };
export const MaintenanceNowEndUnknown: Story = { ...maintenance({ active: true }), play: shows('alert') };
export const ScheduledWindowAnnounced: Story = { ...SCHEDULED, play: shows('form') };
export const ScheduledWindowInForce: Story = { ...maintenance({ windows: [{ start: at(-5), end: at(120) }] }), play: shows('alert') };
export const DailyWindowAnnounced: Story = { ...maintenance({ windows: [{ start: at(30), end: at(150), daily: true }] }), play: shows('form') };
export const DailyWindowInForce: Story = { ...maintenance({ windows: [{ start: at(-10), end: at(110), daily: true }] }), play: shows('alert') };

// Theming and localization

export const Theming: Story = { ...maintenance({ active: true, until: at(90) }), decorators: [hostStyle(BRAND_THEME)], play: shows('alert') };
export const DarkScheme: Story = { ...onDarkPage(SCHEDULED), play: shows('form') };
export const Localization: Story = { ...SCHEDULED, args: { locale: 'en' }, play: shows('form') };
