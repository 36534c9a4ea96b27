import { EcSignupForm } from '../components/signup-form/signup-form.js';
import { define } from '../internal/define.js';

define('ec-signup-form', EcSignupForm);
