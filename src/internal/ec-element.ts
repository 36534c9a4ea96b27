import { ContextConsumer } from '@lit/context';
import { LitElement, type CSSResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { EcandidatBackend } from '../../sdk/index.js';
import type { Translation } from '../translations/translation.js';
import { Runtime, runtimeContext } from './runtime.js';

/** The page's language when it is one the elements speak, else French. */
export const pageLocale = () => (document.documentElement.lang.startsWith('en') ? 'en' : 'fr');

/** Adds `sheet` once to the stylesheets of the tree `element` lives in (strict-CSP compatible). */
export function adopt(element: Element, sheet: CSSStyleSheet) {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Base of every element: renders into light DOM — so password managers, labels and the page's
 * own CSS see the real inputs — with its styles adopted by the surrounding tree, and gets the
 * shared runtime from `<ec-provider>` or makes one from its own `backend`. `T` is the strings it
 * reads: an area's elements (account, portal, profile) see their area's strings too, which that
 * area's define modules register.
 */
export abstract class EcElement<T extends Translation = Translation> extends LitElement {
  /** Styles adopted by the document (or shadow root) the element is in. */
  static sheets: CSSResult[] = [];

  static override properties: PropertyDeclarations = { backend: { attribute: false } };

  /** A backend to use without `<ec-provider>`: the HTTP client or an adapter of your own. */
  backend?: EcandidatBackend;

  #provided?: Runtime;
  #own?: Runtime;
  #unsubscribe?: () => void;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: runtimeContext,
      subscribe: true,
      callback: (runtime) => {
        this.#provided = runtime;
        this.#listen();
      },
    });
  }

  /** The shared runtime, once there is one. */
  protected get runtime(): Runtime | undefined {
    return this.#provided ?? this.#own;
  }

  /** Whether the platform is unavailable now (maintenance): forms keep what is typed but do not send. */
  get unavailable(): boolean {
    return this.runtime?.availability.current !== undefined;
  }

  /** The strings of the language in use. */
  protected get t(): T {
    return this.runtime!.t as T;
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    for (const { styleSheet } of (this.constructor as typeof EcElement).sheets) if (styleSheet) adopt(this, styleSheet);
    this.#listen();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Called once, before the first render with a runtime: the time to read what the element shows. */
  protected firstReady(): void {}

  #ready = false;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.#ready && this.runtime) {
      this.#ready = true;
      this.firstReady();
    }
    if (changed.has('backend') && this.backend && !this.#provided) {
      this.#own = new Runtime(this.backend, pageLocale());
      this.#listen();
      void this.#own.loadConfig();
    }
  }

  protected override shouldUpdate() {
    return this.runtime?.ready === true;
  }

  #listen() {
    this.#unsubscribe?.();
    this.#unsubscribe = this.isConnected ? this.runtime?.subscribe(() => this.requestUpdate()) : undefined;
    this.requestUpdate();
  }
}
