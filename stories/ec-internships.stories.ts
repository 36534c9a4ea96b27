import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ec-provider.js';
import '../src/define/ec-login-form.js';
import '../src/define/ec-internships.js';
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

const TAG = 'ec-internships';
/** The heading the host page gives the tab (inside `<ec-profile>`, the tab names it). */
const TITLE = { fr: 'Stages', en: 'Internships' };
/** Year, duration, organisation and description are required; hours per week are not. */
const REQUIRED_FIELDS = 4;
const ENTRIES = { internships: [PROFILE.internship(), PROFILE.internship({ year: 2026, duration: '3 mois', organisation: 'Cabinet Weber & associés' })] };

/**
 * Stages: the candidate's internships — year, duration, hours per week, organisation,
 * description — added, edited and deleted. Shown here on its own, for a candidate logged in
 * through the provider.
 */
const meta = {
  title: 'Elements/ec-internships',
  component: TAG,
  ...elementMeta,
  render: ({ locale }, context) => asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-internships></ec-internships>`)),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Playground: Story = { ...withCandidate({ entries: ENTRIES }), play: listShows(TAG, 'list') };

// States

/** The internships take 2 s to come. */
export const Loading: Story = { ...withCandidate({ scenario: 'slow' }), play: listShows(TAG, 'loading') };
/** None yet: an "Ajouter" button. */
export const Empty: Story = { ...withCandidate(), play: listsLines(TAG, [], 'Vous n’avez pas encore renseigné l’onglet Stages.') };
/** Two internships, each with its "Modifier" and "Supprimer". */
export const Entries: Story = {
  ...withCandidate({ entries: ENTRIES }),
  play: listsLines(TAG, ['2025 — Mairie de Metz (6 semaines)', '2026 — Cabinet Weber & associés (3 mois)']),
};
/** An internship added: it joins the list. */
export const Added: Story = {
  ...withCandidate(),
  play: async (context) => {
    await editsEntry(TAG, { values: TYPED.internship, outcome: 'saved' })(context);
    await listsLines(TAG, ['2025 — Mairie de Metz (6 semaines)'])(context);
  },
};
/** An internship's duration corrected. */
export const Edited: Story = {
  ...withCandidate({ entries: { internships: [PROFILE.internship()] } }),
  play: async (context) => {
    await editsEntry(TAG, { entry: 0, values: { duration: '8 semaines' }, outcome: 'saved' })(context);
    await listsLines(TAG, ['2025 — Mairie de Metz (8 semaines)'])(context);
  },
};
export const Invalid: Story = { ...withCandidate(), play: submitsEmptyEntry(TAG, REQUIRED_FIELDS) };
/** A two-digit year and 120 hours a week. */
export const InvalidFormats: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: { ...TYPED.internship, year: '25', hoursPerWeek: '120' }, outcome: 'summary' }),
};
export const Pending: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: TYPED.internship, before: meanwhile.scenario('slow'), outcome: 'pending' }),
};
export const ServerError: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: TYPED.internship, before: meanwhile.scenario('server-error'), outcome: 'alert' }),
};
export const Offline: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: TYPED.internship, before: meanwhile.scenario('offline'), outcome: 'alert' }),
};
/** Staff are editing the tab: the host (here by hand; `<ec-profile>` from the summary) marks it `locked`. */
export const Locked: Story = {
  ...withCandidate({ entries: ENTRIES, locked: ['internships'] }),
  render: ({ locale }, context) => asCandidate(locale, candidateOf(context), titled(TITLE[locale], html`<ec-internships locked></ec-internships>`)),
  play: listShows(TAG, 'locked'),
};
/** Staff locked the tab and nobody told the list: the save answers 409, said as such. */
export const LockedOnSave: Story = {
  ...withCandidate({ locked: ['internships'] }),
  play: editsEntry(TAG, { values: TYPED.internship, outcome: 'alert' }),
};
/** Another tab changed the internship meanwhile (412): the list shows that version, the candidate's edit stays open. */
export const Conflict: Story = {
  ...withCandidate({ entries: { internships: [PROFILE.internship()] } }),
  play: async (context) => {
    await editsEntry(TAG, {
      entry: 0,
      values: { duration: '8 semaines' },
      before: meanwhile.entryEditedElsewhere('internships', PROFILE.internship({ duration: '7 semaines' })),
      outcome: 'conflict',
    })(context);
    await listsLines(TAG, ['2025 — Mairie de Metz (7 semaines)'])(context);
  },
};
/** The session ended while the candidate typed: the login shows in place, the entry stays. */
export const SessionExpired: Story = {
  ...withCandidate(),
  play: editsEntry(TAG, { values: TYPED.internship, before: meanwhile.sessionEnds, outcome: 'relogin' }),
};

// Theming and localization

export const Theming: Story = { ...withCandidate(), decorators: [hostStyle(BRAND_THEME)], play: submitsEmptyEntry(TAG, REQUIRED_FIELDS) };
export const DarkScheme: Story = { ...onDarkPage(withCandidate()), play: submitsEmptyEntry(TAG, REQUIRED_FIELDS) };
export const Localization: Story = { ...withCandidate(), args: { locale: 'en' }, play: submitsEmptyEntry(TAG, REQUIRED_FIELDS) };
