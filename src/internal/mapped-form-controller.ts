import type { FieldErrors } from '../../sdk/schemas/field-errors.js';
import { focusLost } from './focus.js';
import { FormController, type FormOptions } from './form-controller.js';

/** A form whose typed strings are not the schema's input as they are (the profile's). */
export interface MappedFormOptions<TResult> extends FormOptions<TResult> {
  /** Turns the typed strings into the schema's input (numbers, `null`s, lists). */
  toInput(values: Readonly<Record<string, string>>): unknown;
  /** The field showing the errors of an input path (`specialities.0` → `speciality1`). */
  fieldOf(path: string): string;
}

/**
 * The form controller of the profile's forms: the schema checks mapped input, errors come back to
 * the fields that show them, and a list's field (a combobox) may hold text that picks no choice.
 */
export class MappedFormController<TResult> extends FormController<TResult> {
  declare protected readonly options: MappedFormOptions<TResult>;
  /** Text typed in a list's field that picks none of its choices (yet), by field. */
  readonly typed = new Map<string, string>();
  /** Lists that wait for another field to be chosen first (`FieldSpec.after`), by field: the field each waits for. */
  readonly waitsFor = new Map<string, string>();

  /** The id of the control that had the focus as the form last began to render. */
  #focused?: string;

  constructor(host: ConstructorParameters<typeof FormController>[0], options: MappedFormOptions<TResult>) {
    super(host, options);
  }

  hostUpdate() {
    const active = (this.host.getRootNode() as Document | ShadowRoot).activeElement;
    this.#focused = active && this.host.contains(active) ? active.id : undefined;
  }

  /**
   * A control replaced while it had the focus — a list's loading select by the combobox of the long
   * list it received — hands the focus on to the control that replaced it (same id): a keyboard
   * user keeps their place instead of being sent back to the top of the page.
   */
  hostUpdated() {
    if (this.#focused && focusLost()) this.host.querySelector<HTMLElement>(`#${CSS.escape(this.#focused)}`)?.focus();
  }

  /** Whether `field` is a list still waiting for its parent's choice: disabled, it says to choose that first. */
  waiting(field: string): boolean {
    const parent = this.waitsFor.get(field);
    return parent !== undefined && !this.values[parent];
  }

  /** A waiting list shows no error (in the field or the summary): it cannot be filled yet, and its parent's error says what to do. */
  override errorsOf(field: string) {
    return this.waiting(field) ? [] : super.errorsOf(field);
  }

  override input(field: string, value: string) {
    this.typed.delete(field);
    super.input(field, value);
  }

  /** Records a keystroke in a list's field: its text, and no choice until one is picked. */
  type(field: string, text: string) {
    this.input(field, '');
    if (text) this.typed.set(field, text);
  }

  /** Shows the form again after a change only the view knows of (a list opened, an option highlighted). */
  refresh(): Promise<boolean> {
    this.host.requestUpdate();
    return this.host.updateComplete;
  }

  override setValues(values: Readonly<Record<string, string>>) {
    this.typed.clear();
    super.setValues(values);
  }

  protected override schemaInput(): unknown {
    return this.options.toInput(this.values);
  }

  protected override onFields(errors: FieldErrors): FieldErrors {
    const onFields: FieldErrors = {};
    for (const [path, list] of Object.entries(errors)) (onFields[this.options.fieldOf(path)] ??= []).push(...list);
    // A required list holding text that picks no choice says so, rather than "required" (a hidden field asks nothing).
    for (const field of this.typed.keys()) if (onFields[field]) onFields[field] = [{ code: 'not_in_list' }];
    return onFields;
  }
}
