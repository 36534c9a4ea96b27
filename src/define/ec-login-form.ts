import { EcLoginForm } from '../components/login-form/login-form.js';
import { define } from '../internal/define.js';

define('ec-login-form', EcLoginForm);
