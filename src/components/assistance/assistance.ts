import { html, nothing } from 'lit';
import { EcElement } from '../../internal/ec-element.js';
import { localized, renderPlainText } from '../../internal/plain-text.js';
import { renderPlatformState, uniqueId } from '../../internal/templates.js';
import type { PortalT } from '../../translations/portal/types.js';
import { formStyles } from '../../styles/form.styles.js';
import { portalStyles } from '../portal/portal.styles.js';

/**
 * @summary Assistance: the institution's help text and whom to contact (mail, phone, website), from the configuration.
 *
 * The help is plain text: markup shows as typed and only https and mailto links become links.
 */
export class EcAssistance extends EcElement<PortalT> {
  static override sheets = [formStyles, portalStyles];

  readonly #id = uniqueId('ec-assistance');

  protected override render() {
    const { t } = this;
    const runtime = this.runtime!;
    const { locale } = runtime;
    const institution = runtime.config.status === 'ready' ? runtime.config.config.institution : undefined;
    const text = institution && localized(institution.assistance.text, locale);
    const contacts = institution?.assistance.contacts ?? [];
    return html`<section class="ec-root ec-assistance" aria-labelledby="${this.#id}-title">
      <h2 id="${this.#id}-title">${t.assistance.title}</h2>
      ${institution ? (text ? renderPlainText(text) : html`<p>${t.assistance.none}</p>`) : (renderPlatformState(runtime) ?? html`<p role="status">${t.loading}</p>`)}
      ${institution?.assistanceUrl ? html`<p><a href=${institution.assistanceUrl} rel="noopener noreferrer">${institution.assistanceUrl}</a></p>` : nothing}
      ${contacts.length
        ? html`<h3 id="${this.#id}-contacts">${t.assistance.contacts}</h3>
            <ul class="ec-contacts" aria-labelledby="${this.#id}-contacts">
              ${contacts.map(
                ({ label, mail, phone, url }) => html`<li>
                  <strong>${localized(label, locale)}</strong>
                  ${mail ? html`<br />${t.labelled(t.assistance.mail, '')}<a href="mailto:${mail}">${mail}</a>` : nothing}
                  ${phone ? html`<br />${t.labelled(t.assistance.phone, '')}<a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>` : nothing}
                  ${url ? html`<br />${t.labelled(t.assistance.website, '')}<a href=${url} rel="noopener noreferrer">${url}</a>` : nothing}
                </li>`,
              )}
            </ul>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-assistance': EcAssistance;
  }
}
