import { EcHome } from '../components/home/home.js';
import { define } from '../internal/define.js';
import { usePortal } from '../internal/portal-modules.js';
import { useProfile } from '../internal/profile-modules.js';

// The steps read the profile's summary and the applications.
useProfile();
usePortal();
define('ec-home', EcHome);
