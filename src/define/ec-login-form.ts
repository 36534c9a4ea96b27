import { EcLoginForm } from '../components/login-form/login-form.js';

if (!customElements.get('ec-login-form')) customElements.define('ec-login-form', EcLoginForm);
