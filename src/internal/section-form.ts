import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type * as v from 'valibot';
import { isAuthenticationError, isPreconditionFailedError } from '../../sdk/errors.js';
import type { SectionData, SectionInput } from '../../sdk/operations/profile.js';
import type { SectionName } from '../../sdk/routes/profile.js';
import type { Config } from '../../sdk/schemas/config.js';
import type { Versioned } from '../../sdk/schemas/profile.js';
import type { ProfileT } from '../translations/profile/types.js';
import { profileStyles } from '../components/profile/profile.styles.js';
import { formStyles } from '../styles/form.styles.js';
import { EcElement } from './ec-element.js';
import type { Runtime } from './runtime.js';
import { MappedFormController } from './mapped-form-controller.js';
import { renderReadFailure, renderRelogin } from './relogin.js';
import { renderForm, renderRegions, uniqueId, type Choice } from './templates.js';
import type { FieldName } from '../translations/translation.js';

type Values = Record<string, string>;

/** The configuration once read; a failure to read it rejects. */
function configured(runtime: Runtime): Promise<Config> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const { config } = runtime;
      if (config.status === 'ready') resolve(config.config);
      if (config.status === 'failed') reject(config.error instanceof Error ? config.error : new Error(String(config.error)));
      return config.status !== 'loading';
    };
    if (check()) return;
    const stop = runtime.subscribe(() => check() && stop());
  });
}

/**
 * Base of the profile's single sections (personal information, address, baccalauréat): reads the
 * section and its version, edits it with live validation, saves it with `If-Match`, and never
 * loses an edit — a 412 shows the saved version beside the candidate's and lets them choose, a 401
 * offers to log in again in place and then saves, a network failure keeps everything and offers
 * to retry.
 */
export abstract class SectionForm<N extends SectionName> extends EcElement<ProfileT> {
  static override sheets = [formStyles, profileStyles];

  /** Read-only: staff are editing this section (set by `<ec-profile>` from the summary). */
  @property({ type: Boolean, reflect: true }) locked = false;

  /** Which section this element edits. */
  protected abstract readonly section: N;
  /** The fields, in display order, and their labels. */
  protected abstract readonly labels: Record<string, FieldName>;
  /** The section's schema under the platform's rules. */
  protected abstract schema(rules: Config['profile']): v.GenericSchema;
  /** The form's strings for a saved section (or, for `null`, what the account already knows). */
  protected abstract toValues(data: SectionData[N] | null): Values;
  /** The typed strings as the section's input. */
  protected abstract toInput(values: Readonly<Values>): SectionInput[N];
  /** The fields. */
  protected abstract renderFields(): TemplateResult;

  /** The field showing the errors of an input path; by default the path itself. */
  protected fieldOf(path: string): string {
    return path;
  }

  /** The choices a field offers, when it is a select or radios (for reading values by their labels). */
  protected choicesFor(_field: string): readonly Choice[] | undefined {
    return undefined;
  }

  /** Labels of choices met in lists that depend on other choices (a postal code's communes…), by field. */
  readonly #known = new Map<string, Map<string, string>>();

  /** Keeps the labels of `choices` for `field`, so a value chosen from them still reads by its label. */
  protected remember(field: string, choices: readonly Choice[] = []) {
    const known = this.#known.get(field) ?? new Map<string, string>();
    for (const { code, label } of choices) known.set(code, label);
    this.#known.set(field, known);
  }

  /** Before the conflict view shows the saved version: read the lists its own choices come from. */
  protected async beforeConflict(_theirs: Readonly<Values>): Promise<void> {}

  /** How a field's value reads in the conflict view: a choice by its label, anything else as typed. */
  #display(field: string, value: string): string {
    return this.choicesFor(field)?.find((choice) => choice.code === value)?.label ?? this.#known.get(field)?.get(value) ?? value;
  }

  @state() private loaded: { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: unknown } = { status: 'loading' };
  /** The saved version, when a save met a newer one. */
  @state() private conflict?: Versioned<SectionData[N]>;

  protected readonly idPrefix = uniqueId('ec-section');
  #etag = '';
  #saved: Values = {};
  #schema?: { rules: Config['profile']; schema: v.GenericSchema };

  protected readonly form: MappedFormController<Versioned<SectionData[N]>> = new MappedFormController<Versioned<SectionData[N]>>(this, {
    // Read when used: the subclass's labels do not exist yet while this base is built.
    fields: () => Object.keys(this.labels),
    schema: () => this.#currentSchema(),
    toInput: (values) => this.toInput(values),
    fieldOf: (path) => this.fieldOf(path),
    send: async (input: SectionInput[N], signal) => {
      try {
        const saved = await this.runtime!.backend.profile.saveSection(this.section, input, { signal, ifMatch: this.#etag });
        this.#etag = saved.etag;
        // Show what the server keeps (names upper-cased…).
        this.#saved = this.toValues(saved.data);
        this.form.setValues(this.#saved);
        return saved;
      } catch (error) {
        if (isPreconditionFailedError(error)) {
          const saved = await this.runtime!.backend.profile.getSection(this.section, { signal });
          await this.beforeConflict(this.toValues(saved.data)).catch(() => undefined);
          this.conflict = saved;
        }
        throw error;
      }
    },
  });

  /** Whether the candidate changed something since the last save. */
  get dirty(): boolean {
    return Object.entries(this.form.values).some(([field, value]) => (this.#saved[field] ?? '') !== value);
  }

  protected override firstReady() {
    void this.load();
  }

  /** Reads the section (again). */
  async load() {
    this.loaded = { status: 'loading' };
    try {
      await this.updateComplete;
      // The defaults of an empty section (France) come from the configuration.
      const [{ etag, data }] = await Promise.all([this.runtime!.backend.profile.getSection(this.section), configured(this.runtime!)]);
      this.#etag = etag;
      this.#saved = this.toValues(data);
      this.form.setValues(this.#saved);
      this.loaded = { status: 'ready' };
    } catch (error) {
      this.loaded = { status: 'failed', error };
    }
  }

  /** The platform's profile rules, once the configuration is read. */
  protected get rules(): Config['profile'] | undefined {
    const { config } = this.runtime!;
    return config.status === 'ready' ? config.config.profile : undefined;
  }

  #currentSchema(): v.GenericSchema {
    const rules = this.rules!;
    if (this.#schema?.rules !== rules) this.#schema = { rules, schema: this.schema(rules) };
    return this.#schema.schema;
  }

  protected override render() {
    const { t } = this;
    const runtime = this.runtime!;
    const { loaded } = this;
    if (loaded.status === 'failed') return renderReadFailure(t, runtime.locale, loaded.error, () => void this.load());
    if (loaded.status === 'loading' || !this.rules) return html`<div class="ec-root"><p role="status">${t.loading}</p></div>`;
    const form = this.form;
    const expired = isAuthenticationError(form.failure) && form.failure.code === 'unauthenticated';
    return html`<div class="ec-root ec-section">
      ${this.locked ? html`<p class="ec-note" part="alert">${t.profile.lockedNote}</p>` : nothing}
      ${this.conflict ? this.#renderConflict(this.conflict) : nothing}
      ${expired ? renderRelogin(t.profile.sessionExpired, this.#loggedInAgain) : nothing}
      ${renderRegions(form, runtime, form.result && !this.dirty ? t.profile.saved : undefined, () => void form.submit(), expired || !!this.conflict)}
      ${renderForm(form, t, this.idPrefix, this.labels, this.renderFields(), t.profile.save, { locked: this.locked })}
    </div>`;
  }

  #renderConflict({ data }: Versioned<SectionData[N]>) {
    const { t } = this;
    const theirs = this.toValues(data);
    const changed = Object.keys(this.labels).filter((field) => (theirs[field] ?? '') !== (this.form.values[field] ?? ''));
    return html`<section class="ec-conflict" part="alert" role="alert" aria-labelledby="${this.idPrefix}-conflict">
      <h3 id="${this.idPrefix}-conflict">${t.profile.conflictTitle}</h3>
      <p>${t.profile.conflictIntro}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${t.profile.information}</th>
            <th scope="col">${t.profile.theirs}</th>
            <th scope="col">${t.profile.mine}</th>
          </tr>
        </thead>
        <tbody>
          ${changed.map(
            (field) => html`<tr>
              <th scope="row">${t.fields[this.labels[field]]}</th>
              <td>${this.#display(field, theirs[field] ?? '') || t.profile.none}</td>
              <td>${this.#display(field, this.form.values[field] ?? '') || t.profile.none}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="ec-actions">
        <button type="button" @click=${this.#keepMine}>${t.profile.keepMine}</button>
        <button type="button" class="ec-secondary" @click=${this.#takeTheirs}>${t.profile.takeTheirs}</button>
      </p>
    </section>`;
  }

  #keepMine() {
    this.#etag = this.conflict!.etag;
    this.conflict = undefined;
    void this.form.submit();
  }

  #takeTheirs() {
    const { etag, data } = this.conflict!;
    this.#etag = etag;
    this.#saved = this.toValues(data);
    this.form.setValues(this.#saved);
    this.form.failure = undefined;
    this.conflict = undefined;
  }

  readonly #loggedInAgain = () => {
    this.form.failure = undefined;
    void this.form.submit();
  };

}
