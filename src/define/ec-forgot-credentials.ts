import { EcForgotCredentials } from '../components/forgot-credentials/forgot-credentials.js';
import { define } from '../internal/define.js';

define('ec-forgot-credentials', EcForgotCredentials);
