import type { FieldErrors } from '../../sdk/schemas/field-errors.js';
import { FormController, type FormOptions } from './form-controller.js';

/** A form whose typed strings are not the schema's input as they are (the profile's). */
export interface MappedFormOptions<TResult> extends FormOptions<TResult> {
  /** Turns the typed strings into the schema's input (numbers, `null`s, lists). */
  toInput(values: Readonly<Record<string, string>>): unknown;
  /** The field showing the errors of an input path (`specialities.0` → `speciality1`). */
  fieldOf(path: string): string;
}

/** The form controller of the profile's forms: the schema checks mapped input, and errors come back to the fields that show them. */
export class MappedFormController<TResult> extends FormController<TResult> {
  declare protected readonly options: MappedFormOptions<TResult>;

  constructor(host: ConstructorParameters<typeof FormController>[0], options: MappedFormOptions<TResult>) {
    super(host, options);
  }

  protected override schemaInput(): unknown {
    return this.options.toInput(this.values);
  }

  protected override onFields(errors: FieldErrors): FieldErrors {
    const onFields: FieldErrors = {};
    for (const [path, list] of Object.entries(errors)) (onFields[this.options.fieldOf(path)] ??= []).push(...list);
    return onFields;
  }
}
