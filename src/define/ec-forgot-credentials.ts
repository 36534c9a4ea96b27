import { EcForgotCredentials } from '../components/forgot-credentials/forgot-credentials.js';

if (!customElements.get('ec-forgot-credentials')) customElements.define('ec-forgot-credentials', EcForgotCredentials);
