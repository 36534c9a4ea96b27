import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldError } from '../../sdk/schemas/field-errors.js';
import { EcNavigateEvent, type Destination } from '../events/events.js';
import type { ProfileT } from '../translations/profile/types.js';
import type { FieldName, Translation } from '../translations/translation.js';
import { renderCombobox } from './combobox.js';
import type { FormController } from './form-controller.js';
import type { MappedFormController } from './mapped-form-controller.js';
import { failureMessage, formatDateTime, isRetryable } from './messages.js';
import type { Runtime } from './runtime.js';

/** One field of a form. */
export interface FieldSpec {
  name: string;
  /** Which translated label and hint it shows. */
  label: FieldName;
  type?: 'text' | 'email' | 'password' | 'date' | 'tel';
  autocomplete: string;
  /** Whether the field is required (default: yes); required fields show the explained marker. */
  required?: boolean;
  /** Bounds of a date field (`YYYY-MM-DD`). */
  min?: string;
  max?: string;
  /** The virtual keyboard to show (`numeric` for years and postal codes). */
  inputMode?: 'numeric' | 'text';
  /** Extra description shown under the label (e.g. the password policy). */
  description?: TemplateResult;
  /** The list's field to choose first: until it is, this one is disabled and says so. */
  after?: FieldName;
}

/** The choices of a select or a radio group: a code and its label. */
export interface Choice {
  code: string;
  label: string;
}

/** A field's errors as one text; the broken password rules read as one sentence listing them. */
export function errorText(t: Translation, errors: readonly FieldError[]): string {
  // An empty field is only "required", and a malformed one only malformed: the other rules have nothing to judge yet.
  const first = errors.find(({ code }) => code === 'required' || code.endsWith('_format'));
  if (first) return t.fieldError(first.code, first.params ?? {});
  const rules = errors.filter((error) => error.code.startsWith('password_'));
  const others = errors.filter((error) => !rules.includes(error)).map((error) => t.fieldError(error.code, error.params ?? {}));
  if (rules.length) others.push(t.passwordMissing(rules.map((rule) => t.passwordRule(rule.code, rule.params ?? {}))));
  return others.join(' ');
}

let lastId = 0;
/** A document-unique id prefix for one element instance. */
export const uniqueId = (prefix: string) => `${prefix}-${++lastId}`;

/** What every field shares: its id, its errors and the ids that describe it. */
function parts(form: FormController<unknown>, t: Translation, idPrefix: string, spec: FieldSpec) {
  const id = `${idPrefix}-${spec.name}`;
  const errors = form.errorsOf(spec.name);
  const hint = t.hints[spec.label];
  const describedBy = [hint && `${id}-hint`, spec.description && `${id}-description`, errors.length && `${id}-error`].filter(Boolean).join(' ');
  return { id, errors, hint, describedBy: describedBy || nothing, invalid: errors.length ? 'true' : 'false' };
}

/** The label's text with the required marker (explained once per form). */
const labelText = (t: Translation, spec: FieldSpec) =>
  html`${t.fields[spec.label]}${spec.required === false ? nothing : html`<span class="ec-required" aria-hidden="true"> *</span>`}`;

/** Hint, description, the control, and errors: the frame every field shares. */
function frame(t: Translation, spec: FieldSpec, { id, errors, hint }: ReturnType<typeof parts>, label: TemplateResult, control: TemplateResult) {
  return html`<div class="ec-field" part="field">
    ${label} ${hint ? html`<p class="ec-hint" part="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${spec.description ? html`<div class="ec-hint" part="hint" id="${id}-description">${spec.description}</div>` : nothing}
    ${control} ${errors.length ? html`<p class="ec-error" part="error" id="${id}-error">${errorText(t, errors)}</p>` : nothing}
  </div>`;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;

/**
 * A labelled input with its hint and errors in one tree, tied by `aria-describedby`. Its value is
 * bound `live`: a mail or date input reads back other than typed (spaces dropped, a partial date
 * empty), and writing that back would move the caret or clear what is being typed.
 */
export function renderField(form: FormController<unknown>, t: Translation, idPrefix: string, spec: FieldSpec): TemplateResult {
  const field = parts(form, t, idPrefix, spec);
  const { id } = field;
  const password = spec.type === 'password';
  return frame(
    t,
    spec,
    field,
    html`<label part="label" for=${id}>${labelText(t, spec)}</label>`,
    html`<div class="ec-control">
      <input
        part="input"
        id=${id}
        name=${spec.name}
        type=${password && form.revealed.has(spec.name) ? 'text' : (spec.type ?? 'text')}
        autocomplete=${spec.autocomplete}
        ?required=${spec.required !== false}
        min=${spec.min ?? nothing}
        max=${spec.max ?? nothing}
        inputmode=${spec.inputMode ?? nothing}
        spellcheck="false"
        aria-invalid=${field.invalid}
        aria-describedby=${field.describedBy}
        .value=${live(form.values[spec.name] ?? '')}
        @input=${(event: Event) => form.input(spec.name, valueOf(event))}
        @blur=${() => form.blur(spec.name)}
      />
      ${password
        ? html`<button type="button" class="ec-reveal" aria-controls=${id} aria-pressed=${form.revealed.has(spec.name) ? 'true' : 'false'} @click=${() => form.toggleReveal(spec.name)}>
            ${t.showPassword}
          </button>`
        : nothing}
    </div>`,
  );
}

/** A labelled multi-line text, for descriptions. */
export function renderTextarea(form: FormController<unknown>, t: Translation, idPrefix: string, spec: FieldSpec): TemplateResult {
  const field = parts(form, t, idPrefix, spec);
  return frame(
    t,
    spec,
    field,
    html`<label part="label" for=${field.id}>${labelText(t, spec)}</label>`,
    html`<textarea
      part="input"
      id=${field.id}
      name=${spec.name}
      rows="4"
      ?required=${spec.required !== false}
      aria-invalid=${field.invalid}
      aria-describedby=${field.describedBy}
      .value=${live(form.values[spec.name] ?? '')}
      @input=${(event: Event) => form.input(spec.name, valueOf(event))}
      @blur=${() => form.blur(spec.name)}
    ></textarea>`,
  );
}

/** Lists longer than this are comboboxes that filter as the candidate types; shorter ones native selects. */
const LONG_LIST = 30;

/**
 * A labelled list: a native select, or for a long list a combobox; `choices` undefined while they
 * load. A list that waits for another (`spec.after`) is disabled and says so until it is chosen,
 * with no error of its own meanwhile (the form learns it waits here).
 */
export function renderSelect(form: MappedFormController<unknown>, t: ProfileT, idPrefix: string, spec: FieldSpec, choices: readonly Choice[] | undefined): TemplateResult {
  if (spec.after) form.waitsFor.set(spec.name, spec.after);
  const waiting = form.waiting(spec.name);
  if (waiting) spec = { ...spec, description: html`${t.profile.chooseFirst(t.fields[spec.after!])}` };
  const field = parts(form, t, idPrefix, spec);
  const value = form.values[spec.name] ?? '';
  const required = spec.required !== false;
  return frame(
    t,
    spec,
    field,
    html`<label part="label" for=${field.id}>${labelText(t, spec)}</label>`,
    choices && choices.length > LONG_LIST && !waiting
      ? renderCombobox(form, t, { ...field, name: spec.name, label: t.fields[spec.label], required }, choices)
      : html`<select
          part="input"
          id=${field.id}
          name=${spec.name}
          autocomplete=${spec.autocomplete}
          ?required=${required}
          ?disabled=${waiting}
          aria-invalid=${field.invalid}
          aria-describedby=${field.describedBy}
          aria-busy=${choices ? 'false' : 'true'}
          @change=${(event: Event) => form.input(spec.name, valueOf(event))}
          @blur=${() => form.blur(spec.name)}
        >
          <option value="" ?selected=${value === ''}>${choices ? t.profile.choose : t.loading}</option>
          ${choices?.map((choice) => html`<option value=${choice.code} ?selected=${choice.code === value}>${choice.label}</option>`)}
        </select>`,
  );
}

/** A group of radio buttons: a fieldset whose legend is the field's label, with its hint and errors. */
export function renderRadios(form: FormController<unknown>, t: Translation, idPrefix: string, spec: FieldSpec, choices: readonly Choice[]): TemplateResult {
  const { id, errors, hint, describedBy, invalid } = parts(form, t, idPrefix, spec);
  const value = form.values[spec.name] ?? '';
  return html`<fieldset class="ec-field ec-radios" part="field" id=${id} tabindex="-1" aria-describedby=${describedBy}>
    <legend part="label">${labelText(t, spec)}</legend>
    ${hint ? html`<p class="ec-hint" part="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${choices.map(
      (choice) => html`<label class="ec-radio"
        ><input
          type="radio"
          name="${idPrefix}-${spec.name}"
          value=${choice.code}
          .checked=${choice.code === value}
          ?required=${spec.required !== false}
          aria-invalid=${invalid}
          @change=${() => form.input(spec.name, choice.code)}
          @blur=${() => form.blur(spec.name)}
        />
        ${choice.label}</label
      >`,
    )}
    ${errors.length ? html`<p class="ec-error" part="error" id="${id}-error">${errorText(t, errors)}</p>` : nothing}
  </fieldset>`;
}

/**
 * The native form: error summary, the required marker's legend, the fields, and the submit button
 * (`aria-disabled` while sending, during a 429 wait, or when `locked`: then the fields are disabled
 * too); `extra` goes beside it.
 */
export function renderForm(
  form: FormController<unknown>,
  t: Translation,
  idPrefix: string,
  labels: Record<string, FieldName>,
  fields: unknown,
  submit: string,
  { locked = false, extra }: { locked?: boolean; extra?: TemplateResult } = {},
): TemplateResult {
  const button = html`<button type="submit" part="submit-button" aria-disabled=${form.blocked || locked ? 'true' : 'false'}>${submit}</button>`;
  return html`<form
    part="form"
    novalidate
    aria-busy=${form.pending ? 'true' : 'false'}
    @submit=${(event: Event) => {
      event.preventDefault();
      if (!locked) void form.submit();
    }}
  >
    ${renderSummary(form, t, idPrefix, labels)}
    <p class="ec-legend">${t.requiredLegend}</p>
    ${locked ? html`<fieldset class="ec-locked" disabled>${fields}</fieldset>` : fields}
    ${extra ? html`<p class="ec-actions">${button} ${extra}</p>` : button}
  </form>`;
}

/**
 * After a failed submit: the list of errors, focusable, each linked to its field; errors the
 * server gave for fields this form does not show are listed too, without a link.
 */
export function renderSummary(form: FormController<unknown>, t: Translation, idPrefix: string, labels: Record<string, FieldName>): TemplateResult {
  const invalid = form.submitted ? form.invalidFields : [];
  const others = form.otherErrors;
  return html`<div class="ec-summary" part="alert" tabindex="-1" ?hidden=${invalid.length + others.length === 0} aria-labelledby="${idPrefix}-summary-title">
    <p id="${idPrefix}-summary-title">${t.errorSummary(invalid.length + others.length)}</p>
    <ul>
      ${invalid.map(
        (field) => html`<li>
          <a
            href="#${idPrefix}-${field}"
            @click=${(event: Event) => {
              event.preventDefault();
              document.getElementById(`${idPrefix}-${field}`)?.focus();
            }}
            >${t.labelled(t.fields[labels[field]] ?? field, errorText(t, form.errorsOf(field)))}</a
          >
        </li>`,
      )}
      ${others.map((error) => html`<li>${errorText(t, [error])}</li>`)}
    </ul>
  </div>`;
}

/**
 * The form's live regions, present from the first render: failures — and maintenance in force —
 * are announced as alerts, progress and success as status.
 */
export function renderRegions(form: FormController<unknown>, runtime: Runtime, status: string | undefined, retry: () => void, quiet = false): TemplateResult {
  const { t, locale } = runtime;
  // Quiet: the failure is said elsewhere (the conflict view, the re-login).
  const failure = quiet ? undefined : form.failure;
  const retryable = isRetryable(failure);
  const down = runtime.availability.current;
  const message =
    failure !== undefined
      ? failureMessage(t, locale, failure, form.waitSeconds) + (retryable ? ` ${t.kept}` : '')
      : down && t.maintenance(down.end && formatDateTime(locale, down.end));
  const shown = form.pending ? t.sending : status;
  return html`${renderAlert(t, message, retryable ? retry : undefined)}
    <div class=${shown && !form.pending ? 'ec-status ec-success' : 'ec-status'} role="status">${shown ?? nothing}</div>`;
}

/** The alert region: a message, and a retry button when trying again may help (`aria-disabled` while `waiting`). */
export function renderAlert(t: Translation, message: string | undefined, retry?: () => void, waiting = false): TemplateResult {
  return html`<div class="ec-alert" part="alert" role="alert">
    ${message ? html`<p>${message}</p>` : nothing}
    ${message && retry
      ? html`<button type="button" class="ec-secondary" aria-disabled=${waiting ? 'true' : 'false'} @click=${retry}>${t.retry}</button>`
      : nothing}
  </div>`;
}

/** A link to another step (the page shown when `current`): follows `href` unless the host cancels `ec-navigate` to route itself. */
export function renderLink(host: HTMLElement, runtime: Runtime, to: Destination, label: string, current = false): TemplateResult {
  return html`<a
    href=${runtime.href(to)}
    aria-current=${current ? 'page' : nothing}
    @click=${(event: Event) => {
      if (!host.dispatchEvent(new EcNavigateEvent(to))) event.preventDefault();
    }}
    >${label}</a
  >`;
}

/**
 * What replaces a form when the platform cannot take it: maintenance, a closed campaign, or a
 * configuration that could not be read (with a retry). `undefined` when the form can show.
 */
export function renderPlatformState(runtime: Runtime): TemplateResult | undefined {
  const { config, t, locale } = runtime;
  if (config.status === 'ready' && !config.config.campaign) return renderAlert(t, t.problems.campaign_closed);
  if (config.status === 'failed') return renderAlert(t, failureMessage(t, locale, config.error), () => void runtime.loadConfig());
  return undefined;
}
