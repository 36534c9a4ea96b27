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
} from './schemas/account.js';
import type { Config } from './schemas/config.js';
import type { LoginInput, Session } from './schemas/session.js';
import type { CreateOptions, RequestOptions } from './transport.js';

/**
 * The backend contract as a TypeScript interface. `createClient` implements it over HTTP; a
 * university whose API differs implements it directly and hands it to `<ec-provider>`.
 * Failures are the SDK's typed errors (`ValidationError`, `AuthenticationError`, …).
 */
export interface EcandidatBackend {
  platform: {
    /** The platform configuration. */
    config(options?: RequestOptions): Promise<Config>;
  };
  account: {
    /** Creates an account; answers the same for a known mail. */
    signup(input: SignupInput, options?: CreateOptions): Promise<SignupResult>;
    /** Activates an account with its mailed token. */
    activate(input: ActivationInput, options?: RequestOptions): Promise<ActivationResult>;
    /** Mails a new activation link; answers the same for any mail. */
    resendActivation(input: MailInput, options?: RequestOptions): Promise<void>;
    /** Mails the login and a reset link; answers the same for any mail. */
    forgotCredentials(input: MailInput, options?: RequestOptions): Promise<void>;
    /** Sets a new password with a mailed reset token. */
    resetPassword(input: PasswordResetInput, options?: RequestOptions): Promise<void>;
    /** Changes the logged-in candidate's password. */
    changePassword(input: PasswordChangeInput, options?: RequestOptions): Promise<void>;
    /** Asks to change the logged-in candidate's mail; the new address confirms by its link. */
    changeMail(input: MailChangeInput, options?: RequestOptions): Promise<void>;
    /** Confirms a mail change with the token mailed to the new address. */
    confirmMailChange(input: TokenInput, options?: RequestOptions): Promise<void>;
  };
  session: {
    /** Logs in; any failure is `invalid_credentials`. */
    login(input: LoginInput, options?: RequestOptions): Promise<Session>;
    /** Who is logged in, or `null`. */
    current(options?: RequestOptions): Promise<Session | null>;
    /** Logs out. */
    logout(options?: RequestOptions): Promise<void>;
  };
}
