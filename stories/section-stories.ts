/**
 * The stories the profile's section forms share (Informations perso., Adresse, Baccalauréat),
 * built from what sets one form apart. Storybook indexes a file's own named exports only: each
 * story file exports them one by one (`export const Empty: Story = sectionStories.Empty;`).
 */
import type { StoryObj } from '@storybook/web-components-vite';
import type { Locale } from '../src/translations/translation.js';
import {
  logInAgain,
  meanwhile,
  saveSection,
  saves,
  sectionShows,
  tabRender,
  themingStories,
  withCandidate,
  type ElementArgs,
  type SectionKey,
  type SectionOutcome,
  type Sections,
  type SectionSave,
  type SectionTag,
} from './support.js';

type Story = StoryObj<ElementArgs>;

/** What sets one section form's stories apart. */
export interface SectionForm<K extends SectionKey> {
  tag: SectionTag;
  /** The heading the host page gives the section. */
  title: Record<Locale, string>;
  /** The form's section, as the SDK names it and staff lock it. */
  section: K;
  /** The section the candidate saved before the story (the lock and the conflict start from it). */
  saved: NonNullable<Sections[K]>;
  /** What the candidate types in the empty form, which then saves. */
  filled: Record<string, string>;
  /** What the candidate types before the failures, the lock and the session's end. */
  typed: Record<string, string>;
  /** A change the candidate types in the saved section, and the section as another tab saved it meanwhile. */
  conflict: { values: Record<string, string>; savedElsewhere: NonNullable<Sections[K]> };
}

/** The stories of every section form, for the form `form`: its states, its failures, its theming and localization. */
export function sectionFormStories<K extends SectionKey>(form: SectionForm<K>) {
  const { tag, section, conflict } = form;
  const saved = { [section]: form.saved } as Sections;
  const submitsEmpty = saves(tag, { outcome: 'summary' });
  /** Types `typed`, runs `before`, submits: the form shows `outcome`. */
  const typesAndSaves = (outcome: SectionOutcome, before?: SectionSave['before']) => saves(tag, { values: form.typed, before, outcome });
  return {
    Playground: { ...withCandidate(), play: sectionShows(tag, 'form') },
    Loading: { ...withCandidate({ scenario: 'slow' }), play: sectionShows(tag, 'loading') },
    Empty: { ...withCandidate(), play: sectionShows(tag, 'form') },
    Filled: { ...withCandidate(), play: saves(tag, { values: form.filled, outcome: 'saved' }) },
    Saved: { ...withCandidate({ sections: saved }), play: sectionShows(tag, 'form') },
    Invalid: { ...withCandidate(), play: submitsEmpty },
    Pending: { ...withCandidate(), play: typesAndSaves('pending', meanwhile.scenario('slow')) },
    ServerError: { ...withCandidate(), play: typesAndSaves('alert', meanwhile.scenario('server-error')) },
    Offline: { ...withCandidate(), play: typesAndSaves('alert', meanwhile.scenario('offline')) },
    Locked: { ...withCandidate({ sections: saved, locked: [section] }), render: tabRender(tag, form.title, { locked: true }), play: sectionShows(tag, 'locked') },
    LockedOnSave: { ...withCandidate({ locked: [section] }), play: typesAndSaves('alert') },
    Conflict: {
      ...withCandidate({ sections: saved }),
      play: saves(tag, { values: conflict.values, before: meanwhile.savedElsewhere(section, conflict.savedElsewhere), outcome: 'conflict' }),
    },
    SessionExpired: { ...withCandidate(), play: typesAndSaves('relogin', meanwhile.sessionEnds) },
    LoggedInAgain: {
      ...withCandidate(),
      play: async (context) => {
        const shown = await saveSection(context, tag, { values: form.typed, before: meanwhile.sessionEnds, outcome: 'relogin' });
        await logInAgain(context, shown);
      },
    },
    ...themingStories(withCandidate, submitsEmpty),
  } satisfies Record<string, Story>;
}
