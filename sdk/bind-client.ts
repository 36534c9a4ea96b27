import type { EcandidatBackend } from './backend.js';
import { getConfig } from './operations/platform.js';
import { getSession, login, logout } from './operations/session.js';
import type { Transport } from './transport.js';

/** The account operations, as `sdk/operations/account.ts` exports them. */
export type AccountOperations = typeof import('./operations/account.js');

/** The HTTP client: the backend contract plus the language it asks the backend to speak. */
export interface EcandidatClient extends EcandidatBackend {
  /** Changes the `Accept-Language` of later requests. */
  setLocale(locale: string): void;
}

const ACCOUNT_OPERATIONS = [
  'signup',
  'activate',
  'resendActivation',
  'forgotCredentials',
  'resetPassword',
  'changePassword',
  'changeMail',
  'confirmMailChange',
] as const satisfies (keyof EcandidatBackend['account'])[];

/**
 * Binds the operations to a transport. The account operations come from `account`, which may
 * import them on first use (`() => import('…/operations/account.js')`), so a page that only logs
 * in does not download them.
 */
export function bindClient(t: Transport, account: () => AccountOperations | Promise<AccountOperations>): EcandidatClient {
  return {
    setLocale: (locale) => (t.locale = locale),
    platform: { config: (o) => getConfig(t, o) },
    account: Object.fromEntries(
      ACCOUNT_OPERATIONS.map((name) => [name, async (input: never, options?: never) => (await account())[name](t, input, options)]),
    ) as unknown as EcandidatBackend['account'],
    session: {
      login: (i, o) => login(t, i, o),
      current: (o) => getSession(t, o),
      logout: (o) => logout(t, o),
    },
  };
}
