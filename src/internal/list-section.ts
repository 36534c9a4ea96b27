import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type * as v from 'valibot';
import { isAuthenticationError, isPreconditionFailedError } from '../../sdk/errors.js';
import type { ListData, ListInput } from '../../sdk/operations/profile.js';
import type { ListName } from '../../sdk/routes/profile.js';
import type { Config } from '../../sdk/schemas/config.js';
import type { Entry } from '../../sdk/schemas/profile.js';
import { profileStyles } from '../components/profile/profile.styles.js';
import { formStyles } from '../styles/form.styles.js';
import type { ProfileT } from '../translations/profile/types.js';
import type { FieldName } from '../translations/translation.js';
import { EcElement } from './ec-element.js';
import { focusLost } from './focus.js';
import { MappedFormController } from './mapped-form-controller.js';
import { failureMessage } from './messages.js';
import { renderReadFailure, renderRelogin } from './relogin.js';
import { renderForm, renderRegions, uniqueId } from './templates.js';

type Values = Record<string, string>;

/** "Ajouter", shown whenever no entry form is open. */
const ADD_BUTTON = '.ec-list > button';

/**
 * Base of the profile's list sections (post-bac studies, internships, work experiences): lists the
 * entries, adds, edits and deletes them. Creations carry an `Idempotency-Key`, edits and deletions
 * the entry's version; an entry changed elsewhere is shown as saved while the candidate's edit
 * stays open, a 401 offers to log in again in place, and nothing typed is lost.
 */
export abstract class ListSection<N extends ListName> extends EcElement<ProfileT> {
  static override sheets = [formStyles, profileStyles];

  /** Read-only: staff are editing this section (set by `<ec-profile>`). */
  @property({ type: Boolean, reflect: true }) locked = false;

  /** Which list this element edits, and its tab's name. */
  protected abstract readonly list: N;
  /** The fields of an entry, in display order, and their labels. */
  protected abstract readonly labels: Record<string, FieldName>;
  /** An entry's schema under the platform's rules. */
  protected abstract schema(rules: Config['profile']): v.GenericSchema;
  /** The form's strings for an entry (empty for a new one). */
  protected abstract toValues(data: ListData[N] | null): Values;
  /** The typed strings as an entry's input. */
  protected abstract toInput(values: Readonly<Values>): ListInput[N];
  /** The fields of the entry form. */
  protected abstract renderFields(): TemplateResult;
  /** An entry in one line, for the list and the buttons' names. */
  protected abstract describe(data: ListData[N]): string;

  @state() private entries?: Entry<ListData[N]>[];
  @state() private loadFailure?: unknown;
  /** The entry being edited (`id` null for a new one) and the version the edit started from. */
  @state() private editing?: { id: string | null; etag: string; start: Values };
  /** The entry whose deletion waits for confirmation. */
  @state() private confirming?: Entry<ListData[N]>;
  @state() private note?: string;

  protected readonly idPrefix = uniqueId('ec-list');
  #schema?: { rules: Config['profile']; schema: v.GenericSchema };

  protected readonly form: MappedFormController<Entry<ListData[N]>> = new MappedFormController<Entry<ListData[N]>>(this, {
    fields: () => Object.keys(this.labels),
    schema: () => this.#currentSchema(),
    toInput: (values) => this.toInput(values),
    fieldOf: (path) => path,
    send: async (input: ListInput[N], signal) => {
      const { profile } = this.runtime!.backend;
      const editing = this.editing!;
      try {
        const saved =
          editing.id === null
            ? await profile.createEntry(this.list, input, { signal, idempotencyKey: this.form.idempotencyKey })
            : await profile.updateEntry(this.list, editing.id, input, { signal, ifMatch: editing.etag });
        this.#close();
        this.note = this.t.profile.saved;
        await this.load();
        return saved;
      } catch (error) {
        if (isPreconditionFailedError(error) && editing.id !== null) await this.#showNewer(editing.id);
        throw error;
      }
    },
  });

  /** The platform's profile rules, once the configuration is read. */
  protected get rules(): Config['profile'] | undefined {
    const { config } = this.runtime!;
    return config.status === 'ready' ? config.config.profile : undefined;
  }

  /** Whether an entry is being edited with changes not saved yet. */
  get dirty(): boolean {
    const { editing } = this;
    return !!editing && Object.entries(this.form.values).some(([field, value]) => (editing.start[field] ?? '') !== value);
  }

  protected override firstReady() {
    void this.load();
  }

  /** Reads the entries (again). */
  async load() {
    try {
      await this.updateComplete;
      this.entries = await this.runtime!.backend.profile.listEntries(this.list);
      this.loadFailure = undefined;
    } catch (error) {
      this.loadFailure = error;
    }
  }

  #currentSchema(): v.GenericSchema {
    const rules = this.rules!;
    if (this.#schema?.rules !== rules) this.#schema = { rules, schema: this.schema(rules) };
    return this.#schema.schema;
  }

  /** After a 412: the list shows the saved version; the edit stays open and will save over that version. */
  async #showNewer(id: string) {
    await this.load();
    const newer = this.entries?.find((entry) => entry.id === id);
    if (newer) this.editing = { ...this.editing!, etag: newer.etag };
    this.note = this.t.profile.entryConflict;
  }

  #open(entry?: Entry<ListData[N]>) {
    const start = this.toValues(entry?.data ?? null);
    this.editing = { id: entry?.id ?? null, etag: entry?.etag ?? '', start };
    this.note = undefined;
    this.form.failure = undefined;
    this.form.setValues(start);
    this.#focusLater(`#${this.idPrefix}-editor input, #${this.idPrefix}-editor select`);
  }

  /** Closes the entry form; focus goes back to "Ajouter", which takes its place. */
  #close() {
    this.editing = undefined;
    this.#focusLater(ADD_BUTTON);
  }

  /** Asks to confirm a deletion (or stops asking, `undefined`), focus on the confirmation's button or back on "Ajouter". */
  #confirm(entry: Entry<ListData[N]> | undefined) {
    this.confirming = entry;
    this.#focusLater(entry ? '.ec-entry [role=group] button' : ADD_BUTTON);
  }

  async #remove(entry: Entry<ListData[N]>) {
    this.confirming = undefined;
    try {
      await this.runtime!.backend.profile.deleteEntry(this.list, entry.id, { ifMatch: entry.etag });
      this.note = this.t.profile.removed;
    } catch (error) {
      this.note = isPreconditionFailedError(error) ? this.t.profile.entryConflict : failureMessage(this.t, this.runtime!.locale, error);
    }
    await this.load();
    this.#focusLater(ADD_BUTTON);
  }

  /**
   * Focuses `selector` once rendered: the button or form that replaces the one just used, so
   * keyboard users keep their place. Focus the candidate put elsewhere on the page stays there.
   */
  #focusLater(selector: string) {
    void this.updateComplete.then(() => {
      if (focusLost() || this.contains(document.activeElement)) this.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  protected override render() {
    const { t } = this;
    const runtime = this.runtime!;
    if (this.loadFailure !== undefined) return renderReadFailure(t, runtime.locale, this.loadFailure, () => void this.load());
    if (!this.entries || !this.rules) return html`<div class="ec-root"><p role="status">${t.loading}</p></div>`;
    const tab = t.profile.tabs[this.list] ?? this.list;
    return html`<div class="ec-root ec-list">
      ${this.locked ? html`<p class="ec-note" part="alert">${t.profile.lockedNote}</p>` : nothing}
      <p class="ec-status" role="status">${this.note ?? nothing}</p>
      ${this.entries.length
        ? html`<ul class="ec-entries">
            ${this.entries.map((entry) => this.#renderEntry(entry))}
          </ul>`
        : html`<p>${t.profile.empty(tab)}</p>`}
      ${this.editing
        ? this.#renderEditor()
        : html`<button type="button" ?disabled=${this.locked} @click=${() => this.#open()}>${t.profile.add}</button>`}
    </div>`;
  }

  #renderEntry(entry: Entry<ListData[N]>) {
    const { t } = this;
    const name = this.describe(entry.data);
    const confirming = this.confirming?.id === entry.id;
    return html`<li class="ec-entry">
      <span>${name}</span>
      ${confirming
        ? html`<span class="ec-actions" role="group" aria-label=${t.profile.confirmRemove(name)}>
            <span>${t.profile.confirmRemove(name)}</span>
            <button type="button" @click=${() => void this.#remove(entry)}>${t.profile.remove}<span class="ec-sr"> ${name}</span></button>
            <button type="button" class="ec-secondary" @click=${() => this.#confirm(undefined)}>${t.profile.cancel}</button>
          </span>`
        : html`<span class="ec-actions">
            <button type="button" class="ec-secondary" ?disabled=${this.locked || !!this.editing} @click=${() => this.#open(entry)}>
              ${t.profile.edit}<span class="ec-sr"> ${name}</span>
            </button>
            <button type="button" class="ec-secondary" ?disabled=${this.locked || !!this.editing} @click=${() => this.#confirm(entry)}>
              ${t.profile.remove}<span class="ec-sr"> ${name}</span>
            </button>
          </span>`}
    </li>`;
  }

  #renderEditor() {
    const { t, form } = this;
    const runtime = this.runtime!;
    const expired = isAuthenticationError(form.failure) && form.failure.code === 'unauthenticated';
    return html`<section class="ec-editor" id="${this.idPrefix}-editor" aria-label=${this.editing?.id === null ? t.profile.add : t.profile.save}>
      ${expired
        ? renderRelogin(t.profile.sessionExpired, () => {
            form.failure = undefined;
            void form.submit();
          })
        : nothing}
      ${renderRegions(form, runtime, undefined, () => void form.submit(), expired)}
      ${renderForm(form, t, this.idPrefix, this.labels, this.renderFields(), t.profile.save, {
        locked: this.locked,
        extra: html`<button type="button" class="ec-secondary" @click=${() => this.#close()}>${t.profile.cancel}</button>`,
      })}
    </section>`;
  }

}
