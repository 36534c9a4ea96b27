import {
  ActivationInputSchema,
  TokenInputSchema,
  MailChangeInputSchema,
  MailInputSchema,
  passwordChangeInputSchema,
  passwordResetInputSchema,
  signupInputSchema,
  SignupInputSchema,
} from '../sdk/index.js';
import { campaignClosed, idempotent, purgeExpiredAccounts, sessionOf, validate, type MockContext, type RequestMeta } from './context.js';
import { mails } from './mail.js';
import { invalid, ok, problem, type Reply } from './reply.js';
import { accountByMail, accountByToken, hashPassword, newLogin, newToken, passwordMatches, randomString } from './store.js';

const DAY = 86_400_000;
const RESET_LINK_LIFETIME = 2 * 3_600_000;

/** `today + days` at 23:00 Paris (22:00 UTC), as eCandidat sets it. */
const activationDeadline = (now: number, days: number) => new Date(now + days * DAY).setUTCHours(22, 0, 0, 0);

/**
 * Signup: creates the account, or — for a mail already known — tells its owner by mail and answers
 * the same. A repeated `Idempotency-Key` gets the first answer, even while that one is on its way.
 */
export const signup = (ctx: MockContext, body: unknown, meta: RequestMeta): Promise<Reply> =>
  idempotent(ctx.state, meta.idempotencyKey, () => createAccount(ctx, body, meta));

async function createAccount(ctx: MockContext, body: unknown, meta: RequestMeta): Promise<Reply> {
  const closed = campaignClosed(ctx);
  if (closed) return closed;
  const { signup: rules, passwordPolicy, campaign } = ctx.config();
  const parsed = validate(rules.passwordRequired ? signupInputSchema(passwordPolicy) : SignupInputSchema, body);
  if ('reply' in parsed) return parsed.reply;
  const { input } = parsed;
  // Hash first: from the mail look-up to the account's creation nothing waits, so two signups
  // with one mail cannot both create an account.
  const passwordHash = await hashPassword(input.password ?? randomString(32));
  purgeExpiredAccounts(ctx);
  const deadline = activationDeadline(ctx.now(), rules.activationDays);
  const known = accountByMail(ctx.state, input.mail);
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
      mailChange: null,
      locale: meta.locale,
    };
    ctx.state.accounts.set(account.login, account);
    ctx.send(account.mail, mails.accountCreated(account, ctx.link('activation', account.activationToken), campaign?.label ?? ''));
  }
  return ok(202, { activationDeadline: new Date(deadline).toISOString() });
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
  const closed = campaignClosed(ctx);
  if (closed) return closed;
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
  const closed = campaignClosed(ctx);
  if (closed) return closed;
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

const LINK_LIFETIME = RESET_LINK_LIFETIME;

/**
 * Mail change for the logged-in candidate: a notice to the current address and, to the new one, a
 * confirmation link — or, if it has an account, a notice to its owner. The same answer either way.
 */
export async function changeMail(ctx: MockContext, body: unknown, meta: RequestMeta): Promise<Reply> {
  const closed = campaignClosed(ctx);
  if (closed) return closed;
  const session = sessionOf(ctx, meta);
  if (!session) return problem(401, 'unauthenticated');
  const parsed = validate(MailChangeInputSchema, body);
  if ('reply' in parsed) return parsed.reply;
  const { account } = session;
  const { mail, currentPassword } = parsed.input;
  if (!(await passwordMatches(currentPassword, account.passwordHash))) return invalid({ currentPassword: [{ code: 'incorrect' }] });
  if (mail.toLowerCase() === account.mail.toLowerCase()) return invalid({ mail: [{ code: 'unchanged' }] });
  ctx.send(account.mail, mails.mailChangeRequested(account, mail));
  const owner = accountByMail(ctx.state, mail);
  if (owner) {
    ctx.send(owner.mail, mails.addressInUse(owner));
  } else {
    account.mailChange = { mail, token: newToken(), expiresAt: ctx.now() + LINK_LIFETIME };
    ctx.send(mail, mails.mailChangeLink(account, ctx.link('mail-change', account.mailChange.token)));
  }
  return ok(202);
}

/** Mail change confirmation with the token mailed to the new address: single use, valid 2 hours. */
export function confirmMailChange(ctx: MockContext, body: unknown): Reply {
  const closed = campaignClosed(ctx);
  if (closed) return closed;
  const parsed = validate(TokenInputSchema, body);
  if ('reply' in parsed) return parsed.reply;
  const account = [...ctx.state.accounts.values()].find((candidate) => candidate.mailChange?.token === parsed.input.token);
  const change = account?.mailChange;
  if (!account || !change || accountByMail(ctx.state, change.mail)) return problem(400, 'token_invalid');
  if (change.expiresAt <= ctx.now()) return problem(400, 'token_expired');
  account.mail = change.mail;
  account.mailChange = null;
  return ok(204);
}
