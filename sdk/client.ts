import type { EcandidatBackend } from './backend.js';
import * as account from './operations/account.js';
import { getConfig } from './operations/platform.js';
import { getSession, login, logout } from './operations/session.js';
import { createTransport, type ClientOptions } from './transport.js';

/** The HTTP client: the backend contract plus the language it asks the backend to speak. */
export interface EcandidatClient extends EcandidatBackend {
  /** Changes the `Accept-Language` of later requests. */
  setLocale(locale: string): void;
}

/**
 * Creates a client for an eCandidat-compatible backend over HTTP.
 * @example
 * const client = createClient({ baseUrl: 'https://ecandidat.univ.fr/api/', locale: 'fr' });
 * const { activationDeadline } = await client.account.signup(input);
 */
export function createClient(options: ClientOptions): EcandidatClient {
  const t = createTransport(options);
  return {
    setLocale: (locale) => (t.locale = locale),
    platform: { config: (o) => getConfig(t, o) },
    account: {
      signup: (i, o) => account.signup(t, i, o),
      activate: (i, o) => account.activate(t, i, o),
      resendActivation: (i, o) => account.resendActivation(t, i, o),
      forgotCredentials: (i, o) => account.forgotCredentials(t, i, o),
      resetPassword: (i, o) => account.resetPassword(t, i, o),
      changePassword: (i, o) => account.changePassword(t, i, o),
      changeMail: (i, o) => account.changeMail(t, i, o),
      confirmMailChange: (i, o) => account.confirmMailChange(t, i, o),
    },
    session: {
      login: (i, o) => login(t, i, o),
      current: (o) => getSession(t, o),
      logout: (o) => logout(t, o),
    },
  };
}
