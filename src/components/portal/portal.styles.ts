import { css } from 'lit';

/**
 * The portal's styles, beside the forms': a compact header (institution, menu and a small
 * language switch on one line, wrapping on small screens), the skip link, banners, the home's
 * steps, the training offer's filters and the help's contacts. Scoped and specificity-free like
 * the forms'.
 */
export const portalStyles = css`
  :where(.ec-portal) {
    max-inline-size: var(--ec-portal-max-width, 64rem);
    padding-inline: var(--ec-portal-padding, var(--_space));
  }
  :where(.ec-portal) :where(.ec-skip) {
    position: absolute;
    inset-inline-start: -100vw;
  }
  :where(.ec-portal) :where(.ec-skip:focus) {
    position: static;
  }
  :where(.ec-portal) :where(.ec-portal-header) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    border-block-end: 2px solid var(--_primary);
    padding-block: 0.5rem;
    margin-block-end: var(--_space);
  }
  :where(.ec-portal) :where(.ec-institution) {
    font-weight: 700;
    margin: 0;
    margin-inline-end: auto;
  }
  :where(.ec-portal) :where(nav ul, .ec-languages) {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  :where(.ec-portal) :where(nav a) {
    display: inline-block;
    padding-block: 0.25rem;
  }
  :where(.ec-portal) :where(nav button) {
    min-block-size: 2rem;
    padding: 0;
    border: 0;
    color: var(--_primary);
    background: none;
    font-weight: 400;
    text-decoration: underline;
  }
  :where(.ec-portal) :where(.ec-languages button) {
    min-block-size: 1.75rem;
    padding: 0 0.5rem;
    border-width: 1px;
    font-size: 0.875em;
    font-weight: 400;
  }
  :where(.ec-portal) :where(nav a[aria-current='page']) {
    font-weight: 700;
    text-decoration-thickness: 3px;
  }
  :where(.ec-portal) :where(.ec-languages button[aria-pressed='true']) {
    color: var(--_on-primary);
    background: var(--_primary);
  }
  :where(.ec-portal) :where(.ec-view:focus) {
    outline: none;
  }
  :where(.ec-root) :where(.ec-banner) {
    border-inline-start: 4px solid var(--_primary);
    padding: 0.5rem var(--_space);
    margin: 0 0 var(--_space);
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  :where(.ec-root) :where(.ec-banner.ec-down) {
    border-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  :where(.ec-root) :where(.ec-banner p) {
    margin: 0 0 0.5rem;
  }
  :where(.ec-root) :where(.ec-messages) {
    border-inline-start: 4px solid var(--_primary);
    padding-inline-start: var(--_space);
  }
  :where(.ec-root) :where(.ec-steps-list li[data-state='done']) {
    color: var(--_success);
  }
  :where(.ec-root) :where(.ec-steps-list li[aria-current]) {
    font-weight: 700;
  }
  :where(.ec-root) :where(.ec-filters) {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    align-items: end;
  }
  :where(.ec-root) :where(.ec-programmes) {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  :where(.ec-root) :where(.ec-programme) {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem var(--_space);
  }
  :where(.ec-root) :where(.ec-programme h4, .ec-programme p) {
    margin: 0 0 0.5rem;
  }
  :where(.ec-root) :where(.ec-programme dl) {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_space);
  }
  :where(.ec-root) :where(.ec-programme dd) {
    margin: 0;
  }
  :where(.ec-root) :where(.ec-badge[data-state='open']) {
    color: var(--_success);
  }
  :where(.ec-root) :where(.ec-actions) {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  :where(.ec-root) :where(.ec-contacts) {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
`;
