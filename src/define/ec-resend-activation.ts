import { EcResendActivation } from '../components/resend-activation/resend-activation.js';
import { useAccount } from '../internal/account-modules.js';
import { define } from '../internal/define.js';

useAccount();
define('ec-resend-activation', EcResendActivation);
