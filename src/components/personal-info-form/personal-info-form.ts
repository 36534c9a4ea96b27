import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { birthDateBounds } from '../../../sdk/rules/dates.js';
import type { Config } from '../../../sdk/schemas/config.js';
import { personalInfoSchema, type PersonalInfo, type PersonalInfoInput } from '../../../sdk/schemas/profile.js';
import type { Reference } from '../../../sdk/schemas/referentials.js';
import { SectionForm } from '../../internal/section-form.js';
import { renderField, renderRadios, renderSelect, type Choice } from '../../internal/templates.js';
import type { FieldName } from '../../translations/translation.js';

const FIELDS = [
  'nationality',
  'ine',
  'civility',
  'lastName',
  'usageName',
  'firstName',
  'otherFirstNames',
  'birthDate',
  'birthCountry',
  'birthDepartment',
  'birthCommune',
  'birthCity',
  'language',
  'phone',
  'mobilePhone',
] as const satisfies readonly (keyof PersonalInfo & FieldName)[];

interface Choices {
  countries?: Choice[];
  nationalities?: Choice[];
  civilities?: Reference[];
  departments?: Reference[];
  languages?: Reference[];
  communes?: Choice[];
}

/**
 * @summary Informations perso.: nationality and INE, civility, names, birth date and place, language, phones.
 *
 * Nom and Prénom start from the account, so nothing is typed twice. A French birth place asks for
 * the département (and, where the platform has birth communes, the commune); a foreign one for the
 * city. Saves with the section's version: see `SectionForm` for conflicts, expired sessions and
 * failures.
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
export class EcPersonalInfoForm extends SectionForm<'personalInfo'> {
  protected readonly section = 'personalInfo';
  protected readonly labels = Object.fromEntries(FIELDS.map((field) => [field, field])) as Record<string, FieldName>;

  @state() private choices: Choices = {};

  protected schema(rules: Config['profile']) {
    return personalInfoSchema(rules);
  }

  protected toValues(data: PersonalInfo | null) {
    const session = this.runtime!.session.state.session;
    const france = this.rules?.france ?? '';
    const start: Partial<Record<(typeof FIELDS)[number], string | null>> = data ?? {
      nationality: france,
      birthCountry: france,
      lastName: session?.lastName,
      firstName: session?.firstName,
      language: this.runtime!.locale,
    };
    return Object.fromEntries(FIELDS.map((field) => [field, start[field] ?? ''])) as Record<string, string>;
  }

  protected override choicesFor(field: string): readonly Choice[] | undefined {
    const { choices } = this;
    return {
      nationality: choices.nationalities,
      civility: choices.civilities,
      birthCountry: choices.countries,
      birthDepartment: choices.departments,
      birthCommune: choices.communes,
      language: choices.languages,
    }[field];
  }

  protected toInput(values: Readonly<Record<string, string>>): PersonalInfoInput {
    const rules = this.rules!;
    const inFrance = values.birthCountry === rules.france;
    return {
      ...(values as unknown as PersonalInfoInput),
      birthDepartment: inFrance ? values.birthDepartment : null,
      birthCommune: inFrance && rules.birthCommunes ? values.birthCommune : null,
      birthCity: inFrance && rules.birthCommunes ? null : values.birthCity,
    };
  }

  override async load() {
    const { referentials } = this.runtime!.backend;
    await Promise.all([
      super.load(),
      Promise.all([referentials.countries(), referentials.civilities(), referentials.departments(), referentials.languages()]).then(
        ([countries, civilities, departments, languages]) => {
          this.choices = {
            ...this.choices,
            countries,
            nationalities: countries.map(({ code, nationality }) => ({ code, label: nationality })),
            civilities,
            departments,
            languages,
          };
        },
        () => undefined,
      ),
    ]);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const department = this.form.values.birthDepartment;
    if (this.rules?.birthCommunes && department && department !== this.#communesOf) void this.#loadCommunes(department);
  }

  #communesOf?: string;
  async #loadCommunes(department: string) {
    this.#communesOf = department;
    const communes = await this.runtime!.backend.referentials.communes({ department });
    this.choices = { ...this.choices, communes };
    if (communes.length === 1) this.form.input('birthCommune', communes[0].code);
  }

  protected renderFields() {
    const { t, form, idPrefix: id } = this;
    const rules = this.rules!;
    const { min, max } = birthDateBounds();
    const inFrance = form.values.birthCountry === rules.france;
    const { choices } = this;
    return html`
      ${renderSelect(form, t, id, { name: 'nationality', label: 'nationality', autocomplete: 'off' }, choices.nationalities)}
      ${renderField(form, t, id, { name: 'ine', label: 'ine', autocomplete: 'off', required: false })}
      ${choices.civilities
        ? renderRadios(form, t, id, { name: 'civility', label: 'civility', autocomplete: 'honorific-prefix' }, choices.civilities)
        : nothing}
      ${renderField(form, t, id, { name: 'lastName', label: 'lastName', autocomplete: 'family-name' })}
      ${renderField(form, t, id, { name: 'usageName', label: 'usageName', autocomplete: 'off', required: false })}
      ${renderField(form, t, id, { name: 'firstName', label: 'firstName', autocomplete: 'given-name' })}
      ${renderField(form, t, id, { name: 'otherFirstNames', label: 'otherFirstNames', autocomplete: 'additional-name', required: false })}
      ${renderField(form, t, id, { name: 'birthDate', label: 'birthDate', type: 'date', autocomplete: 'bday', min, max })}
      ${renderSelect(form, t, id, { name: 'birthCountry', label: 'birthCountry', autocomplete: 'off' }, choices.countries)}
      ${inFrance ? renderSelect(form, t, id, { name: 'birthDepartment', label: 'birthDepartment', autocomplete: 'off' }, choices.departments) : nothing}
      ${inFrance && rules.birthCommunes
        ? renderSelect(form, t, id, { name: 'birthCommune', label: 'birthCommune', autocomplete: 'off', after: 'birthDepartment' }, form.values.birthDepartment ? choices.communes : [])
        : renderField(form, t, id, { name: 'birthCity', label: 'birthCity', autocomplete: 'off' })}
      ${choices.languages && choices.languages.length > 1
        ? renderSelect(form, t, id, { name: 'language', label: 'language', autocomplete: 'language' }, choices.languages)
        : nothing}
      ${renderField(form, t, id, { name: 'phone', label: 'phone', type: 'tel', autocomplete: 'home tel', required: false })}
      ${renderField(form, t, id, { name: 'mobilePhone', label: 'mobilePhone', type: 'tel', autocomplete: 'mobile tel', required: false })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-personal-info-form': EcPersonalInfoForm;
  }
}
