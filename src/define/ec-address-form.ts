import { EcAddressForm } from '../components/address-form/address-form.js';
import { useProfile } from '../internal/profile-modules.js';

useProfile();
if (!customElements.get('ec-address-form')) customElements.define('ec-address-form', EcAddressForm);
