import { EcInternships } from '../components/internships/internships.js';
import { useProfile } from '../internal/profile-modules.js';
import { define } from '../internal/define.js';

useProfile();
define('ec-internships', EcInternships);
