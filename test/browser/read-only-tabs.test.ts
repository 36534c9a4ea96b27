import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/define/ec-applications.js';
import '../../src/define/ec-internal-studies.js';
import { fr } from '../../src/translations/fr.js';
import { fr as profileFr } from '../../src/translations/profile/fr.js';
import { alertText, useMockBackend } from './helpers.js';
import { addTo, expireSession, logInAgainIn, mountAs, newCandidate, PATIENCE, providerOf, settled, visible } from './profile-helpers.js';

const mock = useMockBackend();

/** The rows of the element's table, as a candidate reads them. */
const rows = (el: Element) => [...el.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => visible(cell.textContent)));

const TABS = [
  {
    tag: 'ec-internal-studies',
    name: profileFr.profile.tabs.internalStudies,
    path: '*/api/profile/internal-studies',
    seed: (login: string) => mock.backend.seedInternalStudies(login),
    empty: profileFr.profile.internalStudiesEmpty,
    firstRow: ['2023', 'Licence Droit - 1re année (L1DRO/110)', 'ADM', 'AB', '12.84 / 20'],
  },
  {
    tag: 'ec-applications',
    name: profileFr.profile.tabs.applications,
    path: '*/api/applications',
    seed: (login: string) => mock.backend.seedApplications(login),
    empty: profileFr.profile.applications.empty,
    firstRow: ['Master 1 Droit des affaires', 'Faculté de droit', 'En attente', '—'],
  },
] as const;

for (const tab of TABS) {
  describe(`<${tab.tag}>`, () => {
    it('says so when there is nothing, accessibly', async () => {
      const el = await mountAs(await newCandidate(mock), tab.tag);
      expect(visible(el.textContent)).to.include(tab.empty);
      await expect(el).to.be.accessible();
    });

    it('shows the records as a table, accessibly', async () => {
      const candidate = await newCandidate(mock);
      tab.seed(candidate.login);
      const el = await mountAs(candidate, tab.tag);
      expect(rows(el)[0]?.slice(0, tab.firstRow.length)).to.deep.equal(tab.firstRow);
      await expect(el).to.be.accessible();
    });

    it('a failure to read is said, and "Réessayer" reads again', async () => {
      const candidate = await newCandidate(mock);
      tab.seed(candidate.login);
      mock.worker.use(http.get(tab.path, () => new HttpResponse('<html>oops</html>', { status: 500 })));
      const el = await mountAs(candidate, tab.tag);
      expect(alertText(el)).to.equal(fr.problems.server_error);
      await expect(el).to.be.accessible();
      mock.worker.resetHandlers();
      [...el.querySelectorAll('button')].find((button) => button.textContent?.trim() === fr.retry)?.click();
      await settled(el);
      expect(rows(el).length).to.be.greaterThan(0);
    });

    it('401: the session ended; logging in again in place reads the records', async () => {
      const candidate = await newCandidate(mock);
      tab.seed(candidate.login);
      const shown = await mountAs(candidate, tab.tag);
      expireSession(mock);
      const el = await addTo(providerOf(shown), tab.tag);
      expect(alertText(el)).to.equal(profileFr.profile.sessionExpiredReading);
      await expect(el).to.be.accessible();

      await logInAgainIn(el, candidate);
      await waitUntil(() => rows(el).length > 0, `not read after logging in again: ${alertText(el)}`, PATIENCE);
      expect(rows(el)[0]?.slice(0, tab.firstRow.length)).to.deep.equal(tab.firstRow);
      expect(el.querySelector('ec-login-form'), 'the login form is gone').to.equal(null);
    });

    describe('layout', () => {
      let viewport: { width: number; height: number };
      beforeEach(() => (viewport = { width: innerWidth, height: innerHeight }));
      afterEach(() => setViewport(viewport));

      it('as wide as the profile, not the forms’ 32rem', async () => {
        await setViewport({ width: 1024, height: 768 });
        const candidate = await newCandidate(mock);
        tab.seed(candidate.login);
        const el = await mountAs(candidate, tab.tag);
        expect(el.querySelector('.ec-root')!.getBoundingClientRect().width).to.be.greaterThan(32 * 16);
      });

      it('at 360 px the table scrolls sideways in its own region, named and focusable, and the page does not', async () => {
        await setViewport({ width: 360, height: 740 });
        const candidate = await newCandidate(mock);
        tab.seed(candidate.login);
        const el = await mountAs(candidate, tab.tag);
        const region = el.querySelector<HTMLElement>('[role=region]')!;
        expect(region.getAttribute('aria-label')).to.equal(tab.name);
        expect(region.tabIndex).to.equal(0);
        expect(region.contains(el.querySelector('table'))).to.equal(true);
        expect(region.scrollWidth, 'the table is wider than the screen').to.be.greaterThan(region.clientWidth);
        expect(document.documentElement.scrollWidth, 'the page is not').to.equal(document.documentElement.clientWidth);
        await expect(el).to.be.accessible();
      });
    });
  });
}
