import { isAuthenticationError } from '../errors.js';
import { loginRoute, logoutRoute, sessionExtensionRoute, sessionRoute } from '../routes/session.js';
import type { LoginInput, Session } from '../schemas/session.js';
import type { RequestOptions, Transport } from '../transport.js';

type SessionResponse = Session & { token?: string };

/** Keeps a bearer token in the transport's memory and hands out the session without it. */
const keepToken = (t: Transport, { token, ...session }: SessionResponse): Session => {
  if (token) t.token = token;
  return session;
};

/**
 * Logs in with the login (dossier number) and password. Any failure — unknown login, wrong
 * password, account not activated — is one `AuthenticationError` with code `invalid_credentials`.
 */
export const login = async (t: Transport, input: LoginInput, options?: RequestOptions): Promise<Session> =>
  keepToken(t, await t.send(loginRoute, input, options));

/** Who is logged in, or `null` when nobody is (a 204, or a 401 from a backend whose session ended). */
export async function getSession(t: Transport, options?: RequestOptions): Promise<Session | null> {
  try {
    const session = await t.send(sessionRoute, undefined, options);
    return session ? keepToken(t, session) : null;
  } catch (error) {
    if (isAuthenticationError(error)) return null;
    throw error;
  }
}

/**
 * Keeps the session alive: answers it with a new `expiresAt`, one idle timeout (45 minutes in
 * eCandidat) from now. Any request of the logged-in candidate extends it as well; this one is for a
 * candidate who reads without sending anything, e.g. from a warning shown before `expiresAt`. Once
 * the session has ended it fails with an `AuthenticationError` (`unauthenticated`).
 */
export const extendSession = async (t: Transport, options?: RequestOptions): Promise<Session> =>
  keepToken(t, await t.send(sessionExtensionRoute, undefined, options));

/** Logs out; the in-memory token is dropped even if the backend cannot be reached. */
export async function logout(t: Transport, options?: RequestOptions): Promise<void> {
  try {
    await t.send(logoutRoute, undefined, options);
  } finally {
    t.token = undefined;
  }
}
