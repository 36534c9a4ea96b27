import { EcAssistance } from '../components/assistance/assistance.js';
import { define } from '../internal/define.js';
import { usePortal } from '../internal/portal-modules.js';

usePortal();
define('ec-assistance', EcAssistance);
