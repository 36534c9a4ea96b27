import { EcActivation } from '../components/activation/activation.js';
import { useAccount } from '../internal/account-modules.js';
import { define } from '../internal/define.js';

useAccount();
define('ec-activation', EcActivation);
