import { EcWorkExperience } from '../components/work-experience/work-experience.js';
import { useProfile } from '../internal/profile-modules.js';

useProfile();
if (!customElements.get('ec-work-experience')) customElements.define('ec-work-experience', EcWorkExperience);
