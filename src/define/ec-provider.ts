import { EcProvider } from '../components/provider/provider.js';
import { define } from '../internal/define.js';

define('ec-provider', EcProvider);
