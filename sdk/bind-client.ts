import type { EcandidatBackend } from './backend.js';
import { getConfig } from './operations/platform.js';
import { extendSession, getSession, login, logout } from './operations/session.js';
import type { Transport } from './transport.js';

/** The account operations, as `sdk/operations/account.ts` exports them. */
export type AccountOperations = typeof import('./operations/account.js');
/** The profile operations, as `sdk/operations/profile.ts` exports them. */
export type ProfileOperations = typeof import('./operations/profile.js');
/** The application operations, as `sdk/operations/applications.ts` exports them. */
export type ApplicationOperations = typeof import('./operations/applications.js');
/** The referential look-ups, as `sdk/operations/referentials.ts` exports them. */
export type ReferentialOperations = typeof import('./operations/referentials.js');

/** The HTTP client: the backend contract plus the language it asks the backend to speak. */
export interface EcandidatClient extends EcandidatBackend {
  /** Changes the `Accept-Language` of later requests. */
  setLocale(locale: string): void;
}

/** A module of operations, or a function that imports it on first use (`() => import('…')`). */
export type Operations<M> = () => M | Promise<M>;

/**
 * The operations of a module bound to `t`, as methods: each call loads the module (once) and runs
 * its operation of that name. A proxy, so no list of names ships with the client.
 */
const bind = <M>(t: Transport, load: Operations<M>) =>
  new Proxy(
    {},
    {
      get: (_, name) =>
        typeof name === 'string' && name !== 'then'
          ? async (...args: unknown[]) => ((await load())[name as keyof M] as (t: Transport, ...args: unknown[]) => unknown)(t, ...args)
          : undefined,
    },
  );

/** The platform operations over `t`. */
export const bindPlatform = (t: Transport): EcandidatBackend['platform'] => ({ config: (o) => getConfig(t, o) });

/** The session operations over `t`. */
export const bindSession = (t: Transport): EcandidatBackend['session'] => ({
  login: (i, o) => login(t, i, o),
  current: (o) => getSession(t, o),
  extend: (o) => extendSession(t, o),
  logout: (o) => logout(t, o),
});

/** The lazily loaded areas and the modules they load. */
export interface Areas {
  account: Operations<AccountOperations>;
  profile: Operations<ProfileOperations>;
  referentials: Operations<ReferentialOperations>;
  applications: Operations<ApplicationOperations>;
}

/**
 * Binds every operation to a transport. Each area's operations come from a loader, which may
 * import them on first use, so a page that only logs in does not download the others; an area
 * left out is not bound.
 */
export function bindClient(t: Transport, areas: Partial<Areas>): EcandidatClient {
  const bound = Object.fromEntries(Object.entries(areas).map(([area, load]) => [area, bind(t, load as Operations<object>)]));
  return {
    ...(bound as Pick<EcandidatBackend, keyof Areas>),
    setLocale: (locale) => (t.locale = locale),
    platform: bindPlatform(t),
    session: bindSession(t),
  };
}
