import * as v from 'valibot';

/** A required string: trimmed, NFC-normalised, at most `max` characters. */
export const requiredText = (max: number) =>
  v.pipe(v.string('required'), v.trim(), v.normalize('NFC'), v.nonEmpty('required'), v.maxLength(max, 'too_long'));

/** A person's name as eCandidat stores it: trimmed, NFC-normalised, upper-cased. */
export const nameText = (max: number) => v.pipe(requiredText(max), v.toUpperCase());

/** eCandidat's mail rule: at most 100 characters, a top-level domain of 2 to 6 letters. */
export const MailSchema = v.pipe(
  v.string('required'),
  v.trim(),
  v.nonEmpty('required'),
  v.maxLength(100, 'too_long'),
  v.regex(/^[\w.%+'-]+@(?:[A-Za-z\d-]+\.)+[A-Za-z]{2,6}$/, 'mail_format'),
);

/** A login (dossier number): 8 characters from `0-9A-Z`; typed lower case is accepted. */
export const LoginSchema = v.pipe(
  v.string('required'),
  v.trim(),
  v.nonEmpty('required'),
  v.toUpperCase(),
  v.regex(/^[0-9A-Z]{8}$/, 'login_format'),
);

/** An opaque token from a mailed link. */
export const TokenSchema = v.pipe(v.string('required'), v.trim(), v.nonEmpty('required'), v.maxLength(200, 'too_long'));

/** The pattern of a date-time on the wire: ISO 8601 with a time zone. */
export const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d[\d:.]*(Z|[+-]\d\d:\d\d)$/;
/** A date-time on the wire: ISO 8601 with a time zone. */
export const TimestampSchema = v.pipe(v.string(), v.regex(TIMESTAMP));

/** A calendar date on the wire: `YYYY-MM-DD`. */
export const DateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\d$/));

/** A link the elements may render: only `https:` or `http:`, so no `javascript:` URL gets through. */
export const LinkSchema = v.pipe(v.string(), v.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i));

/** A mail's confirmation: trimmed like the mail it must equal. */
export const MailConfirmationSchema = v.pipe(v.string('required'), v.trim(), v.nonEmpty('required'));

/** A password as typed at login: no policy, since older accounts may predate it. */
export const CurrentPasswordSchema = v.pipe(v.string('required'), v.nonEmpty('required'), v.maxLength(128, 'too_long'));

/**
 * Adds "confirmation equals its field" checks to an object schema; a mismatch is a `mismatch`
 * issue on the confirmation field.
 * @example withConfirmations(v.object({ mail, mailConfirmation }), ['mail', 'mailConfirmation'])
 */
export function withConfirmations<TSchema extends v.ObjectSchema<v.ObjectEntries, undefined>>(
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
