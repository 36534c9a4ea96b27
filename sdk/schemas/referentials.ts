import * as v from 'valibot';

/** An entry of a referential: its opaque code and its label. */
export const ReferenceSchema = v.object({ code: v.string(), label: v.string() });
/** An entry of a referential. */
export type Reference = v.InferOutput<typeof ReferenceSchema>;

/** A list of entries of a referential. */
export const ReferencesSchema = v.array(ReferenceSchema);

/** A country, with the nationality it gives (`libNat`). */
export const CountrySchema = v.object({ ...ReferenceSchema.entries, nationality: v.string() });
/** A country. */
export type Country = v.InferOutput<typeof CountrySchema>;

/** A commune: INSEE code, label, and its département. */
export const CommuneSchema = v.object({ ...ReferenceSchema.entries, department: v.string(), postalCodes: v.array(v.string()) });
/** A commune. */
export type Commune = v.InferOutput<typeof CommuneSchema>;

/** An establishment (UAI code), in a commune. */
export const EstablishmentSchema = v.object({ ...ReferenceSchema.entries, commune: v.string() });
/** An establishment. */
export type Establishment = v.InferOutput<typeof EstablishmentSchema>;

/** A bac series, with its years of validity and whether it asks French nationals for an INE. */
export const BacSeriesSchema = v.object({
  ...ReferenceSchema.entries,
  firstYear: v.nullable(v.number()),
  lastYear: v.nullable(v.number()),
  /** The INE is required for this series (`temCtrlIneBac`)… */
  checksIne: v.boolean(),
  /** …from this year of the bac on (`annCtrlIneBac`). */
  checksIneFrom: v.nullable(v.number()),
});
/** A bac series. */
export type BacSeries = v.InferOutput<typeof BacSeriesSchema>;
