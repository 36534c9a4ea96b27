import * as v from 'valibot';
import { fieldErrorsOf, type Config } from '../sdk/index.js';
import type { MailDraft } from './mail.js';
import { invalid, problem, type Reply } from './reply.js';
import { SESSION_LIFETIME, type Account, type MockState, type SessionRecord } from './store.js';

/** What every mock operation works with: the state, the clock, the links it mails and the outbox. */
export interface MockContext {
  state: MockState;
  /** Whether login and logout set the session cookie. */
  sessionCookie: boolean;
  /** The mock's clock, in epoch ms; tests can move it forward. */
  now(): number;
  /** The configuration as candidates see it now (a scenario may close the campaign). */
  config(): Config;
  /** The link a mail gives for a token. */
  link(kind: 'activation' | 'password-reset' | 'mail-change', token: string): string;
  /** Puts a mail in the outbox. */
  send(to: string, draft: MailDraft): void;
}

/** What a request says beside its body. */
export interface RequestMeta {
  /** The language asked by `Accept-Language`, among the configured ones. */
  locale: string;
  idempotencyKey: string | null;
  /** The session token, from the `Authorization` header or the session cookie. */
  sessionToken: string | null;
  /** The `If-Match` header: the version a write started from. */
  ifMatch: string | null;
  /** The path's parameters (`:id`). */
  params: Record<string, string>;
  /** The query string. */
  query: URLSearchParams;
}

/** A mock operation: what the backend answers to one request of the contract. */
export type Operation = (ctx: MockContext, body: unknown, meta: RequestMeta) => Reply | Promise<Reply>;

/**
 * Runs a creation once per `key`: a repeated key gets the first answer, even while that one is
 * still on its way (the promise is kept before anything awaits).
 */
export function idempotent(state: MockState, key: string | null, create: () => Promise<Reply>): Promise<Reply> {
  const replay = key ? state.replays.get(key) : undefined;
  if (replay) return replay;
  const reply = create();
  if (key) state.replays.set(key, reply);
  return reply;
}

/** Parses a body with an SDK schema: the input, or the 400 answer with field error codes. */
export function validate<T extends v.GenericSchema>(schema: T, body: unknown): { input: v.InferOutput<T> } | { reply: Reply } {
  const result = v.safeParse(schema, body);
  return result.success ? { input: result.output } : { reply: invalid(fieldErrorsOf(result.issues)) };
}

/** The 403 answer when no campaign is open to candidates, or `undefined`. */
export const campaignClosed = (ctx: MockContext): Reply | undefined =>
  ctx.config().campaign ? undefined : problem(403, 'campaign_closed');

/**
 * The session of this request, if still alive, its idle timeout restarted (unless `extend` is
 * false: reading who is logged in is not activity). Expired ones are dropped.
 */
export function sessionOf(ctx: MockContext, meta: RequestMeta, extend = true): (SessionRecord & { account: Account }) | undefined {
  const record = meta.sessionToken ? ctx.state.sessions.get(meta.sessionToken) : undefined;
  const account = record && ctx.state.accounts.get(record.login);
  if (!record || !account || record.expiresAt <= ctx.now()) {
    if (meta.sessionToken) ctx.state.sessions.delete(meta.sessionToken);
    return undefined;
  }
  if (extend) record.expiresAt = ctx.now() + SESSION_LIFETIME;
  return { ...record, account };
}

/** Deletes the accounts whose activation deadline passed, remembering their dead tokens. */
export function purgeExpiredAccounts(ctx: MockContext): void {
  for (const [login, account] of ctx.state.accounts) {
    if (account.activated || account.activationDeadline > ctx.now()) continue;
    ctx.state.accounts.delete(login);
    ctx.state.expiredTokens.add(account.activationToken);
  }
}
