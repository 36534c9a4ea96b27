import { EcApplications } from '../components/applications/applications.js';
import { useProfile } from '../internal/profile-modules.js';
import { define } from '../internal/define.js';

useProfile();
define('ec-applications', EcApplications);
