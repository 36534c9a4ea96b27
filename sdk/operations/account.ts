import {
  activationRoute,
  forgottenCredentialsRoute,
  mailChangeConfirmationRoute,
  mailChangeRoute,
  passwordChangeRoute,
  passwordResetRoute,
  resendActivationRoute,
  signupRoute,
} from '../routes/account.js';
import type {
  ActivationInput,
  ActivationResult,
  MailChangeInput,
  MailInput,
  PasswordChangeInput,
  PasswordResetInput,
  SignupInput,
  SignupResult,
  TokenInput,
} from '../schemas/account.js';
import { newIdempotencyKey, type CreateOptions, type RequestOptions, type Transport } from '../transport.js';

/**
 * Creates an account; the login and activation link go by mail. A mail already known answers
 * the same (its owner is told by mail), so the result never reveals who has an account.
 * @example await signup(t, { lastName, firstName, mail, mailConfirmation: mail }, { idempotencyKey })
 */
export const signup = (t: Transport, input: SignupInput, options?: CreateOptions): Promise<SignupResult> =>
  t.send(signupRoute, input, { ...options, idempotencyKey: options?.idempotencyKey ?? newIdempotencyKey() });

/** Activates an account with the token of its mailed link; answers the login. */
export const activate = (t: Transport, input: ActivationInput, options?: RequestOptions): Promise<ActivationResult> =>
  t.send(activationRoute, input, options);

/** Mails a new activation link (the old one stops working); answers the same for any mail. */
export const resendActivation = (t: Transport, input: MailInput, options?: RequestOptions): Promise<void> =>
  t.send(resendActivationRoute, input, options);

/** Mails the login and a password reset link, valid 2 hours; answers the same for any mail. */
export const forgotCredentials = (t: Transport, input: MailInput, options?: RequestOptions): Promise<void> =>
  t.send(forgottenCredentialsRoute, input, options);

/** Sets a new password with the token of a mailed reset link. */
export const resetPassword = (t: Transport, input: PasswordResetInput, options?: RequestOptions): Promise<void> =>
  t.send(passwordResetRoute, input, options);

/** Changes the logged-in candidate's password; the current one is required. */
export const changePassword = (t: Transport, input: PasswordChangeInput, options?: RequestOptions): Promise<void> =>
  t.send(passwordChangeRoute, input, options);

/**
 * Asks to change the logged-in candidate's mail; the current password is required. A link to
 * confirm goes to the new address, a notice to the current one; the answer is the same whether or
 * not the new address has an account.
 */
export const changeMail = (t: Transport, input: MailChangeInput, options?: RequestOptions): Promise<void> =>
  t.send(mailChangeRoute, input, options);

/** Confirms a mail change with the token of the link mailed to the new address. */
export const confirmMailChange = (t: Transport, input: TokenInput, options?: RequestOptions): Promise<void> =>
  t.send(mailChangeConfirmationRoute, input, options);
