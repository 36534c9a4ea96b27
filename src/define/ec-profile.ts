import { EcProfile } from '../components/profile/profile.js';
import { useProfile } from '../internal/profile-modules.js';
import { define } from '../internal/define.js';

useProfile();
define('ec-profile', EcProfile);
