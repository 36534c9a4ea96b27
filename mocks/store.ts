import type { Config } from '../sdk/index.js';
import type { CentreRecord } from './fixtures/training-offer.js';
import type { ProfileRecord } from './profile-store.js';
import type { Reply } from './reply.js';

/** A candidate account of the active campaign. */
export interface Account {
  login: string;
  lastName: string;
  firstName: string;
  mail: string;
  passwordHash: string;
  activated: boolean;
  /** The live activation token; a new one replaces it. */
  activationToken: string;
  /** Epoch ms after which a non-activated account is deleted. */
  activationDeadline: number;
  resetToken: string | null;
  resetExpiresAt: number;
  /** A mail change waiting for its confirmation link. */
  mailChange: { mail: string; token: string; expiresAt: number } | null;
  /** The candidate's language: mails and the session follow it. */
  locale: string;
}

/** A mail the backend sent, as the mailbox shows it. */
export interface Mail {
  id: number;
  to: string;
  subject: string;
  text: string;
  /** The link the mail asks to follow, if any. */
  link: string | null;
  sentAt: string;
}

/** eCandidat's idle timeout: a session ends 45 minutes after its last request. */
export const SESSION_LIFETIME = 45 * 60_000;

/** A logged-in session. */
export interface SessionRecord {
  login: string;
  expiresAt: number;
}

/** The reference backend's whole state, in memory. */
export interface MockState {
  config: Config;
  accounts: Map<string, Account>;
  /** Every login ever handed out: a login is never reused. */
  usedLogins: Set<string>;
  sessions: Map<string, SessionRecord>;
  /** Answers given or being given, by `Idempotency-Key`. */
  replays: Map<string, Promise<Reply>>;
  outbox: Mail[];
  /** Activation tokens of accounts deleted for not being activated in time. */
  expiredTokens: Set<string>;
  /** Each candidate's profile, by login. */
  profiles: Map<string, ProfileRecord>;
  /** The last version handed out to a profile section or entry (their ETags). */
  profileVersion: number;
  /** The training offer, inactive centres and programmes included. */
  trainingOffer: CentreRecord[];
}

const LOGIN_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A random string of `length` characters from `alphabet`. */
export function randomString(length: number, alphabet = LOGIN_ALPHABET): string {
  const bytes = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/** A fresh 8-character login from `0-9A-Z` that was never handed out before. */
export function newLogin(state: MockState): string {
  let login: string;
  do login = randomString(8);
  while (state.usedLogins.has(login));
  state.usedLogins.add(login);
  return login;
}

/** An unguessable token for links and sessions. */
export const newToken = (): string => crypto.randomUUID();

/** A salted SHA-256 of a password, as `salt:hash` (the mock never keeps a password as typed). */
export async function hashPassword(password: string, salt = randomString(16)): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${password}`));
  return `${salt}:${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Whether `password` matches a `salt:hash` from `hashPassword`. */
export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  return (await hashPassword(password, stored.split(':')[0])) === stored;
}

/** The account of the active campaign with this mail, compared without case. */
export function accountByMail(state: MockState, mail: string): Account | undefined {
  const wanted = mail.toLowerCase();
  for (const account of state.accounts.values()) if (account.mail.toLowerCase() === wanted) return account;
  return undefined;
}

/** The account whose `field` holds `token`. */
export function accountByToken(state: MockState, field: 'activationToken' | 'resetToken', token: string): Account | undefined {
  for (const account of state.accounts.values()) if (account[field] === token) return account;
  return undefined;
}
