/**
 * A whole number as typed, for a schema that wants a number: absent when empty, and a
 * non-integer (so the schema reports the format) when the text is not digits.
 */
export const wholeNumberOf = (text = ''): number | undefined => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : 0.5;
};
