import { EcResetPassword } from '../components/reset-password/reset-password.js';
import { useAccount } from '../internal/account-modules.js';
import { define } from '../internal/define.js';

useAccount();
define('ec-reset-password', EcResetPassword);
