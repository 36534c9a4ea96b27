/**
 * `<ec-session-expiry>`: the warning before the session ends (on time, by the page's clock), the
 * one action that keeps the session, and the notice once it has ended.
 *
 * The clock is the real one, with sessions made to end within seconds: `@sinonjs/fake-timers` is
 * CommonJS only and the test runner serves ES modules.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { EcSessionExpiry } from '../../src/components/session-expiry/session-expiry.js';
import { fr } from '../../src/translations/portal/fr.js';
import { alertText, control, statusText, useMockBackend } from './helpers.js';
import { mountPortalElement } from './portal-helpers.js';
import { newCandidate, providerOf, visible } from './profile-helpers.js';

const mock = useMockBackend();
const { sessionExpiry: t } = fr;

/** The mock's idle timeout: 45 minutes. */
const LIFETIME_S = 45 * 60;

/** The time the warning names, as the candidate's clock shows it. */
const timeOf = (iso: string) => new Intl.DateTimeFormat('fr', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

const sessionOf = (el: EcSessionExpiry) => providerOf(el).session!.state;

/** Mounts the warning for a candidate who just logged in. */
async function loggedIn(warnBefore: number) {
  const el = await mountPortalElement('ec-session-expiry', { as: await newCandidate(mock), attrs: { 'warn-before': String(warnBefore) } });
  return { el, loggedInAt: performance.now() };
}

describe('<ec-session-expiry>', function () {
  this.timeout(20_000);

  it('says nothing while the session is far from its end', async () => {
    const { el } = await loggedIn(300);
    expect(alertText(el)).to.equal('');
    expect(statusText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('warns `warn-before` seconds before the end, not earlier: the idle candidate’s session is not kept alive by the check', async () => {
    // The warning is due 3 s after the login.
    const { el, loggedInAt } = await loggedIn(LIFETIME_S - 3);
    await aTimeout(1500);
    expect(alertText(el), 'warned too early').to.equal('');
    await waitUntil(() => alertText(el) !== '', 'no warning', { timeout: 5000, interval: 100 });
    const elapsed = performance.now() - loggedInAt;
    expect(elapsed).to.be.within(2500, 4500);
    const { session } = sessionOf(el);
    expect(alertText(el)).to.equal(t.warning(timeOf(session!.expiresAt)));
    expect(control(el, t.extend)).to.be.instanceOf(HTMLButtonElement);
    expect(document.activeElement, 'the warning does not take the focus').not.to.equal(control(el, t.extend));
    await expect(el).to.be.accessible();
  });

  it('"Rester connecté" extends the session: the end moves, the warning goes, the status says so', async () => {
    const { el } = await loggedIn(LIFETIME_S - 2);
    await waitUntil(() => alertText(el) !== '', 'no warning', { timeout: 5000 });
    const before = Date.parse(sessionOf(el).session!.expiresAt);
    await aTimeout(1000);
    control(el, t.extend)!.click();
    await waitUntil(() => statusText(el) === t.extended, 'the status does not say the session was extended', { timeout: 3000 });
    expect(Date.parse(sessionOf(el).session!.expiresAt)).to.be.above(before);
    expect(alertText(el)).to.equal('');
    expect(control(el, t.extend)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('once the session has ended: anonymous, and the notice says it ended', async () => {
    // Logged in while the backend's clock ran 45 min minus 4 s behind: the session ends 4 s after the login.
    const behind = (LIFETIME_S - 4) * 1000;
    mock.backend.advanceClock(-behind);
    let mounted: Awaited<ReturnType<typeof loggedIn>>;
    try {
      mounted = await loggedIn(300);
    } finally {
      mock.backend.advanceClock(behind);
    }
    const { el } = mounted;
    expect(alertText(el), 'warned at once: the end is within 5 minutes').to.include(t.warning(timeOf(sessionOf(el).session!.expiresAt)));
    await waitUntil(() => sessionOf(el).status === 'anonymous', 'the session did not end', { timeout: 6000 });
    await el.updateComplete;
    expect(alertText(el)).to.equal(t.expired);
    expect(control(el, t.extend)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('a logout is not an expiry: no notice', async () => {
    const { el } = await loggedIn(300);
    await providerOf(el).session!.logout();
    await el.updateComplete;
    expect(visible(el.textContent)).to.equal('');
  });
});
