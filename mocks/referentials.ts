import { route, type BacSeries, type Commune, type Establishment, type Reference, type Route } from '../sdk/index.js';
import type { Operation } from './context.js';
import { BAC_HONOURS, BAC_SERIES, BAC_SPECIALITIES, NO_BACCALAUREATE } from './fixtures/referentials/bac.js';
import { communeIndex, departmentList } from './fixtures/referentials/communes.js';
import { COUNTRIES } from './fixtures/referentials/countries.js';
import { ESTABLISHMENTS } from './fixtures/referentials/establishments.js';
import { CIVILITIES, DIPLOMA_TYPES, HONOURS, LANGUAGES } from './fixtures/referentials/nomenclatures.js';
import { invalid, ok, type Reply } from './reply.js';

/** Whether `code` is one of `list`'s. */
export const isKnown = (list: readonly { code: string }[], code: string): boolean => list.some((entry) => entry.code === code);

/** Whether `year` is within an entry's years of validity (an open end has no bound). */
const validIn = (entry: { firstYear: number | null; lastYear: number | null }, year: number) =>
  (entry.firstYear ?? -Infinity) <= year && year <= (entry.lastYear ?? Infinity);

/** Whether `code` is a département's. */
export const isDepartment = async (code: string): Promise<boolean> => isKnown(await departmentList(), code);

/** The commune in service with this INSEE code. */
export const communeByCode = async (code: string): Promise<Commune | undefined> => (await communeIndex()).byCode.get(code);

/** The communes in service of a postal code, sorted by name. */
export const communesOfPostalCode = async (postalCode: string): Promise<Commune[]> => (await communeIndex()).byPostalCode.get(postalCode) ?? [];

/** The establishment with this UAI code. */
export const establishmentByCode = (code: string): Establishment | undefined => ESTABLISHMENTS.find((entry) => entry.code === code);

/** A bac series by code, whatever its years, "sans bac" included. */
export const seriesByCode = (code: string): BacSeries | undefined => [...BAC_SERIES, NO_BACCALAUREATE].find((series) => series.code === code);

/** The bac series valid in `year`, "sans bac" excluded. */
export const seriesOfYear = (year: number): BacSeries[] => BAC_SERIES.filter((series) => validIn(series, year));

/** Whether a bac series is valid in `year`. */
export const seriesValidIn = (series: BacSeries, year: number): boolean => validIn(series, year);

/** The specialities of a bac series in `year` (none for most series). */
export const specialitiesOf = (year: number, series: string): Reference[] =>
  BAC_SPECIALITIES.filter((speciality) => speciality.series.includes(series) && validIn(speciality, year)).map(({ code, label }) => ({ code, label }));

const list = (items: readonly unknown[]): Reply => ok(200, { items });
const required = (field: string) => invalid({ [field]: [{ code: 'required' }] });
const collator = new Intl.Collator('fr');

/** The `year` query parameter as a number, or the 400 answer. */
function yearOf(query: URLSearchParams): number | Reply {
  const year = query.get('year');
  if (!year) return required('year');
  return /^\d{4}$/.test(year) ? Number(year) : invalid({ year: [{ code: 'year_format' }] });
}

type LookUp = (query: URLSearchParams) => Reply | Promise<Reply>;

/** Each referential of the contract: `GET referentials/<name>?<query>` answers `{ items }`. */
const LOOK_UPS: Record<string, LookUp> = {
  countries: () => list(COUNTRIES),
  departments: async () => list(await departmentList()),
  communes: async (query) => {
    const postalCode = query.get('postalCode');
    const department = query.get('department');
    const index = await communeIndex();
    if (postalCode) return list(index.byPostalCode.get(postalCode) ?? []);
    if (department) return list(index.byDepartment.get(department) ?? []);
    return required('postalCode');
  },
  establishments: (query) => {
    const commune = query.get('commune');
    if (!commune) return required('commune');
    return list(ESTABLISHMENTS.filter((entry) => entry.commune === commune).sort((a, b) => collator.compare(a.label, b.label)));
  },
  'bac-series': (query) => {
    const code = query.get('code');
    if (code) return list([seriesByCode(code)].filter((series) => series !== undefined));
    const year = yearOf(query);
    return typeof year === 'number' ? list(seriesOfYear(year)) : year;
  },
  'bac-specialities': (query) => {
    const year = yearOf(query);
    const series = query.get('series');
    if (typeof year !== 'number') return year;
    return series ? list(specialitiesOf(year, series)) : required('series');
  },
  'bac-honours': () => list(BAC_HONOURS),
  honours: () => list(HONOURS),
  'diploma-types': () => list(DIPLOMA_TYPES),
  civilities: () => list(CIVILITIES),
  languages: () => list(LANGUAGES),
};

/** The referential look-ups as routes and operations; open to anyone, like the forms that use them. */
export const REFERENTIAL_OPERATIONS: [Route, Operation][] = Object.entries(LOOK_UPS).map(([name, lookUp]) => [
  route('get', `referentials/${name}`, 200, undefined, undefined),
  (_ctx, _body, meta) => lookUp(meta.query),
]);
