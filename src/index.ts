/**
 * eCandidat Elements: the element classes, events and translations. Importing this module
 * registers nothing; import `ecandidat-elements/define/<tag>.js` (or `…/define/all.js`) to define
 * the tags.
 * @packageDocumentation
 */
export { EcActivation } from './components/activation/activation.js';
export { EcApplications } from './components/applications/applications.js';
export { EcAssistance } from './components/assistance/assistance.js';
export { EcHome } from './components/home/home.js';
export { EcPlatformStatus } from './components/platform-status/platform-status.js';
export { EcPortal, type PortalView } from './components/portal/portal.js';
export { EcSessionExpiry } from './components/session-expiry/session-expiry.js';
export { EcTrainingOffer } from './components/training-offer/training-offer.js';
export { EcAddressForm } from './components/address-form/address-form.js';
export { EcBaccalaureateForm } from './components/baccalaureate-form/baccalaureate-form.js';
export { EcInternalStudies } from './components/internal-studies/internal-studies.js';
export { EcInternships } from './components/internships/internships.js';
export { EcPersonalInfoForm } from './components/personal-info-form/personal-info-form.js';
export { EcProfile } from './components/profile/profile.js';
export { EcWorkExperience } from './components/work-experience/work-experience.js';
export { EcExternalStudies } from './components/external-studies/external-studies.js';
export { EcForgotCredentials } from './components/forgot-credentials/forgot-credentials.js';
export { EcLoginForm } from './components/login-form/login-form.js';
export { EcProvider } from './components/provider/provider.js';
export { EcResendActivation } from './components/resend-activation/resend-activation.js';
export { EcResetPassword } from './components/reset-password/reset-password.js';
export { EcSignupForm } from './components/signup-form/signup-form.js';
export * from './events/events.js';
export type { ConfigState, Runtime } from './internal/runtime.js';
export type { AccountTranslation } from './translations/account/types.js';
export { en } from './translations/en.js';
export { fr } from './translations/fr.js';
export type { PortalStep, PortalTranslation } from './translations/portal/types.js';
export type { ProfileFieldName, ProfileTranslation } from './translations/profile/types.js';
export type { FieldName, Locale, Params, Translation, TranslationOverrides } from './translations/translation.js';
