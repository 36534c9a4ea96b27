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
import type { ListData, ListInput, SectionData, SectionInput } from './operations/profile.js';
import type * as applications from './operations/applications.js';
import type * as referentials from './operations/referentials.js';
import type { ListName, SectionName } from './routes/profile.js';
import type { Entry, InternalStudy, ProfileSummary, Versioned } from './schemas/profile.js';
import type { CreateOptions, RequestOptions, Transport, UpdateOptions } from './transport.js';

/** Operations over a transport, seen as methods of a client. */
type Bound<M> = { [K in keyof M]: M[K] extends (t: Transport, ...args: infer A) => infer R ? (...args: A) => R : never };

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
  /** The session: it ends after an idle timeout (45 minutes in eCandidat), which every request of the logged-in candidate restarts. */
  session: {
    /** Logs in; any failure is `invalid_credentials`. */
    login(input: LoginInput, options?: RequestOptions): Promise<Session>;
    /** Who is logged in, or `null`. */
    current(options?: RequestOptions): Promise<Session | null>;
    /** Keeps the session alive: the session with a new `expiresAt`; `AuthenticationError` once it has ended. */
    extend(options?: RequestOptions): Promise<Session>;
    /** Logs out. */
    logout(options?: RequestOptions): Promise<void>;
  };
  /** The logged-in candidate's profile; every write of an existing version carries its `etag`. */
  profile: {
    /** Which tabs are filled, what is missing before applying, which tabs are locked. */
    getProfileSummary(options?: RequestOptions): Promise<ProfileSummary>;
    /** A single section and its `etag`. */
    getSection<N extends SectionName>(name: N, options?: RequestOptions): Promise<Versioned<SectionData[N]>>;
    /** Replaces a single section if it is still at version `ifMatch`. */
    saveSection<N extends SectionName>(name: N, input: SectionInput[N], options: UpdateOptions): Promise<Versioned<SectionData[N]>>;
    /** The read-only internal studies. */
    getInternalStudies(options?: RequestOptions): Promise<InternalStudy[]>;
    /** The entries of a list section. */
    listEntries<N extends ListName>(name: N, options?: RequestOptions): Promise<Entry<ListData[N]>[]>;
    /** Adds an entry to a list section. */
    createEntry<N extends ListName>(name: N, input: ListInput[N], options?: CreateOptions): Promise<Entry<ListData[N]>>;
    /** Replaces an entry if it is still at version `ifMatch`. */
    updateEntry<N extends ListName>(name: N, id: string, input: ListInput[N], options: UpdateOptions): Promise<Entry<ListData[N]>>;
    /** Deletes an entry if it is still at version `ifMatch`. */
    deleteEntry(name: ListName, id: string, options: UpdateOptions): Promise<void>;
  };
  /** Countries, communes, establishments, bac series…: cached for the page's life. */
  referentials: Bound<typeof referentials>;
  /** The training offer (open to anyone) and the logged-in candidate's applications. */
  applications: Bound<typeof applications>;
}
