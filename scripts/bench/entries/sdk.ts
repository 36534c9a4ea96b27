// The whole SDK a page needs for config, account and session.
export { createClient, createSessionStore } from '../../../sdk/index.js';
