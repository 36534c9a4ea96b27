import { EcBaccalaureateForm } from '../components/baccalaureate-form/baccalaureate-form.js';
import { useProfile } from '../internal/profile-modules.js';

useProfile();
if (!customElements.get('ec-baccalaureate-form')) customElements.define('ec-baccalaureate-form', EcBaccalaureateForm);
