import { extendTranslations } from '../translations/extensions.js';
import { fr } from '../translations/portal/fr.js';

/** Registers the portal elements' strings (French now, English with the English strings). */
export function usePortal(): void {
  extendTranslations(fr, async () => (await import('../translations/portal/en.js')).en);
}
