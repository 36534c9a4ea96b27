// The sections offer to log in again in place when a session ends.
import '../define/ec-login-form.js';
import { extendTranslations } from '../translations/extensions.js';
import { fr } from '../translations/profile/fr.js';
import { operationModules } from './operation-modules.js';

/** Registers what the profile elements need: the profile and referential operations, and the profile's strings. */
export function useProfile(): void {
  operationModules.profile = () => import('../../sdk/operations/profile.js');
  operationModules.referentials = () => import('../../sdk/operations/referentials.js');
  operationModules.applications = () => import('../../sdk/operations/applications.js');
  extendTranslations(fr, async () => (await import('../translations/profile/en.js')).en);
}
