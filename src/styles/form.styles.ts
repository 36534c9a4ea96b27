import { css } from 'lit';

/**
 * The account elements' styles. They render in light DOM, so every rule is scoped to `.ec-root`
 * and wrapped in `:where()` — no specificity — for the host page's CSS to win. Colours come from
 * the `--ec-*` tokens; defaults meet WCAG AA in light and dark schemes, the dark ones only where
 * the page opts in with `color-scheme: light dark`.
 */
export const formStyles = css`
  :where(.ec-root) {
    --_text: var(--ec-color-text, light-dark(#1e1e1e, #eee));
    --_muted: var(--ec-color-muted, light-dark(#555, #bbb));
    --_surface: var(--ec-color-surface, light-dark(#fff, #161616));
    --_primary: var(--ec-color-primary, light-dark(#000091, #8585f6));
    --_on-primary: var(--ec-color-on-primary, light-dark(#fff, #000));
    --_danger: var(--ec-color-danger, light-dark(#b60000, #ff8a8a));
    --_success: var(--ec-color-success, light-dark(#16622e, #6fd48f));
    --_border: var(--ec-color-border, light-dark(#666, #999));
    --_focus: var(--ec-color-focus, #0a76f6);
    --_radius: var(--ec-radius-md, 0.25rem);
    --_space: var(--ec-space-md, 1rem);
    display: block;
    max-inline-size: var(--ec-form-max-width, 32rem);
    color: var(--_text);
    font-family: var(--ec-font-family, system-ui, sans-serif);
    font-size: var(--ec-font-size, 1rem);
    line-height: 1.5;
  }
  :where(.ec-root) :where(h2) {
    font-size: 1.5em;
    margin-block: 0 var(--_space);
  }
  :where(.ec-root) :where(form) {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  :where(.ec-root) :where(.ec-field) {
    display: grid;
    gap: 0.25rem;
  }
  :where(.ec-root) :where(label) {
    font-weight: 600;
  }
  :where(.ec-root) :where(.ec-required, .ec-error) {
    color: var(--_danger);
  }
  :where(.ec-root) :where(.ec-hint, .ec-legend) {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }
  :where(.ec-root) :where(.ec-error) {
    margin: 0;
    font-weight: 600;
  }
  :where(.ec-root) :where(.ec-control) {
    display: flex;
    gap: 0.5rem;
  }
  :where(.ec-root) :where(input, select, textarea) {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 2.75rem;
    padding-inline: 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  :where(.ec-root) :where(input[aria-invalid='true'], select[aria-invalid='true'], textarea[aria-invalid='true']) {
    border: 2px solid var(--_danger);
  }
  :where(.ec-root) :where(button, .ec-button) {
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    color: var(--_on-primary);
    background: var(--_primary);
  }
  :where(.ec-root) :where(.ec-secondary, .ec-reveal) {
    color: var(--_primary);
    background: transparent;
  }
  :where(.ec-root) :where(.ec-reveal) {
    font-size: 0.875em;
  }
  :where(.ec-root) :where([aria-disabled='true'], button:disabled) {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :where(.ec-root) :where(a:not(.ec-button)) {
    color: var(--_primary);
  }
  :where(.ec-root) :where(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  :where(.ec-root) :where(.ec-summary, .ec-alert:has(p), p.ec-alert) {
    border-inline-start: 4px solid var(--_danger);
    padding: 0.5rem var(--_space);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  :where(.ec-root) :where(.ec-summary p, .ec-alert p) {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  :where(.ec-root) :where(.ec-success) {
    border-inline-start: 4px solid var(--_success);
    padding: 0.5rem var(--_space);
    background: color-mix(in srgb, var(--_success) 8%, var(--_surface));
  }
  :where(.ec-root) :where(.ec-summary, .ec-alert:has(p), p.ec-alert, .ec-success) {
    margin-block: 0 var(--_space);
  }
  :where(.ec-root) :where(.ec-hint p, .ec-hint ul) {
    margin: 0;
  }
  :where(.ec-root) :where(.ec-policy) {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  :where(.ec-root) :where(.ec-policy li.ec-met) {
    color: var(--_success);
  }
  :where(.ec-root) :where(.ec-policy li.ec-met)::marker {
    content: '✓ ';
  }
  :where(.ec-root) :where(.ec-links) {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  :where(.ec-root) :where([hidden]) {
    display: none;
  }
`;
