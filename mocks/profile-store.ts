import type { Application, Entry, InternalStudy, ListData, ListName, SectionData, SectionName, Versioned } from '../sdk/index.js';
import type { MockState } from './store.js';

/** One candidate's profile as the mock keeps it. */
export interface ProfileRecord {
  /** The single sections, `data: null` until first written. */
  sections: { [N in SectionName]: Versioned<SectionData[N]> };
  /** The entries of the list sections, oldest first. */
  lists: { [N in ListName]: Entry<ListData[N]>[] };
  /** The internal studies, imported from the university's records: read-only. */
  internalStudies: InternalStudy[];
  /** Tabs staff are editing: read-only for the candidate until they unlock them. */
  locked: Set<string>;
  /** The candidate's applications (applying itself comes later). */
  applications: Application[];
}

/** The version of a section never written. */
export const EMPTY_ETAG = '"0"';

const emptyProfile = (): ProfileRecord => ({
  sections: {
    personalInfo: { etag: EMPTY_ETAG, data: null },
    address: { etag: EMPTY_ETAG, data: null },
    baccalaureate: { etag: EMPTY_ETAG, data: null },
  },
  lists: { externalStudies: [], internships: [], workExperience: [] },
  internalStudies: [],
  locked: new Set(),
  applications: [],
});

/** The profile of `login`, created empty on first use. */
export function profileOf(state: MockState, login: string): ProfileRecord {
  let profile = state.profiles.get(login);
  if (!profile) state.profiles.set(login, (profile = emptyProfile()));
  return profile;
}

/** A fresh strong ETag (`"<n>"`): every write of every section or entry gets a new one. */
export const newEtag = (state: MockState): string => `"${++state.profileVersion}"`;

/**
 * Whether an `If-Match` header lets a write replace the version `etag`: one of its tags is that
 * version, or — for a first write only, when there is nothing to overwrite — it is `*`.
 * A missing header never does: a write must say which version it started from.
 */
export function ifMatchAllows(header: string | null, etag: string, firstWrite: boolean): boolean {
  const tags = header?.split(',').map((tag) => tag.trim()) ?? [];
  return tags.includes(etag) || (firstWrite && tags.includes('*'));
}
