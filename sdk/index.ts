/**
 * The eCandidat headless SDK: typed operations of the backend contract, their schemas, the
 * session store and the domain's pure rules. DOM-free; runs in browsers and Node.
 * @packageDocumentation
 */
export type { EcandidatBackend } from './backend.js';
export * from './bind-client.js';
export { createClient } from './client.js';
export * from './errors.js';
export * from './operations/account.js';
export * from './operations/applications.js';
export * from './operations/platform.js';
export * from './operations/profile.js';
export * from './operations/referentials.js';
export * from './operations/session.js';
export * from './routes/account.js';
export * from './routes/applications.js';
export * from './routes/platform.js';
export * from './routes/profile.js';
export { route, type Route } from './routes/route.js';
export * from './routes/session.js';
export * from './schemas/account.js';
export * from './schemas/applications.js';
export { DateSchema, LinkSchema, LoginSchema, MailSchema, TimestampSchema } from './schemas/common.js';
export * from './schemas/config.js';
export * from './schemas/field-errors.js';
export * from './schemas/password.js';
export * from './schemas/problem.js';
export * from './schemas/profile.js';
export * from './schemas/referentials.js';
export * from './schemas/session.js';
export * from './schemas/training-offer.js';
export * from './rules/completeness.js';
export * from './rules/availability.js';
export * from './rules/dates.js';
export * from './rules/password.js';
export { ineKind, normalizeIne, type IneKind } from './rules/ine.js';
export * from './rules/text.js';
export * from './rules/training-offer.js';
export { createSessionStore, type SessionState, type SessionStore } from './session-store.js';
export {
  apiErrorFrom,
  createTransport,
  newIdempotencyKey,
  retryAfterSeconds,
  type ClientOptions,
  type CreateOptions,
  type RequestOptions,
  type Transport,
} from './transport.js';
