import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { SessionState } from '../../../sdk/session-store.js';
import { EcElement } from '../../internal/ec-element.js';
import { formatDateTime } from '../../internal/messages.js';
import { localized, renderPlainText } from '../../internal/plain-text.js';
import { SessionWatch } from '../../internal/session-watch.js';
import { renderLink, uniqueId } from '../../internal/templates.js';
import type { PortalStep, PortalT } from '../../translations/portal/types.js';
import { formStyles } from '../../styles/form.styles.js';
import { portalStyles } from '../portal/portal.styles.js';

const STEPS: PortalStep[] = ['account', 'profile', 'applications', 'finalRegistration'];

/** How far the logged-in candidate is: read from the profile summary and the applications. */
interface Progress {
  readyToApply: boolean;
  applied: boolean;
}

/**
 * @summary Accueil: the welcome (with the login when logged in), the institution's messages, the campaign's dates and the step the candidate is at.
 *
 * Messages are the institution's plain text: markup shows as typed and only https and mailto
 * links become links. The final-registration link shows once the configuration publishes it.
 *
 * @fires ec-navigate - The candidate follows a link (`login`, `signup`, `account`); cancel it to route yourself.
 * @csspart alert - The institution's messages.
 */
export class EcHome extends EcElement<PortalT> {
  static override sheets = [formStyles, portalStyles];

  @state() private progress?: Progress;
  readonly #id = uniqueId('ec-home');

  readonly #session = new SessionWatch(
    this,
    () => this.runtime?.session,
    (session) => void this.#readProgress(session),
  );

  async #readProgress(session: SessionState) {
    this.progress = undefined;
    if (session.status !== 'authenticated') return;
    const { backend } = this.runtime!;
    try {
      const [summary, applications] = await Promise.all([backend.profile.getProfileSummary(), backend.applications.listApplications()]);
      this.progress = { readyToApply: summary.readyToApply, applied: applications.length > 0 };
    } catch {
      // Without the progress, the steps show the account's only.
    }
  }

  /** Which steps are done: the account once logged in, then the profile, the applications. */
  #done(step: PortalStep): boolean {
    const loggedIn = this.#session.state.status === 'authenticated';
    const { progress } = this;
    return { account: loggedIn, profile: !!progress?.readyToApply, applications: !!progress?.applied, finalRegistration: false }[step];
  }

  protected override render() {
    const { t } = this;
    const runtime = this.runtime!;
    const { locale } = runtime;
    const config = runtime.config.status === 'ready' ? runtime.config.config : undefined;
    const { session } = this.#session.state;
    const current = STEPS.find((step) => !this.#done(step));
    return html`<section class="ec-root ec-home" aria-labelledby="${this.#id}-title">
      <h2 id="${this.#id}-title">${session ? t.home.welcome(session.firstName, session.lastName) : t.home.title}</h2>
      ${session
        ? html`<p>${t.home.loggedInAs(session.login)}</p>`
        : html`<p>${t.home.intro(config?.institution.name ?? '')}</p>
            <p class="ec-actions">${renderLink(this, runtime, 'login', t.home.logIn)} ${renderLink(this, runtime, 'signup', t.home.signUp)}</p>`}
      ${config?.homeMessages.length
        ? html`<section class="ec-messages" part="alert" aria-labelledby="${this.#id}-messages">
            <h3 id="${this.#id}-messages">${t.home.messages}</h3>
            ${config.homeMessages.map((message) => renderPlainText(localized(message.text, locale)))}
          </section>`
        : nothing}
      ${config
        ? html`<p>
            ${config.campaign
              ? t.home.campaign(config.campaign.label, formatDateTime(locale, config.campaign.opensAt), formatDateTime(locale, config.campaign.closesAt))
              : t.home.noCampaign}
          </p>`
        : nothing}
      <h3 id="${this.#id}-steps">${t.home.steps}</h3>
      <ol class="ec-steps-list" aria-labelledby="${this.#id}-steps">
        ${STEPS.map((step) => {
          const status = this.#done(step) ? 'done' : step === current ? 'current' : 'todo';
          return html`<li data-state=${status} aria-current=${step === current ? 'step' : nothing}>
            ${t.home.step[step]} <span class="ec-step-state">(${t.home.stepState[status]})</span>
          </li>`;
        })}
      </ol>
      ${session && current === 'profile' ? html`<p>${renderLink(this, runtime, 'account', t.home.completeProfile)}</p>` : nothing}
      ${session
        ? html`<p>
            ${config?.finalRegistrationUrl
              ? html`<a class="ec-button" href=${config.finalRegistrationUrl} rel="noopener noreferrer">${t.home.finalRegistration}</a>`
              : t.home.finalRegistrationLater}
          </p>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-home': EcHome;
  }
}
