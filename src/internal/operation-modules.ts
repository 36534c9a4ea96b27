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

/** The loader of an area, or one that fails saying which element registers it. */
export const moduleOf = <K extends keyof typeof operationModules>(area: K) =>
  (() => {
    const load = operationModules[area];
    if (!load) throw new Error(`No ${area} elements defined`);
    return load();
  }) as NonNullable<(typeof operationModules)[K]>;
