import { fr } from '../translations/account/fr.js';
import { extendTranslations } from '../translations/extensions.js';

/** Registers the strings of the account elements other than the login form (French now, English with the English strings). */
export function useAccount(): void {
  extendTranslations(fr, async () => (await import('../translations/account/en.js')).en);
}
