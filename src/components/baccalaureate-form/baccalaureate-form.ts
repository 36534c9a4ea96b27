import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { Config } from '../../../sdk/schemas/config.js';
import { baccalaureateSchema, type Baccalaureate, type BaccalaureateInput } from '../../../sdk/schemas/profile.js';
import type { Reference } from '../../../sdk/schemas/referentials.js';
import { Cascade } from '../../internal/cascade.js';
import { yearOf } from '../../internal/numbers.js';
import { followPlace, renderPlace } from '../../internal/place.js';
import { SectionForm } from '../../internal/section-form.js';
import { renderField, renderRadios, renderSelect, type Choice } from '../../internal/templates.js';
import type { FieldName } from '../../translations/translation.js';

const FIELDS = [
  'bacKind',
  'year',
  'series',
  'honours',
  'country',
  'department',
  'commune',
  'establishment',
  'speciality1',
  'speciality2',
  'speciality3',
] as const satisfies readonly FieldName[];
const SPECIALITIES = ['speciality1', 'speciality2', 'speciality3'] as const;


/**
 * @summary Baccalauréat: year, series valid that year, honours, where it was obtained (in France: département → commune → establishment, a single choice picked at once), specialities; or, where offered, "Je n'ai pas le bac".
 *
 * Saves with the section's version: see `SectionForm` for conflicts, expired sessions and failures.
 *
 * @fires ec-success - Saved; `detail` is the section's new version.
 * @fires ec-error - The save failed; `error` is the SDK's typed error.
 * @csspart form
 * @csspart field
 * @csspart input
 * @csspart error
 * @csspart alert
 * @csspart submit-button
 */
export class EcBaccalaureateForm extends SectionForm<'baccalaureate'> {
  protected readonly section = 'baccalaureate';
  protected readonly labels = Object.fromEntries(FIELDS.map((field) => [field, field])) as Record<string, FieldName>;

  @state() private fixed: { countries?: Reference[]; departments?: Reference[]; honours?: Reference[] } = {};
  readonly #cascade = new Cascade(this, this.form);

  protected schema(rules: Config['profile']) {
    return baccalaureateSchema(rules);
  }

  protected toValues(data: Baccalaureate | null): Record<string, string> {
    const france = this.rules?.france ?? '';
    if (data?.kind === 'none') return { ...this.#empty(france), bacKind: 'none' };
    if (!data) return this.#empty(france);
    const [speciality1 = '', speciality2 = '', speciality3 = ''] = data.specialities;
    return {
      bacKind: 'bac',
      year: String(data.year),
      series: data.series,
      honours: data.honours ?? '',
      country: data.country,
      department: data.department ?? '',
      commune: data.commune ?? '',
      establishment: data.establishment ?? '',
      speciality1,
      speciality2,
      speciality3,
    };
  }

  #empty(france: string): Record<string, string> {
    return { ...Object.fromEntries(FIELDS.map((field) => [field, ''])), bacKind: 'bac', country: france };
  }

  /** `specialities.0` shows on Spécialité 1, and so on; the list itself on the first. */
  protected override fieldOf(path: string): string {
    const match = /^specialities(?:\.(\d))?$/.exec(path);
    return match ? `speciality${Number(match[1] ?? 0) + 1}` : path;
  }

  protected override choicesFor(field: string): readonly Choice[] | undefined {
    const { values } = this.form;
    const cascade = this.#cascade;
    const year = values.year ?? '';
    if (field.startsWith('speciality')) return cascade.list('specialities', `${year}/${values.series ?? ''}`);
    return {
      series: cascade.list('series', year),
      honours: this.fixed.honours,
      country: this.fixed.countries,
      department: this.fixed.departments,
      commune: cascade.list('communes', values.department ?? ''),
      establishment: cascade.list('establishments', values.commune ?? ''),
    }[field];
  }

  protected override async beforeConflict({ year, department, commune }: Readonly<Record<string, string>>) {
    const { referentials } = this.runtime!.backend;
    await Promise.all([
      /^\d{4}$/.test(year ?? '') && referentials.bacSeries({ year: Number(year) }).then((list) => this.remember('series', list)),
      department && referentials.communes({ department }).then((list) => this.remember('commune', list)),
      commune && referentials.establishments({ commune }).then((list) => this.remember('establishment', list)),
    ]);
  }

  protected toInput(values: Readonly<Record<string, string>>): BaccalaureateInput {
    const rules = this.rules!;
    if (values.bacKind === 'none') return { kind: 'none', series: rules.noBaccalaureateSeries ?? '' };
    const inFrance = values.country === rules.france;
    return {
      kind: 'bac',
      year: yearOf(values.year) as number,
      series: values.series ?? '',
      honours: values.honours,
      country: values.country ?? '',
      department: inFrance ? values.department : null,
      commune: inFrance ? values.commune : null,
      establishment: inFrance ? values.establishment : null,
      specialities: SPECIALITIES.map((field) => values[field] ?? '').filter(Boolean),
      options: [],
    };
  }

  override async load() {
    const { referentials } = this.runtime!.backend;
    const fixed = Promise.all([referentials.countries(), referentials.departments(), referentials.bacHonours()]).then(
      ([countries, departments, honours]) => (this.fixed = { countries, departments, honours }),
      () => undefined,
    );
    await Promise.all([super.load(), fixed]);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const { values } = this.form;
    const { year = '', series = '' } = values;
    const { referentials } = this.runtime!.backend;
    if (/^\d{4}$/.test(year)) {
      this.#cascade.follow('series', year, () => referentials.bacSeries({ year: Number(year) }), 'series');
      if (series) this.#cascade.follow('specialities', `${year}/${series}`, () => referentials.bacSpecialities({ year: Number(year), series }));
    }
    followPlace(this.#cascade, values, referentials);
  }

  protected renderFields() {
    const { t, form, idPrefix: id, fixed } = this;
    const cascade = this.#cascade;
    const rules = this.rules!;
    const values = form.values;
    const kinds = [
      { code: 'bac', label: t.profile.hasBac },
      { code: 'none', label: t.profile.noBac },
    ];
    const kind = rules.noBaccalaureateSeries ? renderRadios(form, t, id, { name: 'bacKind', label: 'bacKind', autocomplete: 'off' }, kinds) : nothing;
    if (values.bacKind === 'none') return html`${kind}`;
    const year = values.year ?? '';
    const specialities = cascade.list('specialities', `${year}/${values.series ?? ''}`) ?? [];
    return html`${kind}
      ${renderField(form, t, id, { name: 'year', label: 'year', autocomplete: 'off', inputMode: 'numeric' })}
      ${renderSelect(form, t, id, { name: 'series', label: 'series', autocomplete: 'off' }, /^\d{4}$/.test(year) ? cascade.list('series', year) : [])}
      ${renderSelect(form, t, id, { name: 'honours', label: 'honours', autocomplete: 'off', required: false }, fixed.honours)}
      ${renderPlace(form, t, id, { cascade, countries: fixed.countries, departments: fixed.departments, france: rules.france })}
      ${specialities.length
        ? SPECIALITIES.map((field) => renderSelect(form, t, id, { name: field, label: field, autocomplete: 'off', required: false }, specialities))
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-baccalaureate-form': EcBaccalaureateForm;
  }
}
