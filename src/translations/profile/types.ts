import type { Params, Translation } from '../translation.js';

/** Labels of the profile's fields. */
export type ProfileFieldName =
  | 'nationality'
  | 'ine'
  | 'civility'
  | 'usageName'
  | 'otherFirstNames'
  | 'birthDate'
  | 'birthCountry'
  | 'birthDepartment'
  | 'birthCommune'
  | 'birthCity'
  | 'language'
  | 'phone'
  | 'mobilePhone'
  | 'country'
  | 'postalCode'
  | 'commune'
  | 'foreignCity'
  | 'line1'
  | 'line2'
  | 'line3'
  | 'bacKind'
  | 'year'
  | 'activityYear'
  | 'series'
  | 'honours'
  | 'department'
  | 'establishment'
  | 'speciality1'
  | 'speciality2'
  | 'speciality3'
  | 'diplomaType'
  | 'label'
  | 'result'
  | 'duration'
  | 'hoursPerWeek'
  | 'organisation'
  | 'description'
  | 'title'
  | 'goal';

/**
 * The profile elements' strings, added to the translation when those elements are defined (so a
 * page of account elements does not carry them): field labels and hints, the messages of the
 * profile's field error codes, and the shell's strings.
 */
export interface ProfileTranslation {
  fields: Record<ProfileFieldName, string>;
  hints: Partial<Record<ProfileFieldName, string>>;
  /** Messages of the failures the profile meets: a locked tab (409), a newer version (412), an ended session (401). */
  problems: { conflict: string; precondition_failed: string; unauthenticated: string };
  /** Messages of the profile's field error codes (`year_too_late` with `{ limit }`, …). */
  fieldErrors: Record<string, (params: Params) => string>;
  profile: {
    title: string;
    /** The name of each tab, as the menu shows it. */
    tabs: Record<string, string>;
    /** Badge of a tab: filled, still to fill (mandatory), optional, locked by staff. */
    filled: string;
    toFill: string;
    optional: string;
    locked: string;
    unsaved: string;
    missingTitle: string;
    readyToApply: string;
    /** A missing item, by code (`tab_empty`, `ine_required`) and tab name. */
    missing(code: string, tab: string): string;
    previous: string;
    next: string;
    save: string;
    saved: string;
    empty(tab: string): string;
    choose: string;
    /** A list's field that waits for another (`field`, by its label) to be chosen first. */
    chooseFirst(field: string): string;
    /** How many options of a combobox's list match what is typed. */
    matches(count: number): string;
    lockedNote: string;
    /** The session ended while editing: log in again here, the edits are kept and then saved. */
    sessionExpired: string;
    /** The session ended before a read-only tab could be read: log in again here, and it is read. */
    sessionExpiredReading: string;
    conflictTitle: string;
    conflictIntro: string;
    /** Heading of the conflict view's first column. */
    information: string;
    theirs: string;
    mine: string;
    keepMine: string;
    takeTheirs: string;
    unsavedLeave: string;
    leaveAnyway: string;
    stay: string;
    none: string;
    hasBac: string;
    noBac: string;
    /** The results of a study, by code. */
    results: Record<'obtained' | 'failed' | 'inProgress', string>;
    add: string;
    /** Buttons of an entry; the entry's name follows, read by screen readers only. */
    edit: string;
    remove: string;
    confirmRemove(entry: string): string;
    cancel: string;
    removed: string;
    /** An entry changed elsewhere since the candidate opened it. */
    entryConflict: string;
    internalStudiesNote: string;
    /** The university has no studies of the candidate on record. */
    internalStudiesEmpty: string;
    /** Badge of a read-only tab. */
    readOnly: string;
    /** The applications tab: its column headings, the statuses and decisions by code, the empty text. */
    applications: {
      programme: string;
      centre: string;
      status: string;
      decision: string;
      date: string;
      empty: string;
      statuses: Record<string, string>;
      decisions: Record<string, string>;
    };
    /** Column headings of the internal studies. */
    internal: { year: string; label: string; result: string; honours: string; grade: string };
  };
}

/** The translation as the profile elements see it: the base strings and the profile's. */
export type ProfileT = Translation & ProfileTranslation;
