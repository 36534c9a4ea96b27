import { EcPersonalInfoForm } from '../components/personal-info-form/personal-info-form.js';
import { useProfile } from '../internal/profile-modules.js';

useProfile();
if (!customElements.get('ec-personal-info-form')) customElements.define('ec-personal-info-form', EcPersonalInfoForm);
