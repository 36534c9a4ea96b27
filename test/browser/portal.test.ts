/**
 * `<ec-portal>`: credential inputs password managers can see, hash routing (views, menu,
 * aria-current, focus after a move, private views), host routing (`ec-navigate` and `view`), the
 * language switch, the header's layout, logout here and in another tab.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import type { EcPortal } from '../../src/components/portal/portal.js';
import type { EcNavigateEvent } from '../../src/events/events.js';
import { en } from '../../src/translations/portal/en.js';
import { fr } from '../../src/translations/portal/fr.js';
import { fr as profileFr } from '../../src/translations/profile/fr.js';
import { fill, link, PASSWORD, restoreUrl, submit, useMockBackend } from './helpers.js';
import { logInThrough, textsOf } from './portal-helpers.js';
import { newCandidate, PATIENCE, selectedTab } from './profile-helpers.js';

const mock = useMockBackend();
const { portal: t } = fr;

/** The element each view shows. */
const shown = (portal: EcPortal) => portal.querySelector('.ec-view > *')?.localName;

/** Mounts a portal (in the URL's hash unless `routing="host"`) and waits until its view has rendered. */
async function mountPortal(attrs: { routing?: 'host'; view?: string } = {}): Promise<EcPortal> {
  const portal = await fixture<EcPortal>(html`<ec-portal base-url="/api/" routing=${attrs.routing ?? 'hash'} view=${attrs.view ?? 'home'}></ec-portal>`);
  await viewShown(portal);
  return portal;
}

/** Waits until the portal's view shows its heading. */
const viewShown = (portal: EcPortal, tag?: string) =>
  waitUntil(() => portal.querySelector('.ec-view h2') !== null && (!tag || shown(portal) === tag), `the portal did not show ${tag ?? 'its view'}`, PATIENCE).catch((error: Error) => {
    throw new Error(`${error.message}; it shows <${shown(portal)}> (${portal.view}, ${location.hash}): ${portal.querySelector('.ec-view')?.textContent?.replace(/\s+/g, ' ').slice(0, 300)}`);
  });

const menu = (portal: EcPortal) => textsOf(portal, 'nav li');
const currentPage = (portal: EcPortal) => textsOf(portal, 'nav [aria-current=page]');

describe('<ec-portal>', () => {
  let href: string;
  beforeEach(() => (href = location.href));
  afterEach(() => restoreUrl(href));

  it('the credential inputs of its login live in the document, in a real form', async () => {
    location.hash = '#login';
    const portal = await mountPortal();
    await waitUntil(() => portal.querySelector('input[name=password]') !== null, 'no login form', PATIENCE);
    for (const name of ['login', 'password']) {
      const input = portal.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
      expect(input.getRootNode(), name).to.equal(document);
      expect(input.closest('form'), name).not.to.equal(null);
    }
    await expect(portal).to.be.accessible();
  });

  describe('hash routing', () => {
    it('shows the view of the hash, marked in the menu', async () => {
      location.hash = '#assistance';
      const portal = await mountPortal();
      expect(shown(portal)).to.equal('ec-assistance');
      expect(menu(portal)).to.deep.equal([t.home, t.assistance, t.trainingOffer, t.login]);
      expect(currentPage(portal)).to.deep.equal([t.assistance]);
      await expect(portal).to.be.accessible();
    });

    it('a menu link moves the hash and the view, and the focus goes to the new view’s heading', async () => {
      const portal = await mountPortal();
      expect(shown(portal)).to.equal('ec-home');
      link(portal, t.trainingOffer).click();
      await viewShown(portal, 'ec-training-offer');
      expect(location.hash).to.equal('#training-offer');
      expect(currentPage(portal)).to.deep.equal([t.trainingOffer]);
      await waitUntil(() => document.activeElement?.localName === 'h2', 'the focus did not go to the heading', PATIENCE);
      expect(document.activeElement?.textContent).to.equal(fr.trainingOffer.title);
      expect(portal.querySelector('.ec-view')!.contains(document.activeElement)).to.equal(true);
    });

    it('the browser’s back button brings the previous view back', async () => {
      const portal = await mountPortal();
      link(portal, t.assistance).click();
      await viewShown(portal, 'ec-assistance');
      history.back();
      await viewShown(portal, 'ec-home');
      expect(currentPage(portal)).to.deep.equal([t.home]);
    });

    // `constructor`: a name every object inherits is no view either.
    for (const hash of ['#nowhere', '#constructor']) {
      it(`an unknown hash (${hash}) shows the home`, async () => {
        location.hash = hash;
        const portal = await mountPortal();
        expect(shown(portal)).to.equal('ec-home');
        expect(currentPage(portal)).to.deep.equal([t.home]);
      });
    }

    it('#account when anonymous shows the login, then the account once logged in', async () => {
      const candidate = await newCandidate(mock);
      location.hash = '#account';
      const portal = await mountPortal();
      await waitUntil(() => location.hash === '#login', 'the portal did not move to the login', PATIENCE);
      await viewShown(portal, 'ec-login-form');
      const form = portal.querySelector('ec-login-form')!;
      await waitUntil(() => form.querySelector('form') !== null, 'no login form', PATIENCE);
      await fill(form, { Utilisateur: candidate.login, 'Mot de passe': PASSWORD });
      await submit(form);
      await viewShown(portal, 'ec-profile');
      expect(location.hash).to.equal('#account');
      expect(menu(portal)).to.deep.equal([t.home, t.assistance, t.trainingOffer, t.account, t.logout]);
      expect(currentPage(portal)).to.deep.equal([t.account]);
    });

    it('logging in from #login goes to the home, the login no longer offered', async () => {
      const candidate = await newCandidate(mock);
      location.hash = '#login';
      const portal = await mountPortal();
      await logInThrough(portal, candidate);
      await viewShown(portal, 'ec-home');
      expect(location.hash).to.equal('#home');
      expect(menu(portal)).not.to.include(t.login);
    });
  });

  describe('host routing', () => {
    it('never touches the URL: ec-navigate tells the host, which sets `view`', async () => {
      const portal = await mountPortal({ routing: 'host' });
      const before = location.href;
      portal.addEventListener('ec-navigate', (event) => {
        event.preventDefault();
        portal.view = event.to;
      });
      const moved = oneEvent<EcNavigateEvent>(portal, 'ec-navigate');
      link(portal, t.assistance).click();
      expect((await moved).to).to.equal('assistance');
      await viewShown(portal, 'ec-assistance');
      expect(location.href).to.equal(before);
      expect(currentPage(portal)).to.deep.equal([t.assistance]);

      portal.view = 'training-offer';
      await viewShown(portal, 'ec-training-offer');
      expect(portal).to.have.attribute('view', 'training-offer');
      expect(location.href).to.equal(before);
    });

    it('a move of its own (logout) fires ec-navigate and, not cancelled, shows the view without touching the URL', async () => {
      const candidate = await newCandidate(mock);
      const portal = await mountPortal({ routing: 'host', view: 'account' });
      await logInThrough(portal, candidate);
      await viewShown(portal, 'ec-profile');
      const before = location.href;
      const moved = oneEvent<EcNavigateEvent>(portal, 'ec-navigate');
      [...portal.querySelectorAll('button')].find((button) => button.textContent?.trim() === t.logout)!.click();
      expect((await moved).to).to.equal('login');
      await viewShown(portal, 'ec-login-form');
      expect(location.href).to.equal(before);
    });

    it('a profile tab asked while logged out comes back after the login: ec-navigate carries its route', async () => {
      const candidate = await newCandidate(mock);
      const portal = await mountPortal({ routing: 'host', view: 'account/address' });
      portal.addEventListener('ec-navigate', (event) => {
        event.preventDefault();
        portal.view = event.route;
      });
      await waitUntil(() => portal.view === 'login', 'the portal did not move to the login', PATIENCE);
      await viewShown(portal, 'ec-login-form');
      const moved = oneEvent<EcNavigateEvent>(portal, 'ec-navigate');
      await logInThrough(portal, candidate);
      const event = await moved;
      expect([event.to, event.route]).to.deep.equal(['account', 'account/address']);
      await viewShown(portal, 'ec-profile');
      await waitUntil(() => selectedTab(portal.querySelector('ec-profile')!)[0] === profileFr.profile.tabs.address, 'the Adresse tab did not open', PATIENCE);
    });
  });

  it('the language switch loads the English strings and sets lang', async () => {
    document.documentElement.lang = 'fr';
    const portal = await mountPortal();
    const english = [...portal.querySelectorAll('.ec-languages button')].find((button) => button.textContent?.trim() === 'English') as HTMLButtonElement;
    expect(english).to.have.attribute('lang', 'en');
    expect(english).to.have.attribute('aria-pressed', 'false');
    english.click();
    await waitUntil(() => menu(portal)[0] === en.portal.home, 'the menu stayed French', PATIENCE);
    expect(portal).to.have.attribute('lang', 'en');
    expect(menu(portal)).to.deep.equal([en.portal.home, en.portal.assistance, en.portal.trainingOffer, en.portal.login]);
    expect(english).to.have.attribute('aria-pressed', 'true');
    await viewShown(portal, 'ec-home');
    expect(portal.querySelector('.ec-view h2')?.textContent).to.equal(en.home.title);
    await expect(portal).to.be.accessible();
  });

  describe('header', () => {
    let viewport: { width: number; height: number };
    beforeEach(() => (viewport = { width: innerWidth, height: innerHeight }));
    afterEach(() => setViewport(viewport));

    /** The header's institution, menu and language switch. */
    const parts = (portal: EcPortal) => ['.ec-institution', 'nav', '.ec-languages'].map((selector) => portal.querySelector(`.ec-portal-header ${selector}`)!);
    /** The header's links and buttons. */
    const targets = (portal: EcPortal) => [...portal.querySelectorAll('.ec-portal-header :is(a, button)')];

    it('at 1024 px, logged in: the institution, the menu and the language switch on one line, inside the portal’s padding', async () => {
      await setViewport({ width: 1024, height: 768 });
      const candidate = await newCandidate(mock);
      const portal = await mountPortal({ routing: 'host' });
      await logInThrough(portal, candidate);
      await waitUntil(() => menu(portal).includes(t.logout), 'the menu does not offer to log out', PATIENCE);
      const middles = parts(portal).map((part) => {
        const { top, bottom } = part.getBoundingClientRect();
        return (top + bottom) / 2;
      });
      expect(Math.max(...middles) - Math.min(...middles), 'one line').to.be.below(8);
      const edge = portal.getBoundingClientRect().left;
      expect(parts(portal)[0].getBoundingClientRect().left - edge, 'not against the portal’s edge').to.be.at.least(8);
    });

    it('at 360 px: the header wraps without overflowing, each link and button at least 24 × 24 px, accessibly', async () => {
      await setViewport({ width: 360, height: 740 });
      const portal = await mountPortal();
      const header = portal.querySelector('.ec-portal-header')!;
      expect(header.scrollWidth, 'nothing overflows the header').to.equal(header.clientWidth);
      expect(document.documentElement.scrollWidth, 'nor the page').to.equal(document.documentElement.clientWidth);
      for (const target of targets(portal)) {
        const { width, height } = target.getBoundingClientRect();
        expect(Math.min(width, height), target.textContent.trim()).to.be.at.least(24);
      }
      await expect(portal).to.be.accessible();
    });
  });

  it('the logout button logs out: the account leaves the screen and the menu', async () => {
    const candidate = await newCandidate(mock);
    location.hash = '#account';
    const portal = await mountPortal();
    await logInThrough(portal, candidate);
    await viewShown(portal, 'ec-profile');
    await expect(portal).to.be.accessible();
    [...portal.querySelectorAll('button')].find((button) => button.textContent?.trim() === t.logout)!.click();
    await viewShown(portal, 'ec-login-form');
    expect(portal.session?.state.status).to.equal('anonymous');
    expect(menu(portal)).to.deep.equal([t.home, t.assistance, t.trainingOffer, t.login]);
    expect(portal.querySelector('ec-profile')).to.equal(null);
  });

  it('G11: logging out in one tab empties the other within a second', async () => {
    const candidate = await newCandidate(mock);
    // Two tabs: two portals, each with its own session store; they share the BroadcastChannel.
    const [first, second] = [await mountPortal({ routing: 'host', view: 'account' }), await mountPortal({ routing: 'host', view: 'account' })];
    await logInThrough(first, candidate);
    await logInThrough(second, candidate);
    await Promise.all([viewShown(first, 'ec-profile'), viewShown(second, 'ec-profile')]);
    await waitUntil(() => second.querySelector('ec-profile [role=tablist]') !== null, 'the second tab does not show the account', PATIENCE);

    await first.session!.logout();
    const loggedOutAt = performance.now();
    await waitUntil(() => second.querySelector('ec-profile') === null, 'the other tab still shows the account', { timeout: 1000, interval: 20 });
    expect(performance.now() - loggedOutAt).to.be.below(1000);
    expect(second.session?.state.status).to.equal('anonymous');
    expect(menu(second)).not.to.include(t.account);
  });
});
