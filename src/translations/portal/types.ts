import type { Translation } from '../translation.js';

/** The portal's steps, from the account to the final registration. */
export type PortalStep = 'account' | 'profile' | 'applications' | 'finalRegistration';

/** Strings of the portal elements (`ec-portal`, `ec-home`, `ec-platform-status`, `ec-session-expiry`, `ec-assistance`). */
export interface PortalTranslation {
  portal: {
    /** The main menu's name. */
    menu: string;
    home: string;
    assistance: string;
    trainingOffer: string;
    login: string;
    logout: string;
    account: string;
    /** The language switch's name, and each language in its own words. */
    language: string;
    languages: Record<'fr' | 'en', string>;
    skipToContent: string;
    loggedOut: string;
  };
  home: {
    title: string;
    welcome(firstName: string, lastName: string): string;
    loggedInAs(login: string): string;
    intro(institution: string): string;
    messages: string;
    campaign(label: string, opensAt: string, closesAt: string): string;
    noCampaign: string;
    steps: string;
    step: Record<PortalStep, string>;
    /** What a screen reader says after a step's name. */
    stepState: Record<'done' | 'current' | 'todo', string>;
    finalRegistration: string;
    finalRegistrationLater: string;
    logIn: string;
    signUp: string;
    completeProfile: string;
  };
  status: {
    now(until: string | null): string;
    scheduled(start: string, end: string): string;
    daily(start: string, end: string): string;
  };
  sessionExpiry: {
    warning(time: string): string;
    extend: string;
    extended: string;
    expired: string;
  };
  trainingOffer: {
    title: string;
    intro: string;
    search: string;
    centre: string;
    allCentres: string;
    diplomaType: string;
    allDiplomaTypes: string;
    /** How many programmes match, announced as the filters change. */
    count(count: number): string;
    none: string;
    applicationDates(start: string, end: string): string;
    open: string;
    closed: string;
    dematerialised: string;
    byPost: string;
    /** The "Dates utiles" other than the application dates. */
    dates: Record<'documentsDue' | 'preAnalysis' | 'jury' | 'publication' | 'confirmationDue', string>;
    usefulDates: string;
  };
  assistance: {
    title: string;
    contacts: string;
    mail: string;
    phone: string;
    website: string;
    none: string;
  };
}

/** The translation as the portal elements see it: the base strings and the portal's. */
export type PortalT = Translation & PortalTranslation;
