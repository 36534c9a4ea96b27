import { EcBaccalaureateForm } from '../components/baccalaureate-form/baccalaureate-form.js';
import { useProfileOperations } from '../internal/profile-modules.js';

useProfileOperations();
if (!customElements.get('ec-baccalaureate-form')) customElements.define('ec-baccalaureate-form', EcBaccalaureateForm);
