import { html, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { Config } from '../../../sdk/schemas/config.js';
import { addressSchema, type Address, type AddressInput } from '../../../sdk/schemas/profile.js';
import type { Commune, Country } from '../../../sdk/schemas/referentials.js';
import { SectionForm } from '../../internal/section-form.js';
import { renderField, renderSelect, type Choice } from '../../internal/templates.js';
import type { FieldName } from '../../translations/translation.js';

const FIELDS = ['country', 'postalCode', 'commune', 'foreignCity', 'line1', 'line2', 'line3'] as const satisfies readonly (keyof Address & FieldName)[];

/**
 * @summary Adresse: in France, a postal code and one of its communes (picked at once when there is only one); abroad, the city.
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
export class EcAddressForm extends SectionForm<'address'> {
  protected readonly section = 'address';
  protected readonly labels = Object.fromEntries(FIELDS.map((field) => [field, field])) as Record<string, FieldName>;

  @state() private countries?: Country[];
  /** The communes of the postal code typed, once looked up. */
  @state() private communes?: { postalCode: string; list: Commune[] };

  protected schema(rules: Config['profile']) {
    return addressSchema(rules);
  }

  protected toValues(data: Address | null) {
    const start: Partial<Record<(typeof FIELDS)[number], string | null>> = data ?? { country: this.rules?.france };
    return Object.fromEntries(FIELDS.map((field) => [field, start[field] ?? ''])) as Record<string, string>;
  }

  protected override choicesFor(field: string): readonly Choice[] | undefined {
    return { country: this.countries, commune: this.communes?.list }[field];
  }

  protected override async beforeConflict(theirs: Readonly<Record<string, string>>) {
    if (theirs.postalCode) this.remember('commune', await this.runtime!.backend.referentials.communes({ postalCode: theirs.postalCode }));
  }

  protected toInput(values: Readonly<Record<string, string>>): AddressInput {
    const inFrance = values.country === this.rules!.france;
    return {
      ...(values as unknown as AddressInput),
      postalCode: inFrance ? values.postalCode : null,
      commune: inFrance ? values.commune : null,
      foreignCity: inFrance ? null : values.foreignCity,
    };
  }

  override async load() {
    const countries = this.runtime!.backend.referentials.countries().then(
      (list) => (this.countries = list),
      () => undefined,
    );
    await Promise.all([super.load(), countries]);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const postalCode = this.form.values.postalCode ?? '';
    if (/^\d{5}$/.test(postalCode) && this.communes?.postalCode !== postalCode) void this.#lookUpCommunes(postalCode);
  }

  async #lookUpCommunes(postalCode: string) {
    this.communes = { postalCode, list: [] };
    const list = await this.runtime!.backend.referentials.communes({ postalCode }).catch(() => []);
    if (this.form.values.postalCode !== postalCode) return;
    this.communes = { postalCode, list };
    const current = this.form.values.commune;
    if (list.length === 1 && current !== list[0].code) this.form.input('commune', list[0].code);
    else if (current && !list.some((commune) => commune.code === current)) this.form.input('commune', '');
  }

  protected renderFields() {
    const { t, form, idPrefix: id } = this;
    const inFrance = form.values.country === this.rules!.france;
    const postalCode = form.values.postalCode ?? '';
    const communes = this.communes?.postalCode === postalCode ? this.communes.list : [];
    return html`
      ${renderSelect(form, t, id, { name: 'country', label: 'country', autocomplete: 'off' }, this.countries)}
      ${inFrance
        ? html`${renderField(form, t, id, { name: 'postalCode', label: 'postalCode', autocomplete: 'postal-code', inputMode: 'numeric' })}
          ${renderSelect(form, t, id, { name: 'commune', label: 'commune', autocomplete: 'address-level2' }, /^\d{5}$/.test(postalCode) ? communes : [])}`
        : renderField(form, t, id, { name: 'foreignCity', label: 'foreignCity', autocomplete: 'address-level2' })}
      ${renderField(form, t, id, { name: 'line1', label: 'line1', autocomplete: 'address-line1' })}
      ${renderField(form, t, id, { name: 'line2', label: 'line2', autocomplete: 'address-line2', required: false })}
      ${renderField(form, t, id, { name: 'line3', label: 'line3', autocomplete: 'address-line3', required: false })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-address-form': EcAddressForm;
  }
}
