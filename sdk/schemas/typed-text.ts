import * as v from 'valibot';

/** A required string: trimmed, NFC-normalised, at most `max` characters. */
export const requiredText = (max: number) =>
  v.pipe(v.string('required'), v.trim(), v.normalize('NFC'), v.nonEmpty('required'), v.maxLength(max, 'too_long'));

/** A person's name as eCandidat stores it: trimmed, NFC-normalised, upper-cased. */
export const nameText = (max: number) => v.pipe(requiredText(max), v.toUpperCase());
