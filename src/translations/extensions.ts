/** Strings an area of elements adds to the translation, merged one level deep (e.g. the profile's). */
export type TranslationExtension = object;

/**
 * The extensions registered by the areas defined on the page: French at once, English loaded
 * with the English strings. `version` changes with every registration.
 */
export const extensions = {
  fr: [] as TranslationExtension[],
  en: [] as (() => Promise<TranslationExtension>)[],
  version: 0,
};

/** Adds an area's strings: the French ones, and a loader of the English ones; once, however many of its elements ask. */
export function extendTranslations(fr: TranslationExtension, en: () => Promise<TranslationExtension>): void {
  if (extensions.fr.includes(fr)) return;
  extensions.fr.push(fr);
  extensions.en.push(en);
  extensions.version++;
}
