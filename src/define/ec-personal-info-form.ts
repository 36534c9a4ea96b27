import { EcPersonalInfoForm } from '../components/personal-info-form/personal-info-form.js';
import { useProfileOperations } from '../internal/profile-modules.js';

useProfileOperations();
if (!customElements.get('ec-personal-info-form')) customElements.define('ec-personal-info-form', EcPersonalInfoForm);
