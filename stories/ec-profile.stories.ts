import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-profile.js';
import '../src/define/ec-personal-info-form.js';
import '../src/define/ec-address-form.js';
import '../src/define/ec-baccalaureate-form.js';
import type { Locale } from '../src/translations/translation.js';
import {
  asCandidate,
  BRAND_THEME,
  candidateOf,
  elementMeta,
  fillSection,
  hostStyle,
  meanwhile,
  onDarkPage,
  PROFILE,
  saves,
  sectionIn,
  sectionShows,
  TYPED,
  untilSection,
  withCandidate,
} from './support.js';

interface ProfileArgs {
  locale: Locale;
  /** The active tab (`tab` attribute), for deep links. */
  tab: string;
}
type Story = StoryObj<ProfileArgs>;
type Play = NonNullable<Story['play']>;

/**
 * Mon compte: the profile's tabs in eCandidat's order — those whose elements the page defines,
 * here Informations perso., Adresse and Baccalauréat — a badge on each, what is still missing
 * before applying, previous/next. For a candidate logged in through the provider.
 */
const meta = {
  title: 'Elements/ec-profile',
  component: 'ec-profile',
  args: { ...elementMeta.args, tab: '' },
  argTypes: {
    ...elementMeta.argTypes,
    tab: {
      control: 'select',
      options: ['', 'personalInfo', 'address', 'baccalaureate'],
      description: 'The active tab (`tab` attribute, reflected); empty for the first one.',
    },
  },
  parameters: { actions: { handles: ['ec-submit', 'ec-success', 'ec-error', 'ec-tab-change'] } },
  render: ({ locale, tab }, context) => asCandidate(locale, candidateOf(context), html`<ec-profile tab=${tab}></ec-profile>`),
} satisfies Meta<ProfileArgs>;
export default meta;

// What the shell shows

const profileOf = (root: HTMLElement) => root.querySelector('ec-profile')!;
const tabButton = (root: HTMLElement, tab: string) => root.querySelector<HTMLButtonElement>(`[role=tab][id$="-tab-${tab}"]`);
const badge = (root: HTMLElement, tab: string) => tabButton(root, tab)?.querySelector('.ec-badge')?.getAttribute('data-state');

/** Waits until the missing list has `count` entries (0: the profile says the candidate can apply). */
async function untilMissing(root: HTMLElement, count: number) {
  await waitFor(
    () => {
      const missing = profileOf(root).querySelector('.ec-missing');
      if (count === 0) return expect(missing?.querySelector('.ec-success'), 'the profile says the candidate can apply').not.toBeNull();
      return expect(missing?.querySelectorAll('li') ?? [], `${count} things still missing`).toHaveLength(count);
    },
    { timeout: 10_000 },
  );
}

/** Waits until the profile lists `count` missing things, with these badges on the tabs. */
const showsSummary =
  (count: number, badges: Record<string, string> = {}): Play =>
  async ({ canvasElement }) => {
    await untilSection(await sectionIn(canvasElement, 'ec-personal-info-form'), 'form');
    await untilMissing(canvasElement, count);
    for (const [tab, state] of Object.entries(badges)) await expect(badge(canvasElement, tab), `the ${tab} tab's badge`).toBe(state);
  };

/** Opens `tab` by clicking it. */
async function open(context: Parameters<Play>[0], tab: string) {
  const { canvasElement, userEvent } = context;
  await waitFor(() => expect(tabButton(canvasElement, tab)).not.toBeNull(), { timeout: 10_000 });
  await userEvent.click(tabButton(canvasElement, tab)!);
}

const TO_FILL = { personalInfo: 'à remplir', address: 'à remplir', baccalaureate: 'à remplir' };
const EVERY_SECTION = {
  personalInfo: PROFILE.personalInfo({ ine: PROFILE.ine }),
  address: PROFILE.address(),
  baccalaureate: PROFILE.bac(),
};

export const Playground: Story = { ...withCandidate(), play: sectionShows('ec-personal-info-form', 'form') };

// States

/** The profile's reads take 2 s: the tabs show at once, each tab's content once it came. */
export const Loading: Story = { ...withCandidate({ scenario: 'slow' }), play: sectionShows('ec-personal-info-form', 'loading') };
/** A new candidate: every mandatory tab to fill, Nom and Prénom already there from the account. */
export const Empty: Story = { ...withCandidate(), play: showsSummary(3, TO_FILL) };
/** Informations perso. and Adresse saved: only the Baccalauréat left. */
export const PartlyFilled: Story = {
  ...withCandidate({ sections: { personalInfo: EVERY_SECTION.personalInfo, address: EVERY_SECTION.address } }),
  play: showsSummary(1, { personalInfo: 'complet', address: 'complet', baccalaureate: 'à remplir' }),
};
/** A French national with a 2024 general bac and no INE: the INE is what is missing. */
export const MissingIne: Story = {
  ...withCandidate({ sections: { ...EVERY_SECTION, personalInfo: PROFILE.personalInfo() } }),
  play: showsSummary(1),
};
export const ReadyToApply: Story = {
  ...withCandidate({ sections: EVERY_SECTION }),
  play: showsSummary(0, { personalInfo: 'complet', address: 'complet', baccalaureate: 'complet' }),
};
/** The first tab saved from empty: its badge turns "complet" and it leaves the missing list. */
export const SavingATab: Story = {
  ...withCandidate(),
  play: async (context) => {
    await saves('ec-personal-info-form', { values: TYPED.personalInfo, outcome: 'saved' })(context);
    await untilMissing(context.canvasElement, 2);
    await expect(badge(context.canvasElement, 'personalInfo')).toBe('complet');
  },
};
export const Invalid: Story = { ...withCandidate(), play: saves('ec-personal-info-form', { outcome: 'summary' }) };
export const Pending: Story = {
  ...withCandidate(),
  play: saves('ec-personal-info-form', { values: TYPED.personalInfo, before: meanwhile.scenario('slow'), outcome: 'pending' }),
};
export const ServerError: Story = {
  ...withCandidate(),
  play: saves('ec-personal-info-form', { values: TYPED.personalInfo, before: meanwhile.scenario('server-error'), outcome: 'alert' }),
};
export const Offline: Story = {
  ...withCandidate(),
  play: saves('ec-personal-info-form', { values: TYPED.personalInfo, before: meanwhile.scenario('offline'), outcome: 'alert' }),
};
/** Staff are editing the Adresse tab: its badge says so, and the tab is read-only. */
export const LockedTab: Story = {
  ...withCandidate({ sections: { address: EVERY_SECTION.address }, locked: ['address'] }),
  play: async (context) => {
    await waitFor(() => expect(badge(context.canvasElement, 'address')).toBe('verrouillé'), { timeout: 10_000 });
    await open(context, 'address');
    await untilSection(await sectionIn(context.canvasElement, 'ec-address-form'), 'locked');
  },
};
/** Another tab saved a newer version meanwhile: both side by side, the candidate chooses. */
export const Conflict: Story = {
  ...withCandidate({ sections: { personalInfo: EVERY_SECTION.personalInfo } }),
  play: saves('ec-personal-info-form', {
    values: { usageName: 'Martin' },
    before: meanwhile.savedElsewhere('personalInfo', PROFILE.personalInfo({ ine: PROFILE.ine, mobilePhone: '07 98 76 54 32' })),
    outcome: 'conflict',
  }),
};
/** The session ended while the candidate typed: the login shows in place, the edits stay. */
export const SessionExpired: Story = {
  ...withCandidate(),
  play: saves('ec-personal-info-form', { values: TYPED.personalInfo, before: meanwhile.sessionEnds, outcome: 'relogin' }),
};
/** Leaving a tab with unsaved changes asks first. */
export const UnsavedChanges: Story = {
  ...withCandidate(),
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const section = await sectionIn(canvasElement, 'ec-personal-info-form');
    await untilSection(section, 'form');
    await fillSection(section, { usageName: 'Martin' }, userEvent);
    await open(context, 'address');
    await waitFor(() => expect(profileOf(canvasElement).querySelector('.ec-profile > [role=alert]')).not.toBeNull(), { timeout: 10_000 });
    await expect(badge(canvasElement, 'personalInfo')).toBe('modifications non enregistrées');
  },
};
/** The arrow keys move between tabs, and the active tab is reflected for the host's deep link. */
export const KeyboardTabs: Story = {
  ...withCandidate(),
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    await untilSection(await sectionIn(canvasElement, 'ec-personal-info-form'), 'form');
    tabButton(canvasElement, 'personalInfo')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await untilSection(await sectionIn(canvasElement, 'ec-address-form'), 'form');
    await expect(profileOf(canvasElement).getAttribute('tab')).toBe('address');
  },
};
/** Opened at the Baccalauréat tab (`tab="baccalaureate"`), as from a deep link. */
export const DeepLink: Story = { ...withCandidate(), args: { tab: 'baccalaureate' }, play: sectionShows('ec-baccalaureate-form', 'form') };
/** An address in Berlin saved in the Adresse tab. */
export const ForeignAddress: Story = {
  ...withCandidate({ sections: { personalInfo: EVERY_SECTION.personalInfo } }),
  args: { tab: 'address' },
  play: async (context) => {
    await saves('ec-address-form', { values: TYPED.foreignAddress, outcome: 'saved' })(context);
    await untilMissing(context.canvasElement, 1);
  },
};
/** A Moroccan bac, admitted as equivalent: with the other tabs filled, the candidate can apply. */
export const ForeignBac: Story = {
  ...withCandidate({ sections: { personalInfo: PROFILE.personalInfo(), address: PROFILE.foreignAddress() } }),
  args: { tab: 'baccalaureate' },
  play: async (context) => {
    await saves('ec-baccalaureate-form', { values: TYPED.foreignBac, outcome: 'saved' })(context);
    await untilMissing(context.canvasElement, 0);
  },
};
/** "Je n'ai pas le bac": the Baccalauréat tab is filled with that. */
export const NoBac: Story = {
  ...withCandidate({ sections: { personalInfo: PROFILE.personalInfo(), address: PROFILE.address() } }),
  args: { tab: 'baccalaureate' },
  play: async (context) => {
    await saves('ec-baccalaureate-form', { values: TYPED.noBac, outcome: 'saved' })(context);
    await untilMissing(context.canvasElement, 0);
  },
};

// Theming and localization

export const Theming: Story = { ...withCandidate(), decorators: [hostStyle(BRAND_THEME)], play: showsSummary(3) };
export const DarkScheme: Story = { ...onDarkPage(withCandidate()), play: showsSummary(3) };
export const Localization: Story = {
  ...withCandidate({ sections: { personalInfo: EVERY_SECTION.personalInfo } }),
  args: { locale: 'en' },
  play: showsSummary(2, { personalInfo: 'complete', address: 'to fill' }),
};
