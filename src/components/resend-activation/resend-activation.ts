import type { EcandidatBackend, MailInput, RequestOptions } from '../../../sdk/index.js';
import { MailRequestForm } from '../../internal/mail-request-form.js';
import type { AccountT } from '../../translations/account/types.js';

/**
 * @summary Lost activation code: asks for the mail only, and mails a new activation link (the old one stops working).
 *
 * The answer is the same whether or not the mail has an account.
 *
 * @fires ec-submit - Cancelable, before the request.
 * @fires ec-success - The request was accepted.
 * @fires ec-error - The request failed; `error` is the SDK's typed error.
 * @fires ec-navigate - The candidate goes back to log in; cancel it to route yourself.
 * @csspart form
 * @csspart field
 * @csspart input
 * @csspart error
 * @csspart alert
 * @csspart submit-button
 * @cssprop --ec-color-primary - Buttons and links.
 */
export class EcResendActivation extends MailRequestForm {
  protected override strings(t: AccountT) {
    return t.resendActivation;
  }

  protected override request(backend: EcandidatBackend, input: MailInput, options: RequestOptions) {
    return backend.account.resendActivation(input, options);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-resend-activation': EcResendActivation;
  }
}
