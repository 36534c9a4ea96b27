import type { Config } from '../schemas/config.js';
import { isProfileTab, type ProfileTab } from '../schemas/config.js';
import type { Address, Baccalaureate, PersonalInfo } from '../schemas/profile.js';
import type { BacSeries } from '../schemas/referentials.js';

/** What completeness looks at: the three single sections and how many entries each list has. */
export interface ProfileContent {
  personalInfo: PersonalInfo | null;
  address: Address | null;
  baccalaureate: Baccalaureate | null;
  externalStudies: number;
  internships: number;
  workExperience: number;
}

/** Something still missing before the candidate can apply. */
export interface MissingItem {
  tab: ProfileTab;
  /** `tab_empty`: a mandatory tab has nothing yet; `ine_required`: the INE must be given. */
  code: 'tab_empty' | 'ine_required';
}

/** Whether each tab is filled, what is missing, and whether the candidate can apply. */
export interface Completeness {
  filled: Record<ProfileTab, boolean>;
  missing: MissingItem[];
  readyToApply: boolean;
}

/**
 * Whether a French national must give the INE: when the platform asks it, for a bac whose series
 * checks the INE from the bac's year on ("exempt if the bac is foreign or from before 1995").
 */
export function ineRequired(rules: Config['profile'], content: Pick<ProfileContent, 'personalInfo' | 'baccalaureate'>, series?: BacSeries): boolean {
  const { personalInfo, baccalaureate } = content;
  return (
    rules.ineRequiredForFrench &&
    personalInfo?.nationality === rules.france &&
    baccalaureate?.kind === 'bac' &&
    series?.code === baccalaureate.series &&
    series.checksIne &&
    baccalaureate.year >= (series.checksIneFrom ?? 0)
  );
}

/**
 * The profile's completeness: every mandatory tab of the configuration filled (a "sans bac"
 * answer fills the Baccalauréat tab; read-only tabs are always filled), and the INE given when
 * `ineRequired`. `series` is the referential entry of the candidate's bac series.
 */
export function profileCompleteness(rules: Config['profile'], content: ProfileContent, series?: BacSeries): Completeness {
  const filled: Record<ProfileTab, boolean> = {
    personalInfo: content.personalInfo !== null,
    address: content.address !== null,
    baccalaureate: content.baccalaureate !== null,
    internalStudies: true,
    externalStudies: content.externalStudies > 0,
    internships: content.internships > 0,
    workExperience: content.workExperience > 0,
    applications: true,
  };
  const missing: MissingItem[] = rules.mandatoryTabs.filter(isProfileTab).filter((tab) => !filled[tab]).map((tab) => ({ tab, code: 'tab_empty' }));
  if (!content.personalInfo?.ine && ineRequired(rules, content, series)) missing.push({ tab: 'personalInfo', code: 'ine_required' });
  return { filled, missing, readyToApply: missing.length === 0 };
}
