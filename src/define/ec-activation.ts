import { EcActivation } from '../components/activation/activation.js';
import { define } from '../internal/define.js';

define('ec-activation', EcActivation);
