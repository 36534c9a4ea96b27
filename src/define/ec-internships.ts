import { EcInternships } from '../components/internships/internships.js';
import { useProfile } from '../internal/profile-modules.js';

useProfile();
if (!customElements.get('ec-internships')) customElements.define('ec-internships', EcInternships);
