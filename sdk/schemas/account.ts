import * as v from 'valibot';
import { passwordSchema } from '../rules/password.js';
import { CurrentPasswordSchema, LoginSchema, MailSchema, TimestampSchema } from './common.js';
import type { PasswordPolicy } from './password.js';
import { nameText } from './typed-text.js';

/** An opaque token from a mailed link. */
export const TokenSchema = v.pipe(v.string('required'), v.trim(), v.nonEmpty('required'), v.maxLength(200, 'too_long'));

/** A mail's confirmation: trimmed like the mail it must equal. */
const MailConfirmationSchema = v.pipe(v.string('required'), v.trim(), v.nonEmpty('required'));

/**
 * Adds "confirmation equals its field" checks to an object schema; a mismatch is a `mismatch`
 * issue on the confirmation field.
 * @example withConfirmations(v.object({ mail, mailConfirmation }), ['mail', 'mailConfirmation'])
 */
function withConfirmations<TSchema extends v.ObjectSchema<v.ObjectEntries, undefined>>(
  schema: TSchema,
  ...pairs: [field: keyof TSchema['entries'] & string, confirmation: keyof TSchema['entries'] & string][]
) {
  return v.pipe(
    schema,
    // Runs even when other fields have issues, so a mismatch shows with them.
    v.rawCheck<v.InferOutput<TSchema>>(({ dataset, addIssue }) => {
      if (typeof dataset.value !== 'object' || dataset.value === null) return;
      const value = dataset.value as Record<string, unknown>;
      for (const [field, confirmation] of pairs) {
        if (value[field] === value[confirmation]) continue;
        const key = confirmation;
        addIssue({ message: 'mismatch', path: [{ type: 'object', origin: 'value', input: value, key, value: value[key] }] });
      }
    }),
  );
}

const ConfirmationSchema = v.pipe(v.string('required'), v.nonEmpty('required'));

const signupEntries = {
  lastName: nameText(30),
  firstName: nameText(20),
  mail: MailSchema,
  mailConfirmation: MailConfirmationSchema,
};

/**
 * Signup: Nom, Prénom, Adresse mail + confirmation, and a password + confirmation where asked.
 * The password is optional here: the server applies its own policy.
 */
export const SignupInputSchema = withConfirmations(
  v.object({ ...signupEntries, password: v.optional(v.string()), passwordConfirmation: v.optional(v.string()) }),
  ['mail', 'mailConfirmation'],
  ['password', 'passwordConfirmation'],
);

/**
 * The signup form's schema when the platform asks for a password (`config.signup.passwordRequired`):
 * the password is required and checked against `config.passwordPolicy`.
 */
export const signupInputSchema = (policy: PasswordPolicy) =>
  withConfirmations(
    v.object({ ...signupEntries, password: passwordSchema(policy), passwordConfirmation: ConfirmationSchema }),
    ['mail', 'mailConfirmation'],
    ['password', 'passwordConfirmation'],
  );

/** Signup input. */
export type SignupInput = v.InferInput<typeof SignupInputSchema>;

/** Signup's answer, the same whether or not the mail was already known. */
export const SignupResultSchema = v.object({
  /** When a non-activated account is deleted. */
  activationDeadline: TimestampSchema,
});
/** Signup's answer. */
export type SignupResult = v.InferOutput<typeof SignupResultSchema>;

/** The token of a mailed link: activation, or mail change confirmation. */
export const TokenInputSchema = v.object({ token: TokenSchema });
/** Input of the operations that take a mailed token only. */
export type TokenInput = v.InferInput<typeof TokenInputSchema>;
/** Activation: the token from the mailed link. */
export const ActivationInputSchema = TokenInputSchema;
/** Activation input. */
export type ActivationInput = TokenInput;

/** Activation's answer: the login to use from now on. */
export const ActivationResultSchema = v.object({ login: LoginSchema, alreadyActivated: v.boolean() });
/** Activation's answer. */
export type ActivationResult = v.InferOutput<typeof ActivationResultSchema>;

/** Lost activation code or forgotten credentials: the mail only. */
export const MailInputSchema = v.object({ mail: MailSchema });
/** Input of the operations that take a mail only. */
export type MailInput = v.InferInput<typeof MailInputSchema>;

/** Password reset: the token from the mailed link and the new password, checked against `policy`. */
export const passwordResetInputSchema = (policy?: PasswordPolicy) =>
  withConfirmations(
    v.object({
      token: TokenSchema,
      password: policy ? passwordSchema(policy) : CurrentPasswordSchema,
      passwordConfirmation: ConfirmationSchema,
    }),
    ['password', 'passwordConfirmation'],
  );
/** Password reset, with the server applying its own policy. */
export const PasswordResetInputSchema = passwordResetInputSchema();
/** Password reset input. */
export type PasswordResetInput = v.InferInput<typeof PasswordResetInputSchema>;

/** Password change, for a logged-in candidate: the current password, the new one and its confirmation. */
export const passwordChangeInputSchema = (policy?: PasswordPolicy) =>
  withConfirmations(
    v.object({
      currentPassword: CurrentPasswordSchema,
      password: policy ? passwordSchema(policy) : CurrentPasswordSchema,
      passwordConfirmation: ConfirmationSchema,
    }),
    ['password', 'passwordConfirmation'],
  );
/** Password change, with the server applying its own policy. */
export const PasswordChangeInputSchema = passwordChangeInputSchema();
/** Password change input. */
export type PasswordChangeInput = v.InferInput<typeof PasswordChangeInputSchema>;

/** Mail change, for a logged-in candidate: the current password, the new mail and its confirmation; it takes effect once confirmed by the link mailed to the new address. */
export const MailChangeInputSchema = withConfirmations(
  v.object({ currentPassword: CurrentPasswordSchema, mail: MailSchema, mailConfirmation: MailConfirmationSchema }),
  ['mail', 'mailConfirmation'],
);
/** Mail change input. */
export type MailChangeInput = v.InferInput<typeof MailChangeInputSchema>;
