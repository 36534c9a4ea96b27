import { EcAddressForm } from '../components/address-form/address-form.js';
import { useProfile } from '../internal/profile-modules.js';
import { define } from '../internal/define.js';

useProfile();
define('ec-address-form', EcAddressForm);
