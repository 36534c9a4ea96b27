import type { EcandidatBackend } from './backend.js';
import { isAuthenticationError } from './errors.js';
import type { LoginInput, Session } from './schemas/session.js';
import { MAX_DELAY } from './timers.js';
import type { RequestOptions } from './transport.js';

/** Who is logged in, as far as this tab knows: `unknown` until the first check. */
export type SessionState =
  | { status: 'unknown'; session: null }
  | { status: 'anonymous'; session: null }
  | { status: 'authenticated'; session: Session };

/** An observable, framework-free holder of the current session, shared by every element of a page. */
export interface SessionStore {
  /** The current state. */
  readonly state: SessionState;
  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: (state: SessionState) => void): () => void;
  /** Asks the backend who is logged in. */
  refresh(options?: RequestOptions): Promise<Session | null>;
  /** Logs in and tells the other tabs. */
  login(input: LoginInput, options?: RequestOptions): Promise<Session>;
  /**
   * Keeps the session alive, e.g. from a warning shown before `session.expiresAt`, and moves the
   * expiry here and in the other tabs; `null` (anonymous everywhere) once it has already ended.
   */
  extend(options?: RequestOptions): Promise<Session | null>;
  /** Logs out here and in every other open tab. */
  logout(options?: RequestOptions): Promise<void>;
  /** Forgets the session here and in every other tab, e.g. after a 401 `unauthenticated`. */
  expire(): void;
  /** Stops listening to the other tabs and to the expiry timer. */
  dispose(): void;
}

type TabMessage = 'login' | 'logout';

/**
 * Creates the session store. Logout and expiry reach every tab of the same origin through a
 * `BroadcastChannel` (the message carries no data); a login or an extension elsewhere makes each tab ask again.
 */
export function createSessionStore(
  backend: Pick<EcandidatBackend, 'session'>,
  { channelName = 'ecandidat-session' }: { channelName?: string } = {},
): SessionStore {
  let state: SessionState = { status: 'unknown', session: null };
  let expiryTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<(state: SessionState) => void>();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;
  const tell = (message: TabMessage) => channel?.postMessage(message);

  /**
   * At the session's end by this tab's clock, the backend says whether activity (any request of
   * the candidate, in any tab) kept it alive; if not, or if it cannot be reached, it has ended here
   * and in every tab.
   */
  const ended = () => store.refresh().then((session) => session || store.expire(), store.expire);

  const set = <T extends Session | null>(session: T): T => {
    clearTimeout(expiryTimer);
    state = session ? { status: 'authenticated', session } : { status: 'anonymous', session: null };
    // Not sooner than a second: a session past its end by this clock (clocks differ) is asked about once a second.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- `ended` handles both outcomes: it never rejects.
    if (session) expiryTimer = setTimeout(ended, Math.min(MAX_DELAY, Math.max(1000, Date.parse(session.expiresAt) - Date.now())));
    for (const listener of listeners) listener(state);
    return session;
  };

  const store: SessionStore = {
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    refresh: async (options) => set(await backend.session.current(options)),
    async login(input, options) {
      const session = set(await backend.session.login(input, options));
      tell('login');
      return session;
    },
    async extend(options) {
      try {
        const session = set(await backend.session.extend(options));
        tell('login');
        return session;
      } catch (error) {
        if (!isAuthenticationError(error)) throw error;
        store.expire();
        return null;
      }
    },
    async logout(options) {
      try {
        await backend.session.logout(options);
      } finally {
        store.expire();
      }
    },
    expire() {
      set(null);
      tell('logout');
    },
    dispose() {
      clearTimeout(expiryTimer);
      channel?.close();
      listeners.clear();
    },
  };

  channel?.addEventListener('message', ({ data }: MessageEvent<TabMessage>) => {
    if (data === 'logout') set(null);
    else if (data === 'login') void store.refresh().catch(() => undefined);
  });
  return store;
}
