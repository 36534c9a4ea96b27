import { EcWorkExperience } from '../components/work-experience/work-experience.js';
import { useProfile } from '../internal/profile-modules.js';
import { define } from '../internal/define.js';

useProfile();
define('ec-work-experience', EcWorkExperience);
