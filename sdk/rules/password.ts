import * as v from 'valibot';
import type { PasswordRuleCode } from '../schemas/field-errors.js';
import type { PasswordPolicy } from '../schemas/password.js';

/** One rule of a policy: its code, the parameters its message needs, and its test. */
export interface PasswordRule {
  code: PasswordRuleCode;
  params?: Record<string, unknown>;
  test(password: string): boolean;
}

/**
 * The rules a policy sets, in the order a candidate reads them; the elements list them and tick
 * each one live, and `passwordSchema` checks the same list.
 */
export function passwordRules(policy: PasswordPolicy): PasswordRule[] {
  const has = (pattern: RegExp) => (password: string) => pattern.test(password);
  const rules: (PasswordRule | false)[] = [
    { code: 'password_too_short', params: { limit: policy.minLength }, test: (p) => p.length >= policy.minLength },
    policy.digit && { code: 'password_no_digit', test: has(/\d/) },
    policy.lowerCase && { code: 'password_no_lower_case', test: has(/\p{Ll}/u) },
    policy.upperCase && { code: 'password_no_upper_case', test: has(/\p{Lu}/u) },
    policy.specialCharacters !== '' && {
      code: 'password_no_special',
      params: { characters: policy.specialCharacters },
      test: (p) => [...p].some((c) => policy.specialCharacters.includes(c)),
    },
    { code: 'password_whitespace', test: (p) => !/\s/.test(p) },
  ];
  return rules.filter((rule) => rule !== false);
}

/** A new password checked against `policy`; each broken rule is one issue whose message is its code. */
export const passwordSchema = (policy: PasswordPolicy) => {
  const otherRules = passwordRules(policy).filter((rule) => rule.code !== 'password_too_short');
  return v.pipe(
    v.string('required'),
    v.nonEmpty('required'),
    v.maxLength(128, 'too_long'),
    // The length rule through minLength, so its field error carries the `limit`.
    v.minLength(policy.minLength, 'password_too_short'),
    v.rawCheck<string>(({ dataset, addIssue }) => {
      const password = dataset.value;
      if (typeof password !== 'string') return;
      for (const rule of otherRules) if (!rule.test(password)) addIssue({ message: rule.code, expected: rule.params && JSON.stringify(rule.params) });
    }),
  );
};
