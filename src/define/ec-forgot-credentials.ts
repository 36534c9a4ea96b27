import { EcForgotCredentials } from '../components/forgot-credentials/forgot-credentials.js';
import { useAccount } from '../internal/account-modules.js';
import { define } from '../internal/define.js';

useAccount();
define('ec-forgot-credentials', EcForgotCredentials);
