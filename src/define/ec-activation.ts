import { EcActivation } from '../components/activation/activation.js';

if (!customElements.get('ec-activation')) customElements.define('ec-activation', EcActivation);
