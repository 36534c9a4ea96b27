import { EcInternalStudies } from '../components/internal-studies/internal-studies.js';
import { useProfile } from '../internal/profile-modules.js';
import { define } from '../internal/define.js';

useProfile();
define('ec-internal-studies', EcInternalStudies);
