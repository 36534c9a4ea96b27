import * as v from 'valibot';

/**
 * Machine codes for what is wrong with one field. The SDK and the server send codes, never
 * sentences: the elements translate them, so client and server errors read the same.
 */
export type FieldErrorCode =
  | 'required'
  | 'too_long'
  | 'invalid_format'
  | 'mail_format'
  | 'login_format'
  | 'mismatch'
  | 'unchanged'
  | 'incorrect'
  | PasswordRuleCode;

/** Codes of the password policy's rules, one per rule a password can break. */
export type PasswordRuleCode =
  | 'password_too_short'
  | 'password_no_digit'
  | 'password_no_lower_case'
  | 'password_no_upper_case'
  | 'password_no_special'
  | 'password_whitespace';

/** One error on one field: a code plus the parameters its message needs (e.g. `{ limit: 30 }`). */
export const FieldErrorSchema = v.object({
  code: v.string(),
  params: v.optional(v.record(v.string(), v.unknown())),
});

/** Field errors keyed by field path (`mail`, `address.postalCode`). */
export const FieldErrorsSchema = v.record(v.string(), v.array(FieldErrorSchema));

/** One error on one field. */
export type FieldError = v.InferOutput<typeof FieldErrorSchema>;
/** Field errors keyed by field path. */
export type FieldErrors = v.InferOutput<typeof FieldErrorsSchema>;

/**
 * Turns valibot issues into field errors: the issue's message is the code (our schemas set it),
 * a missing key is `required`, a numeric requirement (a length) becomes the `limit` parameter, and
 * a raw check's parameters come from its `expected` (JSON).
 * @example fieldErrorsOf(v.safeParse(SignupInputSchema, input).issues ?? [])
 */
export function fieldErrorsOf(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? '';
    // A missing key is `required`; any message that is not one of our codes becomes `invalid_format`.
    const code = issue.type === 'object' ? 'required' : /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid_format';
    const error: FieldError = { code };
    if (typeof issue.requirement === 'number') error.params = { limit: issue.requirement };
    // Our raw checks carry their parameters as JSON in `expected`.
    else if (issue.type === 'raw_check' && issue.expected) error.params = JSON.parse(issue.expected) as FieldError['params'];
    (errors[path] ??= []).push(error);
  }
  return errors;
}
