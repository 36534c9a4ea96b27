/**
 * A whole number as typed, for a schema that wants a number: absent when empty, and a
 * non-integer (so the schema reports the format) when the text is not digits.
 */
export const wholeNumberOf = (text = ''): number | undefined => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : 0.5;
};

/** A year as typed: four digits, else a malformed number (so the schema asks for 4 digits). */
export const yearOf = (text = ''): number | undefined => (text.trim() === '' ? undefined : /^\d{4}$/.test(text.trim()) ? Number(text) : 0.5);
