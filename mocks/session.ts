import { LoginInputSchema } from '../sdk/index.js';
import { campaignClosed, sessionOf, validate, type MockContext, type RequestMeta } from './context.js';
import { ok, problem, type Reply } from './reply.js';
import { hashPassword, newToken, passwordMatches, SESSION_LIFETIME, type Account } from './store.js';

/** The session cookie, for backends reached over real HTTP. */
export const SESSION_COOKIE = 'ec_session';

const sessionBody = (account: Account, expiresAt: number, token: string) => ({
  login: account.login,
  firstName: account.firstName,
  lastName: account.lastName,
  mail: account.mail,
  locale: account.locale,
  expiresAt: new Date(expiresAt).toISOString(),
  token,
});

/** Sets (or, with no token, clears) the session cookie when the backend uses one. */
const withCookie = (ctx: MockContext, reply: Reply, token = '', maxAge = 0): Reply =>
  ctx.sessionCookie
    ? { ...reply, headers: { ...reply.headers, 'Set-Cookie': `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${maxAge}` } }
    : reply;

/** Login: one `invalid_credentials` for an unknown login, a wrong password or an account not activated. */
export async function login(ctx: MockContext, body: unknown): Promise<Reply> {
  const closed = campaignClosed(ctx);
  if (closed) return closed;
  const parsed = validate(LoginInputSchema, body);
  if ('reply' in parsed) return parsed.reply;
  const { login, password } = parsed.input;
  const account = ctx.state.accounts.get(login);
  // Hash even without an account, so every failure costs the same time.
  const matches = account ? await passwordMatches(password, account.passwordHash) : (await hashPassword(password), false);
  if (!account || !matches || !account.activated) return problem(401, 'invalid_credentials');
  const token = newToken();
  const expiresAt = ctx.now() + SESSION_LIFETIME;
  ctx.state.sessions.set(token, { login, expiresAt });
  return withCookie(ctx, ok(200, sessionBody(account, expiresAt, token)), token, SESSION_LIFETIME / 1000);
}

/** The session of this request (its idle timeout restarted when `extend`), or `none` when it has ended. */
function aliveSession(ctx: MockContext, meta: RequestMeta, none: Reply, extend: boolean): Reply {
  const session = sessionOf(ctx, meta, extend);
  return session && meta.sessionToken ? ok(200, sessionBody(session.account, session.expiresAt, meta.sessionToken)) : none;
}

/**
 * The current session, or 204 when nobody is logged in. Reading it does not restart the idle
 * timeout (any other request of the candidate does): a page that checks who is logged in, as the
 * session store does at the session's end, must not keep an idle session alive.
 */
export const currentSession = (ctx: MockContext, meta: RequestMeta): Reply => aliveSession(ctx, meta, ok(204), false);

/** Extends the session: the session with its new `expiresAt`, or 401 `unauthenticated` once it has ended. */
export const extendSession = (ctx: MockContext, meta: RequestMeta): Reply => aliveSession(ctx, meta, problem(401, 'unauthenticated'), true);

/**
 * Renews the session cookie on the answer to any request whose session is alive, so the cookie
 * lives as long as the session it keeps; an answer that sets the cookie itself (login, logout) is
 * left as is.
 */
export function keepCookie(ctx: MockContext, meta: RequestMeta, reply: Reply): Reply {
  const token = meta.sessionToken;
  const record = token ? ctx.state.sessions.get(token) : undefined;
  if (!token || !record || record.expiresAt <= ctx.now() || reply.headers?.['Set-Cookie']) return reply;
  return withCookie(ctx, reply, token, Math.ceil((record.expiresAt - ctx.now()) / 1000));
}

/** Logout: always succeeds, and clears the cookie. */
export function logout(ctx: MockContext, meta: RequestMeta): Reply {
  if (meta.sessionToken) ctx.state.sessions.delete(meta.sessionToken);
  return withCookie(ctx, ok(204));
}
