import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { profileStyles } from '../components/profile/profile.styles.js';
import { formStyles } from '../styles/form.styles.js';
import type { ProfileT } from '../translations/profile/types.js';
import { EcElement } from './ec-element.js';
import { renderReadFailure } from './relogin.js';

/**
 * Base of the profile's read-only tabs (internal studies, applications): reads a list once, shows
 * it, offers to read it again after a failure — or, when the session ended, to log in again in
 * place and then read it.
 */
export abstract class ReadOnlyTab<T> extends EcElement<ProfileT> {
  static override sheets = [formStyles, profileStyles];

  @state() private items?: T[];
  @state() private failure?: unknown;

  /** Reads the list from the backend. */
  protected abstract read(): Promise<T[]>;
  /** Shows the list. */
  protected abstract renderItems(items: T[]): TemplateResult;

  protected override firstReady() {
    void this.load();
  }

  /** Reads the list (again). */
  async load() {
    this.failure = undefined;
    try {
      this.items = await this.read();
    } catch (error) {
      this.failure = error;
    }
  }

  protected override render() {
    const { t } = this;
    const { failure } = this;
    if (failure !== undefined) return renderReadFailure(t, this.runtime!.locale, failure, () => void this.load());
    if (!this.items) return html`<div class="ec-root"><p role="status">${t.loading}</p></div>`;
    return html`<div class="ec-root ec-list ec-wide">${this.renderItems(this.items)}</div>`;
  }

  /**
   * The list as a table under its column `headings`, one `<tr>` per row, in a region named `label`
   * that scrolls sideways on a narrow screen; focusable, so the keyboard scrolls it too.
   */
  protected renderTable(label: string, headings: readonly string[], rows: readonly TemplateResult[]): TemplateResult {
    return html`<div class="ec-scroll" role="region" tabindex="0" aria-label=${label}>
      <table class="ec-table">
        <thead>
          <tr>
            ${headings.map((heading) => html`<th scope="col">${heading}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;
  }
}
