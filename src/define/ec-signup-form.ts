import { EcSignupForm } from '../components/signup-form/signup-form.js';

if (!customElements.get('ec-signup-form')) customElements.define('ec-signup-form', EcSignupForm);
