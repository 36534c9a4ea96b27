/**
 * `<ec-home>` and `<ec-assistance>`: the welcome anonymous and logged in, the campaign's dates,
 * the steps, the final-registration link once published, the contacts; the institution's texts
 * render inert (markup as text, only https and mailto links).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { fr as baseFr } from '../../src/translations/fr.js';
import { fr } from '../../src/translations/portal/fr.js';
import { alertText, api, candidateTime, control, link, PATHS, problem, useMockBackend } from './helpers.js';
import { configure, mountPortalElement, textsOf } from './portal-helpers.js';
import { newCandidate, PATIENCE, saveWholeProfile, visible } from './profile-helpers.js';

const mock = useMockBackend();
const { home: t, assistance: ta } = fr;

/** The steps as read: "Compléter mon dossier (en cours)". */
const steps = (el: Element) => textsOf(el, '.ec-steps-list li');
const step = (name: keyof typeof t.step, state: keyof typeof t.stepState) => `${t.step[name]} (${t.stepState[state]})`;
const currentStep = (el: Element) => textsOf(el, '[aria-current=step]');

/** Text with markup, script links and real links, as an institution might type it. */
const HOSTILE = [
  'Attention <img src=x onerror="window.__xss=1"> <script>window.__xss=1</script>',
  '',
  'Aide : [cliquez ici](javascript:window.__xss=1) ou javascript:window.__xss=1 ou [FAQ](https://ecandidat.example.org/faq), écrivez à mailto:aide@example.org.',
].join('\n');

/** The institution's text shows inert: markup as typed, no element injected, no script link. */
function rendersInert(container: Element) {
  expect(container.querySelector('img, script, [onerror]')).to.equal(null);
  expect(visible(container.textContent)).to.include('<img src=x onerror="window.__xss=1"> <script>window.__xss=1</script>');
  expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include.members([
    'https://ecandidat.example.org/faq',
    'mailto:aide@example.org',
  ]);
  for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href'), a.textContent ?? '').to.match(/^(https:|mailto:|tel:)/);
  expect(link(container, 'FAQ').href).to.equal('https://ecandidat.example.org/faq');
  expect(link(container, 'aide@example.org').href).to.equal('mailto:aide@example.org');
  expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
}

/** Mounts the home and waits until it shows the configuration (the campaign configured, or that none is open). */
async function mountHome(options: Parameters<typeof mountPortalElement>[1] = {}) {
  const el = await mountPortalElement('ec-home', options);
  const shown = mock.backend.state.config.campaign?.label ?? t.noCampaign;
  await waitUntil(() => visible(el.textContent).includes(shown), `the home does not show the configuration (${shown})`, PATIENCE);
  return el;
}

describe('<ec-home>', () => {
  it('anonymous: the welcome, login and signup links, the messages, the campaign’s dates, the first step current', async () => {
    const el = await mountHome();
    const { campaign, institution } = mock.backend.state.config;
    expect(el.querySelector('h2')?.textContent).to.equal(t.title);
    expect(visible(el.textContent)).to.include(t.intro(institution.name));
    expect(link(el, t.logIn).getAttribute('href')).to.equal('#login');
    expect(link(el, t.signUp).getAttribute('href')).to.equal('#signup');
    expect(textsOf(el, '.ec-messages p')).to.deep.equal(['Avant toute candidature, consultez le catalogue de formation.']);
    expect(visible(el.textContent)).to.include(t.campaign(campaign!.label, candidateTime(campaign!.opensAt), candidateTime(campaign!.closesAt)));
    expect(steps(el)).to.deep.equal([step('account', 'current'), step('profile', 'todo'), step('applications', 'todo'), step('finalRegistration', 'todo')]);
    expect(visible(el.textContent)).not.to.include(t.finalRegistrationLater);
    await expect(el).to.be.accessible();
  });

  it('no campaign open: says so', async () => {
    configure(mock, { campaign: null });
    const el = await mountHome();
    expect(visible(el.textContent)).to.include(t.noCampaign);
  });

  it('logged in: the welcome by name and login; account done, profile current with its link; the final registration later', async () => {
    const candidate = await newCandidate(mock);
    const el = await mountHome({ as: candidate });
    expect(el.querySelector('h2')?.textContent).to.equal(t.welcome('ZOË', 'DUPONT'));
    expect(visible(el.textContent)).to.include(t.loggedInAs(candidate.login));
    expect(steps(el)).to.deep.equal([step('account', 'done'), step('profile', 'current'), step('applications', 'todo'), step('finalRegistration', 'todo')]);
    expect(link(el, t.completeProfile).getAttribute('href')).to.equal('#account');
    expect(visible(el.textContent)).to.include(t.finalRegistrationLater);
    expect(el.querySelector('a.ec-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a complete profile: applying is the current step', async () => {
    const candidate = await newCandidate(mock);
    await saveWholeProfile(candidate);
    const el = await mountHome({ as: candidate });
    await waitUntil(() => currentStep(el)[0] === step('applications', 'current'), `the current step is ${currentStep(el).join()}`, PATIENCE);
    expect(steps(el)).to.deep.equal([step('account', 'done'), step('profile', 'done'), step('applications', 'current'), step('finalRegistration', 'todo')]);
    expect(() => link(el, t.completeProfile)).to.throw();
    await expect(el).to.be.accessible();
  });

  it('the final-registration link shows once published, for a logged-in candidate only', async () => {
    configure(mock, { finalRegistrationUrl: 'https://inscription.example.org/' });
    const anonymous = await mountHome();
    expect(() => link(anonymous, t.finalRegistration)).to.throw();
    const el = await mountHome({ as: await newCandidate(mock) });
    expect(link(el, t.finalRegistration).href).to.equal('https://inscription.example.org/');
    expect(visible(el.textContent)).not.to.include(t.finalRegistrationLater);
    await expect(el).to.be.accessible();
  });

  it('SEC-11/12: a home message with markup and a javascript: link renders inert; https and mailto links are links', async () => {
    configure(mock, { homeMessages: [{ id: 'hostile', text: { fr: HOSTILE } }] });
    const el = await mountHome();
    const messages = el.querySelector('.ec-messages')!;
    expect(messages.querySelectorAll('p')).to.have.length(2);
    rendersInert(messages);
    await expect(el).to.be.accessible();
  });

  it('a message in English for an English page, French when it has no English', async () => {
    configure(mock, { homeMessages: [{ id: 'a', text: { fr: 'Bonjour', en: 'Hello' } }, { id: 'b', text: { fr: 'Seulement en français' } }] });
    const el = await mountHome({ locale: 'en' });
    await waitUntil(() => el.querySelector('.ec-messages') !== null, 'no messages', PATIENCE);
    expect(textsOf(el, '.ec-messages p')).to.deep.equal(['Hello', 'Seulement en français']);
  });
});

describe('<ec-assistance>', () => {
  it('the help and whom to contact: mail, phone and website links', async () => {
    const el = await mountPortalElement('ec-assistance');
    await waitUntil(() => el.querySelector('.ec-contacts') !== null, 'no contacts', PATIENCE);
    expect(el.querySelector('h2')?.textContent).to.equal(ta.title);
    expect(visible(el.textContent)).to.include('Indiquez toujours votre numéro de dossier, jamais votre mot de passe.');
    expect(textsOf(el, '.ec-contacts strong')).to.deep.equal(['Assistance eCandidat', 'Scolarité de la Faculté de droit', 'Relations internationales (candidats étrangers)']);
    expect(link(el, 'assistance.ecandidat@example.org').href).to.equal('mailto:assistance.ecandidat@example.org');
    expect(link(el, '03 53 48 12 34').href).to.equal('tel:0353481234');
    expect(link(el, 'https://international.example.org/candidater').href).to.equal('https://international.example.org/candidater');
    expect(textsOf(el, '.ec-contacts li')[1]).to.equal(
      `Scolarité de la Faculté de droit ${baseFr.labelled(ta.mail, 'scolarite.droit@example.org')} ${baseFr.labelled(ta.phone, '03 53 48 20 10')}`,
    );
    await expect(el).to.be.accessible();
  });

  it('in English: the English help and contact names', async () => {
    const el = await mountPortalElement('ec-assistance', { locale: 'en' });
    await waitUntil(() => el.querySelector('.ec-contacts') !== null, 'no contacts', PATIENCE);
    expect(visible(el.textContent)).to.include('Always give your dossier number, never your password.');
    expect(textsOf(el, '.ec-contacts strong')[0]).to.equal('eCandidat help desk');
    await expect(el).to.be.accessible();
  });

  it('the configuration cannot be read: says why, and "Réessayer" reads it again', async () => {
    mock.worker.use(http.get(api(PATHS.config), () => problem(500, 'server_error')));
    const el = await mountPortalElement('ec-assistance');
    await waitUntil(() => alertText(el) !== '', 'no alert', PATIENCE);
    expect(alertText(el)).to.equal(baseFr.problems.server_error);
    await expect(el).to.be.accessible();
    mock.worker.resetHandlers();
    control(el, baseFr.retry)!.click();
    await waitUntil(() => el.querySelector('.ec-contacts') !== null, 'the help did not load', PATIENCE);
    expect(alertText(el)).to.equal('');
  });

  it('no help published: says so', async () => {
    configure(mock, { institution: { ...mock.backend.state.config.institution, assistance: { text: { fr: '' }, contacts: [] } } });
    const el = await mountPortalElement('ec-assistance');
    await waitUntil(() => visible(el.textContent).includes(ta.none), 'no word that there is no help', PATIENCE);
    expect(el.querySelector('.ec-contacts')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('SEC-11/12: help text with markup and a javascript: link renders inert; https and mailto links are links', async () => {
    configure(mock, { institution: { ...mock.backend.state.config.institution, assistance: { text: { fr: HOSTILE }, contacts: [] } } });
    const el = await mountPortalElement('ec-assistance');
    await waitUntil(() => visible(el.textContent).includes('Attention'), 'no help text', PATIENCE);
    rendersInert(el);
    await expect(el).to.be.accessible();
  });
});
