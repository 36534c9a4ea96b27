import { html, nothing, type PropertyValues } from 'lit';
import { isApiError, isRateLimitError } from '../../../sdk/errors.js';
import type { ActivationResult } from '../../../sdk/schemas/account.js';
import { EcErrorEvent, EcSuccessEvent } from '../../events/events.js';
import { Countdown } from '../../internal/countdown.js';
import { EcElement } from '../../internal/ec-element.js';
import { failureMessage, isRetryable } from '../../internal/messages.js';
import { renderAlert, renderLink, uniqueId } from '../../internal/templates.js';
import { takeTokenFromUrl } from '../../internal/url-token.js';
import { formStyles } from '../../styles/form.styles.js';
import type { AccountT } from '../../translations/account/types.js';

type Outcome = { status: 'pending' } | { status: 'done'; result: ActivationResult } | { status: 'failed'; error: unknown };

/**
 * @summary Account activation from the mailed link: activates at once and shows the login, or why the link no longer works.
 *
 * Reads the token from its `token` attribute or from the page's URL (`?token=`), which it then
 * removes from the address bar and history.
 *
 * @fires ec-success - Activated; `detail` is `{ login, alreadyActivated }`.
 * @fires ec-error - Activation failed; `error` is the SDK's typed error.
 * @fires ec-navigate - The candidate goes on to log in or to ask for a new link; cancel it to route yourself.
 * @csspart alert - The failure message.
 * @cssprop --ec-color-primary - Buttons and links.
 */
export class EcActivation extends EcElement<AccountT> {
  static override sheets = [formStyles];

  static override properties = { token: {}, outcome: { state: true } };

  /** The activation token; read from the URL's `token` parameter when not given. */
  token = '';

  private outcome: Outcome = { status: 'pending' };

  readonly #id = uniqueId('ec-activation');
  #abort?: AbortController;
  #activated?: string;
  /** The wait a 429 imposes before the retry button works again. */
  readonly #wait = new Countdown(() => this.requestUpdate());

  override connectedCallback() {
    super.connectedCallback();
    this.token ||= takeTokenFromUrl() ?? '';
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#wait.stop();
    this.#activated = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (this.token && this.runtime && this.#activated !== this.token) void this.#activate();
  }

  async #activate() {
    this.#activated = this.token;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.outcome = { status: 'pending' };
    try {
      const result = await this.runtime!.backend.account.activate({ token: this.token }, { signal: abort.signal });
      this.outcome = { status: 'done', result };
      this.dispatchEvent(new EcSuccessEvent(result));
    } catch (error) {
      if (abort.signal.aborted) return;
      this.outcome = { status: 'failed', error };
      if (isRateLimitError(error)) this.#wait.start(error.retryAfter);
      this.dispatchEvent(new EcErrorEvent(error));
    }
  }

  #retry() {
    if (this.#wait.seconds === 0) void this.#activate();
  }

  protected override render() {
    const { t } = this;
    const runtime = this.runtime!;
    const { outcome } = this;
    const failed = !this.token || outcome.status === 'failed';
    const tokenProblem = outcome.status === 'failed' && isApiError(outcome.error) && outcome.error.code.startsWith('token_');
    const canRetry = outcome.status === 'failed' && (isRetryable(outcome.error) || isRateLimitError(outcome.error));
    const message = !this.token
      ? t.activation.missingToken
      : outcome.status === 'failed'
        ? failureMessage(t, runtime.locale, outcome.error, this.#wait.seconds)
        : undefined;
    const status =
      outcome.status === 'done'
        ? (outcome.result.alreadyActivated ? t.activation.alreadyActivated : t.activation.success)(outcome.result.login)
        : this.token && outcome.status === 'pending'
          ? t.activation.pending
          : nothing;
    return html`<section class="ec-root" aria-labelledby="${this.#id}-title" aria-busy=${this.token && outcome.status === 'pending' ? 'true' : 'false'}>
      <h2 id="${this.#id}-title">${t.activation.title}</h2>
      ${renderAlert(t, message, canRetry ? this.#retry : undefined, this.#wait.seconds > 0)}
      <div class=${outcome.status === 'done' ? 'ec-status ec-success' : 'ec-status'} role="status">${status}</div>
      ${outcome.status === 'done' ? html`<p>${renderLink(this, runtime, 'login', t.activation.logIn)}</p>` : nothing}
      ${failed && (tokenProblem || !this.token) ? html`<p>${renderLink(this, runtime, 'resend-activation', t.activation.newLink)}</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-activation': EcActivation;
  }
}
