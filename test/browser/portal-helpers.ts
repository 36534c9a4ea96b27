/**
 * Helpers of the portal elements' browser tests: the platform's configuration changed before a
 * mount, the portal elements mounted inside `<ec-provider>` (anonymous or logged in), and the
 * maintenance windows around now.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import type { Config } from '../../sdk/index.js';
import type { EcProvider } from '../../src/components/provider/provider.js';
import '../../src/define/ec-portal.js';
import { PASSWORD, type Mock } from './helpers.js';
import { PATIENCE, visible, type Candidate } from './profile-helpers.js';

/** The portal's own elements (beside the account and profile ones). */
export type PortalTag = 'ec-home' | 'ec-assistance' | 'ec-platform-status' | 'ec-session-expiry' | 'ec-training-offer';

/** Changes the configuration the backend serves (read by a provider as it starts). */
export function configure(mock: Mock, changes: Partial<Config>) {
  Object.assign(mock.backend.state.config, changes);
}

/** The configuration's `maintenance`, with what a test sets. */
export const maintenance = (changes: Partial<Config['maintenance']>): Config['maintenance'] => ({
  active: false,
  until: null,
  windows: [],
  ...changes,
});

const MINUTE = 60_000;

/** An instant `minutes` from now, as the contract writes it. */
export const inMinutes = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString();

/** Logs `candidate` in through the provider's session store, once its first "who is there?" was answered. */
export async function logInThrough(provider: EcProvider, candidate: Candidate) {
  await waitUntil(() => provider.session !== undefined && provider.session.state.status !== 'unknown', 'the provider did not check the session', PATIENCE);
  await provider.session!.login({ login: candidate.login, password: PASSWORD });
}

export interface PortalMountOptions {
  /** Attributes of the element. */
  attrs?: Record<string, string>;
  /** The provider's `locale` attribute. */
  locale?: string;
  /** The candidate logged in before the element mounts. */
  as?: Candidate;
  /** Elements mounted beside it in the same provider (a form, say). */
  beside?: string[];
}

/** Mounts `<ec-provider base-url="/api/"><tag …>` (logged in as `as`), and waits until it has rendered. */
export async function mountPortalElement<T extends PortalTag>(tag: T, { attrs = {}, locale, as, beside = [] }: PortalMountOptions = {}): Promise<HTMLElementTagNameMap[T]> {
  const provider = document.createElement('ec-provider');
  provider.setAttribute('base-url', '/api/');
  if (locale) provider.setAttribute('locale', locale);
  await fixture(provider);
  if (as) await logInThrough(provider, as);
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  provider.append(element, ...beside.map((other) => document.createElement(other)));
  await waitUntil(() => element.querySelector('.ec-root') !== null, `<${tag}> did not render`, PATIENCE);
  await element.updateComplete;
  return element;
}

/** Text as a screen shows it, of every `selector` in `el`. */
export const textsOf = (el: Element, selector: string) =>
  [...el.querySelectorAll(selector)].map((found) => visible(found.textContent));
