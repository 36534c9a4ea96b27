/**
 * WC-01: password managers fill and save the credential inputs only when they are real inputs,
 * with a name and the right autocomplete token, inside a real form, in the document's tree.
 */
import { expect } from '@open-wc/testing';
import { field, mount, useMockBackend, type FormTag } from './helpers.js';

useMockBackend();

const CREDENTIALS: { tag: FormTag; label: string; name: string; autocomplete: string; type: string; attrs?: Record<string, string> }[] = [
  { tag: 'ec-login-form', label: 'Utilisateur', name: 'login', autocomplete: 'username', type: 'text' },
  { tag: 'ec-login-form', label: 'Mot de passe', name: 'password', autocomplete: 'current-password', type: 'password' },
  { tag: 'ec-signup-form', label: 'Nom', name: 'lastName', autocomplete: 'family-name', type: 'text' },
  { tag: 'ec-signup-form', label: 'Prénom', name: 'firstName', autocomplete: 'given-name', type: 'text' },
  { tag: 'ec-signup-form', label: 'Adresse mail', name: 'mail', autocomplete: 'email', type: 'email' },
  { tag: 'ec-signup-form', label: 'Confirmation adresse mail', name: 'mailConfirmation', autocomplete: 'email', type: 'email' },
  { tag: 'ec-signup-form', label: 'Mot de passe', name: 'password', autocomplete: 'new-password', type: 'password' },
  { tag: 'ec-signup-form', label: 'Confirmation du mot de passe', name: 'passwordConfirmation', autocomplete: 'new-password', type: 'password' },
  { tag: 'ec-reset-password', label: 'Nouveau mot de passe', name: 'password', autocomplete: 'new-password', type: 'password', attrs: { token: 't' } },
  {
    tag: 'ec-reset-password',
    label: 'Confirmation du mot de passe',
    name: 'passwordConfirmation',
    autocomplete: 'new-password',
    type: 'password',
    attrs: { token: 't' },
  },
  { tag: 'ec-forgot-credentials', label: 'Adresse mail', name: 'mail', autocomplete: 'email', type: 'email' },
  { tag: 'ec-resend-activation', label: 'Adresse mail', name: 'mail', autocomplete: 'email', type: 'email' },
];

describe('credential inputs can be filled and saved by password managers', () => {
  for (const { tag, label, name, autocomplete, type, attrs } of CREDENTIALS) {
    it(`<${tag}> "${label}": a native <input type=${type} name=${name} autocomplete=${autocomplete}> in a <form>, in the document`, async () => {
      const el = await mount(tag, { attrs });
      const input = field(el, label);
      expect(input).to.be.instanceOf(HTMLInputElement);
      expect(input.getRootNode()).to.equal(document);
      expect(input.name).to.equal(name);
      expect(input.type).to.equal(type);
      expect(input.getAttribute('autocomplete')).to.equal(autocomplete);
      const form = input.form;
      expect(form).to.be.instanceOf(HTMLFormElement);
      expect(el.contains(form)).to.equal(true);
      expect(form?.querySelector('button[type=submit]'), 'the form has its own submit button').to.be.instanceOf(HTMLButtonElement);
      // A manager fills the input and fires input and change; the element keeps what it filled.
      const filled = 'Rempli-par-le-gestionnaire-1@example.org';
      input.value = filled;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      el.requestUpdate();
      await el.updateComplete;
      expect(input.value).to.equal(filled);
      expect(new FormData(form ?? undefined).get(name)).to.equal(filled);
    });
  }
});
