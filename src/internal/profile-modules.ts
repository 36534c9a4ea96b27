import { operationModules } from './operation-modules.js';

/** Registers the profile and referential operations, for the elements that use them. */
export function useProfileOperations(): void {
  operationModules.profile ??= () => import('../../sdk/operations/profile.js');
  operationModules.referentials ??= () => import('../../sdk/operations/referentials.js');
}
