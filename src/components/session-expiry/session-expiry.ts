import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SessionState } from '../../../sdk/session-store.js';
import { MAX_DELAY } from '../../../sdk/timers.js';
import { EcElement } from '../../internal/ec-element.js';
import { SessionWatch } from '../../internal/session-watch.js';
import type { PortalT } from '../../translations/portal/types.js';
import { formStyles } from '../../styles/form.styles.js';
import { portalStyles } from '../portal/portal.styles.js';

/**
 * @summary Warns before the session ends for lack of activity, with one action to stay logged in, and says when it has ended.
 *
 * Before warning it reads the session again (the contract: reading it is not activity), since a
 * save here or in another tab may have moved its end. The warning does not take the focus; the
 * button is reached with the keyboard like any other. When the session ends, the store tells every
 * element and every open tab.
 *
 * @csspart alert - The warning or the notice that the session ended.
 */
export class EcSessionExpiry extends EcElement<PortalT> {
  static override sheets = [formStyles, portalStyles];

  /** Seconds before the end of the session at which the warning shows (`warn-before`, default 5 minutes). */
  @property({ type: Number, attribute: 'warn-before' }) warnBefore = 300;

  @state() private notice?: 'warning' | 'extended' | 'expired';
  #timer?: ReturnType<typeof setTimeout>;

  readonly #session = new SessionWatch(
    this,
    () => this.runtime?.session,
    (state, previous) => this.#follow(state, previous),
  );

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  #follow(state: SessionState, previous: SessionState) {
    clearTimeout(this.#timer);
    if (state.status === 'authenticated') {
      const warnIn = Date.parse(state.session.expiresAt) - this.warnBefore * 1000 - Date.now();
      if (warnIn <= 0) this.notice = 'warning';
      else {
        if (this.notice !== 'extended') this.notice = undefined;
        // Activity (a save, here or in another tab) may have moved the end: ask before warning; the answer comes back here.
        this.#timer = setTimeout(() => void this.runtime!.session.refresh().catch(() => (this.notice = 'warning')), Math.min(MAX_DELAY, warnIn));
      }
      return;
    }
    // Ended by the clock, not by a logout: say so (and keep saying so when the store tells it again).
    if (previous.status === 'authenticated') this.notice = Date.parse(previous.session.expiresAt) <= Date.now() + 1000 ? 'expired' : undefined;
  }

  async #extend() {
    const session = await this.runtime!.session.extend().catch(() => undefined);
    if (session) this.notice = 'extended';
  }

  protected override render() {
    const { t } = this;
    const { notice } = this;
    const session = this.#session.state.session;
    const time = session && new Intl.DateTimeFormat(this.runtime!.locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(session.expiresAt));
    return html`<div class="ec-root ec-session-expiry">
      <div role="alert">
        ${notice === 'warning' && time
          ? html`<div class="ec-banner ec-down" part="alert">
              <p>${t.sessionExpiry.warning(time)}</p>
              <button type="button" @click=${this.#extend}>${t.sessionExpiry.extend}</button>
            </div>`
          : nothing}
        ${notice === 'expired' ? html`<p class="ec-banner ec-down" part="alert">${t.sessionExpiry.expired}</p>` : nothing}
      </div>
      <div role="status">${notice === 'extended' ? html`<p class="ec-banner" part="alert">${t.sessionExpiry.extended}</p>` : nothing}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-session-expiry': EcSessionExpiry;
  }
}
