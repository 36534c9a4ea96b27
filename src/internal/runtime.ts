import { createContext } from '@lit/context';
import type { Config, EcandidatBackend } from '../../sdk/index.js';
import { availabilityAt, type Unavailability } from '../../sdk/rules/availability.js';
import { createSessionStore, type SessionStore } from '../../sdk/session-store.js';
import type { Destination } from '../events/events.js';
import { extensions, type TranslationExtension } from '../translations/extensions.js';
import { fr } from '../translations/fr.js';
import type { Locale, Translation, TranslationOverrides } from '../translations/translation.js';

/** How often the platform's availability is read again against the clock. */
const AVAILABILITY_CHECK_MS = 15_000;

/** The configuration as the page knows it. */
export type ConfigState =
  | { status: 'loading' }
  | { status: 'ready'; config: Config }
  | { status: 'failed'; error: unknown };

/** English loads on demand, with the English of every area defined: a French page downloads none of it. */
const loadEnglish = async (): Promise<Translation> => {
  const [{ en }, ...extra] = await Promise.all([import('../translations/en.js'), ...extensions.en.map((load) => load())]);
  return extend(en, extra);
};

/** Merges `extra` into `base`, one level deep (so `fields` and `hints` gain entries). */
function merge<T extends object>(base: T, extra: object = {}): T {
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(extra)) {
    const original = merged[key];
    merged[key] = typeof value === 'object' && typeof original === 'object' ? { ...original, ...value } : value;
  }
  return merged as unknown as T;
}

/** A translation with areas' strings: their `fieldErrors` answer before the base's `fieldError`. */
function extend(base: Translation, extra: readonly TranslationExtension[]): Translation {
  const merged = extra.reduce<Translation>((translation, strings) => merge(translation, strings), base);
  const { fieldErrors } = merged as { fieldErrors?: Record<string, (params: object) => string> };
  return fieldErrors ? { ...merged, fieldError: (code, params) => fieldErrors[code]?.(params) ?? base.fieldError(code, params) } : merged;
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
  #translation?: { version: number; strings: Translation };
  /** English once loaded, with the version of the extensions it includes. */
  #english?: { version: number; strings: Translation };
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

  /** Whether the strings of the language in use are loaded (asks for them when they are not). */
  get ready(): boolean {
    if (this.#locale === 'fr' || this.#english?.version === extensions.version) return true;
    this.#loadEnglish();
    return false;
  }

  /** The strings of the language in use, with the areas' strings and the university's overrides (French until English arrives). */
  get t(): Translation {
    const { version } = extensions;
    if (this.#translation?.version !== version) {
      const base = this.#locale === 'en' && this.#english ? this.#english.strings : extend(fr, extensions.fr);
      this.#translation = { version, strings: merge(base, this.#overrides[this.#locale]) };
    }
    return this.#translation.strings;
  }

  #loadingEnglish?: number;
  #loadEnglish() {
    const { version } = extensions;
    if (this.#loadingEnglish === version) return;
    this.#loadingEnglish = version;
    void loadEnglish().then((strings) => {
      this.#english = { version, strings };
      this.#translation = undefined;
      this.#notify();
    });
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

  /** The unavailability in force (maintenance) and the next one to announce, at this moment. */
  get availability(): { current?: Unavailability; next?: Unavailability } {
    return this.config.status === 'ready' ? availabilityAt(this.config.config.maintenance) : {};
  }

  /** Calls `listener` on every change — the availability changing with the clock included; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    this.#clock ??= setInterval(() => {
      const seen = JSON.stringify(this.availability);
      if (seen !== this.#seen) this.#notify();
    }, AVAILABILITY_CHECK_MS);
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size > 0) return;
      clearInterval(this.#clock);
      this.#clock = undefined;
    };
  }

  #clock?: ReturnType<typeof setInterval>;
  /** The availability the elements last showed. */
  #seen?: string;

  #notify() {
    this.#seen = JSON.stringify(this.availability);
    for (const listener of this.#listeners) listener();
  }
}

/** The context through which `<ec-provider>` hands its runtime to the elements inside it. */
export const runtimeContext = createContext<Runtime | undefined>(Symbol('ecandidat-runtime'));
