import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { EcNavigateEvent, EcSuccessEvent } from '../../src/events/events.js';
import { fr as accountFr } from '../../src/translations/account/fr.js';
import { fr } from '../../src/translations/fr.js';
import {
  alertText,
  busy,
  client,
  COMMON_FAILURES,
  control,
  countRequests,
  FAILURES,
  gate,
  link,
  mount,
  PATHS,
  restoreUrl,
  settle,
  signUp,
  statusText,
  useMockBackend,
  type Mock,
} from './helpers.js';

const mock = useMockBackend();

const DAY = 86_400_000;

/** The element, once its activation request has been answered. */
async function activation(token?: string) {
  const el = await mount('ec-activation', { attrs: token === undefined ? {} : { token } });
  await settle(el);
  return el;
}

describe('<ec-activation>', () => {
  describe('accessibility (axe)', () => {
    it('while activating: busy, and says so', async () => {
      const held = gate();
      countRequests(mock, PATHS.activation, held.opened);
      const el = await mount('ec-activation', { attrs: { token: (await signUp(mock)).token } });
      expect(busy(el)).to.equal(true);
      expect(statusText(el)).to.equal('Validation de votre compte…');
      await expect(el).to.be.accessible();
      held.open();
      await settle(el);
    });

    const STATES: { name: string; token(m: Mock): Promise<string | undefined> }[] = [
      { name: 'activated', token: async (m) => (await signUp(m)).token },
      { name: 'with a dead link', token: () => Promise.resolve('not-a-mailed-token') },
      { name: 'without a token', token: () => Promise.resolve(undefined) },
      {
        name: 'after a server error',
        token: (m) => {
          FAILURES.serverError.arrange(m, PATHS.activation);
          return Promise.resolve('a-mailed-token');
        },
      },
    ];
    for (const { name, token } of STATES) {
      it(name, async () => {
        await expect(await activation(await token(mock))).to.be.accessible();
      });
    }
  });

  it('activates with the token attribute: the login, a "Me connecter" link, and ec-success', async () => {
    const account = await signUp(mock);
    const succeeded = oneEvent<EcSuccessEvent>(document, 'ec-success');
    const el = await activation(account.token);
    const { detail } = await succeeded;
    expect(detail).to.deep.equal({ login: account.login, alreadyActivated: false });
    expect(statusText(el)).to.equal(accountFr.activation.success(account.login));
    expect(statusText(el)).to.include(account.login);
    expect(alertText(el)).to.equal('');
    expect(link(el, 'Me connecter').getAttribute('href')).to.equal('#login');
  });

  it('a link followed twice says the account was already activated, with the login', async () => {
    const account = await signUp(mock);
    await activation(account.token);
    const el = await activation(account.token);
    expect(statusText(el)).to.equal(accountFr.activation.alreadyActivated(account.login));
    expect(link(el, 'Me connecter').getAttribute('href')).to.equal('#login');
  });

  describe('the token in the URL', () => {
    let href: string;
    beforeEach(() => (href = location.href));
    afterEach(() => restoreUrl(href));

    it('is read from ?token=, used, and removed from the address bar', async () => {
      const account = await signUp(mock);
      const url = new URL(href);
      url.searchParams.set('token', account.token);
      restoreUrl(url.href);
      const el = await activation();
      expect(location.href).to.equal(href);
      expect(statusText(el)).to.equal(accountFr.activation.success(account.login));
    });
  });

  const DEAD_LINKS: { name: string; token(m: Mock): Promise<string>; later?: number; message: string }[] = [
    { name: 'an unknown token', token: () => Promise.resolve('not-a-mailed-token'), message: fr.problems.token_invalid },
    {
      name: 'a token replaced by a newer link',
      token: async (m) => {
        const account = await signUp(m);
        await client().account.resendActivation({ mail: account.mail });
        return account.token;
      },
      message: fr.problems.token_invalid,
    },
    {
      name: 'a token whose account was deleted for want of activation',
      token: async (m) => (await signUp(m)).token,
      later: 6 * DAY,
      message: fr.problems.token_expired,
    },
  ];
  for (const { name, token, later = 0, message } of DEAD_LINKS) {
    it(`${name}: its message and "Recevoir un nouveau lien de validation", no retry`, async () => {
      const value = await token(mock);
      mock.backend.advanceClock(later);
      try {
        const el = await activation(value);
        expect(alertText(el)).to.equal(message);
        expect(link(el, 'Recevoir un nouveau lien de validation').getAttribute('href')).to.equal('#resend-activation');
        expect(control(el, 'Réessayer')).to.equal(undefined);
      } finally {
        mock.backend.advanceClock(-later);
      }
    });
  }

  it('no token: says the link is incomplete and offers a new one, without sending anything', async () => {
    const requests = countRequests(mock, PATHS.activation);
    const el = await activation();
    expect(alertText(el)).to.equal(accountFr.activation.missingToken);
    expect(link(el, 'Recevoir un nouveau lien de validation').getAttribute('href')).to.equal('#resend-activation');
    expect(requests.count).to.equal(0);
  });

  it('a closed campaign is said, with no "Réessayer" (trying again cannot help)', async () => {
    FAILURES.campaignClosed.arrange(mock, PATHS.activation);
    const el = await activation('a-mailed-token');
    expect(alertText(el)).to.equal(FAILURES.campaignClosed.message);
    expect(control(el, 'Réessayer')).to.equal(undefined);
  });

  describe('failures: each shows its French message; "Réessayer" sends again', () => {
    for (const failure of COMMON_FAILURES.filter((f) => f.retryable)) {
      it(failure.name, async () => {
        failure.arrange(mock, PATHS.activation);
        const requests = countRequests(mock, PATHS.activation);
        const el = await activation('a-mailed-token');
        expect(alertText(el)).to.equal(failure.message);
        control(el, 'Réessayer')?.click();
        await waitUntil(() => requests.count === 2, '"Réessayer" did not send again');
        await settle(el);
        expect(alertText(el)).to.equal(failure.message);
      });
    }

    it('429: says how long to wait, offers no retry until then, and sends nothing by itself', async () => {
      FAILURES.rateLimited.arrange(mock, PATHS.activation);
      const requests = countRequests(mock, PATHS.activation);
      const el = await activation('a-mailed-token');
      expect(alertText(el)).to.equal(FAILURES.rateLimited.message);
      const retry = control(el, 'Réessayer');
      expect(retry === undefined || retry.getAttribute('aria-disabled') === 'true', 'a retry is offered before the wait is over').to.equal(true);
      expect(requests.count).to.equal(1);
    });
  });

  describe('ec-navigate', () => {
    let href: string;
    beforeEach(() => (href = location.href));
    afterEach(() => restoreUrl(href));

    const LINKS = [
      { text: 'Me connecter', to: 'login', token: async (m: Mock) => (await signUp(m)).token },
      { text: 'Recevoir un nouveau lien de validation', to: 'resend-activation', token: () => Promise.resolve('not-a-mailed-token') },
    ];
    for (const { text, to, token } of LINKS) {
      it(`"${text}" fires ec-navigate to ${to}, and follows its link unless cancelled`, async () => {
        const el = await activation(await token(mock));
        el.addEventListener('ec-navigate', (event) => event.preventDefault(), { once: true });
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
