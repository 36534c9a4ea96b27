import { ConfigSchema } from '../schemas/config.js';
import { route } from './route.js';

/** `GET config`: the platform configuration. */
export const configRoute = route('get', 'config', 200, undefined, ConfigSchema);
