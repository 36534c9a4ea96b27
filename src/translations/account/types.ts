import type { Translation } from '../translation.js';

/**
 * Strings of the account elements other than the login form (`ec-signup-form`, `ec-activation`,
 * `ec-forgot-credentials`, `ec-resend-activation`, `ec-reset-password`): a page with only the
 * login form does not carry them.
 */
export interface AccountTranslation {
  signup: {
    title: string;
    submit: string;
    successTitle: string;
    success(mail: string, deadline: string): string;
  };
  activation: {
    title: string;
    pending: string;
    success(login: string): string;
    alreadyActivated(login: string): string;
    missingToken: string;
    logIn: string;
    newLink: string;
  };
  forgotCredentials: {
    title: string;
    intro: string;
    submit: string;
    success(mail: string): string;
  };
  resendActivation: {
    title: string;
    intro: string;
    submit: string;
    success(mail: string): string;
  };
  resetPassword: {
    title: string;
    submit: string;
    success: string;
    missingToken: string;
    newLink: string;
    logIn: string;
  };
}

/** The translation as those account elements see it: the base strings and theirs. */
export type AccountT = Translation & AccountTranslation;
