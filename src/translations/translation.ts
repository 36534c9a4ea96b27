/** The languages the elements speak. */
export type Locale = 'fr' | 'en';

/** Parameters of a field error code, such as `{ limit: 30 }`. */
export type Params = Readonly<Record<string, unknown>>;

/** Labels of the account fields. */
export type AccountFieldName =
  | 'login'
  | 'password'
  | 'lastName'
  | 'firstName'
  | 'mail'
  | 'mailConfirmation'
  | 'newPassword'
  | 'passwordConfirmation';

/** Labels of every field: the account's, and those an area of elements adds (the profile's). */
export type FieldName = AccountFieldName | import('./profile/types.js').ProfileFieldName;

/**
 * Every user-visible string of the elements, server error codes included. A university overrides
 * any entry through `<ec-provider>`'s `translations` property.
 */
export interface Translation {
  /** Explains the required marker, once per form. */
  requiredLegend: string;
  loading: string;
  sending: string;
  retry: string;
  /** Said under a failure of a form: nothing typed was lost. */
  kept: string;
  /** A field's label and a message about it, as the error summary lists them. */
  labelled(label: string, text: string): string;
  showPassword: string;
  hidePassword: string;
  /** Title of the error summary shown after a failed submit. */
  errorSummary(count: number): string;
  /** Field labels: the account's here; an area of elements adds its own. */
  fields: Record<AccountFieldName, string> & Partial<Record<FieldName, string>>;
  hints: Partial<Record<FieldName, string>>;
  /** The message of a field error code, e.g. `too_long` with `{ limit: 30 }`. */
  fieldError(code: string, params: Params): string;
  /** A password rule as the live checklist states it. */
  passwordRule(code: string, params: Params): string;
  /** The error of a password that breaks `rules` (each stated by `passwordRule`). */
  passwordMissing(rules: string[]): string;
  passwordPolicyTitle: string;
  /** Messages of server error codes and failures that are not about one field. */
  problems: {
    invalid_credentials: string;
    token_invalid: string;
    token_expired: string;
    campaign_closed: string;
    server_error: string;
    network: string;
    timeout: string;
    contract: string;
    unknown: string;
  };
  maintenance(until: string | null): string;
  rateLimited(seconds: number): string;
  login: {
    title: string;
    casIntro(institution: string): string;
    casButton(label: string): string;
    accountIntro(institution: string): string;
    submit: string;
    forgotCredentials: string;
    lostActivationCode: string;
    noAccount: string;
    signup: string;
    success(firstName: string, login: string): string;
  };
}

/** Every string a university may override: the base ones and those of each area of elements. */
type AllStrings = Translation &
  import('./account/types.js').AccountTranslation &
  import('./portal/types.js').PortalTranslation &
  import('./profile/types.js').ProfileTranslation;

/** Any strings of a translation, the base's or an area's, to override the built-in ones; a group may be given in part. */
export type TranslationOverrides = { [K in keyof AllStrings]?: AllStrings[K] extends (...args: never[]) => unknown ? AllStrings[K] : Partial<AllStrings[K]> | AllStrings[K] };
