import type { ReactiveControllerHost } from 'lit';
import type { Reference } from '../../sdk/schemas/referentials.js';
import type { MappedFormController } from './mapped-form-controller.js';

/**
 * Lists that depend on what is chosen (département → communes → establishments, year → bac
 * series): each list is read once per choice, and the field it feeds keeps its value while still
 * offered, or takes the only choice when there is one.
 */
export class Cascade {
  readonly #lists = new Map<string, { key: string; list?: Reference[] }>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly form: MappedFormController<unknown>,
  ) {}

  /** The list `name` read for `key`, or `undefined` while it loads (or for another key). */
  list(name: string, key: string): Reference[] | undefined {
    const entry = this.#lists.get(name);
    return entry?.key === key ? entry.list : undefined;
  }

  /** Reads `name` for `key` unless already read for it; `field` is the form field it feeds. */
  follow(name: string, key: string, read: () => Promise<Reference[]>, field?: string) {
    if (this.#lists.get(name)?.key === key) return;
    const entry: { key: string; list?: Reference[] } = { key };
    this.#lists.set(name, entry);
    void read().then(
      (list) => {
        if (this.#lists.get(name) !== entry) return;
        entry.list = list;
        this.host.requestUpdate();
        if (!field) return;
        const current = this.form.values[field];
        if (list.length === 1 && current !== list[0].code) this.form.input(field, list[0].code);
        else if (current && !list.some((choice) => choice.code === current)) this.form.input(field, '');
      },
      () => this.#lists.delete(name),
    );
  }
}
