import { expect } from '@open-wc/testing';
import { fr as accountFr } from '../../src/translations/account/fr.js';
import { fr } from '../../src/translations/fr.js';
import { describeForm } from './form-suite.js';
import {
  alertText,
  COMMON_FAILURES,
  FAILURES,
  fill,
  link,
  logIn,
  mount,
  PATHS,
  resetToken,
  restoreUrl,
  statusText,
  submit,
  summary,
  useMockBackend,
  type Mock,
} from './helpers.js';

const mock = useMockBackend();

const NEW_PASSWORD = 'Nouveau-Départ-2028';
const TYPED = { 'Nouveau mot de passe': NEW_PASSWORD, 'Confirmation du mot de passe': NEW_PASSWORD };

describe('<ec-reset-password>', () => {
  describeForm(mock, {
    tag: 'ec-reset-password',
    path: PATHS.resetPassword,
    attrs: { token: 'a-mailed-token' },
    typed: TYPED,
    fieldErrors: [
      {
        name: 'password',
        label: 'Nouveau mot de passe',
        error: { code: 'password_too_short', params: { limit: 10 } },
        message: 'Le mot de passe doit contenir au moins 10 caractères.',
      },
      { name: 'passwordConfirmation', label: 'Confirmation du mot de passe', error: { code: 'mismatch' }, message: 'Les deux saisies ne sont pas identiques.' },
    ],
    failures: [FAILURES.tokenInvalid, FAILURES.tokenExpired, ...COMMON_FAILURES],
    success: {
      prepare: async (m) => ({ attrs: { token: (await resetToken(m)).token } }),
      status: () => accountFr.resetPassword.success,
    },
  });

  describe('the token of the mailed link', () => {
    let href: string;
    beforeEach(() => (href = location.href));
    afterEach(() => restoreUrl(href));

    it('is read from ?token=, removed from the address bar, and sets the new password', async () => {
      const account = await resetToken(mock);
      const url = new URL(href);
      url.searchParams.set('token', account.token);
      restoreUrl(url.href);

      const el = await mount('ec-reset-password');
      expect(location.href).to.equal(href);
      await fill(el, TYPED);
      await submit(el);
      expect(statusText(el)).to.equal(accountFr.resetPassword.success);
      expect(link(el, 'Me connecter').getAttribute('href')).to.equal('#login');
      expect((await logIn(account.login, NEW_PASSWORD)).login).to.equal(account.login);
    });

    it('missing: says the link is incomplete, offers a new link, and shows no form', async () => {
      const el = await mount('ec-reset-password');
      expect(alertText(el)).to.equal(accountFr.resetPassword.missingToken);
      expect(el.querySelector('form')).to.equal(null);
      expect(link(el, 'Recevoir un nouveau lien').getAttribute('href')).to.equal('#forgotten-credentials');
      await expect(el).to.be.accessible();
    });
  });

  it('a token longer than the contract allows (a link mangled by a mail client): the candidate is told', async () => {
    const el = await mount('ec-reset-password', { attrs: { token: 'x'.repeat(201) } });
    await fill(el, TYPED);
    await submit(el);
    const summaryText = summary(el).hidden ? '' : (summary(el).textContent ?? '').trim();
    expect(alertText(el) + summaryText, 'nothing says why the password was not saved').not.to.equal('');
  });

  const DEAD_TOKENS: { name: string; token(m: Mock): Promise<string>; later?: number; message: string }[] = [
    { name: 'unknown', token: () => Promise.resolve('not-a-mailed-token'), message: fr.problems.token_invalid },
    {
      name: 'used more than 2 hours after it was mailed',
      token: async (m) => (await resetToken(m)).token,
      later: 3 * 3_600_000,
      message: fr.problems.token_expired,
    },
  ];
  for (const { name, token, later = 0, message } of DEAD_TOKENS) {
    it(`a token ${name}: its message and a link to get a new one`, async () => {
      const el = await mount('ec-reset-password', { attrs: { token: await token(mock) } });
      await fill(el, TYPED);
      mock.backend.advanceClock(later);
      try {
        await submit(el);
      } finally {
        mock.backend.advanceClock(-later);
      }
      expect(alertText(el)).to.equal(message);
      expect(link(el, 'Recevoir un nouveau lien').getAttribute('href')).to.equal('#forgotten-credentials');
    });
  }
});
