import { EcResendActivation } from '../components/resend-activation/resend-activation.js';
import { define } from '../internal/define.js';

define('ec-resend-activation', EcResendActivation);
