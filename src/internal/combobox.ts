import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ProfileT } from '../translations/profile/types.js';
import { foldText } from '../../sdk/rules/text.js';
import type { MappedFormController } from './mapped-form-controller.js';
import type { Choice } from './templates.js';

/** What a combobox's field shares with the other fields: its id, name, state and the ids that describe it. */
export interface ComboboxField {
  id: string;
  name: string;
  label: string;
  required: boolean;
  invalid: string;
  /** The ids that describe it, or Lit's `nothing`. */
  describedBy: string | symbol;
}

/** The choices whose label holds `text`, those that start with it first. */
function matching(choices: readonly Choice[], text: string): readonly Choice[] {
  const query = foldText(text);
  if (!query) return choices;
  const starts = (choice: Choice) => (foldText(choice.label).startsWith(query) ? 0 : 1);
  return choices.filter((choice) => foldText(choice.label).includes(query)).sort((a, b) => starts(a) - starts(b));
}

/** What only the view knows of a combobox: whether its list is open, and the option highlighted (-1: none). */
interface View {
  open: boolean;
  active: number;
}
const views = new WeakMap<MappedFormController<unknown>, Map<string, View>>();
function viewOf(form: MappedFormController<unknown>, name: string): View {
  const byName = views.get(form) ?? new Map<string, View>();
  views.set(form, byName);
  const view = byName.get(name) ?? { open: false, active: -1 };
  byName.set(name, view);
  return view;
}

/**
 * An editable combobox with list autocomplete (WAI-ARIA APG), for long lists: typing filters the
 * options regardless of case and accents; Down/Up/Home/End move through them, Enter or a click
 * picks one, Escape closes the list and then clears the text; a polite status says how many options
 * match. The form holds the picked code (a hidden input submits it); text that picks no choice is a
 * field error, unless it is exactly one option's label when the field is left.
 */
export function renderCombobox(form: MappedFormController<unknown>, t: ProfileT, field: ComboboxField, choices: readonly Choice[]): TemplateResult {
  const { id, name } = field;
  const view = viewOf(form, name);
  const value = form.values[name] ?? '';
  const typed = form.typed.get(name);
  const options = matching(choices, typed ?? '');
  const open = view.open && options.length > 0;
  const active = open && view.active < options.length ? view.active : -1;
  const optionId = (index: number) => `${id}-option-${index}`;

  const close = () => {
    view.open = false;
    view.active = -1;
  };
  const pick = (code: string) => {
    close();
    form.input(name, code);
  };
  /** Picks the option whose label is exactly the text typed, if only one is. */
  const settle = () => {
    const exact = typed === undefined ? [] : choices.filter((choice) => foldText(choice.label) === foldText(typed));
    if (exact.length === 1) pick(exact[0].code);
  };
  const show = (index: number) => {
    view.open = true;
    view.active = index;
    void form.refresh().then(() => document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' }));
  };
  const keydown = (event: KeyboardEvent) => {
    const last = options.length - 1;
    const from = active >= 0 ? active : options.findIndex((choice) => choice.code === value);
    const { key } = event;
    if (key === 'ArrowDown') show(from < 0 || !open ? Math.max(from, 0) : from === last ? 0 : from + 1);
    else if (key === 'ArrowUp') show(from < 0 ? last : !open ? from : from === 0 ? last : from - 1);
    else if (open && (key === 'Home' || key === 'End')) show(key === 'Home' ? 0 : last);
    else if (open && key === 'Enter') {
      if (active >= 0) pick(options[active].code);
      else settle();
      close();
      void form.refresh();
    } else if (key === 'Escape' && (open || value || typed)) {
      if (open) close();
      else form.type(name, '');
      void form.refresh();
    } else return;
    event.preventDefault();
  };

  return html`<div class="ec-combobox">
      <input
        part="input"
        id=${id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="${id}-list"
        aria-activedescendant=${active >= 0 ? optionId(active) : nothing}
        ?required=${field.required}
        aria-invalid=${field.invalid}
        aria-describedby=${field.describedBy}
        .value=${live(typed ?? choices.find((choice) => choice.code === value)?.label ?? '')}
        @input=${(event: Event) => {
          view.open = true;
          view.active = -1;
          form.type(name, (event.target as HTMLInputElement).value);
        }}
        @click=${() => {
          view.open = true;
          void form.refresh();
        }}
        @keydown=${keydown}
        @blur=${() => {
          settle();
          close();
          form.blur(name);
        }}
      />
      <input type="hidden" name=${name} .value=${value} />
      <ul
        id="${id}-list"
        role="listbox"
        aria-label=${field.label}
        ?hidden=${!open}
        @mousedown=${(event: Event) => event.preventDefault()}
        @click=${(event: Event) => {
          const option = (event.target as Element).closest<HTMLElement>('[role=option]');
          if (option) pick(option.dataset.code!);
        }}
      >
        ${options.map(
          (choice, index) =>
            html`<li role="option" id=${optionId(index)} data-code=${choice.code} aria-selected=${index === active ? 'true' : 'false'}>${choice.label}</li>`,
        )}
      </ul>
    </div>
    <p class="ec-sr" role="status">${view.open ? t.profile.matches(options.length) : nothing}</p>`;
}
