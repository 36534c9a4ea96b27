import * as v from 'valibot';
import {
  ActivationInputSchema,
  ActivationResultSchema,
  MailChangeInputSchema,
  MailInputSchema,
  PasswordChangeInputSchema,
  PasswordResetInputSchema,
  SignupInputSchema,
  SignupResultSchema,
  TokenInputSchema,
} from './schemas/account.js';
import { ConfigSchema } from './schemas/config.js';
import { LoginInputSchema, SessionResponseSchema } from './schemas/session.js';

type Schema = v.GenericSchema;

/** One operation of the HTTP contract: method, path under the base URL, body and answer schemas. */
export interface Route<TInput extends Schema | undefined = Schema | undefined, TOutput extends Schema | undefined = Schema | undefined> {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  readonly path: string;
  /** The JSON body's schema; none for GET and DELETE. */
  readonly input: TInput;
  /** The answer's schema; none when the answer has no body. */
  readonly output: TOutput;
  /** The status of success. */
  readonly status: number;
}

const route = <TInput extends Schema | undefined, TOutput extends Schema | undefined>(
  method: Route['method'],
  path: string,
  status: number,
  input: TInput,
  output: TOutput,
): Route<TInput, TOutput> => ({ method, path, status, input, output });

/** `GET config`: the platform configuration. */
export const configRoute = route('get', 'config', 200, undefined, ConfigSchema);
/** `POST account/signup`: create an account; answers the same for a known mail. */
export const signupRoute = route('post', 'account/signup', 202, SignupInputSchema, SignupResultSchema);
/** `POST account/activation`: activate with the mailed token. */
export const activationRoute = route('post', 'account/activation', 200, ActivationInputSchema, ActivationResultSchema);
/** `POST account/activation/resend`: mail a new activation link (lost activation code). */
export const resendActivationRoute = route('post', 'account/activation/resend', 202, MailInputSchema, undefined);
/** `POST account/forgotten-credentials`: mail the login and a password reset link. */
export const forgottenCredentialsRoute = route('post', 'account/forgotten-credentials', 202, MailInputSchema, undefined);
/** `POST account/password-reset`: set a new password with the mailed token. */
export const passwordResetRoute = route('post', 'account/password-reset', 204, PasswordResetInputSchema, undefined);
/** `POST account/password`: change the password of the logged-in candidate. */
export const passwordChangeRoute = route('post', 'account/password', 204, PasswordChangeInputSchema, undefined);
/** `POST account/mail`: ask to change the logged-in candidate's mail; a link to confirm goes to the new address. */
export const mailChangeRoute = route('post', 'account/mail', 202, MailChangeInputSchema, undefined);
/** `POST account/mail/confirmation`: confirm a mail change with the token mailed to the new address. */
export const mailChangeConfirmationRoute = route('post', 'account/mail/confirmation', 204, TokenInputSchema, undefined);
/** `POST session`: log in. */
export const loginRoute = route('post', 'session', 200, LoginInputSchema, SessionResponseSchema);
/** `GET session`: who is logged in; 204 without a body when nobody is. */
export const sessionRoute = route('get', 'session', 200, undefined, v.optional(SessionResponseSchema));
/** `DELETE session`: log out. */
export const logoutRoute = route('delete', 'session', 204, undefined, undefined);
