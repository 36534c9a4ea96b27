import { html, type TemplateResult } from 'lit';
import { passwordRules } from '../../sdk/rules/password.js';
import type { PasswordPolicy } from '../../sdk/schemas/password.js';
import type { Translation } from '../translations/translation.js';

/** The password policy as a checklist ticked live as the candidate types. */
export function renderPasswordPolicy(t: Translation, policy: PasswordPolicy, password: string): TemplateResult {
  return html`<p>${t.passwordPolicyTitle}</p>
    <ul class="ec-policy">
      ${passwordRules(policy).map(
        (rule) => html`<li class=${password && rule.test(password) ? 'ec-met' : ''}>${t.passwordRule(rule.code, rule.params ?? {})}</li>`,
      )}
    </ul>`;
}
