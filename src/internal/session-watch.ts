import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionState, SessionStore } from '../../sdk/session-store.js';

/**
 * Keeps an element's view of who is logged in current: subscribes to the runtime's session store
 * once the element renders, re-renders it (and calls `onChange`) on every change, and stops when
 * the element leaves the page.
 */
export class SessionWatch implements ReactiveController {
  /** Who is logged in, as last told. */
  state: SessionState = { status: 'unknown', session: null };
  #stop?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => SessionStore | undefined,
    private readonly onChange?: (state: SessionState, previous: SessionState) => void,
  ) {
    host.addController(this);
  }

  hostUpdate() {
    if (this.#stop) return;
    this.#stop = this.store()?.subscribe((state) => {
      const previous = this.state;
      this.state = state;
      this.onChange?.(state, previous);
      this.host.requestUpdate();
    });
  }

  hostDisconnected() {
    this.#stop?.();
    this.#stop = undefined;
  }
}
