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
} from '../schemas/account.js';
import { route } from './route.js';

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
