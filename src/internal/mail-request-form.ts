import { html } from 'lit';
import type { EcandidatBackend, RequestOptions } from '../../sdk/index.js';
import { MailInputSchema, type MailInput } from '../../sdk/schemas/account.js';
import { formStyles } from '../styles/form.styles.js';
import type { AccountT } from '../translations/account/types.js';
import { EcElement } from './ec-element.js';
import { FormController } from './form-controller.js';
import { renderField, renderForm, renderLink, renderPlatformState, renderRegions, uniqueId } from './templates.js';

const LABELS = { mail: 'mail' } as const;

/** The strings of one mail-only form. */
interface MailRequestStrings {
  title: string;
  intro: string;
  submit: string;
  success(mail: string): string;
}

/**
 * Base of the forms that ask for the mail only (forgotten credentials, lost activation code): the
 * answer is neutral, the same whether or not the mail has an account.
 */
export abstract class MailRequestForm extends EcElement<AccountT> {
  static override sheets = [formStyles];

  /** This form's strings. */
  protected abstract strings(t: AccountT): MailRequestStrings;
  /** This form's request. */
  protected abstract request(backend: EcandidatBackend, input: MailInput, options: RequestOptions): Promise<void>;

  readonly #id = uniqueId('ec-mail');
  readonly #form: FormController<true> = new FormController<true>(this, {
    fields: ['mail'],
    schema: () => MailInputSchema,
    send: async (input: MailInput, signal) => {
      await this.request(this.runtime!.backend, input, { signal });
      return true;
    },
  });

  protected override render() {
    const { t } = this;
    const runtime = this.runtime!;
    const strings = this.strings(t);
    const form = this.#form;
    return html`<section class="ec-root" aria-labelledby="${this.#id}-title">
      <h2 id="${this.#id}-title">${strings.title}</h2>
      ${renderPlatformState(runtime) ??
      html`<p>${strings.intro}</p>
        ${renderRegions(form, runtime, form.result && strings.success(form.values.mail ?? ''), () => void form.submit())}
        ${renderForm(
          form,
          t,
          this.#id,
          LABELS,
          renderField(form, t, this.#id, { name: 'mail', label: 'mail', type: 'email', autocomplete: 'email' }),
          strings.submit,
        )}`}
      <p>${renderLink(this, runtime, 'login', t.login.title)}</p>
    </section>`;
  }

}
