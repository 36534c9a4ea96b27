import { EcExternalStudies } from '../components/external-studies/external-studies.js';
import { useProfile } from '../internal/profile-modules.js';
import { define } from '../internal/define.js';

useProfile();
define('ec-external-studies', EcExternalStudies);
