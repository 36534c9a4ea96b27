/** The kinds of INE (identifiant national étudiant) eCandidat accepts. */
export type IneKind = 'INES' | 'BEA23' | 'NNE36';

const BEA23_KEYS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const SAME_DIGIT_TEN_TIMES = /^(\d)\1{9}/;

/** An INE as typed, made comparable: upper-cased, spaces removed. */
export const normalizeIne = (value: string): string => value.replace(/\s/g, '').toUpperCase();

/** BEA (rectorat) INE: ten digits and the letter `ABCDEFGHJKLMNPRSTUVWXYZ[n mod 23]`. */
function isBea23(ine: string): boolean {
  if (!/^\d{10}[A-Z]$/.test(ine) || SAME_DIGIT_TEN_TIMES.test(ine)) return false;
  return BEA23_KEYS[Number(ine.slice(0, 10)) % 23] === ine[10];
}

/** NNE (university) INE: ten base-36 characters and the last digit of 6·Σv(c0…c8) + v(c9). */
function isNne36(ine: string): boolean {
  if (!/^[0-9A-Z]{11}$/.test(ine) || SAME_DIGIT_TEN_TIMES.test(ine) || /^[A-Z]{10}/.test(ine)) return false;
  const values = [...ine.slice(0, 10)].map((character) => parseInt(character, 36));
  const sum = values.slice(0, 9).reduce((total, value) => total + 6 * value, 0) + values[9];
  return String(sum).at(-1) === ine[10];
}

/**
 * The kind of a valid INE (11 characters, key included), or `null` when it is not one: INES
 * (nine digits and two letters, checked by the university's SI Scol), BEA23 or NNE36 (their key is
 * checked here). Ten identical digits are always refused.
 * @example ineKind('1234567890A') // 'BEA23' when the key matches
 */
export function ineKind(value: string): IneKind | null {
  const ine = normalizeIne(value);
  if (/^\d{9}[A-Z]{2}$/.test(ine)) return 'INES';
  if (isBea23(ine)) return 'BEA23';
  if (isNne36(ine)) return 'NNE36';
  return null;
}
