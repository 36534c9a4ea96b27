/**
 * `<ec-training-offer>`: the public offer by centre, searched as the candidate types (case and
 * accents ignored), filtered by centre and diploma type, the count announced; a failed read and
 * its retry.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EcTrainingOffer } from '../../src/components/training-offer/training-offer.js';
import { fr as baseFr } from '../../src/translations/fr.js';
import { en } from '../../src/translations/portal/en.js';
import { fr } from '../../src/translations/portal/fr.js';
import { alertText, control, field, useMockBackend } from './helpers.js';
import { mountPortalElement, textsOf } from './portal-helpers.js';
import { PATIENCE, visible } from './profile-helpers.js';

const mock = useMockBackend();
const { trainingOffer: t } = fr;

/** Mounts the offer and waits until it shows the programmes or why it cannot. */
async function mountOffer(locale?: string): Promise<EcTrainingOffer> {
  const el = await mountPortalElement('ec-training-offer', { locale });
  await waitUntil(() => el.querySelector('form[role=search]') !== null || alertText(el) !== '', 'the offer did not load', PATIENCE);
  return el;
}

const programmes = (el: Element) => textsOf(el, '.ec-programme h4');
const centres = (el: Element) => textsOf(el, 'section section h3');
const count = (el: Element) => visible(el.querySelector('.ec-count')?.textContent);

/** The programmes the backend shows: active ones of active centres. */
const shownByBackend = () =>
  mock.backend.state.trainingOffer.filter((centre) => centre.active).flatMap((centre) => centre.programmes.filter((programme) => programme.active).map((programme) => programme.label));

/** Picks `label` in the select labelled `name`. */
async function choose(el: EcTrainingOffer, name: string, label: string) {
  const select = [...el.querySelectorAll('select')].find((candidate) => visible(el.querySelector(`label[for="${candidate.id}"]`)?.textContent) === name)!;
  select.value = [...select.options].find((option) => option.text === label)!.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<ec-training-offer>', () => {
  it('shows every programme open to applications, by centre, and how many', async () => {
    const el = await mountOffer();
    const all = shownByBackend();
    expect(programmes(el)).to.deep.equal(all);
    expect(centres(el)).to.deep.equal(['Faculté de droit', 'Faculté d’économie', 'Faculté des sciences et technologies', 'IUT']);
    expect(count(el)).to.equal(t.count(all.length));
    expect(el.querySelector('.ec-count')).to.have.attribute('role', 'status');
    await expect(el).to.be.accessible();
  });

  it('searching as the candidate types: case and accents do not matter, words in any order', async () => {
    const el = await mountOffer();
    field(el, t.search).focus();
    await sendKeys({ type: 'ECONOMIE appliquee' });
    await el.updateComplete;
    expect(programmes(el)).to.deep.equal(['Master 1 Économie appliquée']);
    expect(count(el)).to.equal(t.count(1));

    for (let i = 0; i < 'ECONOMIE appliquee'.length; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'notariat métiers' });
    await el.updateComplete;
    expect(programmes(el)).to.deep.equal(['Licence professionnelle Métiers du notariat']);
    await expect(el).to.be.accessible();
  });

  it('nothing found: says so, and the count says none', async () => {
    const el = await mountOffer();
    field(el, t.search).focus();
    await sendKeys({ type: 'astrophysique' });
    await el.updateComplete;
    expect(programmes(el)).to.deep.equal([]);
    expect(count(el)).to.equal(t.count(0));
    expect(visible(el.textContent)).to.include(t.none);
    await expect(el).to.be.accessible();
  });

  it('the centre and diploma type filters, together and with the search', async () => {
    const el = await mountOffer();
    await choose(el, t.centre, 'Faculté d’économie');
    expect(centres(el)).to.deep.equal(['Faculté d’économie']);
    await choose(el, t.diplomaType, "DU - Diplôme d'université");
    expect(programmes(el)).to.deep.equal(["DU Création et reprise d'entreprise"]);
    expect(count(el)).to.equal(t.count(1));

    await choose(el, t.centre, t.allCentres);
    expect(programmes(el)).to.deep.equal([
      'DU Criminologie et sciences criminelles',
      'DU Médiation et règlement amiable des conflits',
      "DU Création et reprise d'entreprise",
      'DU Science des données',
    ]);
    field(el, t.search).focus();
    await sendKeys({ type: 'donnees' });
    await el.updateComplete;
    expect(programmes(el)).to.deep.equal(['DU Science des données']);
    await expect(el).to.be.accessible();
  });

  it('a failed read says why and "Réessayer" reads again', async () => {
    mock.backend.scenario = 'server-error';
    const el = await mountOffer();
    expect(alertText(el)).to.equal(baseFr.problems.server_error);
    await expect(el).to.be.accessible();
    mock.backend.scenario = null;
    control(el, baseFr.retry)!.click();
    await waitUntil(() => programmes(el).length > 0, 'the offer did not load again', PATIENCE);
    expect(alertText(el)).to.equal('');
    expect(programmes(el)).to.deep.equal(shownByBackend());
  });

  it('in English', async () => {
    const el = await mountOffer('en');
    expect(el.querySelector('h2')?.textContent).to.equal(en.trainingOffer.title);
    expect(count(el)).to.equal(en.trainingOffer.count(shownByBackend().length));
    await expect(el).to.be.accessible();
  });
});
