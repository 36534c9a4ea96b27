import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EcErrorEvent, EcNavigateEvent, EcSuccessEvent } from '../../src/events/events.js';
import { fr } from '../../src/translations/fr.js';
import { describeForm } from './form-suite.js';
import {
  activatedAccount,
  alertText,
  answer,
  countRequests,
  COMMON_FAILURES,
  fill,
  FAILURES,
  link,
  mount,
  PASSWORD,
  PATHS,
  problem,
  restoreUrl,
  settle,
  signUp,
  statusText,
  submit,
  submitButton,
  useMockBackend,
} from './helpers.js';

const mock = useMockBackend();

describe('<ec-login-form>', () => {
  describeForm(mock, {
    tag: 'ec-login-form',
    path: PATHS.login,
    // Lower case and spaces around the login, accents, an RTL override and an emoji in the password.
    typed: { Utilisateur: ' 21eg9u1f ', 'Mot de passe': ' Pâte à crêpes \u202E 😀 ' },
    fieldErrors: [
      {
        name: 'login',
        label: 'Utilisateur',
        error: { code: 'login_format' },
        message: 'Le login compte 8 lettres majuscules ou chiffres, par exemple 21EG9U1F.',
      },
      { name: 'password', label: 'Mot de passe', error: { code: 'too_long', params: { limit: 128 } }, message: '128 caractères au maximum.' },
    ],
    failures: [FAILURES.invalidCredentials, ...COMMON_FAILURES],
    success: {
      prepare: async (m) => ({ typed: { Utilisateur: (await activatedAccount(m)).login, 'Mot de passe': PASSWORD } }),
      status: (typed) => fr.login.success('ZOË', typed.Utilisateur ?? ''),
    },
  });

  it('SEC-01: unknown login, wrong password and account not activated read the same, with focus in the same place', async () => {
    const active = await activatedAccount(mock);
    const pending = await signUp(mock);
    const cases = {
      'unknown login': { Utilisateur: 'ZZZZ9999', 'Mot de passe': PASSWORD },
      'wrong password': { Utilisateur: active.login, 'Mot de passe': 'Pas-le-bon-1' },
      'account not activated': { Utilisateur: pending.login, 'Mot de passe': PASSWORD },
    };
    const seen: Record<string, unknown> = {};
    for (const [name, typed] of Object.entries(cases)) {
      const el = await mount('ec-login-form');
      await fill(el, typed);
      const failed = oneEvent<EcErrorEvent>(el, 'ec-error');
      await sendKeys({ press: 'Enter' });
      const { code } = (await failed).error as { code?: string };
      await settle(el);
      seen[name] = { alert: alertText(el), status: statusText(el), focus: document.activeElement?.getAttribute('name'), code };
      el.parentElement?.remove();
    }
    const uniform = { alert: fr.problems.invalid_credentials, status: '', focus: 'password', code: 'invalid_credentials' };
    expect(seen).to.deep.equal(Object.fromEntries(Object.keys(cases).map((name) => [name, uniform])));
  });

  it('shows the CAS entry of the configuration', async () => {
    const el = await mount('ec-login-form');
    expect(el.querySelector('h3')?.textContent).to.equal('Je suis étudiant à Université de démonstration');
    expect(link(el, 'Me connecter avec mon compte Université de démonstration').href).to.equal('https://cas.example.org/login');
  });

  it('on success, ec-success carries the login and names only', async () => {
    const account = await activatedAccount(mock);
    const el = await mount('ec-login-form');
    await fill(el, { Utilisateur: account.login.toLowerCase(), 'Mot de passe': PASSWORD });
    const succeeded = oneEvent<EcSuccessEvent>(el, 'ec-success');
    submitButton(el).click();
    expect((await succeeded).detail).to.deep.equal({ login: account.login, firstName: 'ZOË', lastName: 'DUPONT' });
  });

  it('429: the submit comes back once the wait is over, and only the candidate sends again', async () => {
    answer(mock, PATHS.login, () => problem(429, 'rate_limited', {}, { 'Retry-After': '2' }));
    const requests = countRequests(mock, PATHS.login);
    const el = await mount('ec-login-form');
    await fill(el, { Utilisateur: '21EG9U1F', 'Mot de passe': PASSWORD });
    await submit(el);
    expect(alertText(el)).to.equal(fr.rateLimited(2));
    expect(submitButton(el)).to.have.attribute('aria-disabled', 'true');
    await waitUntil(() => submitButton(el).getAttribute('aria-disabled') === 'false', 'the submit stayed disabled', { timeout: 4000 });
    await aTimeout(1200);
    expect(requests.count, 'requests before the candidate sends again').to.equal(1);
    await submit(el);
    expect(requests.count).to.equal(2);
  });

  describe('ec-navigate', () => {
    const LINKS = {
      'J’ai oublié mes identifiants': 'forgotten-credentials',
      'J’ai perdu mon code d’activation': 'resend-activation',
      'Créer un compte': 'signup',
    };
    let href: string;
    beforeEach(() => (href = location.href));
    afterEach(() => restoreUrl(href));

    for (const [text, to] of Object.entries(LINKS)) {
      it(`"${text}" fires ec-navigate to ${to}, and follows its link unless cancelled`, async () => {
        const el = await mount('ec-login-form');
        const cancel = (event: EcNavigateEvent) => event.preventDefault();
        el.addEventListener('ec-navigate', cancel, { once: true });
        const cancelled = oneEvent<EcNavigateEvent>(el, 'ec-navigate');
        link(el, text).click();
        expect((await cancelled).to).to.equal(to);
        expect(location.href, 'a cancelled ec-navigate does not navigate').to.equal(href);

        const followed = oneEvent<EcNavigateEvent>(el, 'ec-navigate');
        link(el, text).click();
        expect((await followed).to).to.equal(to);
        expect(location.hash).to.equal(`#${to}`);
      });
    }
  });
});
