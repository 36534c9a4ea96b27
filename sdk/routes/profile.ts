import * as v from 'valibot';
import {
  addressSchema,
  baccalaureateSchema,
  entry,
  externalStudySchema,
  InternalStudySchema,
  internshipSchema,
  personalInfoSchema,
  ProfileSummarySchema,
  versioned,
  workExperienceSchema,
} from '../schemas/profile.js';
import { route } from './route.js';

/** `GET profile`: which tabs are filled and what is missing before applying. */
export const profileSummaryRoute = route('get', 'profile', 200, undefined, ProfileSummarySchema);

/** The single sections: `GET` reads `{ etag, data }`, `PUT` (with `If-Match`) replaces `data`. */
export const SECTIONS = {
  personalInfo: { path: 'profile/personal-info', schema: personalInfoSchema },
  address: { path: 'profile/address', schema: addressSchema },
  baccalaureate: { path: 'profile/baccalaureate', schema: baccalaureateSchema },
} as const;

/** The list sections: `GET` lists `{ items }`, `POST` creates (with `Idempotency-Key`), `PUT`/`DELETE` `…/{id}` (with `If-Match`). */
export const LISTS = {
  externalStudies: { path: 'profile/external-studies', schema: externalStudySchema },
  internships: { path: 'profile/internships', schema: internshipSchema },
  workExperience: { path: 'profile/work-experience', schema: workExperienceSchema },
} as const;

/** A single section's name. */
export type SectionName = keyof typeof SECTIONS;
/** A list section's name. */
export type ListName = keyof typeof LISTS;

/** `GET` of a single section. */
export const sectionRoute = (name: SectionName) => route('get', SECTIONS[name].path, 200, undefined, versioned(SECTIONS[name].schema()));
/** `PUT` of a single section. */
export const saveSectionRoute = (name: SectionName) =>
  route('put', SECTIONS[name].path, 200, SECTIONS[name].schema(), versioned(SECTIONS[name].schema()));
/** `GET` of a list section. */
export const listRoute = (name: ListName) => route('get', LISTS[name].path, 200, undefined, v.object({ items: v.array(entry(LISTS[name].schema())) }));
/** `POST` of a list section. */
export const createEntryRoute = (name: ListName) => route('post', LISTS[name].path, 201, LISTS[name].schema(), entry(LISTS[name].schema()));
/** `PUT …/{id}` of a list section. */
export const updateEntryRoute = (name: ListName, id: string) =>
  route('put', `${LISTS[name].path}/${encodeURIComponent(id)}`, 200, LISTS[name].schema(), entry(LISTS[name].schema()));
/** `DELETE …/{id}` of a list section. */
export const deleteEntryRoute = (name: ListName, id: string) => route('delete', `${LISTS[name].path}/${encodeURIComponent(id)}`, 204, undefined, undefined);
/** `GET profile/internal-studies`: the read-only internal studies. */
export const internalStudiesRoute = route('get', 'profile/internal-studies', 200, undefined, v.object({ items: v.array(InternalStudySchema) }));
