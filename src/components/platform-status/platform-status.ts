import { html, nothing } from 'lit';
import type { Unavailability } from '../../../sdk/rules/availability.js';
import { EcElement } from '../../internal/ec-element.js';
import { formatDateTime } from '../../internal/messages.js';
import type { PortalT } from '../../translations/portal/types.js';
import { formStyles } from '../../styles/form.styles.js';
import { portalStyles } from '../portal/portal.styles.js';

/**
 * @summary Tells candidates when the platform is unavailable: maintenance now, an announced window before it starts, the nightly window when it is near or in force.
 *
 * Reads the configuration's `maintenance` and follows the clock; times show in the candidate's
 * own time zone. The forms disable their submit button while the platform is unavailable.
 *
 * @csspart alert - The banner.
 */
export class EcPlatformStatus extends EcElement<PortalT> {
  static override sheets = [formStyles, portalStyles];

  /** What to say of `unavailability`: a scheduled window in force reads as maintenance until its end. */
  #message({ kind, start, end }: Unavailability, inForce: boolean): string {
    const { status } = this.t;
    const { locale } = this.runtime!;
    if (kind === 'daily') return status.daily(formatDateTime(locale, start, false), formatDateTime(locale, end!, false));
    if (inForce) return status.now(end && formatDateTime(locale, end));
    return status.scheduled(formatDateTime(locale, start), formatDateTime(locale, end!));
  }

  protected override render() {
    const { current, next } = this.runtime!.availability;
    return html`<div class="ec-root ec-platform-status" role="status">
      ${current ? html`<p class="ec-banner ec-down" part="alert">${this.#message(current, true)}</p>` : nothing}
      ${next ? html`<p class="ec-banner" part="alert">${this.#message(next, false)}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-platform-status': EcPlatformStatus;
  }
}
