import {
  createEntryRoute,
  deleteEntryRoute,
  internalStudiesRoute,
  listRoute,
  profileSummaryRoute,
  saveSectionRoute,
  sectionRoute,
  updateEntryRoute,
  type ListName,
  type SectionName,
} from '../routes/profile.js';
import type {
  Address,
  AddressInput,
  Baccalaureate,
  BaccalaureateInput,
  Entry,
  ExternalStudy,
  ExternalStudyInput,
  InternalStudy,
  Internship,
  InternshipInput,
  PersonalInfo,
  PersonalInfoInput,
  ProfileSummary,
  Versioned,
  WorkExperience,
  WorkExperienceInput,
} from '../schemas/profile.js';
import { newIdempotencyKey, type CreateOptions, type RequestOptions, type Transport, type UpdateOptions } from '../transport.js';

/** What each single section holds. */
export interface SectionData {
  personalInfo: PersonalInfo;
  address: Address;
  baccalaureate: Baccalaureate;
}
/** What each single section takes. */
export interface SectionInput {
  personalInfo: PersonalInfoInput;
  address: AddressInput;
  baccalaureate: BaccalaureateInput;
}
/** What each list section holds. */
export interface ListData {
  externalStudies: ExternalStudy;
  internships: Internship;
  workExperience: WorkExperience;
}
/** What each list section takes. */
export interface ListInput {
  externalStudies: ExternalStudyInput;
  internships: InternshipInput;
  workExperience: WorkExperienceInput;
}

/** The profile at a glance: filled tabs, what is missing before applying, locked tabs. */
export const getProfileSummary = (t: Transport, options?: RequestOptions): Promise<ProfileSummary> => t.send(profileSummaryRoute, undefined, options);

/** Reads a single section (`personalInfo`, `address`, `baccalaureate`) and its `etag`. */
export const getSection = <N extends SectionName>(t: Transport, name: N, options?: RequestOptions) =>
  t.send(sectionRoute(name), undefined, options) as Promise<Versioned<SectionData[N]>>;

/**
 * Replaces a single section. `ifMatch` is the `etag` the edit started from: if someone changed the
 * section since, it fails with `PreconditionFailedError` and nothing is overwritten.
 */
export const saveSection = <N extends SectionName>(t: Transport, name: N, input: SectionInput[N], options: UpdateOptions) =>
  t.send(saveSectionRoute(name), input, options) as Promise<Versioned<SectionData[N]>>;

/** The internal studies, from the university's records; read-only. */
export const getInternalStudies = async (t: Transport, options?: RequestOptions): Promise<InternalStudy[]> =>
  (await t.send(internalStudiesRoute, undefined, options)).items;

/** The entries of a list section (`externalStudies`, `internships`, `workExperience`). */
export const listEntries = async <N extends ListName>(t: Transport, name: N, options?: RequestOptions) =>
  (await t.send(listRoute(name), undefined, options)).items as Entry<ListData[N]>[];

/** Adds an entry; its `Idempotency-Key` makes a retry answer the first try instead of adding twice. */
export const createEntry = <N extends ListName>(t: Transport, name: N, input: ListInput[N], options?: CreateOptions) =>
  t.send(createEntryRoute(name), input, { ...options, idempotencyKey: options?.idempotencyKey ?? newIdempotencyKey() }) as Promise<
    Entry<ListData[N]>
  >;

/** Replaces an entry, if it is still at version `ifMatch`. */
export const updateEntry = <N extends ListName>(t: Transport, name: N, id: string, input: ListInput[N], options: UpdateOptions) =>
  t.send(updateEntryRoute(name, id), input, options) as Promise<Entry<ListData[N]>>;

/** Deletes an entry, if it is still at version `ifMatch`. */
export const deleteEntry = (t: Transport, name: ListName, id: string, options: UpdateOptions): Promise<void> =>
  t.send(deleteEntryRoute(name, id), undefined, options);
