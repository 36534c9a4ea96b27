import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { SessionState } from '../../../sdk/session-store.js';
import { EcNavigateEvent, type Destination } from '../../events/events.js';
import { adopt } from '../../internal/ec-element.js';
import { focusHeading } from '../../internal/focus.js';
import { SessionWatch } from '../../internal/session-watch.js';
import { failureMessage } from '../../internal/messages.js';
import { renderAlert, renderLink, uniqueId } from '../../internal/templates.js';
import type { PortalT } from '../../translations/portal/types.js';
import { formStyles } from '../../styles/form.styles.js';
import { EcProvider } from '../provider/provider.js';
import { portalStyles } from './portal.styles.js';

/** What a view shows; `tab` is the profile tab of `account/<tab>`. */
type RenderView = (tab: string) => TemplateResult;

/** Each view's element: every destination, and the two a mailed link opens. Adding a view is one line here. */
const VIEWS = {
  home: () => html`<ec-home></ec-home>`,
  assistance: () => html`<ec-assistance></ec-assistance>`,
  'training-offer': () => html`<ec-training-offer></ec-training-offer>`,
  login: () => html`<ec-login-form></ec-login-form>`,
  signup: () => html`<ec-signup-form></ec-signup-form>`,
  activation: () => html`<ec-activation></ec-activation>`,
  'forgotten-credentials': () => html`<ec-forgot-credentials></ec-forgot-credentials>`,
  'resend-activation': () => html`<ec-resend-activation></ec-resend-activation>`,
  'password-reset': () => html`<ec-reset-password></ec-reset-password>`,
  account: (tab) => html`<ec-profile .tab=${tab}></ec-profile>`,
} satisfies Record<Destination, RenderView> & Record<string, RenderView>;

/** The portal's views: every destination, and the two a mailed link opens. `account/<tab>` opens a profile tab. */
export type PortalView = keyof typeof VIEWS;

/** Views for the logged-in candidate only; the others are for everyone. */
const PRIVATE: ReadonlySet<PortalView> = new Set(['account']);
/** Views with nothing to do once logged in. */
const ANONYMOUS: ReadonlySet<PortalView> = new Set(['login', 'signup']);

const isView = (name: string): name is PortalView => Object.hasOwn(VIEWS, name);

/** The view and profile tab of a route such as `account/address`; an unknown route is the home. */
function parseRoute(route: string): { view: PortalView; tab: string } {
  const [view = '', tab = ''] = route.replace(/^#?\/?/, '').split('/');
  return isView(view) ? { view, tab } : { view: 'home', tab: '' };
}

/**
 * @summary The whole candidate front in one tag: menu, home, help, training offer, account creation and recovery, login, profile, platform status and session warnings.
 *
 * Everything renders in light DOM (password managers see the credential inputs). By default the
 * view lives in the URL's hash (`#login`, `#account/address`), so the browser's back and forward
 * buttons and deep links work; mailed links land on `?token=…#activation` and
 * `?token=…#password-reset`. With `routing="host"` the portal never touches the URL: it fires
 * `ec-navigate` for every move, and the host (with its own router) sets `view` to its `route`.
 *
 * Takes every attribute and property of `<ec-provider>` (`base-url`, `locale`, `backend`,
 * `translations`, `links`).
 *
 * @fires ec-navigate - The candidate moves to another view (`to`, with its tab in `route`); cancel it to route yourself (then set `view` to `route`).
 * @fires ec-tab-change - A profile tab opened (`tab`).
 * @csspart nav - The main menu.
 * @cssprop --ec-portal-max-width - The portal's width (default 64rem).
 * @cssprop --ec-portal-padding - Space between the portal's sides and its content (default 1rem).
 */
export class EcPortal extends EcProvider {
  /** `hash` (default): the view is the URL's hash. `host`: the host routes, through `ec-navigate` and `view`. */
  @property() routing: 'hash' | 'host' = 'hash';
  /** The view shown: `home`, `login`, `account`, `account/<tab>`… (reflected). */
  @property({ reflect: true }) view = 'home';

  readonly #id = uniqueId('ec-portal');
  /** A private view asked for before logging in: shown once logged in. */
  #after?: string;
  /** Whether the next render follows a move, so the focus goes to the new view's heading. */
  #moved = false;
  #unsubscribe?: () => void;

  readonly #session = new SessionWatch(
    this,
    () => this.runtime?.session,
    (state, previous) => this.#follow(state, previous),
  );

  override connectedCallback() {
    super.connectedCallback();
    for (const { styleSheet } of [formStyles, portalStyles]) if (styleSheet) adopt(this, styleSheet);
    if (this.routing === 'hash') {
      addEventListener('hashchange', this.#fromUrl);
      this.#fromUrl();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#fromUrl);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  readonly #fromUrl = () => {
    if (this.routing !== 'hash') return;
    const route = location.hash.slice(1) || 'home';
    if (route !== this.view) this.#moved = this.hasUpdated;
    this.view = route;
  };

  /** Shows `route` (`login`, `account/address`…): in the hash, or through the host. */
  navigate(route: string) {
    const { view } = parseRoute(route);
    if (!this.dispatchEvent(new EcNavigateEvent(view as Destination, route))) return;
    this.#moved = true;
    if (this.routing === 'hash') location.hash = route;
    else this.view = route;
  }

  #follow(state: SessionState, previous: SessionState) {
    const { view } = parseRoute(this.view);
    if (state.status === 'authenticated' && previous.status !== 'authenticated' && ANONYMOUS.has(view)) {
      this.navigate(this.#after ?? 'home');
      this.#after = undefined;
    }
    // Logged out here or in another tab, or the session ended: nothing personal stays on screen,
    // and the view comes back once logged in.
    if (state.status === 'anonymous' && PRIVATE.has(view)) {
      this.#after = this.view;
      this.navigate('login');
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const runtime = this.runtime;
    if (runtime && !this.#unsubscribe) this.#unsubscribe = runtime.subscribe(() => this.requestUpdate());
  }

  protected override update(changed: PropertyValues<this>) {
    super.update(changed);
    if (this.runtime?.ready) render(this.#render(), this, { host: this });
  }

  protected override updated() {
    if (!this.#moved) return;
    this.#moved = false;
    void this.#focusHeading();
  }

  /** Gives the focus to the view's heading, once the view's element (which renders after the portal) has rendered it. */
  async #focusHeading() {
    await this.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('.ec-view > *')?.updateComplete;
    focusHeading(this.querySelector('.ec-view'));
  }

  protected get t(): PortalT {
    return this.runtime!.t as PortalT;
  }

  #render(): TemplateResult {
    const { t } = this;
    const runtime = this.runtime!;
    const loggedIn = this.#session.state.status === 'authenticated';
    const route = parseRoute(this.view);
    const { tab } = route;
    let { view } = route;
    if (PRIVATE.has(view) && !loggedIn) {
      if (this.#session.state.status === 'anonymous') this.#after = this.view;
      view = 'login';
    }
    const config = runtime.config.status === 'ready' ? runtime.config.config : undefined;
    const item = (to: Destination, label: string) => html`<li>${renderLink(this, runtime, to, label, to === view)}</li>`;
    return html`<div class="ec-root ec-portal">
      <a class="ec-skip" href="#${this.#id}-view" @click=${this.#skip}>${t.portal.skipToContent}</a>
      <header class="ec-portal-header">
        ${config ? html`<p class="ec-institution">${config.institution.name}</p>` : nothing}
        <nav part="nav" aria-label=${t.portal.menu}>
          <ul>
            ${item('home', t.portal.home)} ${item('assistance', t.portal.assistance)}
            ${customElements.get('ec-training-offer') ? item('training-offer', t.portal.trainingOffer) : nothing}
            ${loggedIn
              ? html`${item('account', t.portal.account)}
                  <li><button type="button" class="ec-secondary" @click=${this.#logout}>${t.portal.logout}</button></li>`
              : item('login', t.portal.login)}
          </ul>
        </nav>
        <div class="ec-languages" role="group" aria-label=${t.portal.language}>
          ${(['fr', 'en'] as const).map(
            (locale) =>
              html`<button type="button" class="ec-secondary" lang=${locale} aria-pressed=${this.locale === locale ? 'true' : 'false'} @click=${() => (this.locale = locale)}>
                ${t.portal.languages[locale]}
              </button>`,
          )}
        </div>
      </header>
      ${runtime.config.status === 'failed'
        ? renderAlert(t, failureMessage(t, runtime.locale, runtime.config.error), () => void runtime.loadConfig())
        : nothing}
      <ec-platform-status></ec-platform-status>
      <ec-session-expiry></ec-session-expiry>
      <div class="ec-view" id="${this.#id}-view" tabindex="-1" @ec-tab-change=${this.#onTab}>${VIEWS[view](tab)}</div>
    </div>`;
  }

  /** A profile tab opened: the route follows, without a new history entry. */
  readonly #onTab = (event: Event) => {
    const route = `account/${(event as Event & { tab: string }).tab}`;
    if (this.routing === 'hash') history.replaceState(history.state, '', `#${route}`);
    this.view = route;
  };

  readonly #skip = (event: Event) => {
    event.preventDefault();
    this.querySelector<HTMLElement>(`#${this.#id}-view`)?.focus();
  };

  /** Logs out; the button leaves the menu, so the focus goes to the view's heading. */
  readonly #logout = () =>
    void this.runtime!.session
      .logout()
      .catch(() => undefined)
      .then(() => {
        this.#moved = true;
        this.requestUpdate();
      });
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-portal': EcPortal;
  }
}
