import * as v from 'valibot';
import { route } from '../routes/route.js';
import { ApplicationSchema, type Application } from '../schemas/applications.js';
import type { RequestOptions, Transport } from '../transport.js';

/** `GET applications`: the logged-in candidate's applications. */
export const applicationsRoute = route('get', 'applications', 200, undefined, v.object({ items: v.array(ApplicationSchema) }));

/** The logged-in candidate's applications, newest first as the backend orders them. */
export const listApplications = async (t: Transport, options?: RequestOptions): Promise<Application[]> =>
  (await t.send(applicationsRoute, undefined, options)).items;
