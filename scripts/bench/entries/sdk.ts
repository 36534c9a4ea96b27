// The whole SDK for config, account and session: transport, operations and their schemas, errors,
// the bindings of those three areas and the session store (the profile and referentials are
// other areas, with their own modules).
import { bindClient } from '../../../sdk/bind-client.js';
import * as account from '../../../sdk/operations/account.js';
import { createSessionStore } from '../../../sdk/session-store.js';
import { createTransport } from '../../../sdk/transport.js';

export default [createSessionStore, (options: Parameters<typeof createTransport>[0]) => bindClient(createTransport(options), { account: () => account })];
