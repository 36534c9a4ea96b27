/**
 * `<ec-platform-status>` beside a form: maintenance announced before a scheduled window, the
 * nightly window announced within the hour before it and shown while in force, maintenance
 * declared now; while the platform is unavailable the form keeps its fields but sends nothing.
 *
 * Windows are set around the real clock (the runtime reads it again every 15 s).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { EcLoginForm } from '../../src/components/login-form/login-form.js';
import type { EcPlatformStatus } from '../../src/components/platform-status/platform-status.js';
import { fr as baseFr } from '../../src/translations/fr.js';
import { fr } from '../../src/translations/portal/fr.js';
import { alertText, candidateTime, countRequests, fill, PATHS, submitButton, useMockBackend, values } from './helpers.js';
import { configure, inMinutes, maintenance, mountPortalElement, textsOf } from './portal-helpers.js';

const mock = useMockBackend();
const { status: t } = fr;

/** `<ec-platform-status>` and a login form in one provider. */
async function mountWithForm(): Promise<{ status: EcPlatformStatus; form: EcLoginForm }> {
  const status = await mountPortalElement('ec-platform-status', { beside: ['ec-login-form'] });
  const form = status.parentElement!.querySelector('ec-login-form')!;
  // The CAS entry comes with the configuration.
  await waitUntil(() => form.querySelector('a.ec-button') !== null && form.querySelector('form') !== null, 'the form did not render with the configuration');
  return { status, form };
}

const banners = (status: Element) => textsOf(status, '[part=alert]');

/** The form is filled, its submit sends nothing, and what was typed stays. */
async function refusesToSend(form: EcLoginForm) {
  const requests = countRequests(mock, PATHS.login);
  await fill(form, { Utilisateur: '21EG9U1F', 'Mot de passe': 'Un-mot-de-passe-1' });
  expect(submitButton(form)).to.have.attribute('aria-disabled', 'true');
  submitButton(form).click();
  await form.updateComplete;
  expect(requests.count, 'requests sent during the maintenance').to.equal(0);
  expect(values(form)).to.deep.equal({ Utilisateur: '21EG9U1F', 'Mot de passe': 'Un-mot-de-passe-1' });
}

describe('<ec-platform-status>', function () {
  this.timeout(30_000);

  it('says nothing when no maintenance is planned, and the form sends', async () => {
    configure(mock, { maintenance: maintenance({}) });
    const { status, form } = await mountWithForm();
    expect(banners(status)).to.deep.equal([]);
    expect(submitButton(form)).to.have.attribute('aria-disabled', 'false');
    await expect(status).to.be.accessible();
  });

  it('announces a scheduled window before it starts, with its dates; the form still sends', async () => {
    const window = { start: inMinutes(2 * 24 * 60), end: inMinutes(2 * 24 * 60 + 180) };
    configure(mock, { maintenance: maintenance({ windows: [window] }) });
    const { status, form } = await mountWithForm();
    expect(banners(status)).to.deep.equal([t.scheduled(candidateTime(window.start), candidateTime(window.end))]);
    expect(status.querySelector('[role=status]')?.textContent).to.include(String(new Date(window.start).getFullYear()));
    expect(submitButton(form)).to.have.attribute('aria-disabled', 'false');
    await expect(status).to.be.accessible();
  });

  it('names the window’s times in the candidate’s own time zone: 23:00–03:00 in Paris reads 19:00–23:00 UTC−3 in French Guiana', async () => {
    configure(mock, { maintenance: maintenance({ windows: [{ start: '2099-01-14T22:00:00Z', end: '2099-01-15T02:00:00Z' }] }) });
    const { status } = await mountWithForm();
    expect(banners(status)).to.deep.equal([t.scheduled('14 janvier 2099 à 19:00 UTC−3', '14 janvier 2099 à 23:00 UTC−3')]);
  });

  it('during a scheduled window: says so until its end; the form’s submit is disabled, sends nothing, and its alert says why', async () => {
    const window = { start: inMinutes(-5), end: inMinutes(120) };
    configure(mock, { maintenance: maintenance({ windows: [window] }) });
    const { status, form } = await mountWithForm();
    expect(banners(status)).to.deep.equal([t.now(candidateTime(window.end))]);
    expect(alertText(form)).to.equal(baseFr.maintenance(candidateTime(window.end)));
    await refusesToSend(form);
    await expect(status).to.be.accessible();
    await expect(form).to.be.accessible();
  });

  it('a window starting while the page is open: announced, then in force, without reloading', async () => {
    const window = { start: inMinutes(0.05), end: inMinutes(60) };
    configure(mock, { maintenance: maintenance({ windows: [window] }) });
    const { status, form } = await mountWithForm();
    expect(banners(status)).to.deep.equal([t.scheduled(candidateTime(window.start), candidateTime(window.end))]);
    await waitUntil(() => submitButton(form).getAttribute('aria-disabled') === 'true', 'the window never came into force', { timeout: 20_000 });
    expect(banners(status)).to.deep.equal([t.now(candidateTime(window.end))]);
  });

  it('the nightly window is not announced more than an hour before it', async () => {
    configure(mock, { maintenance: maintenance({ windows: [{ start: inMinutes(90), end: inMinutes(210), daily: true }] }) });
    const { status, form } = await mountWithForm();
    expect(banners(status)).to.deep.equal([]);
    expect(submitButton(form)).to.have.attribute('aria-disabled', 'false');
  });

  it('the nightly window is announced within the hour before it', async () => {
    const [start, end] = [inMinutes(30), inMinutes(150)];
    configure(mock, { maintenance: maintenance({ windows: [{ start, end, daily: true }] }) });
    const { status, form } = await mountWithForm();
    expect(banners(status)).to.deep.equal([t.daily(candidateTime(start, { withDay: false }), candidateTime(end, { withDay: false }))]);
    expect(submitButton(form)).to.have.attribute('aria-disabled', 'false');
    await expect(status).to.be.accessible();
  });

  it('while the nightly window is in force: shown, and the form sends nothing', async () => {
    configure(mock, { maintenance: maintenance({ windows: [{ start: inMinutes(-10), end: inMinutes(110), daily: true }] }) });
    const { status, form } = await mountWithForm();
    expect(status.querySelectorAll('.ec-down')).to.have.length(1);
    expect(banners(status)[0]).to.match(/^La plateforme est indisponible chaque nuit de /);
    await refusesToSend(form);
    await expect(status).to.be.accessible();
  });

  it('maintenance declared now shows at once, with its end when known', async () => {
    const until = inMinutes(90);
    configure(mock, { maintenance: maintenance({ active: true, until }) });
    const { status, form } = await mountWithForm();
    expect(banners(status)).to.deep.equal([t.now(candidateTime(until))]);
    expect(alertText(form)).to.equal(baseFr.maintenance(candidateTime(until)));
    await refusesToSend(form);
    await expect(status).to.be.accessible();
  });

  it('maintenance declared now, end unknown', async () => {
    configure(mock, { maintenance: maintenance({ active: true }) });
    const { status, form } = await mountWithForm();
    expect(banners(status)).to.deep.equal([t.now(null)]);
    expect(alertText(form)).to.equal(baseFr.maintenance(null));
  });
});
