import { html } from 'lit';
import { workExperienceSchema, type WorkExperience, type WorkExperienceInput } from '../../../sdk/schemas/profile.js';
import { ListSection } from '../../internal/list-section.js';
import { yearOf } from '../../internal/numbers.js';
import { renderField, renderTextarea } from '../../internal/templates.js';
import type { FieldName } from '../../translations/translation.js';

const FIELDS = ['year', 'title', 'duration', 'organisation', 'goal'] as const satisfies readonly (keyof WorkExperience & FieldName)[];

/**
 * @summary Expériences pro.: the candidate's work experiences — year, job title, duration, organisation, goal — added, edited and deleted.
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
export class EcWorkExperience extends ListSection<'workExperience'> {
  protected readonly list = 'workExperience';
  // The year of an internship or a job is not one "obtained", as a diploma's.
  protected readonly labels = { ...Object.fromEntries(FIELDS.map((field) => [field, field])), year: 'activityYear' } as Record<string, FieldName>;

  protected schema() {
    return workExperienceSchema();
  }

  protected toValues(data: WorkExperience | null) {
    return Object.fromEntries(FIELDS.map((field) => [field, data?.[field] == null ? '' : String(data[field])]));
  }

  protected toInput(values: Readonly<Record<string, string>>): WorkExperienceInput {
    return {
      year: yearOf(values.year) as number,
      title: values.title ?? '',
      duration: values.duration ?? '',
      organisation: values.organisation ?? '',
      goal: values.goal,
    };
  }

  protected describe(data: WorkExperience) {
    return `${data.year} — ${data.title}, ${data.organisation}`;
  }

  protected renderFields() {
    const { t, form, idPrefix: id } = this;
    return html`
      ${renderField(form, t, id, { name: 'year', label: 'activityYear', autocomplete: 'off', inputMode: 'numeric' })}
      ${renderField(form, t, id, { name: 'title', label: 'title', autocomplete: 'organization-title' })}
      ${renderField(form, t, id, { name: 'duration', label: 'duration', autocomplete: 'off' })}
      ${renderField(form, t, id, { name: 'organisation', label: 'organisation', autocomplete: 'organization' })}
      ${renderTextarea(form, t, id, { name: 'goal', label: 'goal', autocomplete: 'off', required: false })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-work-experience': EcWorkExperience;
  }
}
