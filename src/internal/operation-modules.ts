import type { AccountOperations, ApplicationOperations, Operations, ProfileOperations, ReferentialOperations } from '../../sdk/bind-client.js';

/**
 * The SDK's operation modules the HTTP backend of `<ec-provider>` loads on first use. The account
 * area is always there; the profile and referential areas are registered by the elements that use
 * them, so a bundle of account elements does not carry them.
 */
export const operationModules: {
  account: Operations<AccountOperations>;
  profile?: Operations<ProfileOperations>;
  referentials?: Operations<ReferentialOperations>;
  applications?: Operations<ApplicationOperations>;
} = { account: () => import('../../sdk/operations/account.js') };

/** The loader of an area, read when the area is first used (its elements register it). */
export const moduleOf =
  <K extends keyof typeof operationModules>(area: K) =>
  () =>
    operationModules[area]!() as ReturnType<NonNullable<(typeof operationModules)[K]>>;
