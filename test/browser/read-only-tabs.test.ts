import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/define/ec-applications.js';
import '../../src/define/ec-internal-studies.js';
import { fr } from '../../src/translations/fr.js';
import { fr as profileFr } from '../../src/translations/profile/fr.js';
import { alertText, useMockBackend } from './helpers.js';
import { mountAs, newCandidate, settled, visible } from './profile-helpers.js';

const mock = useMockBackend();

/** The rows of the element's table, as a candidate reads them. */
const rows = (el: Element) => [...el.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => visible(cell.textContent)));

const TABS = [
  {
    tag: 'ec-internal-studies',
    path: '*/api/profile/internal-studies',
    seed: (login: string) => mock.backend.seedInternalStudies(login),
    empty: profileFr.profile.internalStudiesEmpty,
    firstRow: ['2023', 'Licence Droit - 1re année (L1DRO/110)', 'ADM', 'AB', '12.84 / 20'],
  },
  {
    tag: 'ec-applications',
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
  });
}
