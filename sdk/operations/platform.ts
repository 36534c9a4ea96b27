import { configRoute } from '../routes/platform.js';
import type { Config } from '../schemas/config.js';
import type { RequestOptions, Transport } from '../transport.js';

/** Reads the platform configuration: institution, campaign, password policy, CAS, tabs, maintenance. */
export const getConfig = (t: Transport, options?: RequestOptions): Promise<Config> => t.send(configRoute, undefined, options);
