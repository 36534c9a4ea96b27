import {
  ActivationInputSchema,
  MailChangeInputSchema,
  MailInputSchema,
  passwordChangeInputSchema,
  passwordResetInputSchema,
  signupInputSchema,
  SignupInputSchema,
} from '../sdk/index.js';
import { campaignClosed, purgeExpiredAccounts, sessionOf, validate, type MockContext, type RequestMeta } from './context.js';
import { mails } from './mail.js';
import { invalid, ok, problem, type Reply } from './reply.js';
import { accountByMail, accountByToken, hashPassword, newLogin, newToken, passwordMatches, randomString } from './store.js';

const DAY = 86_400_000;
const RESET_LINK_LIFETIME = 2 * 3_600_000;

/** `today + days` at 23:00 Paris (22:00 UTC), as eCandidat sets it. */
const activationDeadline = (now: number, days: number) => new Date(now + days * DAY).setUTCHours(22, 0, 0, 0);

/** Signup: creates the account, or — for a mail already known — tells its owner by mail and answers the same. */
export async function signup(ctx: MockContext, body: unknown, meta: RequestMeta): Promise<Reply> {
  const replay = meta.idempotencyKey ? ctx.state.replays.get(meta.idempotencyKey) : undefined;
  if (replay) return replay;
  const closed = campaignClosed(ctx);
  if (closed) return closed;
  const { signup: rules, passwordPolicy, campaign } = ctx.config();
  const parsed = validate(rules.passwordRequired ? signupInputSchema(passwordPolicy) : SignupInputSchema, body);
  if ('reply' in parsed) return parsed.reply;
  const { input } = parsed;
  purgeExpiredAccounts(ctx);
  const deadline = activationDeadline(ctx.now(), rules.activationDays);
  const known = accountByMail(ctx.state, input.mail);
  const passwordHash = await hashPassword(input.password ?? randomString(32));
  if (known) {
    ctx.send(known.mail, mails.signupAttempt(known));
  } else {
    const account = {
      login: newLogin(ctx.state),
      lastName: input.lastName,
      firstName: input.firstName,
      mail: input.mail,
      passwordHash,
      activated: false,
      activationToken: newToken(),
      activationDeadline: deadline,
      resetToken: null,
      resetExpiresAt: 0,
      locale: meta.locale,
    };
    ctx.state.accounts.set(account.login, account);
    ctx.send(account.mail, mails.accountCreated(account, ctx.link('activation', account.activationToken), campaign?.label ?? ''));
  }
  const reply = ok(202, { activationDeadline: new Date(deadline).toISOString() });
  if (meta.idempotencyKey) ctx.state.replays.set(meta.idempotencyKey, reply);
  return reply;
}

/** Activation: `token_invalid` for an unknown or replaced token, `token_expired` once the account was deleted. */
export function activate(ctx: MockContext, body: unknown): Reply {
  const closed = campaignClosed(ctx);
  if (closed) return closed;
  const parsed = validate(ActivationInputSchema, body);
  if ('reply' in parsed) return parsed.reply;
  purgeExpiredAccounts(ctx);
  const { token } = parsed.input;
  const account = accountByToken(ctx.state, 'activationToken', token);
  if (!account) return problem(400, ctx.state.expiredTokens.has(token) ? 'token_expired' : 'token_invalid');
  const alreadyActivated = account.activated;
  account.activated = true;
  return ok(200, { login: account.login, alreadyActivated });
}

/** Lost activation code: a new link (the old one dies) for a pending account; the same answer for any mail. */
export function resendActivation(ctx: MockContext, body: unknown): Reply {
  const closed = campaignClosed(ctx);
  if (closed) return closed;
  const parsed = validate(MailInputSchema, body);
  if ('reply' in parsed) return parsed.reply;
  purgeExpiredAccounts(ctx);
  const account = accountByMail(ctx.state, parsed.input.mail);
  if (account?.activated) ctx.send(account.mail, mails.alreadyActivated(account));
  else if (account) {
    account.activationToken = newToken();
    ctx.send(account.mail, mails.activationLink(account, ctx.link('activation', account.activationToken)));
  }
  return ok(202);
}

/** Forgotten credentials: the login and a 2-hour reset link by mail; the same answer for any mail. */
export function forgotCredentials(ctx: MockContext, body: unknown): Reply {
  const closed = campaignClosed(ctx);
  if (closed) return closed;
  const parsed = validate(MailInputSchema, body);
  if ('reply' in parsed) return parsed.reply;
  purgeExpiredAccounts(ctx);
  const account = accountByMail(ctx.state, parsed.input.mail);
  if (account) {
    account.resetToken = newToken();
    account.resetExpiresAt = ctx.now() + RESET_LINK_LIFETIME;
    ctx.send(account.mail, mails.credentials(account, ctx.link('password-reset', account.resetToken)));
  }
  return ok(202);
}

/** Password reset with a mailed token: single use, valid 2 hours, new password against the policy. */
export async function resetPassword(ctx: MockContext, body: unknown): Promise<Reply> {
  const token = (body as { token?: unknown } | null)?.token;
  const account = typeof token === 'string' ? accountByToken(ctx.state, 'resetToken', token) : undefined;
  if (!account) return problem(400, 'token_invalid');
  if (account.resetExpiresAt <= ctx.now()) return problem(400, 'token_expired');
  const parsed = validate(passwordResetInputSchema(ctx.config().passwordPolicy), body);
  if ('reply' in parsed) return parsed.reply;
  account.passwordHash = await hashPassword(parsed.input.password);
  account.resetToken = null;
  return ok(204);
}

/** Password change for the logged-in candidate, who gives the current password. */
export async function changePassword(ctx: MockContext, body: unknown, meta: RequestMeta): Promise<Reply> {
  const session = sessionOf(ctx, meta);
  if (!session) return problem(401, 'unauthenticated');
  const parsed = validate(passwordChangeInputSchema(ctx.config().passwordPolicy), body);
  if ('reply' in parsed) return parsed.reply;
  const { account } = session;
  if (!(await passwordMatches(parsed.input.currentPassword, account.passwordHash))) {
    return invalid({ currentPassword: [{ code: 'incorrect' }] });
  }
  account.passwordHash = await hashPassword(parsed.input.password);
  return ok(204);
}

/**
 * Mail change for the logged-in candidate. A mail taken by another account answers the same and
 * tells that address's owner, so it reveals no account.
 */
export async function changeMail(ctx: MockContext, body: unknown, meta: RequestMeta): Promise<Reply> {
  const session = sessionOf(ctx, meta);
  if (!session) return problem(401, 'unauthenticated');
  const parsed = validate(MailChangeInputSchema, body);
  if ('reply' in parsed) return parsed.reply;
  const { account } = session;
  const { mail, currentPassword } = parsed.input;
  if (!(await passwordMatches(currentPassword, account.passwordHash))) return invalid({ currentPassword: [{ code: 'incorrect' }] });
  if (mail.toLowerCase() === account.mail.toLowerCase()) return invalid({ mail: [{ code: 'unchanged' }] });
  const owner = accountByMail(ctx.state, mail);
  if (owner) {
    ctx.send(owner.mail, mails.signupAttempt(owner));
  } else {
    for (const to of [account.mail, mail]) ctx.send(to, mails.mailChanged(account, mail));
    account.mail = mail;
  }
  return ok(202);
}
