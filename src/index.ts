/**
 * eCandidat Elements: the element classes, events and translations. Importing this module
 * registers nothing; import `ecandidat-elements/define/<tag>.js` (or `…/define/all.js`) to define
 * the tags.
 * @packageDocumentation
 */
export { EcActivation } from './components/activation/activation.js';
export { EcForgotCredentials } from './components/forgot-credentials/forgot-credentials.js';
export { EcLoginForm } from './components/login-form/login-form.js';
export { EcProvider } from './components/provider/provider.js';
export { EcResendActivation } from './components/resend-activation/resend-activation.js';
export { EcResetPassword } from './components/reset-password/reset-password.js';
export { EcSignupForm } from './components/signup-form/signup-form.js';
export * from './events/events.js';
export type { ConfigState, Runtime } from './internal/runtime.js';
export { en } from './translations/en.js';
export { fr } from './translations/fr.js';
export type { FieldName, Locale, Params, Translation, TranslationOverrides } from './translations/translation.js';
