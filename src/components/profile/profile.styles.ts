import { css } from 'lit';

/**
 * The profile's styles, beside the forms': radio groups, a locked section's fields, the shell's tabs that wrap on small
 * screens, badges, steps, the conflict view, the in-place login (its password's button wraps under the field when
 * narrow), the read-only tabs (as wide as the profile, their tables scrolling sideways on a narrow screen). Scoped and
 * specificity-free like the forms'.
 */
export const profileStyles = css`
  :where(.ec-root) :where(.ec-locked) {
    display: contents;
  }
  :where(.ec-root) :where(.ec-radios) {
    border: 0;
    margin: 0;
    padding: 0;
  }
  :where(.ec-root) :where(.ec-radios legend) {
    font-weight: 600;
    padding: 0;
  }
  :where(.ec-root) :where(.ec-radio) {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 2rem;
    font-weight: 400;
  }
  :where(.ec-root) :where(.ec-radio input) {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    min-block-size: 0;
  }

  :where(.ec-profile) {
    max-inline-size: var(--ec-profile-max-width, 56rem);
  }
  :where(.ec-profile) :where(.ec-tabs) {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 2px solid var(--_primary);
    margin-block: var(--_space);
  }
  :where(.ec-profile) :where([role='tab']) {
    flex-direction: column;
    align-items: flex-start;
    color: var(--_primary);
    background: transparent;
    border: 1px solid var(--_border);
    border-block-end: 0;
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    font-weight: 600;
  }
  :where(.ec-profile) :where([role='tab'][aria-selected='true']) {
    color: var(--_on-primary);
    background: var(--_primary);
    border-color: var(--_primary);
  }
  :where(.ec-profile) :where(.ec-badge) {
    font-size: 0.8em;
    font-weight: 400;
  }
  :where(.ec-profile) :where(.ec-steps, .ec-actions) {
    display: flex;
    gap: var(--_space);
    justify-content: space-between;
    flex-wrap: wrap;
    margin-block-start: var(--_space);
  }
  :where(.ec-root) :where(.ec-conflict) {
    overflow-x: auto;
  }
  :where(.ec-root) :where(.ec-conflict table) {
    border-collapse: collapse;
    margin-block: var(--_space);
  }
  :where(.ec-root) :where(.ec-conflict th, .ec-conflict td) {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: start;
    overflow-wrap: anywhere;
  }
  :where(.ec-root.ec-wide) {
    max-inline-size: var(--ec-profile-max-width, 56rem);
  }
  :where(.ec-root) :where(.ec-scroll) {
    overflow-x: auto;
  }
  :where(.ec-root) :where(.ec-table) {
    border-collapse: collapse;
    inline-size: 100%;
  }
  :where(.ec-root) :where(.ec-table th, .ec-table td) {
    border-block-end: 1px solid var(--_border);
    padding: 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  :where(.ec-root) :where(.ec-entries) {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  :where(.ec-root) :where(.ec-entry) {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: space-between;
    align-items: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
  }
  :where(.ec-relogin) :where(.ec-control) {
    flex-wrap: wrap;
  }
  :where(.ec-relogin) :where(.ec-control input) {
    flex-basis: 12rem;
  }
  :where(.ec-root) :where(.ec-editor) {
    border-inline-start: 4px solid var(--_primary);
    padding-inline-start: var(--_space);
    margin-block-start: var(--_space);
  }
  :where(.ec-root) :where(.ec-sr) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :where(.ec-root) :where(.ec-combobox) {
    position: relative;
    display: flex;
  }
  :where(.ec-root) :where(.ec-combobox)::after {
    content: '';
    position: absolute;
    inset-inline-end: 1rem;
    inset-block-start: 1.1rem;
    padding: 0.2rem;
    border: solid var(--_text);
    border-width: 0 2px 2px 0;
    rotate: 45deg;
    pointer-events: none;
  }
  :where(.ec-root) :where(.ec-combobox input) {
    padding-inline-end: 2.5rem;
  }
  :where(.ec-root) :where(.ec-combobox [role='listbox']) {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    inset-block-start: 100%;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    max-block-size: min(18rem, 50vh);
    overflow-y: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.2);
  }
  :where(.ec-root) :where(.ec-combobox [role='option']) {
    padding: 0.625rem 0.75rem;
    cursor: pointer;
  }
  :where(.ec-root) :where(.ec-combobox [role='option']:hover) {
    background: color-mix(in srgb, var(--_primary) 10%, var(--_surface));
  }
  :where(.ec-root) :where(.ec-combobox [aria-selected='true']) {
    color: var(--_on-primary);
    background: var(--_primary);
  }
  :where(.ec-root) :where(select:disabled) {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :where(.ec-profile) :where(.ec-root) {
    max-inline-size: none;
  }
  :where(.ec-profile) :where(.ec-link) {
    text-align: start;
    color: var(--_primary);
    background: none;
    border: 0;
    padding: 0;
    min-block-size: 1.5rem;
    text-decoration: underline;
    font-weight: 400;
  }
`;
