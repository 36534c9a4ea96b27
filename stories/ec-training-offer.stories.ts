import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/ec-provider.js';
import '../src/define/ec-training-offer.js';
import { fr as baseFr } from '../src/translations/fr.js';
import { en } from '../src/translations/portal/en.js';
import { fr } from '../src/translations/portal/fr.js';
import { BRAND_THEME, elementMeta, hostStyle, inProvider, onDarkPage, shows, withScenario, type ElementArgs } from './support.js';

type Story = StoryObj<ElementArgs>;
type Play = NonNullable<Story['play']>;

/** Offre de formation: the public offer by application centre, searched as the candidate types and filtered by centre and diploma type. */
const meta = {
  title: 'Elements/ec-training-offer',
  component: 'ec-training-offer',
  ...elementMeta,
  render: ({ locale }) => inProvider(locale, html`<ec-training-offer></ec-training-offer>`),
} satisfies Meta<ElementArgs>;
export default meta;

const searchOf = (root: HTMLElement) => root.querySelector<HTMLInputElement>('input[type=search]');

/** Waits until the offer shows its programmes. */
const showsOffer: Play = async ({ canvasElement }) => {
  await waitFor(() => expect(canvasElement.querySelector('.ec-programme')).not.toBeNull(), { timeout: 10_000 });
};

/** Types `text` in the search, and picks the `centre` and `diplomaType` codes, then waits until the count says `count` (as `t` words it). */
const searches =
  ({ text, centre, diplomaType }: { text?: string; centre?: string; diplomaType?: string }, count: string): Play =>
  async (context) => {
    const { canvasElement, userEvent } = context;
    await waitFor(() => expect(searchOf(canvasElement)).not.toBeNull(), { timeout: 10_000 });
    const [centres, types] = canvasElement.querySelectorAll('select');
    if (centre) await userEvent.selectOptions(centres, centre);
    if (diplomaType) await userEvent.selectOptions(types, diplomaType);
    if (text) await userEvent.type(searchOf(canvasElement)!, text);
    await waitFor(() => expect(canvasElement.querySelector('.ec-count')?.textContent?.trim()).toBe(count));
  };

export const Playground: Story = {};

// States

/** The offer takes 2 s to come. */
export const Loading: Story = {
  ...withScenario('slow'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.ec-training-offer [role=status]')?.textContent).toBe(baseFr.loading), { timeout: 10_000 });
  },
};
export const Offer: Story = { play: showsOffer };
/** Accents and case do not matter: the programmes of the Faculté d’économie. */
export const Searching: Story = { play: searches({ text: 'economie' }, fr.trainingOffer.count(6)) };
/** The masters of the Faculté de droit. */
export const ByCentreAndDiplomaType: Story = { play: searches({ centre: 'DROIT', diplomaType: 'MAST' }, fr.trainingOffer.count(3)) };
/** No programme matches: the count and a sentence say so. */
export const NothingFound: Story = {
  play: async (context) => {
    await searches({ text: 'astrophysique' }, fr.trainingOffer.count(0))(context);
    await expect(context.canvasElement.textContent).toContain(fr.trainingOffer.none);
  },
};
export const Failed: Story = { ...withScenario('server-error'), play: shows('alert') };

// Theming and localization

export const Theming: Story = { decorators: [hostStyle(BRAND_THEME)], play: showsOffer };
export const DarkScheme: Story = { ...onDarkPage(), play: showsOffer };
export const Localization: Story = { args: { locale: 'en' }, play: searches({ text: 'master' }, en.trainingOffer.count(8)) };
