import * as v from 'valibot';
import { CurrentPasswordSchema, LoginSchema, TimestampSchema } from './common.js';

/** Login: Utilisateur (the login) and Mot de passe. */
export const LoginInputSchema = v.object({ login: LoginSchema, password: CurrentPasswordSchema });
/** Login input. */
export type LoginInput = v.InferInput<typeof LoginInputSchema>;

/** Who is logged in. */
export const SessionSchema = v.object({
  login: v.string(),
  firstName: v.string(),
  lastName: v.string(),
  mail: v.string(),
  /** The candidate's language (`fr`, `en`). */
  locale: v.string(),
  /** When the session ends unless it is used. */
  expiresAt: TimestampSchema,
});
/** Who is logged in. */
export type Session = v.InferOutput<typeof SessionSchema>;

/**
 * The session as the server answers it: a backend that does not use cookies adds a bearer token,
 * which the SDK keeps in memory and never hands out.
 */
export const SessionResponseSchema = v.object({ ...SessionSchema.entries, token: v.optional(v.string()) });
