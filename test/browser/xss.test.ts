/**
 * SEC-11: every string a candidate types or the server sends renders as text — no payload runs,
 * no markup from a payload appears, no `javascript:` link is made.
 */
import { expect } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { fr } from '../../src/translations/fr.js';
import {
  alertText,
  answer,
  description,
  field,
  fill,
  labels,
  mount,
  paste,
  PATHS,
  problem,
  settle,
  statusText,
  submitButton,
  type,
  useMockBackend,
  type Tag,
} from './helpers.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const mock = useMockBackend();

const IMG = '<img src=x onerror="window.__xss=1">';
const SVG = '"><svg onload=window.__xss=1>';
const PAYLOADS: Record<string, string> = {
  'an <img onerror>': IMG,
  'an attribute break-out to <svg onload>': SVG,
  'a javascript: URL': 'javascript:window.__xss=1',
  'an RTL override and a <script>': '\u202Egpj.exe<script>window.__xss=1</script>',
  '10 kB of markup': '<b onmouseover="window.__xss=1">x</b>'.repeat(280),
};

/** Asserts that no payload ran or turned into markup inside `el`. */
function expectInert(el: Element) {
  expect(window.__xss, 'a payload ran').to.equal(undefined);
  expect(el.querySelectorAll('img, svg, script, iframe, object, embed, b'), 'markup from a payload').to.have.length(0);
  expect(el.querySelectorAll('a[href^="javascript:" i]'), 'a javascript: link').to.have.length(0);
}

/** Submits by the button, focused first, so no field is left with an unsaved edit. */
async function submitFromButton(el: HTMLElement & { updateComplete: Promise<unknown> }) {
  submitButton(el).focus();
  submitButton(el).click();
  await settle(el);
}

afterEach(() => delete window.__xss);

describe('payloads typed into every field stay text', () => {
  const FORMS: { tag: Tag; attrs?: Record<string, string> }[] = [
    { tag: 'ec-login-form' },
    { tag: 'ec-signup-form' },
    { tag: 'ec-forgot-credentials' },
    { tag: 'ec-resend-activation' },
    { tag: 'ec-reset-password', attrs: { token: 'a-mailed-token' } },
  ];
  for (const { tag, attrs } of FORMS) {
    for (const [name, payload] of Object.entries(PAYLOADS)) {
      it(`<${tag}>: ${name}`, async () => {
        const el = await mount(tag, { attrs });
        for (const label of labels(el)) {
          if (payload.length > 100) paste(el, label, payload);
          else await type(el, label, payload);
        }
        await submitFromButton(el);
        for (const label of labels(el)) expect(field(el, label).value, label).to.equal(payload);
        expectInert(el);
      });
    }
  }

  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`<ec-activation> token attribute: ${name}`, async () => {
      const el = await mount('ec-activation', { attrs: { token: payload.slice(0, 200) } });
      await settle(el);
      expect(alertText(el)).to.equal(fr.problems.token_invalid);
      expectInert(el);
    });
  }
});

describe('payloads sent by the server stay text', () => {
  it('a session whose login and names are payloads: the welcome message', async () => {
    answer(mock, PATHS.login, () =>
      HttpResponse.json({ login: IMG, firstName: SVG, lastName: IMG, mail: 'zoe@example.org', locale: 'fr', expiresAt: '2030-01-01T00:00:00Z' }),
    );
    const el = await mount('ec-login-form');
    await fill(el, { Utilisateur: '21EG9U1F', 'Mot de passe': 'Un-mot-de-passe-1' });
    await submitFromButton(el);
    expect(statusText(el)).to.equal(fr.login.success(SVG, IMG));
    expectInert(el);
  });

  it('a configuration whose institution name and CAS label are payloads: the CAS entry', async () => {
    const { config } = mock.backend.state;
    config.institution.name = IMG;
    config.cas = { label: SVG, url: 'https://cas.example.org/login' };
    const el = await mount('ec-login-form');
    expect(el.textContent).to.include(fr.login.casIntro(IMG)).and.to.include(fr.login.casButton(SVG)).and.to.include(fr.login.accountIntro(IMG));
    expectInert(el);
  });

  it('a configuration whose CAS URL is javascript: is refused as breaking the contract', async () => {
    mock.backend.state.config.cas = { label: 'CAS', url: 'javascript:window.__xss=1' };
    const el = await mount('ec-login-form');
    expect(alertText(el)).to.equal(fr.problems.contract);
    expectInert(el);
  });

  it('field errors whose codes, parameters and field names are payloads', async () => {
    answer(mock, PATHS.login, () =>
      problem(400, 'validation_failed', {
        fieldErrors: { login: [{ code: IMG }], password: [{ code: 'too_long', params: { limit: SVG } }], [IMG]: [{ code: SVG }] },
      }),
    );
    const el = await mount('ec-login-form');
    await fill(el, { Utilisateur: '21EG9U1F', 'Mot de passe': 'Un-mot-de-passe-1' });
    await submitFromButton(el);
    expect(description(field(el, 'Utilisateur'))).to.include('Cette valeur n’est pas valide.');
    expect(description(field(el, 'Mot de passe'))).to.include(`${SVG} caractères au maximum.`);
    expectInert(el);
  });

  it('a 500 whose HTML body carries a payload: the generic message, none of the body', async () => {
    answer(mock, PATHS.forgotCredentials, () => new HttpResponse(`<html><body>${IMG}<pre>Stack trace</pre></body></html>`, { status: 500, headers: { 'Content-Type': 'text/html' } }));
    const el = await mount('ec-forgot-credentials');
    await fill(el, { 'Adresse mail': 'zoe@example.org' });
    await submitFromButton(el);
    expect(alertText(el)).to.equal(`${fr.problems.server_error} ${fr.kept}`);
    expect(el.textContent).not.to.include('Stack trace');
    expectInert(el);
  });

  it('a problem whose title and detail are payloads: only the translated message', async () => {
    answer(mock, PATHS.resetPassword, () => problem(400, 'token_invalid', { title: IMG, detail: SVG }));
    const el = await mount('ec-reset-password', { attrs: { token: 'a-mailed-token' } });
    await fill(el, { 'Nouveau mot de passe': 'Un-mot-de-passe-1', 'Confirmation du mot de passe': 'Un-mot-de-passe-1' });
    await submitFromButton(el);
    expect(alertText(el)).to.equal(fr.problems.token_invalid);
    expectInert(el);
  });

  for (const until of [IMG, 'bientôt']) {
    it(`a maintenance whose end is not a date (${until}): the maintenance message without an end`, async () => {
      answer(mock, PATHS.resendActivation, () => problem(503, 'maintenance', { until }, { 'Retry-After': '7200' }));
      const el = await mount('ec-resend-activation');
      await fill(el, { 'Adresse mail': 'zoe@example.org' });
      await submitFromButton(el);
      expect(alertText(el)).to.equal(`${fr.maintenance(null)} ${fr.kept}`);
      expectInert(el);
    });
  }

  it('an activation answer whose login is a payload is refused as breaking the contract', async () => {
    answer(mock, PATHS.activation, () => HttpResponse.json({ login: IMG, alreadyActivated: false }));
    const el = await mount('ec-activation', { attrs: { token: 'a-mailed-token' } });
    await settle(el);
    expect(alertText(el)).to.equal(fr.problems.contract);
    expectInert(el);
  });

  it('a signup answer whose deadline is a payload is refused as breaking the contract', async () => {
    answer(mock, PATHS.signup, () => HttpResponse.json({ activationDeadline: IMG }, { status: 202 }));
    const el = await mount('ec-signup-form');
    const password = 'Un-mot-de-passe-1';
    await fill(el, {
      Nom: 'Dupont',
      Prénom: 'Zoë',
      'Adresse mail': 'zoe@example.org',
      'Confirmation adresse mail': 'zoe@example.org',
      'Mot de passe': password,
      'Confirmation du mot de passe': password,
    });
    await submitFromButton(el);
    expect(alertText(el)).to.equal(`${fr.problems.contract} ${fr.kept}`);
    expectInert(el);
  });
});
