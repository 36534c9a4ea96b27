import { EcPersonalInfoForm } from '../components/personal-info-form/personal-info-form.js';
import { useProfile } from '../internal/profile-modules.js';
import { define } from '../internal/define.js';

useProfile();
define('ec-personal-info-form', EcPersonalInfoForm);
