import * as v from 'valibot';
import { FieldErrorsSchema } from './field-errors.js';

/**
 * An error answer: `application/problem+json` (RFC 9457) with the contract's machine `code`. Its
 * `type`, `title`, `status` and `detail` members are for people (the elements never show server
 * text); the SDK reads only these.
 */
export const ProblemSchema = v.object({
  /** The machine code, such as `validation_failed` or `token_expired`. */
  code: v.string(),
  /** The backend's id for this request, for support. */
  requestId: v.optional(v.string()),
  /** On `validation_failed`: codes by field path. */
  fieldErrors: v.optional(FieldErrorsSchema),
  /** On `maintenance`: when it ends (ISO). */
  until: v.optional(v.nullable(v.string())),
});

/** An error answer. */
export type Problem = v.InferOutput<typeof ProblemSchema>;
