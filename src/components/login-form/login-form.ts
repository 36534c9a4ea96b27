import { html, nothing } from 'lit';
import { LoginInputSchema, type LoginInput, type Session } from '../../../sdk/schemas/session.js';
import { EcElement } from '../../internal/ec-element.js';
import { FormController } from '../../internal/form-controller.js';
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

const FIELDS: FieldSpec[] = [
  { name: 'login', label: 'login', autocomplete: 'username' },
  { name: 'password', label: 'password', type: 'password', autocomplete: 'current-password' },
];
const LABELS = { login: 'login', password: 'password' } as const;

/**
 * @summary Login with the login (dossier number) and password, and the institution's CAS entry when it has one.
 *
 * Any failure shows one message, whatever the cause (unknown login, wrong password, account not
 * activated), with the ways to recover forgotten credentials or a lost activation code.
 *
 * @fires ec-submit - Cancelable, before the request.
 * @fires ec-success - Logged in; `detail` is `{ login, firstName, lastName }`.
 * @fires ec-error - The request failed; `error` is the SDK's typed error.
 * @fires ec-navigate - The candidate follows a link (`to`: `forgotten-credentials`, `resend-activation`, `signup`); cancel it to route yourself.
 * @csspart form - The native form.
 * @csspart field - One field: label, hint, input and error.
 * @csspart label
 * @csspart hint
 * @csspart input
 * @csspart error
 * @csspart alert - Error summary and failure messages.
 * @csspart submit-button
 * @cssprop --ec-color-primary - Buttons and links.
 * @cssprop --ec-form-max-width - The form's width (default 32rem).
 */
export class EcLoginForm extends EcElement {
  static override sheets = [formStyles];

  readonly #id = uniqueId('ec-login');
  readonly #form = new FormController<Session>(this, {
    fields: FIELDS.map((field) => field.name),
    schema: () => LoginInputSchema,
    send: (input: LoginInput, signal) => this.runtime!.session.login(input, { signal }),
    successDetail: ({ login, firstName, lastName }) => ({ login, firstName, lastName }),
  });

  /** Empties the form (the page calls it after a logout, say). */
  reset() {
    for (const field of FIELDS) this.#form.input(field.name, '');
    this.#form.submitted = false;
  }

  protected override render() {
    const { t } = this;
    const runtime = this.runtime!;
    const config = runtime.config.status === 'ready' ? runtime.config.config : undefined;
    const institution = config?.institution.name ?? '';
    const form = this.#form;
    const success = form.result && t.login.success(form.result.firstName, form.result.login);
    return html`<section class="ec-root" aria-labelledby="${this.#id}-title">
      <h2 id="${this.#id}-title">${t.login.title}</h2>
      ${renderPlatformState(runtime) ??
      html`${config?.cas
          ? html`<h3>${t.login.casIntro(institution)}</h3>
              <p><a class="ec-button" href=${config.cas.url}>${t.login.casButton(config.cas.label)}</a></p>
              <h3>${t.login.accountIntro(institution)}</h3>`
          : nothing}
        ${renderRegions(form, runtime, success, () => void form.submit())}
        ${renderForm(form, t, this.#id, LABELS, FIELDS.map((field) => renderField(form, t, this.#id, field)), t.login.submit)}
        <ul class="ec-links">
          <li>${renderLink(this, runtime, 'forgotten-credentials', t.login.forgotCredentials)}</li>
          <li>${renderLink(this, runtime, 'resend-activation', t.login.lostActivationCode)}</li>
        </ul>
        <p>${t.login.noAccount} — ${renderLink(this, runtime, 'signup', t.login.signup)}</p>`}
    </section>`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'ec-login-form': EcLoginForm;
  }
}
