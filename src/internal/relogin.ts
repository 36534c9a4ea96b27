import { html, type TemplateResult } from 'lit';

/**
 * The session ended while the candidate edited or read a tab: `message`, and an in-place
 * `<ec-login-form>`; once logged in, `onLoggedIn` re-sends what was being saved or read (the page
 * is not told: for it, nothing happened).
 */
export function renderRelogin(message: string, onLoggedIn: () => void): TemplateResult {
  return html`<div class="ec-relogin" part="alert">
    <p role="alert">${message}</p>
    <ec-login-form
      @ec-success=${(event: Event) => {
        event.stopPropagation();
        onLoggedIn();
      }}
    ></ec-login-form>
  </div>`;
}
