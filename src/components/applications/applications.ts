import { html } from 'lit';
import type { Application } from '../../../sdk/schemas/applications.js';
import { formatDateTime } from '../../internal/messages.js';
import { ReadOnlyTab } from '../../internal/read-only-tab.js';

/**
 * @summary Candidatures: the candidate's applications, with each file's status and the decision once published.
 *
 * Applying itself is not part of this element yet.
 *
 * @csspart alert - A failure to read them.
 */
export class EcApplications extends ReadOnlyTab<Application> {
  protected read() {
    return this.runtime!.backend.applications.listApplications();
  }

  protected renderItems(applications: Application[]) {
    const { t } = this;
    const { locale } = this.runtime!;
    const words = t.profile.applications;
    if (!applications.length) return html`<p>${words.empty}</p>`;
    return this.renderTable(
      t.profile.tabs.applications,
      [words.programme, words.centre, words.status, words.decision, words.date],
      applications.map(
        (application) => html`<tr>
          <th scope="row">${application.programme.label}</th>
          <td>${application.centre}</td>
          <td>${words.statuses[application.status] ?? application.status}</td>
          <td>${application.decision ? (words.decisions[application.decision] ?? application.decision) : t.profile.none}</td>
          <td>${formatDateTime(locale, application.createdAt)}</td>
        </tr>`,
      ),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-applications': EcApplications;
  }
}
