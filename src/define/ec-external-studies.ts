import { EcExternalStudies } from '../components/external-studies/external-studies.js';
import { useProfile } from '../internal/profile-modules.js';

useProfile();
if (!customElements.get('ec-external-studies')) customElements.define('ec-external-studies', EcExternalStudies);
