/**
 * The stories the profile's list tabs share (Cursus externe, Stages, Expériences pro.), and those
 * its read-only tabs share (Cursus interne, Candidatures), built from what sets one tab apart.
 * Storybook indexes a file's own named exports only: each story file exports them one by one
 * (`export const Empty: Story = listStories.Empty;`).
 */
import type { StoryObj } from '@storybook/web-components-vite';
import type { ListInput, ListName } from '../sdk/index.js';
import { fr } from '../src/translations/profile/fr.js';
import type { Locale } from '../src/translations/translation.js';
import {
  editsEntry,
  listShows,
  listsLines,
  meanwhile,
  retriesRead,
  submitsEmptyEntry,
  tabRender,
  themingStories,
  withCandidate,
  type CandidateOptions,
  type ElementArgs,
  type Entries,
  type EntryEdit,
  type ListOutcome,
  type ListTag,
  type Records,
  type RecordsTag,
} from './support.js';

type Story = StoryObj<ElementArgs>;
type Play = NonNullable<Story['play']>;

/** A play function that runs `plays` one after the other. */
const inTurn =
  (...plays: Play[]): Play =>
  async (context) => {
    for (const play of plays) await play(context);
  };

/** What the candidate types in an entry, and the line the list then shows for it. */
interface Typed {
  values: Record<string, string>;
  line: string;
}

/** What sets one list tab's stories apart. */
export interface ListTab<N extends ListName> {
  tag: ListTag;
  /** The heading the host page gives the tab. */
  title: Record<Locale, string>;
  /** The tab's list, as the SDK names it and staff lock it. */
  list: N;
  /** How many fields the empty entry form says are required. */
  requiredFields: number;
  /** Two entries the candidate added before the story, and the lines the list shows for them. */
  entries: { items: [ListInput[N], ListInput[N]]; lines: [string, string] };
  /** A new entry (the failures type it too). */
  added: Typed;
  /** A change to the first entry. */
  edited: Typed;
  /** The first entry as another tab saved it meanwhile, and its line. */
  editedElsewhere: { entry: ListInput[N]; line: string };
}

/** The stories of every list tab, for the tab `tab`: its states, its failures, its theming and localization. */
export function listTabStories<N extends ListName>(tab: ListTab<N>) {
  const { tag, list, entries, added, edited, editedElsewhere } = tab;
  const entered = (items: ListInput[N][]) => ({ [list]: items }) as Entries;
  const both = entered(entries.items);
  const first = entered(entries.items.slice(0, 1));
  const submitsEmpty = submitsEmptyEntry(tag, tab.requiredFields);
  /** Types the new entry, runs `before`, submits: the list shows `outcome`. */
  const adds = (outcome: ListOutcome, before?: EntryEdit['before']) => editsEntry(tag, { values: added.values, before, outcome });
  /** Types the change in the first entry, runs `before`, submits: the list shows `outcome`. */
  const editsFirst = (outcome: ListOutcome, before?: EntryEdit['before']) => editsEntry(tag, { entry: 0, values: edited.values, before, outcome });
  return {
    Playground: { ...withCandidate({ entries: both }), play: listShows(tag, 'list') },
    Loading: { ...withCandidate({ scenario: 'slow' }), play: listShows(tag, 'loading') },
    Empty: { ...withCandidate(), play: listsLines(tag, [], fr.profile.empty(fr.profile.tabs[list])) },
    Entries: { ...withCandidate({ entries: both }), play: listsLines(tag, entries.lines) },
    Added: { ...withCandidate(), play: inTurn(adds('saved'), listsLines(tag, [added.line])) },
    Edited: { ...withCandidate({ entries: first }), play: inTurn(editsFirst('saved'), listsLines(tag, [edited.line])) },
    Invalid: { ...withCandidate(), play: submitsEmpty },
    Pending: { ...withCandidate(), play: adds('pending', meanwhile.scenario('slow')) },
    ServerError: { ...withCandidate(), play: adds('alert', meanwhile.scenario('server-error')) },
    Offline: { ...withCandidate(), play: adds('alert', meanwhile.scenario('offline')) },
    Locked: { ...withCandidate({ entries: both, locked: [list] }), render: tabRender(tag, tab.title, { locked: true }), play: listShows(tag, 'locked') },
    LockedOnSave: { ...withCandidate({ locked: [list] }), play: adds('alert') },
    Conflict: {
      ...withCandidate({ entries: first }),
      play: inTurn(editsFirst('conflict', meanwhile.entryEditedElsewhere(list, editedElsewhere.entry)), listsLines(tag, [editedElsewhere.line])),
    },
    SessionExpired: { ...withCandidate(), play: adds('relogin', meanwhile.sessionEnds) },
    ...themingStories(withCandidate, submitsEmpty),
  } satisfies Record<string, Story>;
}

/** What sets one read-only tab's stories apart. */
export interface RecordsTab {
  tag: RecordsTag;
  /** What the university's systems hold for the candidate: the mock's sample of it. */
  records: Records;
  /** The lines the tab shows for the sample (each line's beginning, say). */
  lines: string[];
  /** What the tab says while the candidate has none. */
  empty: string;
  /** In English: the lines the tab shows, and a text it says. */
  english: { lines: string[]; says?: string };
}

/** The stories of every read-only tab, for the tab `tab`: its states, its failures, its theming and localization. */
export function recordsTabStories({ tag, records, lines, empty, english }: RecordsTab) {
  const withRecords = (options: CandidateOptions = {}) => withCandidate({ records: [records], ...options });
  return {
    Playground: { ...withRecords(), play: listsLines(tag, lines) },
    Loading: { ...withRecords({ scenario: 'slow' }), play: listShows(tag, 'loading') },
    Empty: { ...withCandidate(), play: listsLines(tag, [], empty) },
    ServerError: { ...withRecords({ scenario: 'server-error' }), play: listShows(tag, 'alert') },
    Retried: { ...withRecords({ scenario: 'server-error' }), play: retriesRead(tag, lines.length) },
    Offline: { ...withRecords({ scenario: 'offline' }), play: listShows(tag, 'alert') },
    SessionExpired: { ...withRecords({ afterLogin: meanwhile.sessionEnds }), play: listShows(tag, 'relogin', fr.profile.sessionExpiredReading) },
    ...themingStories(withRecords, listsLines(tag, lines), listsLines(tag, english.lines, english.says)),
  } satisfies Record<string, Story>;
}
