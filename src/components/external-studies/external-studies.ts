import { html, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { Config } from '../../../sdk/schemas/config.js';
import { externalStudySchema, STUDY_RESULTS, type ExternalStudy, type ExternalStudyInput } from '../../../sdk/schemas/profile.js';
import type { Reference } from '../../../sdk/schemas/referentials.js';
import { Cascade } from '../../internal/cascade.js';
import { ListSection } from '../../internal/list-section.js';
import { yearOf } from '../../internal/numbers.js';
import { followPlace, renderPlace } from '../../internal/place.js';
import { renderField, renderRadios, renderSelect } from '../../internal/templates.js';
import type { FieldName } from '../../translations/translation.js';

const FIELDS = [
  'country',
  'department',
  'commune',
  'establishment',
  'year',
  'diplomaType',
  'label',
  'result',
  'honours',
] as const satisfies readonly (keyof ExternalStudy & FieldName)[];

/**
 * @summary Cursus externe: the candidate's post-bac studies — where (in France: département → commune → establishment), year, kind of studies, title, result, honours — added, edited and deleted.
 *
 * @fires ec-success - An entry was saved.
 * @fires ec-error - A save failed; `error` is the SDK's typed error.
 * @csspart form
 * @csspart field
 * @csspart input
 * @csspart error
 * @csspart alert
 * @csspart submit-button
 */
export class EcExternalStudies extends ListSection<'externalStudies'> {
  protected readonly list = 'externalStudies';
  protected readonly labels = Object.fromEntries(FIELDS.map((field) => [field, field])) as Record<string, FieldName>;

  @state() private fixed: { countries?: Reference[]; departments?: Reference[]; diplomaTypes?: Reference[]; honours?: Reference[] } = {};
  readonly #cascade = new Cascade(this, this.form);

  protected schema(rules: Config['profile']) {
    return externalStudySchema(rules);
  }

  protected toValues(data: ExternalStudy | null) {
    const start: Partial<Record<(typeof FIELDS)[number], string | number | null>> = data ?? { country: this.rules?.france };
    return Object.fromEntries(FIELDS.map((field) => [field, start[field] == null ? '' : String(start[field])]));
  }

  protected toInput(values: Readonly<Record<string, string>>): ExternalStudyInput {
    const inFrance = values.country === this.rules!.france;
    return {
      ...(values as unknown as ExternalStudyInput),
      year: yearOf(values.year) as number,
      result: values.result as ExternalStudyInput['result'],
      department: inFrance ? values.department : null,
      commune: inFrance ? values.commune : null,
      establishment: inFrance ? values.establishment : null,
    };
  }

  protected describe(data: ExternalStudy) {
    return `${data.year} — ${data.label}`;
  }

  override async load() {
    const { referentials } = this.runtime!.backend;
    const fixed = Promise.all([referentials.countries(), referentials.departments(), referentials.diplomaTypes(), referentials.honours()]).then(
      ([countries, departments, diplomaTypes, honours]) => (this.fixed = { countries, departments, diplomaTypes, honours }),
      () => undefined,
    );
    await Promise.all([super.load(), fixed]);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    followPlace(this.#cascade, this.form.values, this.runtime!.backend.referentials);
  }

  protected renderFields() {
    const { t, form, idPrefix: id, fixed } = this;
    const results = STUDY_RESULTS.map((code) => ({ code, label: t.profile.results[code] }));
    return html`
      ${renderPlace(form, t, id, { cascade: this.#cascade, countries: fixed.countries, departments: fixed.departments, france: this.rules!.france })}
      ${renderField(form, t, id, { name: 'year', label: 'year', autocomplete: 'off', inputMode: 'numeric' })}
      ${renderSelect(form, t, id, { name: 'diplomaType', label: 'diplomaType', autocomplete: 'off' }, fixed.diplomaTypes)}
      ${renderField(form, t, id, { name: 'label', label: 'label', autocomplete: 'off' })}
      ${renderRadios(form, t, id, { name: 'result', label: 'result', autocomplete: 'off' }, results)}
      ${renderSelect(form, t, id, { name: 'honours', label: 'honours', autocomplete: 'off', required: false }, fixed.honours)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-external-studies': EcExternalStudies;
  }
}
