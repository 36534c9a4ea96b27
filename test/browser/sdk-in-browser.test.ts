import { expect } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { startMockWorker } from '../../mocks/browser.js';
import { createMockBackend } from '../../mocks/index.js';
import { createClient, createSessionStore, type SessionState } from '../../sdk/index.js';

const backend = createMockBackend({ appUrl: `${location.origin}/` });
let worker: SetupWorker;
before(async () => (worker = await startMockWorker(backend)));
after(() => worker.stop());

const PASSWORD = 'Browser-pass1';
const newClient = () => createClient({ baseUrl: new URL('/api/', location.href), retries: 0 });

/** Signs up through the SDK, activates with the mailed token, and answers the login. */
async function activatedLogin(mail: string): Promise<string> {
  const client = newClient();
  await client.account.signup({ lastName: 'Dupont', firstName: 'Zoë', mail, mailConfirmation: mail, password: PASSWORD, passwordConfirmation: PASSWORD });
  const link = backend.outbox.findLast((sent) => sent.to === mail)?.link ?? '';
  const { login } = await client.account.activate({ token: new URL(link).searchParams.get('token') ?? '' });
  return login;
}

describe('the SDK in Chromium against the mock backend in a service worker', () => {
  it('runs the account journey and keeps nothing in web storage, cookies or the URL', async () => {
    const before = location.href;
    const mail = `zoe.${Date.now()}@example.org`;
    const login = await activatedLogin(mail);
    const store = createSessionStore(newClient(), { channelName: `journey-${mail}` });
    const session = await store.login({ login, password: PASSWORD });
    expect(session.login).to.equal(login);
    expect(store.state.status).to.equal('authenticated');

    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).not.to.contain(login);
    expect(location.href).to.equal(before);
    expect(JSON.stringify(session)).not.to.contain('token');

    await store.logout();
    expect(store.state.status).to.equal('anonymous');
    store.dispose();
  });

  it('a logout in one tab reaches the others through BroadcastChannel', async () => {
    const mail = `tabs.${Date.now()}@example.org`;
    const login = await activatedLogin(mail);
    const channelName = `tabs-${mail}`;
    const here = createSessionStore(newClient(), { channelName });
    const otherTab = createSessionStore(newClient(), { channelName });
    await here.login({ login, password: PASSWORD });
    const seen: SessionState['status'][] = [];
    otherTab.subscribe((state) => seen.push(state.status));

    await here.logout();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.at(-1)).to.equal('anonymous');
    here.dispose();
    otherTab.dispose();
  });
});
