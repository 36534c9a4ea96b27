import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { profileStyles } from '../components/profile/profile.styles.js';
import { formStyles } from '../styles/form.styles.js';
import type { ProfileT } from '../translations/profile/types.js';
import { EcElement } from './ec-element.js';
import { failureMessage } from './messages.js';
import { renderAlert } from './templates.js';

/** Base of the profile's read-only tabs (internal studies, applications): reads a list once, shows it, offers to read it again after a failure. */
export abstract class ReadOnlyTab<T> extends EcElement {
  static override sheets = [formStyles, profileStyles];

  @state() private items?: T[];
  @state() private failure?: unknown;

  /** Reads the list from the backend. */
  protected abstract read(): Promise<T[]>;
  /** Shows the list. */
  protected abstract renderItems(items: T[]): TemplateResult;

  /** The strings, the profile's included. */
  protected override get t(): ProfileT {
    return super.t as ProfileT;
  }

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
    if (this.failure !== undefined) {
      return html`<div class="ec-root">${renderAlert(t, failureMessage(t, this.runtime!.locale, this.failure), () => void this.load())}</div>`;
    }
    if (!this.items) return html`<div class="ec-root"><p role="status">${t.loading}</p></div>`;
    return html`<div class="ec-root ec-list">${this.renderItems(this.items)}</div>`;
  }
}
