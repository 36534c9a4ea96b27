import { EcResendActivation } from '../components/resend-activation/resend-activation.js';

if (!customElements.get('ec-resend-activation')) customElements.define('ec-resend-activation', EcResendActivation);
