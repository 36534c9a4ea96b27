import { html } from 'lit';
import { state } from 'lit/decorators.js';
import type { InternalStudy } from '../../../sdk/schemas/profile.js';
import { profileStyles } from '../profile/profile.styles.js';
import { EcElement } from '../../internal/ec-element.js';
import { failureMessage } from '../../internal/messages.js';
import { renderAlert } from '../../internal/templates.js';
import { formStyles } from '../../styles/form.styles.js';
import type { ProfileT } from '../../translations/profile/types.js';

/**
 * @summary Cursus interne: the candidate's years of studies at the university, from its records; read-only.
 *
 * @csspart alert - A failure to read them.
 */
export class EcInternalStudies extends EcElement {
  static override sheets = [formStyles, profileStyles];

  @state() private studies?: InternalStudy[];
  @state() private failure?: unknown;

  /** The strings, the profile's included. */
  protected override get t(): ProfileT {
    return super.t as ProfileT;
  }

  protected override firstReady() {
    void this.load();
  }

  /** Reads the studies (again). */
  async load() {
    try {
      await this.updateComplete;
      this.studies = await this.runtime!.backend.profile.getInternalStudies();
      this.failure = undefined;
    } catch (error) {
      this.failure = error;
    }
  }

  protected override render() {
    const { t } = this;
    const headings = t.profile.internal;
    if (this.failure !== undefined) {
      return html`<div class="ec-root">${renderAlert(t, failureMessage(t, this.runtime!.locale, this.failure), () => void this.load())}</div>`;
    }
    if (!this.studies) return html`<div class="ec-root"><p role="status">${t.loading}</p></div>`;
    return html`<div class="ec-root ec-list">
      <p class="ec-hint">${t.profile.internalStudiesNote}</p>
      ${this.studies.length
        ? html`<table class="ec-table">
            <thead>
              <tr>
                <th scope="col">${headings.year}</th>
                <th scope="col">${headings.label}</th>
                <th scope="col">${headings.result}</th>
                <th scope="col">${headings.honours}</th>
                <th scope="col">${headings.grade}</th>
              </tr>
            </thead>
            <tbody>
              ${this.studies.map(
                (study) => html`<tr>
                  <td>${study.year}</td>
                  <td>${study.label} <span class="ec-hint">(${study.code})</span></td>
                  <td>${study.result ?? t.profile.none}</td>
                  <td>${study.honours ?? t.profile.none}</td>
                  <td>${study.grade ? `${study.grade}${study.gradeScale ? ` / ${study.gradeScale}` : ''}` : t.profile.none}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>${t.profile.internalStudiesEmpty}</p>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-internal-studies': EcInternalStudies;
  }
}
