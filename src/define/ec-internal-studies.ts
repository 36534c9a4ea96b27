import { EcInternalStudies } from '../components/internal-studies/internal-studies.js';
import { useProfile } from '../internal/profile-modules.js';

useProfile();
if (!customElements.get('ec-internal-studies')) customElements.define('ec-internal-studies', EcInternalStudies);
