import {
  applicationsRoute,
  createEntryRoute,
  deleteEntryRoute,
  internalStudiesRoute,
  LISTS,
  listRoute,
  profileCompleteness,
  profileSummaryRoute,
  saveSectionRoute,
  SECTIONS,
  sectionRoute,
  updateEntryRoute,
  type ListName,
  type Route,
  type SectionData,
  type SectionName,
  type Versioned,
} from '../sdk/index.js';
import { campaignClosed, idempotent, sessionOf, type MockContext, type Operation, type RequestMeta } from './context.js';
import { LIST_RULES, SECTION_RULES, validated } from './profile-checks.js';
import { ifMatchAllows, newEtag, profileOf, type ProfileRecord } from './profile-store.js';
import { seriesByCode } from './referentials.js';
import { invalid, ok, problem, type Reply } from './reply.js';
import { newToken } from './store.js';

/** The logged-in candidate and their profile. */
interface Candidate {
  login: string;
  profile: ProfileRecord;
}

/** An operation for the logged-in candidate: 403 without an open campaign, 401 without a session. */
const forCandidate =
  (run: (ctx: MockContext, candidate: Candidate, body: unknown, meta: RequestMeta) => Reply | Promise<Reply>): Operation =>
  (ctx, body, meta) => {
    const closed = campaignClosed(ctx);
    if (closed) return closed;
    const session = sessionOf(ctx, meta);
    if (!session) return problem(401, 'unauthenticated');
    return run(ctx, { login: session.login, profile: profileOf(ctx.state, session.login) }, body, meta);
  };

/** A section or an entry, with its version in the `ETag` header too. */
const versioned = (status: number, resource: { etag: string }): Reply => ({ status, body: resource, headers: { ETag: resource.etag } });

const locked = (profile: ProfileRecord, tab: string) =>
  profile.locked.has(tab) ? problem(409, 'conflict', { detail: 'Staff are editing this tab; it is read-only for now.' }) : undefined;

/**
 * Why a write of `current` may not happen: the tab is locked (409), the entry is gone (404), or
 * `If-Match` is missing or names another version (412). `*` matches only a first write.
 */
function refusal(profile: ProfileRecord, tab: string, ifMatch: string | null, current: { etag: string } | undefined, firstWrite = false): Reply | undefined {
  const refused = locked(profile, tab);
  if (refused || !current) return refused ?? problem(404, 'not_found');
  return ifMatchAllows(ifMatch, current.etag, firstWrite) ? undefined : problem(412, 'precondition_failed');
}

/** `GET profile`: the SDK's completeness (with the candidate's bac series, for the INE rule) and the locked tabs. */
const summary = forCandidate((ctx, { profile }) => {
  const { sections, lists } = profile;
  const bac = sections.baccalaureate.data;
  const content = {
    personalInfo: sections.personalInfo.data,
    address: sections.address.data,
    baccalaureate: bac,
    externalStudies: lists.externalStudies.length,
    internships: lists.internships.length,
    workExperience: lists.workExperience.length,
  };
  const series = bac?.kind === 'bac' ? seriesByCode(bac.series) : undefined;
  return ok(200, { ...profileCompleteness(ctx.config().profile, content, series), locked: [...profile.locked] });
});

const readSection = (name: SectionName) => forCandidate((_ctx, { profile }) => versioned(200, profile.sections[name]));

/** `PUT` of a single section: `If-Match` checked before and — after validation awaited — again right before the write. */
const saveSection = <N extends SectionName>(name: N) =>
  forCandidate(async (ctx, { login, profile }, body, meta) => {
    const rule = SECTION_RULES[name];
    const sections: { [K in N]: Versioned<SectionData[K]> } = profile.sections;
    const refused = () => refusal(profile, name, meta.ifMatch, sections[name], sections[name].data === null);
    const before = refused();
    if (before) return before;
    const parsed = await validated(ctx, rule, body);
    if ('reply' in parsed) return parsed.reply;
    // From here on nothing awaits: of two concurrent writes of one version, one wins.
    const after = refused();
    if (after) return after;
    const taken = rule.unique?.(parsed.data, ctx.state, login);
    if (taken) return invalid(taken);
    sections[name] = { etag: newEtag(ctx.state), data: parsed.data };
    return versioned(200, sections[name]);
  });

const listEntries = (name: ListName) => forCandidate((_ctx, { profile }) => ok(200, { items: profile.lists[name] }));

/** `POST` of a list section: an `Idempotency-Key` seen before (for this candidate and list) gets the first answer. */
const createEntry = <N extends ListName>(name: N) =>
  forCandidate((ctx, { login, profile }, body, meta) => {
    // A locked tab is refused before the key is looked at, so a retry after unlocking can succeed.
    const before = locked(profile, name);
    if (before) return before;
    const key = meta.idempotencyKey && `profile ${login} ${name} ${meta.idempotencyKey}`;
    return idempotent(ctx.state, key, async () => {
      const parsed = await validated(ctx, LIST_RULES[name], body);
      if ('reply' in parsed) return parsed.reply;
      const after = locked(profile, name);
      if (after) return after;
      const entry = { id: newToken(), etag: newEtag(ctx.state), data: parsed.data };
      profile.lists[name].push(entry);
      return versioned(201, entry);
    });
  });

/** `PUT …/{id}` of a list section, checked like a section's. */
const updateEntry = <N extends ListName>(name: N) =>
  forCandidate(async (ctx, { profile }, body, meta) => {
    const entries = profile.lists[name];
    const find = () => entries.findIndex((entry) => entry.id === meta.params.id);
    const refused = () => refusal(profile, name, meta.ifMatch, entries[find()]);
    const before = refused();
    if (before) return before;
    const parsed = await validated(ctx, LIST_RULES[name], body);
    if ('reply' in parsed) return parsed.reply;
    const after = refused();
    if (after) return after;
    const entry = { id: meta.params.id, etag: newEtag(ctx.state), data: parsed.data };
    entries[find()] = entry;
    return versioned(200, entry);
  });

/** `DELETE …/{id}` of a list section. */
const deleteEntry = (name: ListName) =>
  forCandidate((_ctx, { profile }, _body, meta) => {
    const entries = profile.lists[name];
    const index = entries.findIndex((entry) => entry.id === meta.params.id);
    const refused = refusal(profile, name, meta.ifMatch, entries[index]);
    if (refused) return refused;
    entries.splice(index, 1);
    return ok(204);
  });

const sectionNames = Object.keys(SECTIONS) as SectionName[];
const listNames = Object.keys(LISTS) as ListName[];
/** The route of an entry, with msw's `:id` placeholder. */
const withId = (route: Route, name: ListName): Route => ({ ...route, path: `${LISTS[name].path}/:id` });

/** The profile routes of the contract and the operations that answer them. */
export const PROFILE_OPERATIONS: [Route, Operation][] = [
  [profileSummaryRoute, summary],
  [internalStudiesRoute, forCandidate((_ctx, { profile }) => ok(200, { items: profile.internalStudies }))],
  [applicationsRoute, forCandidate((_ctx, { profile }) => ok(200, { items: profile.applications }))],
  ...sectionNames.flatMap((name): [Route, Operation][] => [
    [sectionRoute(name), readSection(name)],
    [saveSectionRoute(name), saveSection(name)],
  ]),
  ...listNames.flatMap((name): [Route, Operation][] => [
    [listRoute(name), listEntries(name)],
    [createEntryRoute(name), createEntry(name)],
    [withId(updateEntryRoute(name, ''), name), updateEntry(name)],
    [withId(deleteEntryRoute(name, ''), name), deleteEntry(name)],
  ]),
];
