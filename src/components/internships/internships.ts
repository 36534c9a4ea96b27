import { html } from 'lit';
import { internshipSchema, type Internship, type InternshipInput } from '../../../sdk/schemas/profile.js';
import { ListSection } from '../../internal/list-section.js';
import { wholeNumberOf, yearOf } from '../../internal/numbers.js';
import { renderField, renderTextarea } from '../../internal/templates.js';
import type { FieldName } from '../../translations/translation.js';

const FIELDS = ['year', 'duration', 'hoursPerWeek', 'organisation', 'description'] as const satisfies readonly (keyof Internship & FieldName)[];

/**
 * @summary Stages: the candidate's internships — year, duration, hours per week, organisation, description — added, edited and deleted.
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
export class EcInternships extends ListSection<'internships'> {
  protected readonly list = 'internships';
  // The year of an internship or a job is not one "obtained", as a diploma's.
  protected readonly labels = { ...Object.fromEntries(FIELDS.map((field) => [field, field])), year: 'activityYear' } as Record<string, FieldName>;

  protected schema() {
    return internshipSchema();
  }

  protected toValues(data: Internship | null) {
    return Object.fromEntries(FIELDS.map((field) => [field, data?.[field] == null ? '' : String(data[field])]));
  }

  protected toInput(values: Readonly<Record<string, string>>): InternshipInput {
    return {
      year: yearOf(values.year) as number,
      duration: values.duration ?? '',
      hoursPerWeek: wholeNumberOf(values.hoursPerWeek) ?? null,
      organisation: values.organisation ?? '',
      description: values.description ?? '',
    };
  }

  protected describe(data: Internship) {
    return `${data.year} — ${data.organisation} (${data.duration})`;
  }

  protected renderFields() {
    const { t, form, idPrefix: id } = this;
    return html`
      ${renderField(form, t, id, { name: 'year', label: 'activityYear', autocomplete: 'off', inputMode: 'numeric' })}
      ${renderField(form, t, id, { name: 'duration', label: 'duration', autocomplete: 'off' })}
      ${renderField(form, t, id, { name: 'hoursPerWeek', label: 'hoursPerWeek', autocomplete: 'off', inputMode: 'numeric', required: false })}
      ${renderField(form, t, id, { name: 'organisation', label: 'organisation', autocomplete: 'organization' })}
      ${renderTextarea(form, t, id, { name: 'description', label: 'description', autocomplete: 'off' })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-internships': EcInternships;
  }
}
