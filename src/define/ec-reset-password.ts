import { EcResetPassword } from '../components/reset-password/reset-password.js';

if (!customElements.get('ec-reset-password')) customElements.define('ec-reset-password', EcResetPassword);
