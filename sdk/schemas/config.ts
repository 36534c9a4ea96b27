import * as v from 'valibot';
import { LinkSchema, MailSchema, TimestampSchema } from './common.js';
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

/** Whether `name` is a profile tab this version knows. */
export const isProfileTab = (name: string): name is ProfileTab => (PROFILE_TABS as readonly string[]).includes(name);

/** A text in several languages, keyed by locale (`fr`, `en`). */
export const LocalizedTextSchema = v.record(v.string(), v.string());

/** What the platform says of itself: read once, before anything else. */
export const ConfigSchema = v.object({
  institution: v.object({
    name: v.string(),
    assistanceUrl: v.nullable(LinkSchema),
    /** The "Assistance" page: the institution's help, as plain text, and whom to contact. */
    assistance: v.object({
      text: LocalizedTextSchema,
      contacts: v.array(v.object({ label: LocalizedTextSchema, mail: v.nullable(MailSchema), phone: v.nullable(v.string()), url: v.nullable(LinkSchema) })),
    }),
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
    /** The tabs shown, in order; names outside `PROFILE_TABS` (from a newer backend) are ignored. */
    tabs: v.array(v.string()),
    /** The tabs that must be complete before applying. */
    mandatoryTabs: v.array(v.string()),
    /** France's code in the country referential (`100` under Apogée). */
    france: v.string(),
    /** Whether a French birth place is picked from the birth communes (Pégase) rather than typed. */
    birthCommunes: v.boolean(),
    /** Whether French nationals must give their INE when their bac series and year ask for it. */
    ineRequiredForFrench: v.boolean(),
    /** The bac series code of "Je n'ai pas le bac", when the platform offers it. */
    noBaccalaureateSeries: v.nullable(v.string()),
  }),
  /** Messages for the home page, each in several languages. */
  homeMessages: v.array(v.object({ id: v.string(), text: LocalizedTextSchema })),
  maintenance: v.object({
    /** The platform is in maintenance now. */
    active: v.boolean(),
    /** When the current maintenance ends, if known. */
    until: v.nullable(TimestampSchema),
    /**
     * Announced windows of unavailability, soonest first. The nightly synchronisation (such as
     * 23:00–01:00 Europe/Paris) is listed for the days ahead, each occurrence flagged `daily`: the
     * backend knows its schedule and time zone, so clients compare instants only.
     */
    windows: v.array(v.object({ start: TimestampSchema, end: TimestampSchema, daily: v.optional(v.boolean()) })),
  }),
  /** The link to the final registration platform (step 4), once published. */
  finalRegistrationUrl: v.nullable(LinkSchema),
});

/** The platform configuration. */
export type Config = v.InferOutput<typeof ConfigSchema>;
