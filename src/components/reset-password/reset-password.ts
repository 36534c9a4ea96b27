import { html, nothing, type PropertyValues } from 'lit';
import { isApiError } from '../../../sdk/errors.js';
import { passwordResetInputSchema, type PasswordResetInput } from '../../../sdk/schemas/account.js';
import { EcElement } from '../../internal/ec-element.js';
import { FormController } from '../../internal/form-controller.js';
import { renderPasswordPolicy } from '../../internal/password-policy.js';
import {
  renderAlert,
  renderField,
  renderForm,
  renderLink,
  renderPlatformState,
  renderRegions,
  uniqueId,
} from '../../internal/templates.js';
import { takeTokenFromUrl } from '../../internal/url-token.js';
import { formStyles } from '../../styles/form.styles.js';
import type { AccountT } from '../../translations/account/types.js';

const LABELS = { password: 'newPassword', passwordConfirmation: 'passwordConfirmation' } as const;

/**
 * @summary Password reset from the mailed link: a new password and its confirmation, checked live against the policy.
 *
 * Reads the token from its `token` attribute or from the page's URL (`?token=`), which it then
 * removes from the address bar and history.
 *
 * @fires ec-submit - Cancelable, before the request.
 * @fires ec-success - The password was changed.
 * @fires ec-error - The request failed; `error` is the SDK's typed error.
 * @fires ec-navigate - The candidate goes on to log in or to ask for a new link; cancel it to route yourself.
 * @csspart form
 * @csspart field
 * @csspart input
 * @csspart error
 * @csspart alert
 * @csspart submit-button
 * @cssprop --ec-color-primary - Buttons and links.
 */
export class EcResetPassword extends EcElement<AccountT> {
  static override sheets = [formStyles];

  static override properties = { token: {} };

  /** The reset token; read from the URL's `token` parameter when not given. */
  token = '';

  readonly #id = uniqueId('ec-reset');
  readonly #form: FormController<true> = new FormController<true>(this, {
    fields: ['password', 'passwordConfirmation'],
    schema: () => {
      const { config } = this.runtime!;
      return passwordResetInputSchema(config.status === 'ready' ? config.config.passwordPolicy : undefined);
    },
    send: async (input: PasswordResetInput, signal) => {
      await this.runtime!.backend.account.resetPassword(input, { signal });
      return true;
    },
  });

  override connectedCallback() {
    super.connectedCallback();
    this.token ||= takeTokenFromUrl() ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.#form.values.token = this.token;
  }

  protected override render() {
    const { t } = this;
    const runtime = this.runtime!;
    const form = this.#form;
    const policy = runtime.config.status === 'ready' ? runtime.config.config.passwordPolicy : undefined;
    const tokenProblem = isApiError(form.failure) && form.failure.code.startsWith('token_');
    const body = !this.token
      ? renderAlert(t, t.resetPassword.missingToken)
      : html`${renderRegions(form, runtime, form.result && t.resetPassword.success, () => void form.submit())}
          ${form.result
            ? html`<p>${renderLink(this, runtime, 'login', t.resetPassword.logIn)}</p>`
            : renderForm(
                form,
                t,
                this.#id,
                LABELS,
                html`${renderField(form, t, this.#id, {
                  name: 'password',
                  label: 'newPassword',
                  type: 'password',
                  autocomplete: 'new-password',
                  description: policy && renderPasswordPolicy(t, policy, form.values.password ?? ''),
                })}
                ${renderField(form, t, this.#id, { name: 'passwordConfirmation', label: 'passwordConfirmation', type: 'password', autocomplete: 'new-password' })}`,
                t.resetPassword.submit,
              )}`;
    return html`<section class="ec-root" aria-labelledby="${this.#id}-title">
      <h2 id="${this.#id}-title">${t.resetPassword.title}</h2>
      ${renderPlatformState(runtime) ?? body}
      ${!this.token || tokenProblem ? html`<p>${renderLink(this, runtime, 'forgotten-credentials', t.resetPassword.newLink)}</p>` : nothing}
    </section>`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'ec-reset-password': EcResetPassword;
  }
}
