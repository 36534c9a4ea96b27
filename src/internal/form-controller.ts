import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as v from 'valibot';
import { isRateLimitError, isValidationError } from '../../sdk/errors.js';
import { fieldErrorsOf, type FieldError, type FieldErrors } from '../../sdk/schemas/field-errors.js';
import { newIdempotencyKey } from '../../sdk/transport.js';
import { EcErrorEvent, EcSubmitEvent, EcSuccessEvent } from '../events/events.js';
import { Countdown } from './countdown.js';
import { focusHeading, focusLost } from './focus.js';

/** What a form does: its fields, its schema and its request. */
export interface FormOptions<TResult> {
  /** The fields, in the order they are shown (and listed in the error summary); a function is read when used. */
  fields: readonly string[] | (() => readonly string[]);
  /** The schema of the whole form, read on every check (it may follow the configuration). */
  schema(): v.GenericSchema;
  /** Sends the parsed input; the signal aborts when the element leaves the page. */
  send(input: never, signal: AbortSignal): Promise<TResult>;
  /** What the `ec-success` event carries (never a password). */
  successDetail?(result: TResult): unknown;
}

/** The element of a form; while it is `unavailable` (maintenance) the form does not send. */
type Host = ReactiveControllerHost & HTMLElement & { readonly unavailable?: boolean };

/**
 * The state and lifecycle of a form: typed values (kept whatever happens), interaction states,
 * live validation with the SDK's schema, server field errors, one request at a time, and the
 * failure that is not about a field.
 */
export class FormController<TResult> implements ReactiveController {
  /** What the candidate typed, by field. */
  readonly values: Record<string, string> = {};
  /** Password fields shown in clear. */
  readonly revealed = new Set<string>();
  submitted = false;
  pending = false;
  /** The last success, until the form is sent again. */
  result?: TResult;
  /** The last failure that is not about a field (network, 5xx, 429, 401…). */
  failure?: unknown;
  /** The wait a 429 imposes before the form may be sent again. */
  readonly wait: Countdown;
  /** The `Idempotency-Key` of the current input: kept across retries, renewed by an edit or a success. */
  idempotencyKey = newIdempotencyKey();
  #serverErrors: FieldErrors = {};
  /** The client errors of the current values and schema, computed once per change. */
  #checked?: { schema: v.GenericSchema; errors: FieldErrors };
  readonly #touched = new Set<string>();
  readonly #dirty = new Set<string>();
  #abort?: AbortController;

  constructor(
    protected readonly host: Host,
    protected readonly options: FormOptions<TResult>,
  ) {
    host.addController(this);
    this.wait = new Countdown(() => host.requestUpdate());
    if (typeof options.fields !== 'function') for (const field of options.fields) this.values[field] = '';
  }

  hostDisconnected() {
    this.#abort?.abort();
    this.wait.stop();
  }

  /** Seconds before a rate-limited form may be sent again. */
  get waitSeconds(): number {
    return this.wait.seconds;
  }

  /** Whether the submit button is disabled: a request in flight, a 429 wait, or the platform in maintenance. */
  get blocked(): boolean {
    return this.pending || this.waitSeconds > 0 || this.host.unavailable === true;
  }

  /** The errors a field shows now: after it was touched and changed, or after a submit. */
  errorsOf(field: string): FieldError[] {
    const shown = this.submitted || (this.#touched.has(field) && this.#dirty.has(field));
    return [...(shown ? (this.#clientErrors()[field] ?? []) : []), ...(this.#serverErrors[field] ?? [])];
  }

  /** Fields with errors to show, in display order. */
  get invalidFields(): string[] {
    return this.#fields().filter((field) => this.errorsOf(field).length > 0);
  }

  /** Errors on what the form does not show (a link's token, a field of the server's), so no field can hold them. */
  get otherErrors(): FieldError[] {
    const client = this.submitted ? Object.entries(this.#clientErrors()) : [];
    return [...client, ...Object.entries(this.#serverErrors)]
      .filter(([field]) => !this.#fields().includes(field))
      .flatMap(([, errors]) => errors);
  }

  /** Records a keystroke. */
  input(field: string, value: string) {
    this.values[field] = value;
    this.#checked = undefined;
    this.idempotencyKey = newIdempotencyKey();
    this.#dirty.add(field);
    delete this.#serverErrors[field];
    this.host.requestUpdate();
  }

  /** Records that a field lost focus. */
  blur(field: string) {
    this.#touched.add(field);
    this.host.requestUpdate();
  }

  /** Shows or hides a password field's value. */
  toggleReveal(field: string) {
    if (!this.revealed.delete(field)) this.revealed.add(field);
    this.host.requestUpdate();
  }

  /**
   * Validates and sends. Does nothing while a request is in flight or a 429 wait runs; on
   * invalid input, or field errors from the server, focuses the error summary; on a success that
   * removed the form (and the focus with it), focuses the heading.
   */
  async submit(): Promise<void> {
    if (this.blocked) return;
    this.submitted = true;
    this.failure = undefined;
    const parsed = v.safeParse(this.options.schema(), this.schemaInput());
    if (!parsed.success || this.invalidFields.length > 0 || this.otherErrors.length > 0) return this.#focusSummary();
    if (!this.host.dispatchEvent(new EcSubmitEvent())) return;
    this.#abort = new AbortController();
    this.pending = true;
    this.result = undefined;
    this.host.requestUpdate();
    try {
      this.result = await this.options.send(parsed.output as never, this.#abort.signal);
      this.idempotencyKey = newIdempotencyKey();
      this.host.dispatchEvent(new EcSuccessEvent(this.options.successDetail?.(this.result)));
    } catch (error) {
      if (this.#abort.signal.aborted) return;
      this.#fail(error);
    } finally {
      this.pending = false;
      this.host.requestUpdate();
    }
    if (isValidationError(this.failure)) {
      this.failure = undefined;
      await this.#focusSummary();
    } else if (this.failure !== undefined) {
      await this.host.updateComplete;
      // The message may sit far above the button at the bottom of a long form: bring it into view.
      this.host.querySelector('.ec-alert:has(p), .ec-relogin, .ec-conflict')?.scrollIntoView({ block: 'nearest' });
    } else if (this.result !== undefined) {
      await this.host.updateComplete;
      // A form its outcome replaced (signup, new password) took the focus with it: the heading, which says the outcome, takes it.
      if (focusLost()) focusHeading(this.host);
    }
  }

  /** Replaces every value (a section read from the server, the server's version in a conflict) and forgets the interaction. */
  setValues(values: Readonly<Record<string, string>>) {
    Object.assign(this.values, values);
    this.#checked = undefined;
    this.submitted = false;
    this.#touched.clear();
    this.#dirty.clear();
    this.#serverErrors = {};
    this.host.requestUpdate();
  }

  /** Field errors keyed by the fields that show them (a subclass may move them). */
  protected onFields(errors: FieldErrors): FieldErrors {
    return { ...errors };
  }

  #fields(): readonly string[] {
    const { fields } = this.options;
    return typeof fields === 'function' ? fields() : fields;
  }

  /** What the schema checks (a subclass may turn the typed strings into numbers, lists…). */
  protected schemaInput(): unknown {
    return this.values;
  }

  #clientErrors(): FieldErrors {
    const schema = this.options.schema();
    if (this.#checked?.schema === schema) return this.#checked.errors;
    const result = v.safeParse(schema, this.schemaInput());
    this.#checked = { schema, errors: result.success ? {} : this.onFields(fieldErrorsOf(result.issues)) };
    return this.#checked.errors;
  }

  #fail(error: unknown) {
    this.failure = error;
    if (isValidationError(error)) this.#serverErrors = this.onFields(error.fieldErrors);
    if (isRateLimitError(error)) this.wait.start(error.retryAfter);
    this.host.dispatchEvent(new EcErrorEvent(error));
  }

  async #focusSummary() {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.querySelector<HTMLElement>('.ec-summary')?.focus();
  }
}
