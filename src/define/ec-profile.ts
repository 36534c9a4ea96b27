import { EcProfile } from '../components/profile/profile.js';
import { useProfileOperations } from '../internal/profile-modules.js';

useProfileOperations();
if (!customElements.get('ec-profile')) customElements.define('ec-profile', EcProfile);
