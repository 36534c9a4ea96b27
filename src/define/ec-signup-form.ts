import { EcSignupForm } from '../components/signup-form/signup-form.js';
import { useAccount } from '../internal/account-modules.js';
import { define } from '../internal/define.js';

useAccount();
define('ec-signup-form', EcSignupForm);
