import { html } from 'lit';
import { state } from 'lit/decorators.js';
import type { Application } from '../../../sdk/schemas/applications.js';
import { EcElement } from '../../internal/ec-element.js';
import { failureMessage, formatDateTime } from '../../internal/messages.js';
import { renderAlert } from '../../internal/templates.js';
import { formStyles } from '../../styles/form.styles.js';
import type { ProfileT } from '../../translations/profile/types.js';
import { profileStyles } from '../profile/profile.styles.js';

/**
 * @summary Candidatures: the candidate's applications, with each file's status and the decision once published.
 *
 * Applying itself is not part of this element yet.
 *
 * @csspart alert - A failure to read them.
 */
export class EcApplications extends EcElement {
  static override sheets = [formStyles, profileStyles];

  @state() private applications?: Application[];
  @state() private failure?: unknown;

  /** The strings, the profile's included. */
  protected override get t(): ProfileT {
    return super.t as ProfileT;
  }

  protected override firstReady() {
    void this.load();
  }

  /** Reads the applications (again). */
  async load() {
    try {
      await this.updateComplete;
      this.applications = await this.runtime!.backend.applications.listApplications();
      this.failure = undefined;
    } catch (error) {
      this.failure = error;
    }
  }

  protected override render() {
    const { t } = this;
    const { locale } = this.runtime!;
    const words = t.profile.applications;
    if (this.failure !== undefined) {
      return html`<div class="ec-root">${renderAlert(t, failureMessage(t, locale, this.failure), () => void this.load())}</div>`;
    }
    if (!this.applications) return html`<div class="ec-root"><p role="status">${t.loading}</p></div>`;
    if (!this.applications.length) return html`<div class="ec-root"><p>${words.empty}</p></div>`;
    return html`<div class="ec-root ec-list">
      <table class="ec-table">
        <thead>
          <tr>
            <th scope="col">${words.programme}</th>
            <th scope="col">${words.centre}</th>
            <th scope="col">${words.status}</th>
            <th scope="col">${words.decision}</th>
            <th scope="col">${words.date}</th>
          </tr>
        </thead>
        <tbody>
          ${this.applications.map(
            (application) => html`<tr>
              <th scope="row">${application.programme.label}</th>
              <td>${application.centre}</td>
              <td>${words.statuses[application.status] ?? application.status}</td>
              <td>${application.decision ? (words.decisions[application.decision] ?? application.decision) : t.profile.none}</td>
              <td>${formatDateTime(locale, application.createdAt)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-applications': EcApplications;
  }
}
