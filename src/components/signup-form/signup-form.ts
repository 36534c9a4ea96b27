import { html, nothing } from 'lit';
import { signupInputSchema, SignupInputSchema, type SignupInput, type SignupResult } from '../../../sdk/schemas/account.js';
import { EcElement } from '../../internal/ec-element.js';
import { FormController } from '../../internal/form-controller.js';
import { formatDateTime } from '../../internal/messages.js';
import { renderPasswordPolicy } from '../../internal/password-policy.js';
import {
  renderField,
  renderForm,
  renderLink,
  renderPlatformState,
  renderRegions,
  uniqueId,
  type FieldSpec,
} from '../../internal/templates.js';
import { formStyles } from '../../styles/form.styles.js';
import type { AccountT } from '../../translations/account/types.js';

const FIELDS: FieldSpec[] = [
  { name: 'lastName', label: 'lastName', autocomplete: 'family-name' },
  { name: 'firstName', label: 'firstName', autocomplete: 'given-name' },
  { name: 'mail', label: 'mail', type: 'email', autocomplete: 'email' },
  { name: 'mailConfirmation', label: 'mailConfirmation', type: 'email', autocomplete: 'email' },
];
const PASSWORD_FIELDS: FieldSpec[] = [
  { name: 'password', label: 'password', type: 'password', autocomplete: 'new-password' },
  { name: 'passwordConfirmation', label: 'passwordConfirmation', type: 'password', autocomplete: 'new-password' },
];
const LABELS = Object.fromEntries([...FIELDS, ...PASSWORD_FIELDS].map(({ name, label }) => [name, label]));

/**
 * @summary Account creation: Nom, Prénom, Adresse mail and its confirmation, and a password with its confirmation when the platform asks for one.
 *
 * The password policy comes from the platform's configuration and is ticked live. On success the
 * element says — the same whether or not the mail already had an account — to look for the mail
 * (spam folder included) and by when to activate.
 *
 * @fires ec-submit - Cancelable, before the request.
 * @fires ec-success - The request was accepted; `detail` is `{ activationDeadline }`.
 * @fires ec-error - The request failed; `error` is the SDK's typed error.
 * @fires ec-navigate - The candidate follows the link to log in; cancel it to route yourself.
 * @csspart form - The native form.
 * @csspart field - One field: label, hint, input and error.
 * @csspart input
 * @csspart error
 * @csspart alert - Error summary and failure messages.
 * @csspart submit-button
 * @cssprop --ec-color-primary - Buttons and links.
 * @cssprop --ec-form-max-width - The form's width (default 32rem).
 */
export class EcSignupForm extends EcElement<AccountT> {
  static override sheets = [formStyles];

  readonly #id = uniqueId('ec-signup');
  readonly #form: FormController<SignupResult> = new FormController<SignupResult>(this, {
    fields: [...FIELDS, ...PASSWORD_FIELDS].map((field) => field.name),
    schema: () => {
      const config = this.#config;
      return config?.signup.passwordRequired ? signupInputSchema(config.passwordPolicy) : SignupInputSchema;
    },
    send: (input: SignupInput, signal) => this.runtime!.backend.account.signup(input, { signal, idempotencyKey: this.#form.idempotencyKey }),
    successDetail: (result) => result,
  });

  get #config() {
    const { config } = this.runtime!;
    return config.status === 'ready' ? config.config : undefined;
  }

  protected override render() {
    const { t } = this;
    const runtime = this.runtime!;
    const config = this.#config;
    const form = this.#form;
    const result = form.result;
    const success = result && t.signup.success(form.values.mail ?? '', formatDateTime(runtime.locale, result.activationDeadline));
    const fields = config?.signup.passwordRequired
      ? [...FIELDS, { ...PASSWORD_FIELDS[0], description: renderPasswordPolicy(t, config.passwordPolicy, form.values.password ?? '') }, PASSWORD_FIELDS[1]]
      : FIELDS;
    return html`<section class="ec-root" aria-labelledby="${this.#id}-title">
      <h2 id="${this.#id}-title">${result ? t.signup.successTitle : t.signup.title}</h2>
      ${renderPlatformState(runtime) ??
      html`${renderRegions(form, runtime, success, () => void form.submit())}
        ${result
          ? html`<p>${renderLink(this, runtime, 'login', t.login.title)}</p>`
          : config
            ? renderForm(form, t, this.#id, LABELS, fields.map((field) => renderField(form, t, this.#id, field)), t.signup.submit)
            : html`<p>${t.loading}</p>`}`}
      ${result ? nothing : html`<p>${renderLink(this, runtime, 'login', t.login.title)}</p>`}
    </section>`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'ec-signup-form': EcSignupForm;
  }
}
