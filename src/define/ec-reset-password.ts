import { EcResetPassword } from '../components/reset-password/reset-password.js';
import { define } from '../internal/define.js';

define('ec-reset-password', EcResetPassword);
