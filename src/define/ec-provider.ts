import { EcProvider } from '../components/provider/provider.js';

if (!customElements.get('ec-provider')) customElements.define('ec-provider', EcProvider);
