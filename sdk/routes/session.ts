import * as v from 'valibot';
import { LoginInputSchema, SessionResponseSchema } from '../schemas/session.js';
import { route } from './route.js';

/** `POST session`: log in. */
export const loginRoute = route('post', 'session', 200, LoginInputSchema, SessionResponseSchema);
/** `GET session`: who is logged in; 204 without a body when nobody is. */
export const sessionRoute = route('get', 'session', 200, undefined, v.optional(SessionResponseSchema));
/** `POST session/extend`: keep the session alive for another idle timeout; 401 once it has ended. */
export const sessionExtensionRoute = route('post', 'session/extend', 200, undefined, SessionResponseSchema);
/** `DELETE session`: log out. */
export const logoutRoute = route('delete', 'session', 204, undefined, undefined);
