import { EcSessionExpiry } from '../components/session-expiry/session-expiry.js';
import { define } from '../internal/define.js';
import { usePortal } from '../internal/portal-modules.js';

usePortal();
define('ec-session-expiry', EcSessionExpiry);
