import { EcBaccalaureateForm } from '../components/baccalaureate-form/baccalaureate-form.js';
import { useProfile } from '../internal/profile-modules.js';
import { define } from '../internal/define.js';

useProfile();
define('ec-baccalaureate-form', EcBaccalaureateForm);
