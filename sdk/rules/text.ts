/**
 * Text as searches compare it: lower case, without accents, ligatures spelt out, punctuation as
 * spaces (`Saint-Étienne` → `saint etienne`, `Œnologie` → `oenologie`, `l’économie` → `l economie`).
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
