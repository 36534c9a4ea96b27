import { bindClient, type EcandidatClient } from './bind-client.js';
import * as account from './operations/account.js';
import * as applications from './operations/applications.js';
import * as profile from './operations/profile.js';
import * as referentials from './operations/referentials.js';
import { createTransport, type ClientOptions } from './transport.js';

/**
 * Creates a client for an eCandidat-compatible backend over HTTP.
 * @example
 * const client = createClient({ baseUrl: 'https://ecandidat.univ.fr/api/', locale: 'fr' });
 * const { activationDeadline } = await client.account.signup(input);
 */
export const createClient = (options: ClientOptions): EcandidatClient =>
  bindClient(createTransport(options), { account: () => account, profile: () => profile, referentials: () => referentials, applications: () => applications });
