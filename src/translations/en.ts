import type { Params, Translation } from './translation.js';

const limit = (params: Params) => String(params.limit);

const FIELD_ERRORS: Record<string, (params: Params) => string> = {
  required: () => 'This field is required.',
  too_long: (p) => `At most ${limit(p)} characters.`,
  mail_format: () => 'Enter a valid mail address, such as first.last@example.com.',
  login_format: () => 'The login has 8 capital letters or digits, such as 21EG9U1F.',
  mismatch: () => 'The two entries are not the same.',
  unchanged: () => 'This is already your current address.',
  incorrect: () => 'Incorrect password.',
};

const PASSWORD_RULES: Record<string, (params: Params) => string> = {
  password_too_short: (p) => `at least ${limit(p)} characters`,
  password_no_digit: () => 'a digit',
  password_no_lower_case: () => 'a lower-case letter',
  password_no_upper_case: () => 'an upper-case letter',
  password_no_special: (p) => `a special character${typeof p.characters === 'string' ? ` among ${p.characters}` : ''}`,
  password_whitespace: () => 'no spaces',
};

/** English. */
export const en: Translation = {
  requiredLegend: 'Fields marked with an asterisk (*) are required.',
  loading: 'Loading…',
  sending: 'Sending…',
  kept: 'What you typed is kept.',
  labelled: (label, text) => `${label}: ${text}`,
  retry: 'Try again',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  errorSummary: (count) => (count > 1 ? `The form has ${count} errors:` : 'The form has an error:'),
  fields: {
    login: 'User',
    password: 'Password',
    lastName: 'Last name',
    firstName: 'First name',
    mail: 'Mail address',
    mailConfirmation: 'Confirm mail address',
    newPassword: 'New password',
    passwordConfirmation: 'Confirm password',
  },
  hints: {
    login: 'Your dossier number, sent by mail: 8 characters, such as 21EG9U1F.',
    lastName: 'Your birth name.',
    mail: 'Such as first.last@example.com.',
  },
  fieldError: (code, params) => FIELD_ERRORS[code]?.(params) ?? 'This value is not valid.',
  passwordRule: (code, params) => PASSWORD_RULES[code]?.(params) ?? code,
  passwordMissing: (rules) => `The password must contain ${rules.join(', ')}.`,
  passwordPolicyTitle: 'The password must contain:',
  problems: {
    invalid_credentials:
      'Wrong user or password, or account not activated yet. Check what you typed; if you have not activated your account, ask for a new activation link.',
    token_invalid: 'This link is not valid, or a newer one has replaced it.',
    token_expired: 'This link has expired.',
    campaign_closed: 'No campaign is open: the application is unavailable to candidates.',
    server_error: 'The service ran into an error: try again in a moment.',
    network: 'No connection: check your Internet access.',
    timeout: 'The service is taking too long to answer: try again.',
    contract: 'The service sent an unexpected answer. Try again in a moment.',
    unknown: 'Something unexpected happened. Try again in a moment.',
  },
  maintenance: (until) =>
    until ? `The platform is under maintenance until ${until}. Thank you for your patience.` : 'The platform is under maintenance for a while. Thank you for your patience.',
  rateLimited: (seconds) => `Too many attempts. You can try again in ${seconds}\u00a0s.`,
  login: {
    title: 'Log in',
    casIntro: (institution) => `I am a student at ${institution}`,
    casButton: (label) => `Log in with my ${label} account`,
    accountIntro: (institution) => `I am not a student at ${institution}: I log in with my eCandidat account`,
    submit: 'Log in',
    forgotCredentials: 'I forgot my credentials',
    lostActivationCode: 'I lost my activation code',
    noAccount: 'I have no eCandidat account',
    signup: 'Create an account',
    success: (firstName, login) => `Welcome ${firstName}. You are logged in with the login: ${login}`,
  },
};
