import * as v from 'valibot';

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

/** The pattern of a date-time on the wire: ISO 8601 with a time zone. */
export const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d[\d:.]*(Z|[+-]\d\d:\d\d)$/;
/** A date-time on the wire: ISO 8601 with a time zone. */
export const TimestampSchema = v.pipe(v.string(), v.regex(TIMESTAMP));

/** A calendar date on the wire: `YYYY-MM-DD`. */
export const DateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\d$/));

/** A link the elements may render: only `https:` or `http:`, so no `javascript:` URL gets through. */
export const LinkSchema = v.pipe(v.string(), v.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i));

/** A password as typed at login: no policy, since older accounts may predate it. */
export const CurrentPasswordSchema = v.pipe(v.string('required'), v.nonEmpty('required'), v.maxLength(128, 'too_long'));
