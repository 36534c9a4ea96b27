import { html, type TemplateResult } from 'lit';
import { isAuthenticationError } from '../../sdk/errors.js';
import type { ProfileT } from '../translations/profile/types.js';
import type { Locale } from '../translations/translation.js';
import { failureMessage } from './messages.js';
import { renderAlert } from './templates.js';

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

/**
 * A tab that could not be read: when the session ended, the in-place login, then `read` again;
 * otherwise why, with "Réessayer".
 */
export function renderReadFailure(t: ProfileT, locale: Locale, error: unknown, read: () => void): TemplateResult {
  return html`<div class="ec-root">
    ${isAuthenticationError(error) && error.code === 'unauthenticated'
      ? renderRelogin(t.profile.sessionExpiredReading, read)
      : renderAlert(t, failureMessage(t, locale, error), read)}
  </div>`;
}
