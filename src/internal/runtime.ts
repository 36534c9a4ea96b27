import { createContext } from '@lit/context';
import type { Config, EcandidatBackend } from '../../sdk/index.js';
import { createSessionStore, type SessionStore } from '../../sdk/session-store.js';
import type { Destination } from '../events/events.js';
import { fr } from '../translations/fr.js';
import type { Locale, Translation, TranslationOverrides } from '../translations/translation.js';

/** The configuration as the page knows it. */
export type ConfigState =
  | { status: 'loading' }
  | { status: 'ready'; config: Config }
  | { status: 'failed'; error: unknown };

/** English loads on demand: a French page does not download it. */
const loadEnglish = async () => (await import('../translations/en.js')).en;

/** Merges a university's overrides into a built-in translation, one level deep. */
function merge(base: Translation, overrides: TranslationOverrides = {}): Translation {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const original = merged[key];
    merged[key] = typeof value === 'object' && typeof original === 'object' ? { ...original, ...value } : value;
  }
  return merged as unknown as Translation;
}

/**
 * What the elements of a page share: the backend, the session store, the configuration, the
 * language and the host's links. `<ec-provider>` owns one; an element given only a `backend` makes
 * its own.
 */
export class Runtime {
  readonly session: SessionStore;
  config: ConfigState = { status: 'loading' };
  #locale: Locale;
  #overrides: Partial<Record<Locale, TranslationOverrides>> = {};
  #translation?: Translation;
  readonly #builtIn: Partial<Record<Locale, Translation>> = { fr };
  #links: Partial<Record<Destination, string>> = {};
  readonly #listeners = new Set<() => void>();

  constructor(readonly backend: EcandidatBackend, locale: Locale) {
    this.#locale = 'fr';
    this.session = createSessionStore(backend);
    this.update({ locale });
  }

  /** The language in use. */
  get locale(): Locale {
    return this.#locale;
  }

  /** Whether the strings of the language in use are loaded. */
  get ready(): boolean {
    return this.#builtIn[this.#locale] !== undefined;
  }

  /** The strings of the language in use, with the university's overrides (French until English arrives). */
  get t(): Translation {
    return (this.#translation ??= merge(this.#builtIn[this.#locale] ?? fr, this.#overrides[this.#locale]));
  }

  /** The URL the host gives for a destination, or a fragment the host may route on. */
  href(to: Destination): string {
    return this.#links[to] ?? `#${to}`;
  }

  /** Changes the language, overrides or links; every element re-renders. */
  update({ locale, overrides, links }: { locale?: Locale; overrides?: Partial<Record<Locale, TranslationOverrides>>; links?: Partial<Record<Destination, string>> }): void {
    if (locale) this.#locale = locale;
    if (overrides) this.#overrides = overrides;
    if (links) this.#links = links;
    this.#translation = undefined;
    (this.backend as { setLocale?(locale: string): void }).setLocale?.(this.#locale);
    if (this.#locale === 'en' && !this.ready) {
      void loadEnglish().then((en) => {
        this.#builtIn.en = en;
        this.#translation = undefined;
        this.#notify();
      });
    }
    this.#notify();
  }

  /** Reads the configuration; the state goes through `loading` to `ready` or `failed`. */
  async loadConfig(): Promise<void> {
    this.config = { status: 'loading' };
    this.#notify();
    try {
      this.config = { status: 'ready', config: await this.backend.platform.config() };
    } catch (error) {
      this.config = { status: 'failed', error };
    }
    this.#notify();
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify() {
    for (const listener of this.#listeners) listener();
  }
}

/** The context through which `<ec-provider>` hands its runtime to the elements inside it. */
export const runtimeContext = createContext<Runtime | undefined>(Symbol('ecandidat-runtime'));
