import * as v from 'valibot';

/** The password policy, delivered by `config`. */
export const PasswordPolicySchema = v.object({
  /** Minimum number of characters. */
  minLength: v.number(),
  /** A digit is required. */
  digit: v.boolean(),
  /** A lower-case letter is required. */
  lowerCase: v.boolean(),
  /** An upper-case letter is required. */
  upperCase: v.boolean(),
  /** One of these characters is required; empty when none is. */
  specialCharacters: v.string(),
});

/** The password policy. */
export type PasswordPolicy = v.InferOutput<typeof PasswordPolicySchema>;

/** eCandidat's default policy: 10 characters with a digit, a lower- and an upper-case letter and one of `@#$%^&+=-!*`. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 10,
  digit: true,
  lowerCase: true,
  upperCase: true,
  specialCharacters: '@#$%^&+=-!*',
};
