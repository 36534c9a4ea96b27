import { html } from 'lit';
import type { InternalStudy } from '../../../sdk/schemas/profile.js';
import { ReadOnlyTab } from '../../internal/read-only-tab.js';

/**
 * @summary Cursus interne: the candidate's years of studies at the university, from its records; read-only.
 *
 * @csspart alert - A failure to read them.
 */
export class EcInternalStudies extends ReadOnlyTab<InternalStudy> {
  protected read() {
    return this.runtime!.backend.profile.getInternalStudies();
  }

  protected renderItems(studies: InternalStudy[]) {
    const { t } = this;
    const headings = t.profile.internal;
    return html`<p class="ec-hint">${t.profile.internalStudiesNote}</p>
      ${studies.length
        ? this.renderTable(
            t.profile.tabs.internalStudies,
            [headings.year, headings.label, headings.result, headings.honours, headings.grade],
            studies.map(
              (study) => html`<tr>
                <td>${study.year}</td>
                <td>${study.label} <span class="ec-hint">(${study.code})</span></td>
                <td>${study.result ?? t.profile.none}</td>
                <td>${study.honours ?? t.profile.none}</td>
                <td>${study.grade ? `${study.grade}${study.gradeScale ? ` / ${study.gradeScale}` : ''}` : t.profile.none}</td>
              </tr>`,
            ),
          )
        : html`<p>${t.profile.internalStudiesEmpty}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-internal-studies': EcInternalStudies;
  }
}
