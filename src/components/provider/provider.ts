import { ContextProvider } from '@lit/context';
import { ReactiveElement, type PropertyValues } from 'lit';
import type { EcandidatBackend } from '../../../sdk/backend.js';
import { bindClient } from '../../../sdk/bind-client.js';
import type { SessionStore } from '../../../sdk/session-store.js';
import { createTransport } from '../../../sdk/transport.js';
import type { Destination } from '../../events/events.js';
import { pageLocale } from '../../internal/ec-element.js';
import { moduleOf } from '../../internal/operation-modules.js';
import { Runtime, runtimeContext } from '../../internal/runtime.js';
import type { Locale, TranslationOverrides } from '../../translations/translation.js';

/**
 * @summary Gives the elements inside it one backend, one session, the platform configuration and a language.
 *
 * @example
 * <ec-provider base-url="https://ecandidat.univ.fr/api/" locale="fr">
 *   <ec-login-form></ec-login-form>
 * </ec-provider>
 */
export class EcProvider extends ReactiveElement {
  static override properties = {
    baseUrl: { attribute: 'base-url' },
    locale: { reflect: true },
    backend: { attribute: false },
    translations: { attribute: false },
    links: { attribute: false },
  };

  /** The API's base URL; the provider creates the HTTP client for it. */
  baseUrl = '';
  /** The language of the elements (`fr` or `en`); `lang` is set on the provider when it differs from the page's. */
  locale: Locale = pageLocale();
  /** A backend of your own (an adapter implementing `EcandidatBackend`), used instead of `base-url`. */
  backend?: EcandidatBackend;
  /** The university's own wording: any translation entry, per language. */
  translations: Partial<Record<Locale, TranslationOverrides>> = {};
  /** URLs of the portal's pages, for the links between steps (otherwise `#login`, `#signup`…). */
  links: Partial<Record<Destination, string>> = {};

  readonly #context = new ContextProvider(this, { context: runtimeContext });

  /** The session store the elements share: subscribe to know who is logged in. */
  get session(): SessionStore | undefined {
    return this.#context.value?.session;
  }

  /** What the provider shares with the elements inside it, once it has a backend. */
  protected get runtime(): Runtime | undefined {
    return this.#context.value;
  }

  /** Renders nothing: the page's own content stays as it is, in light DOM. */
  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('backend') || changed.has('baseUrl')) this.#start();
    this.#context.value?.update({ locale: this.locale, overrides: this.translations, links: this.links });
    if (this.locale === pageLocale()) this.removeAttribute('lang');
    else this.lang = this.locale;
  }

  #start() {
    const backend =
      this.backend ??
      (this.baseUrl
        ? bindClient(createTransport({ baseUrl: new URL(this.baseUrl, location.href), locale: this.locale }), {
            account: moduleOf('account'),
            profile: moduleOf('profile'),
            referentials: moduleOf('referentials'),
            applications: moduleOf('applications'),
          })
        : undefined);
    if (!backend) return;
    this.#context.value?.session.dispose();
    const runtime = new Runtime(backend, this.locale);
    this.#context.setValue(runtime);
    void runtime.loadConfig();
    void runtime.session.refresh().catch(() => undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-provider': EcProvider;
  }
}
