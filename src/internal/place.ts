import { html, nothing, type TemplateResult } from 'lit';
import type { EcandidatBackend } from '../../sdk/backend.js';
import type { Reference } from '../../sdk/schemas/referentials.js';
import type { ProfileT } from '../translations/profile/types.js';
import type { Cascade } from './cascade.js';
import type { MappedFormController } from './mapped-form-controller.js';
import { renderSelect } from './templates.js';

/** Where a diploma was obtained, in France: reads the communes of the département and the establishments of the commune. */
export function followPlace(cascade: Cascade, values: Readonly<Record<string, string>>, referentials: EcandidatBackend['referentials']) {
  const { department, commune } = values;
  if (department) cascade.follow('communes', department, () => referentials.communes({ department }), 'commune');
  if (commune) cascade.follow('establishments', commune, () => referentials.establishments({ commune }), 'establishment');
}

/** The country, and in France the département → commune → establishment cascade, each list waiting for the one before. */
export function renderPlace(
  form: MappedFormController<unknown>,
  t: ProfileT,
  id: string,
  { cascade, countries, departments, france }: { cascade: Cascade; countries?: Reference[]; departments?: Reference[]; france: string },
): TemplateResult {
  const { country, department = '', commune = '' } = form.values;
  return html`${renderSelect(form, t, id, { name: 'country', label: 'country', autocomplete: 'off' }, countries)}
  ${country === france
    ? html`${renderSelect(form, t, id, { name: 'department', label: 'department', autocomplete: 'off' }, departments)}
      ${renderSelect(form, t, id, { name: 'commune', label: 'commune', autocomplete: 'off', after: 'department' }, department ? cascade.list('communes', department) : [])}
      ${renderSelect(form, t, id, { name: 'establishment', label: 'establishment', autocomplete: 'off', after: 'commune' }, commune ? cascade.list('establishments', commune) : [])}`
    : nothing}`;
}
