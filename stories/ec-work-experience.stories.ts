import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-work-experience.js';
import {
  asCandidate,
  BRAND_THEME,
  candidateOf,
  editsEntry,
  elementMeta,
  hostStyle,
  listShows,
  listsLines,
  meanwhile,
  onDarkPage,
  PROFILE,
  submitsEmptyEntry,
  titled,
  TYPED,
  withCandidate,
  type ElementArgs,
} from './support.js';

const TAG = 'ec-work-experience';
/** The heading the host page gives the tab (inside `<ec-profile>`, the tab names it). */
const TITLE = { fr: 'Expériences professionnelles', en: 'Work experience' };
/** Year, job title, duration and organisation are required; the goal is not. */
const REQUIRED_FIELDS = 4;
const ENTRIES = { workExperience: [PROFILE.workExperience(), PROFILE.workExperience({ year: 2026, title: 'Vendeuse', duration: '1 mois', organisation: 'Librairie Hisler', goal: null })] };

/**
 * Expériences pro.: the candidate's work experiences — year, job title, duration, organisation,
 * goal — added, edited and deleted. Shown here on its own, for a candidate logged in through the
 * provider.
 */
const meta = {
  title: 'Elements/ec-work-experience',
  component: TAG,
  ...elementMeta,
  render: ({ locale }, context) => asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-work-experience></ec-work-experience>`)),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Playground: Story = { ...withCandidate({ entries: ENTRIES }), play: listShows(TAG, 'list') };

// States

/** The work experiences take 2 s to come. */
export const Loading: Story = { ...withCandidate({ scenario: 'slow' }), play: listShows(TAG, 'loading') };
/** None yet: an "Ajouter" button. */
export const Empty: Story = { ...withCandidate(), play: listsLines(TAG, [], 'Vous n’avez pas encore renseigné l’onglet Expériences pro.') };
/** Two work experiences, each with its "Modifier" and "Supprimer". */
export const Entries: Story = {
  ...withCandidate({ entries: ENTRIES }),
  play: listsLines(TAG, ['2025 — Animatrice de centre de loisirs, Ville de Metz', '2026 — Vendeuse, Librairie Hisler']),
};
/** A work experience added: it joins the list. */
export const Added: Story = {
  ...withCandidate(),
  play: async (context) => {
    await editsEntry(TAG, { values: TYPED.workExperience, outcome: 'saved' })(context);
    await listsLines(TAG, ['2025 — Animatrice, Ville de Metz'])(context);
  },
};
/** A job title made more precise. */
export const Edited: Story = {
  ...withCandidate({ entries: { workExperience: [PROFILE.workExperience()] } }),
  play: async (context) => {
    await editsEntry(TAG, { entry: 0, values: { title: 'Animatrice BAFA' }, outcome: 'saved' })(context);
    await listsLines(TAG, ['2025 — Animatrice BAFA, Ville de Metz'])(context);
  },
};
export const Invalid: Story = { ...withCandidate(), play: submitsEmptyEntry(TAG, REQUIRED_FIELDS) };
/** A year before 1900. */
export const InvalidYear: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: { ...TYPED.workExperience, year: '1825' }, outcome: 'summary' }),
};
export const Pending: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: TYPED.workExperience, before: meanwhile.scenario('slow'), outcome: 'pending' }),
};
export const ServerError: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: TYPED.workExperience, before: meanwhile.scenario('server-error'), outcome: 'alert' }),
};
export const Offline: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: TYPED.workExperience, before: meanwhile.scenario('offline'), outcome: 'alert' }),
};
/** Staff are editing the tab: the host (here by hand; `<ec-profile>` from the summary) marks it `locked`. */
export const Locked: Story = {
  ...withCandidate({ entries: ENTRIES, locked: ['workExperience'] }),
  render: ({ locale }, context) => asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-work-experience locked></ec-work-experience>`)),
  play: listShows(TAG, 'locked'),
};
/** Staff locked the tab and nobody told the list: the save answers 409, said as such. */
export const LockedOnSave: Story = {
  ...withCandidate({ locked: ['workExperience'] }),
  play: editsEntry(TAG, { values: TYPED.workExperience, outcome: 'alert' }),
};
/** Another tab changed the work experience meanwhile (412): the list shows that version, the candidate's edit stays open. */
export const Conflict: Story = {
  ...withCandidate({ entries: { workExperience: [PROFILE.workExperience()] } }),
  play: async (context) => {
    await editsEntry(TAG, {
      entry: 0,
      values: { title: 'Animatrice BAFA' },
      before: meanwhile.entryEditedElsewhere('workExperience', PROFILE.workExperience({ title: 'Directrice adjointe' })),
      outcome: 'conflict',
    })(context);
    await listsLines(TAG, ['2025 — Directrice adjointe, Ville de Metz'])(context);
  },
};
/** The session ended while the candidate typed: the login shows in place, the entry stays. */
export const SessionExpired: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: TYPED.workExperience, before: meanwhile.sessionEnds, outcome: 'relogin' }),
};

// Theming and localization

export const Theming: Story = { ...withCandidate(), decorators: [hostStyle(BRAND_THEME)], play: submitsEmptyEntry(TAG, REQUIRED_FIELDS) };
export const DarkScheme: Story = { ...onDarkPage(withCandidate()), play: submitsEmptyEntry(TAG, REQUIRED_FIELDS) };
export const Localization: Story = { ...withCandidate(), args: { locale: 'en' }, play: submitsEmptyEntry(TAG, REQUIRED_FIELDS) };
