import type { AccountTranslation } from './types.js';

/** English strings of the account elements other than the login form's. */
export const en: AccountTranslation = {
  signup: {
    title: 'Create an account',
    submit: 'Create my account',
    successTitle: 'Check your mailbox',
    success: (mail, deadline) =>
      `If no account existed for ${mail}, a mail has just been sent there with your login and an activation link (check your spam folder too). Follow that link before ${deadline}, or the account will be deleted.`,
  },
  activation: {
    title: 'Account activation',
    pending: 'Activating your account…',
    success: (login) => `Your account is active. Your login is ${login}: write it down, you will log in with it.`,
    alreadyActivated: (login) => `Your account was already active. Your login is ${login}.`,
    missingToken: 'This activation link is incomplete. Copy and paste the whole link from the mail.',
    logIn: 'Log in',
    newLink: 'Get a new activation link',
  },
  forgotCredentials: {
    title: 'I forgot my credentials',
    intro: 'Enter the mail address of your account: you will receive your login and a link to choose a new password.',
    submit: 'Send me my credentials',
    success: (mail) =>
      `If an account exists for ${mail}, a mail has just been sent there with your login and a link to choose a new password, valid for 2 hours. Check your spam folder too.`,
  },
  resendActivation: {
    title: 'I lost my activation code',
    intro: 'Enter the mail address of your account: you will receive a new activation link (the old one will stop working).',
    submit: 'Send me a new link',
    success: (mail) => `If an account awaiting activation exists for ${mail}, a new activation link has just been sent there. Check your spam folder too.`,
  },
  resetPassword: {
    title: 'New password',
    submit: 'Save my password',
    success: 'Your password has been changed. You can log in.',
    missingToken: 'This link is incomplete. Copy and paste the whole link from the mail.',
    newLink: 'Get a new link',
    logIn: 'Log in',
  },
};
