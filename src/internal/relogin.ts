import { html, type TemplateResult } from 'lit';
import type { ProfileT } from '../translations/profile/types.js';

/**
 * The session ended while the candidate edited: an in-place `<ec-login-form>`; once logged in,
 * `onLoggedIn` re-sends what was being saved (the page is not told: for it, nothing happened).
 */
export function renderRelogin(t: ProfileT, onLoggedIn: () => void): TemplateResult {
  return html`<div class="ec-relogin" part="alert">
    <p role="alert">${t.profile.sessionExpired}</p>
    <ec-login-form
      @ec-success=${(event: Event) => {
        event.stopPropagation();
        onLoggedIn();
      }}
    ></ec-login-form>
  </div>`;
}
