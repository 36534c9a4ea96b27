import type { PortalTranslation } from './types.js';

/** English strings of the portal elements. */
export const en: PortalTranslation = {
  portal: {
    menu: 'Main menu',
    home: 'Home',
    assistance: 'Help',
    trainingOffer: 'Programmes',
    login: 'Log in',
    logout: 'Log out',
    account: 'My account',
    language: 'Language',
    languages: { fr: 'Français', en: 'English' },
    skipToContent: 'Skip to content',
    loggedOut: 'You are logged out.',
  },
  home: {
    title: 'Home',
    welcome: (firstName, lastName) => `Welcome ${firstName} ${lastName}`,
    loggedInAs: (login) => `You are logged in with the login: ${login}`,
    intro: (institution) => `Welcome to eCandidat, the application platform of ${institution}.`,
    messages: 'Information',
    campaign: (label, opensAt, closesAt) => `${label}: applications from ${opensAt} to ${closesAt}.`,
    noCampaign: 'No application campaign is open at the moment.',
    steps: 'Your steps',
    step: {
      account: 'Create and activate my account',
      profile: 'Complete my profile',
      applications: 'Apply',
      finalRegistration: 'Register',
    },
    stepState: { done: 'done', current: 'in progress', todo: 'to come' },
    finalRegistration: 'Go to the registration platform',
    finalRegistrationLater: 'The link to the registration platform will be given here once published.',
    logIn: 'Log in',
    signUp: 'Create an account',
    completeProfile: 'Complete my profile',
  },
  status: {
    now: (until) => (until ? `The platform is under maintenance until ${until}.` : 'The platform is under maintenance for a moment.'),
    scheduled: (start, end) => `The platform will be unavailable from ${start} to ${end}.`,
    daily: (start, end) => `The platform is unavailable every night from ${start} to ${end} (synchronisation).`,
  },
  sessionExpiry: {
    warning: (time) => `Your session ends at ${time} unless you keep working. Unsaved entries would be lost.`,
    extend: 'Stay logged in',
    extended: 'Your session is extended.',
    expired: 'Your session has ended: please log in again.',
  },
  assistance: {
    title: 'Help',
    contacts: 'Contacts',
    mail: 'Mail',
    phone: 'Phone',
    website: 'Website',
    none: 'The institution has not published any help yet.',
  },
};
