import { EcAddressForm } from '../components/address-form/address-form.js';
import { useProfileOperations } from '../internal/profile-modules.js';

useProfileOperations();
if (!customElements.get('ec-address-form')) customElements.define('ec-address-form', EcAddressForm);
