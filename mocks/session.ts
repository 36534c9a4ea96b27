import { LoginInputSchema } from '../sdk/index.js';
import { campaignClosed, sessionOf, validate, type MockContext, type RequestMeta } from './context.js';
import { ok, problem, type Reply } from './reply.js';
import { hashPassword, newToken, passwordMatches, type Account } from './store.js';

/** eCandidat's idle timeout: 45 minutes. */
const SESSION_LIFETIME = 45 * 60_000;
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
    ? { ...reply, headers: { 'Set-Cookie': `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${maxAge}` } }
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

/** The current session, whose lifetime each use extends; 204 when nobody is logged in. */
export function currentSession(ctx: MockContext, meta: RequestMeta): Reply {
  const session = sessionOf(ctx, meta);
  if (!session || !meta.sessionToken) return ok(204);
  const expiresAt = ctx.now() + SESSION_LIFETIME;
  ctx.state.sessions.set(meta.sessionToken, { login: session.login, expiresAt });
  return withCookie(ctx, ok(200, sessionBody(session.account, expiresAt, meta.sessionToken)), meta.sessionToken, SESSION_LIFETIME / 1000);
}

/** Logout: always succeeds, and clears the cookie. */
export function logout(ctx: MockContext, meta: RequestMeta): Reply {
  if (meta.sessionToken) ctx.state.sessions.delete(meta.sessionToken);
  return withCookie(ctx, ok(204));
}
