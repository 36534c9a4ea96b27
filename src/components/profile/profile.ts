import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isProfileTab, type ProfileTab } from '../../../sdk/schemas/config.js';
import type { ProfileSummary } from '../../../sdk/schemas/profile.js';
import { EcTabChangeEvent } from '../../events/events.js';
import { EcElement } from '../../internal/ec-element.js';
import { uniqueId } from '../../internal/templates.js';
import type { ProfileT } from '../../translations/profile/types.js';
import { formStyles } from '../../styles/form.styles.js';
import { profileStyles } from './profile.styles.js';

/** The element of each tab. */
const TAGS: Record<ProfileTab, string> = {
  personalInfo: 'ec-personal-info-form',
  address: 'ec-address-form',
  baccalaureate: 'ec-baccalaureate-form',
  internalStudies: 'ec-internal-studies',
  externalStudies: 'ec-external-studies',
  internships: 'ec-internships',
  workExperience: 'ec-work-experience',
  applications: 'ec-applications',
};

/** Runs `task` when the page is idle (soon after, where the browser cannot tell). */
const whenIdle = (task: () => void) => (window.requestIdleCallback ?? setTimeout)(task);

/** What a tab's element may tell the shell. */
type TabElement = HTMLElement & { dirty?: boolean; locked?: boolean };

/**
 * @summary Mon compte: the profile's tabs in eCandidat's order, a badge on each, and what is still missing before applying.
 *
 * Shows the tabs the configuration lists whose elements are defined on the page (import
 * `ecandidat-elements/define/<tag>.js`). Each tab's element stays alive once opened, so nothing
 * typed is lost when moving between tabs; leaving a tab with unsaved changes asks first.
 *
 * @fires ec-tab-change - The active tab changed; `tab` is its name. Reflects in the `tab` attribute for deep links.
 * @csspart tab-list
 * @csspart tab
 * @csspart tab-panel
 * @csspart alert - What is missing; unsaved changes.
 */
export class EcProfile extends EcElement<ProfileT> {
  static override sheets = [formStyles, profileStyles];

  /** The active tab (`personalInfo`, `address`, …); defaults to the first one. */
  @property({ reflect: true }) tab = '';

  @state() private summary?: ProfileSummary;
  /** A tab the candidate asked for while the current one has unsaved changes. */
  @state() private leaving?: ProfileTab;
  /** Every tab's element exists (hidden until opened): set once the page is idle after the first tab loaded. */
  @state() private warm = false;
  #warming = false;

  readonly #id = uniqueId('ec-profile');
  readonly #panels = new Map<ProfileTab, TabElement>();

  /** The tabs shown: the configuration's, in its order, whose elements are defined. */
  get tabs(): ProfileTab[] {
    const { config } = this.runtime!;
    const listed = config.status === 'ready' ? config.config.profile.tabs : [];
    return listed.filter(isProfileTab).filter((tab) => customElements.get(TAGS[tab]));
  }

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('ec-success', this.#refresh);
    // A keystroke in a tab may make it "unsaved": its badge follows.
    for (const type of ['input', 'change']) this.addEventListener(type, this.#rerender);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('ec-success', this.#refresh);
    for (const type of ['input', 'change']) this.removeEventListener(type, this.#rerender);
  }

  readonly #rerender = () => this.requestUpdate();

  /** Reads the summary again (after a save, say). */
  readonly #refresh = () => {
    void this.runtime?.backend.profile.getProfileSummary().then(
      (summary) => (this.summary = summary),
      () => undefined,
    );
  };

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (!this.summary && this.runtime?.config.status === 'ready') this.#refresh();
    // The attribute always names the tab shown: the first one when none (or an unknown one) is asked.
    const active = this.runtime?.ready ? this.#active : undefined;
    if (active && this.tab !== active) this.tab = active;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // The other tabs load in the background, so opening one paints at once.
    if (this.summary && !this.#warming) {
      this.#warming = true;
      whenIdle(() => (this.warm = true));
    }
  }

  /** Opens `tab`, unless the current one has unsaved changes: then the candidate is asked first. */
  select(tab: ProfileTab, { force = false } = {}) {
    const current = this.#active;
    if (tab === current) return;
    if (!force && current && this.#panels.get(current)?.dirty) {
      this.leaving = tab;
      return;
    }
    this.leaving = undefined;
    this.tab = tab;
    this.dispatchEvent(new EcTabChangeEvent(tab));
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#${this.#id}-tab-${tab}`)?.focus());
  }

  get #active(): ProfileTab | undefined {
    const { tabs } = this;
    return tabs.find((tab) => tab === this.tab) ?? tabs[0];
  }

  #panel(tab: ProfileTab): TabElement {
    let panel = this.#panels.get(tab);
    if (!panel) this.#panels.set(tab, (panel = document.createElement(TAGS[tab]) as TabElement));
    panel.locked = this.summary?.locked.includes(tab) ?? false;
    return panel;
  }

  #badge(tab: ProfileTab): string {
    const { t } = this;
    const { config } = this.runtime!;
    const mandatory = config.status === 'ready' && config.config.profile.mandatoryTabs.includes(tab);
    if (this.#panels.get(tab)?.dirty) return t.profile.unsaved;
    if (this.summary?.locked.includes(tab)) return t.profile.locked;
    if (tab === 'internalStudies') return t.profile.readOnly;
    if (this.summary?.filled[tab]) return t.profile.filled;
    return mandatory ? t.profile.toFill : t.profile.optional;
  }

  #onKey(event: KeyboardEvent) {
    const { tabs } = this;
    const index = tabs.indexOf(this.#active!);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(tabs[(next + tabs.length) % tabs.length]);
  }

  protected override render() {
    const { t } = this;
    const runtime = this.runtime!;
    if (runtime.config.status !== 'ready') return html`<div class="ec-root"><p role="status">${t.loading}</p></div>`;
    const { tabs } = this;
    const active = this.#active;
    if (!active) return nothing;
    const index = tabs.indexOf(active);
    const id = this.#id;
    return html`<section class="ec-root ec-profile" aria-labelledby="${id}-title">
      <h2 id="${id}-title">${t.profile.title}</h2>
      ${this.#renderMissing()}
      <div role="tablist" part="tab-list" class="ec-tabs" aria-labelledby="${id}-title" @keydown=${this.#onKey}>
        ${tabs.map(
          (tab) => html`<button
            type="button"
            role="tab"
            part="tab"
            id="${id}-tab-${tab}"
            aria-selected=${tab === active ? 'true' : 'false'}
            aria-controls="${id}-panel-${tab}"
            tabindex=${tab === active ? '0' : '-1'}
            @click=${() => this.select(tab)}
          >
            <span>${t.profile.tabs[tab]}</span>
            <span class="ec-badge" data-state=${this.#badge(tab)}>${this.#badge(tab)}</span>
          </button>`,
        )}
      </div>
      ${this.leaving ? this.#renderLeaving(this.leaving) : nothing}
      ${tabs.map(
        // Every tab has its panel, in a place of its own: a tab's element, once made, is never moved
        // (moving it would disconnect it and cancel its save).
        (tab) => html`<div
          role="tabpanel"
          part="tab-panel"
          id="${id}-panel-${tab}"
          aria-labelledby="${id}-tab-${tab}"
          tabindex="0"
          ?hidden=${tab !== active}
        >
          ${tab === active || this.warm || this.#panels.has(tab) ? this.#panel(tab) : nothing}
        </div>`,
      )}
      <nav class="ec-steps" aria-label=${t.profile.title}>
        ${index > 0 ? html`<button type="button" class="ec-secondary" @click=${() => this.select(tabs[index - 1])}>${t.profile.previous}</button>` : nothing}
        ${index < tabs.length - 1 ? html`<button type="button" class="ec-secondary" @click=${() => this.select(tabs[index + 1])}>${t.profile.next}</button>` : nothing}
      </nav>
    </section>`;
  }

  #renderMissing() {
    const { t, summary } = this;
    if (!summary) return html`<div class="ec-missing" role="status"></div>`;
    const tabs = this.tabs;
    return html`<div class="ec-missing" part="alert" role="status">
      ${summary.readyToApply
        ? html`<p class="ec-success">${t.profile.readyToApply}</p>`
        : html`<p>${t.profile.missingTitle}</p>
            <ul>
              ${summary.missing.filter(({ tab }) => isProfileTab(tab)).map(({ tab, code }) => {
                const name = t.profile.tabs[tab] ?? tab;
                return html`<li>
                  ${tabs.includes(tab as ProfileTab)
                    ? html`<button type="button" class="ec-link" @click=${() => this.select(tab as ProfileTab)}>${t.profile.missing(code, name)}</button>`
                    : t.profile.missing(code, name)}
                </li>`;
              })}
            </ul>`}
    </div>`;
  }

  #renderLeaving(tab: ProfileTab) {
    const { t } = this;
    return html`<div class="ec-alert" part="alert" role="alert">
      <p>${t.profile.unsavedLeave}</p>
      <p class="ec-actions">
        <button type="button" class="ec-secondary" @click=${() => this.select(tab, { force: true })}>${t.profile.leaveAnyway}</button>
        <button type="button" @click=${() => (this.leaving = undefined)}>${t.profile.stay}</button>
      </p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ec-profile': EcProfile;
  }
}
