import { EcPlatformStatus } from '../components/platform-status/platform-status.js';
import { define } from '../internal/define.js';
import { usePortal } from '../internal/portal-modules.js';

usePortal();
define('ec-platform-status', EcPlatformStatus);
