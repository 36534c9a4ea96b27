import * as v from 'valibot';
import { LinkSchema, TimestampSchema } from './common.js';
import { PasswordPolicySchema } from './password.js';

/** The profile tabs, in eCandidat's order. */
export const PROFILE_TABS = [
  'personalInfo',
  'address',
  'baccalaureate',
  'internalStudies',
  'externalStudies',
  'internships',
  'workExperience',
  'applications',
] as const;

/** One profile tab. */
export type ProfileTab = (typeof PROFILE_TABS)[number];

/** A text in several languages, keyed by locale (`fr`, `en`). */
export const LocalizedTextSchema = v.record(v.string(), v.string());

const TimeOfDaySchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** What the platform says of itself: read once, before anything else. */
export const ConfigSchema = v.object({
  institution: v.object({
    name: v.string(),
    assistanceUrl: v.nullable(LinkSchema),
  }),
  /** The active campaign; `null` when none is open to candidates. */
  campaign: v.nullable(
    v.object({ code: v.string(), label: v.string(), opensAt: TimestampSchema, closesAt: TimestampSchema }),
  ),
  signup: v.object({
    /** Whether signup asks for a password (otherwise the candidate sets one through a reset link). */
    passwordRequired: v.boolean(),
    /** Days a new account has to be activated before it is deleted. */
    activationDays: v.number(),
  }),
  passwordPolicy: PasswordPolicySchema,
  /** The institution's single sign-on entry ("Je suis étudiant à …"), if any. */
  cas: v.nullable(v.object({ label: v.string(), url: LinkSchema })),
  /** The languages candidates may pick, the default first. */
  locales: v.array(v.string()),
  profile: v.object({
    tabs: v.array(v.picklist(PROFILE_TABS)),
    mandatoryTabs: v.array(v.picklist(PROFILE_TABS)),
  }),
  /** Messages for the home page, each in several languages. */
  homeMessages: v.array(v.object({ id: v.string(), text: LocalizedTextSchema })),
  maintenance: v.object({
    /** The platform is in maintenance now. */
    active: v.boolean(),
    /** When the current maintenance ends, if known. */
    until: v.nullable(TimestampSchema),
    /** Announced windows of unavailability. */
    windows: v.array(v.object({ start: TimestampSchema, end: TimestampSchema })),
    /** A nightly window, such as 23:00–01:00 Europe/Paris. */
    daily: v.nullable(v.object({ start: TimeOfDaySchema, end: TimeOfDaySchema, timeZone: v.string() })),
  }),
  /** The link to the final registration platform (step 4), once published. */
  finalRegistrationUrl: v.nullable(LinkSchema),
});

/** The platform configuration. */
export type Config = v.InferOutput<typeof ConfigSchema>;
