import { html, nothing, type TemplateResult } from 'lit';
import type { FieldError } from '../../sdk/schemas/field-errors.js';
import { passwordRules, type PasswordPolicy } from '../../sdk/schemas/password.js';
import { EcNavigateEvent, type Destination } from '../events/events.js';
import type { FieldName, Translation } from '../translations/translation.js';
import type { FormController } from './form-controller.js';
import { failureMessage } from './messages.js';
import type { Runtime } from './runtime.js';

/** One input of a form. */
export interface FieldSpec {
  name: string;
  /** Which translated label and hint it shows. */
  label: FieldName;
  type?: 'text' | 'email' | 'password';
  autocomplete: string;
  /** Extra description shown under the label (e.g. the password policy). */
  description?: TemplateResult;
}

/** A field's errors as one text; the broken password rules read as one sentence listing them. */
export function errorText(t: Translation, errors: readonly FieldError[]): string {
  const rules = errors.filter((error) => error.code.startsWith('password_'));
  const others = errors.filter((error) => !rules.includes(error)).map((error) => t.fieldError(error.code, error.params ?? {}));
  if (rules.length) others.push(t.passwordMissing(rules.map((rule) => t.passwordRule(rule.code, rule.params ?? {}))));
  return others.join(' ');
}

let lastId = 0;
/** A document-unique id prefix for one element instance. */
export const uniqueId = (prefix: string) => `${prefix}-${++lastId}`;

/** A labelled input with its hint and errors in one tree, tied by `aria-describedby`. */
export function renderField(form: FormController<unknown>, t: Translation, idPrefix: string, spec: FieldSpec): TemplateResult {
  const id = `${idPrefix}-${spec.name}`;
  const errors = form.errorsOf(spec.name);
  const hint = t.hints[spec.label];
  const password = spec.type === 'password';
  const describedBy = [hint && `${id}-hint`, spec.description && `${id}-description`, errors.length && `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="ec-field" part="field">
    <label part="label" for=${id}>${t.fields[spec.label]}<span class="ec-required" aria-hidden="true"> *</span></label>
    ${hint ? html`<p class="ec-hint" part="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${spec.description ? html`<div class="ec-hint" part="hint" id="${id}-description">${spec.description}</div>` : nothing}
    <div class="ec-control">
      <input
        part="input"
        id=${id}
        name=${spec.name}
        type=${password && form.revealed.has(spec.name) ? 'text' : (spec.type ?? 'text')}
        autocomplete=${spec.autocomplete}
        required
        spellcheck="false"
        aria-invalid=${errors.length ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${form.values[spec.name] ?? ''}
        @input=${(event: Event) => form.input(spec.name, (event.target as HTMLInputElement).value)}
        @change=${(event: Event) => form.input(spec.name, (event.target as HTMLInputElement).value)}
        @blur=${() => form.blur(spec.name)}
      />
      ${password
        ? html`<button type="button" class="ec-reveal" aria-controls=${id} aria-pressed=${form.revealed.has(spec.name) ? 'true' : 'false'} @click=${() => form.toggleReveal(spec.name)}>
            ${t.showPassword}
          </button>`
        : nothing}
    </div>
    ${errors.length
      ? html`<p class="ec-error" part="error" id="${id}-error">${errorText(t, errors)}</p>`
      : nothing}
  </div>`;
}

/** After a failed submit: the list of errors, focusable, each linked to its field. */
export function renderSummary(form: FormController<unknown>, t: Translation, idPrefix: string, labels: Record<string, FieldName>): TemplateResult {
  const invalid = form.submitted ? form.invalidFields : [];
  return html`<div class="ec-summary" part="alert" tabindex="-1" ?hidden=${invalid.length === 0} aria-labelledby="${idPrefix}-summary-title">
    <p id="${idPrefix}-summary-title">${t.errorSummary(invalid.length)}</p>
    <ul>
      ${invalid.map(
        (field) => html`<li>
          <a
            href="#${idPrefix}-${field}"
            @click=${(event: Event) => {
              event.preventDefault();
              document.getElementById(`${idPrefix}-${field}`)?.focus();
            }}
            >${t.fields[labels[field]]} : ${errorText(t, form.errorsOf(field))}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The form's live regions, present from the first render: failures are announced as alerts,
 * progress and success as status.
 */
export function renderRegions(form: FormController<unknown>, runtime: Runtime, status: string | undefined, retry: () => void): TemplateResult {
  const { t, locale } = runtime;
  const failure = form.failure === undefined ? undefined : failureMessage(t, locale, form.failure, form.waitSeconds);
  const canRetry = form.failure !== undefined && form.waitSeconds === 0;
  return html`<div class="ec-alert" part="alert" role="alert">
      ${failure ? html`<p>${failure}</p>` : nothing}
      ${failure && canRetry ? html`<button type="button" class="ec-secondary" @click=${retry}>${t.retry}</button>` : nothing}
    </div>
    <div class="ec-status" role="status">${form.pending ? t.sending : (status ?? nothing)}</div>`;
}

/** A link to another step: follows `href` unless the host cancels `ec-navigate` to route itself. */
export function renderLink(host: HTMLElement, runtime: Runtime, to: Destination, label: string): TemplateResult {
  return html`<a
    href=${runtime.href(to)}
    @click=${(event: Event) => {
      if (!host.dispatchEvent(new EcNavigateEvent(to))) event.preventDefault();
    }}
    >${label}</a
  >`;
}

/** The password policy as a checklist ticked live as the candidate types. */
export function renderPasswordPolicy(t: Translation, policy: PasswordPolicy, password: string): TemplateResult {
  return html`<p>${t.passwordPolicyTitle}</p>
    <ul class="ec-policy">
      ${passwordRules(policy).map(
        (rule) => html`<li class=${password && rule.test(password) ? 'ec-met' : ''}>${t.passwordRule(rule.code, rule.params ?? {})}</li>`,
      )}
    </ul>`;
}

/**
 * What replaces a form when the platform cannot take it: maintenance, a closed campaign, or a
 * configuration that could not be read (with a retry). `undefined` when the form can show.
 */
export function renderPlatformState(runtime: Runtime): TemplateResult | undefined {
  const { config, t, locale } = runtime;
  if (config.status === 'ready' && !config.config.campaign) {
    return html`<p class="ec-alert" part="alert" role="alert">${t.problems.campaign_closed}</p>`;
  }
  if (config.status === 'failed') {
    return html`<div class="ec-alert" part="alert" role="alert">
      <p>${failureMessage(t, locale, config.error)}</p>
      <button type="button" class="ec-secondary" @click=${() => void runtime.loadConfig()}>${t.retry}</button>
    </div>`;
  }
  return undefined;
}
