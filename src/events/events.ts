/** Where an element can send the candidate; the host maps each to a URL or a view. */
export type Destination = 'login' | 'signup' | 'forgotten-credentials' | 'resend-activation' | 'home' | 'account' | 'assistance' | 'training-offer';

/** Fired before a form's request; cancel it to stop the request. */
export class EcSubmitEvent extends Event {
  constructor() {
    super('ec-submit', { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when an element's operation succeeded; `detail` never holds a password. */
export class EcSuccessEvent<T = unknown> extends Event {
  constructor(readonly detail: T) {
    super('ec-success', { bubbles: true, composed: true });
  }
}

/** Fired when an operation failed; `error` is the SDK's typed error. */
export class EcErrorEvent extends Event {
  constructor(readonly error: unknown) {
    super('ec-error', { bubbles: true, composed: true });
  }
}

/** Fired when the candidate follows a link to another step; cancel it to route without reloading. */
export class EcNavigateEvent extends Event {
  /** `route`: `to` with the place in it, for a host that routes `<ec-portal>` (`account/address`). */
  constructor(
    readonly to: Destination,
    readonly route: string = to,
  ) {
    super('ec-navigate', { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired by `<ec-profile>` when the active tab changes; `tab` is its name, for a host that deep-links. */
export class EcTabChangeEvent extends Event {
  constructor(readonly tab: string) {
    super('ec-tab-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ec-submit': EcSubmitEvent;
    'ec-success': EcSuccessEvent;
    'ec-error': EcErrorEvent;
    'ec-navigate': EcNavigateEvent;
    'ec-tab-change': EcTabChangeEvent;
  }
}
