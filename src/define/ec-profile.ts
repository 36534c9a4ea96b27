import { EcProfile } from '../components/profile/profile.js';
import { useProfile } from '../internal/profile-modules.js';

useProfile();
if (!customElements.get('ec-profile')) customElements.define('ec-profile', EcProfile);
