import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { filterTrainingOffer, trainingOfferDiplomaTypes, type TrainingOfferFilter } from '../../../sdk/rules/training-offer.js';
import type { Programme, TrainingOffer } from '../../../sdk/schemas/training-offer.js';
import { EcElement } from '../../internal/ec-element.js';
import { failureMessage } from '../../internal/messages.js';
import { renderAlert, uniqueId } from '../../internal/templates.js';
import type { PortalT } from '../../translations/portal/types.js';
import type { Locale } from '../../translations/translation.js';
import { formStyles } from '../../styles/form.styles.js';
import { portalStyles } from '../portal/portal.styles.js';

/** A day (`YYYY-MM-DD`) for candidates: « 3 mars 2027 ». */
const formatDay = (locale: Locale, day: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

const OTHER_DATES = ['documentsDue', 'preAnalysis', 'jury', 'publication', 'confirmationDue'] as const;

/**
 * @summary Offre de formation: the public training offer by application centre, searched as the candidate types and filtered by centre and diploma type, with each programme's dates.
 *
 * Open to anyone (no login). The offer is read once; searching is instant and the number of
 * programmes found is announced.
 */
export class EcTrainingOffer extends EcElement<PortalT> {
  static override sheets = [formStyles, portalStyles];

  @state() private offer: { status: 'loading' } | { status: 'ready'; offer: TrainingOffer } | { status: 'failed'; error: unknown } = { status: 'loading' };
  @state() private filter: TrainingOfferFilter = {};
  readonly #id = uniqueId('ec-offer');

  protected override firstReady() {
    void this.load();
  }

  /** Reads the offer (again). */
  async load() {
    this.offer = { status: 'loading' };
    try {
      this.offer = { status: 'ready', offer: await this.runtime!.backend.applications.getTrainingOffer() };
    } catch (error) {
      this.offer = { status: 'failed', error };
    }
  }

  #set(key: keyof TrainingOfferFilter, event: Event) {
    this.filter = { ...this.filter, [key]: (event.target as HTMLInputElement | HTMLSelectElement).value };
  }

  protected override render() {
    const { t } = this;
    const { offer } = this;
    const id = this.#id;
    return html`<section class="ec-root ec-training-offer" aria-labelledby="${id}-title">
      <h2 id="${id}-title">${t.trainingOffer.title}</h2>
      <p>${t.trainingOffer.intro}</p>
      ${offer.status === 'failed'
        ? renderAlert(t, failureMessage(t, this.runtime!.locale, offer.error), () => void this.load())
        : offer.status === 'loading'
          ? html`<p role="status">${t.loading}</p>`
          : this.#renderOffer(offer.offer)}
    </section>`;
  }

  #renderOffer(offer: TrainingOffer) {
    const { t } = this;
    const id = this.#id;
    const found = filterTrainingOffer(offer, this.filter);
    const count = found.centres.reduce((sum, centre) => sum + centre.programmes.length, 0);
    return html`<form role="search" class="ec-filters" aria-label=${t.trainingOffer.search} @submit=${(event: Event) => event.preventDefault()}>
        <div class="ec-field">
          <label for="${id}-text">${t.trainingOffer.search}</label>
          <input id="${id}-text" type="search" .value=${this.filter.text ?? ''} @input=${(event: Event) => this.#set('text', event)} />
        </div>
        <div class="ec-field">
          <label for="${id}-centre">${t.trainingOffer.centre}</label>
          <select id="${id}-centre" @change=${(event: Event) => this.#set('centre', event)}>
            <option value="">${t.trainingOffer.allCentres}</option>
            ${offer.centres.map((centre) => html`<option value=${centre.code} ?selected=${centre.code === this.filter.centre}>${centre.label}</option>`)}
          </select>
        </div>
        <div class="ec-field">
          <label for="${id}-type">${t.trainingOffer.diplomaType}</label>
          <select id="${id}-type" @change=${(event: Event) => this.#set('diplomaType', event)}>
            <option value="">${t.trainingOffer.allDiplomaTypes}</option>
            ${trainingOfferDiplomaTypes(offer).map((type) => html`<option value=${type.code} ?selected=${type.code === this.filter.diplomaType}>${type.label}</option>`)}
          </select>
        </div>
      </form>
      <p role="status" class="ec-count">${t.trainingOffer.count(count)}</p>
      ${count === 0 ? html`<p>${t.trainingOffer.none}</p>` : nothing}
      ${found.centres.map(
        (centre) => html`<section aria-labelledby="${id}-${centre.code}">
          <h3 id="${id}-${centre.code}">${centre.label}</h3>
          <ul class="ec-programmes">
            ${centre.programmes.map((programme) => this.#renderProgramme(programme))}
          </ul>
        </section>`,
      )}`;
  }

  #renderProgramme(programme: Programme) {
    const { t } = this;
    const { locale } = this.runtime!;
    const { dates } = programme;
    const others = OTHER_DATES.filter((key) => dates[key]);
    return html`<li class="ec-programme">
      <h4>${programme.label}</h4>
      <p>${programme.diplomaType.label} · ${programme.dematerialised ? t.trainingOffer.dematerialised : t.trainingOffer.byPost}</p>
      <p>
        ${t.trainingOffer.applicationDates(formatDay(locale, dates.applicationStart), formatDay(locale, dates.applicationEnd))}
        <span class="ec-badge" data-state=${programme.open ? 'open' : 'closed'}>(${programme.open ? t.trainingOffer.open : t.trainingOffer.closed})</span>
      </p>
      ${others.length
        ? html`<details>
            <summary>${t.trainingOffer.usefulDates}</summary>
            <dl>
              ${others.map((key) => html`<dt>${t.trainingOffer.dates[key]}</dt><dd>${formatDay(locale, dates[key]!)}</dd>`)}
            </dl>
          </details>`
        : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-training-offer': EcTrainingOffer;
  }
}
