import * as v from 'valibot';
import { route } from '../routes/route.js';
import {
  BacSeriesSchema,
  CommuneSchema,
  CountrySchema,
  EstablishmentSchema,
  ReferenceSchema,
  type BacSeries,
  type Commune,
  type Country,
  type Establishment,
  type Reference,
} from '../schemas/referentials.js';
import type { RequestOptions, Transport } from '../transport.js';

const cache = new WeakMap<Transport, Map<string, Promise<unknown>>>();

/**
 * `GET referentials/<name>?<query>` → `{ items }`. Answers are kept per client for the page's
 * life (referentials change nightly at most); a failed look-up is not kept.
 */
function lookUp<T extends v.GenericSchema>(t: Transport, name: string, item: T, query: Record<string, string | number> = {}, options?: RequestOptions) {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString();
  const path = `referentials/${name}${search ? `?${search}` : ''}`;
  const known = cache.get(t) ?? new Map<string, Promise<unknown>>();
  cache.set(t, known);
  let answer = known.get(path) as Promise<v.InferOutput<T>[]> | undefined;
  if (!answer) {
    // Shared by every caller, so sent with no caller's signal: one leaving must not abort the others.
    const list = route('get', path, 200, undefined, v.object({ items: v.array(item) }));
    answer = t.send(list, undefined).then((body) => (body as { items: v.InferOutput<T>[] }).items);
    known.set(path, answer);
    answer.catch(() => known.delete(path));
  }
  return untilAborted(answer, options?.signal);
}

/** `promise`, or its rejection with the signal's reason once `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** Countries, each with its nationality label. */
export const countries = (t: Transport, o?: RequestOptions): Promise<Country[]> => lookUp(t, 'countries', CountrySchema, {}, o);
/** Départements. */
export const departments = (t: Transport, o?: RequestOptions): Promise<Reference[]> => lookUp(t, 'departments', ReferenceSchema, {}, o);
/** The communes in service of a postal code or of a département. */
export const communes = (t: Transport, query: { postalCode: string } | { department: string }, o?: RequestOptions): Promise<Commune[]> =>
  lookUp(t, 'communes', CommuneSchema, query, o);
/** The establishments in service of a commune. */
export const establishments = (t: Transport, query: { commune: string }, o?: RequestOptions): Promise<Establishment[]> =>
  lookUp(t, 'establishments', EstablishmentSchema, query, o);
/** The bac series valid in a year ("sans bac" excluded). */
export const bacSeries = (t: Transport, query: { year: number }, o?: RequestOptions): Promise<BacSeries[]> => lookUp(t, 'bac-series', BacSeriesSchema, query, o);
/** One bac series by code, whatever its years ("sans bac" included), for completeness rules. */
export const bacSeriesByCode = async (t: Transport, code: string, o?: RequestOptions): Promise<BacSeries | undefined> =>
  (await lookUp(t, 'bac-series', BacSeriesSchema, { code }, o))[0];
/** The bac specialities of a year and series (none when the series has none). */
export const bacSpecialities = (t: Transport, query: { year: number; series: string }, o?: RequestOptions): Promise<Reference[]> =>
  lookUp(t, 'bac-specialities', ReferenceSchema, query, o);
/** The honours of a bac (mention). */
export const bacHonours = (t: Transport, o?: RequestOptions): Promise<Reference[]> => lookUp(t, 'bac-honours', ReferenceSchema, {}, o);
/** The honours of a study (mention). */
export const honours = (t: Transport, o?: RequestOptions): Promise<Reference[]> => lookUp(t, 'honours', ReferenceSchema, {}, o);
/** Post-bac diploma types. */
export const diplomaTypes = (t: Transport, o?: RequestOptions): Promise<Reference[]> => lookUp(t, 'diploma-types', ReferenceSchema, {}, o);
/** Civilities (`M.`, `Mme`). */
export const civilities = (t: Transport, o?: RequestOptions): Promise<Reference[]> => lookUp(t, 'civilities', ReferenceSchema, {}, o);
/** The languages a candidate may pick. */
export const languages = (t: Transport, o?: RequestOptions): Promise<Reference[]> => lookUp(t, 'languages', ReferenceSchema, {}, o);
