import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, it } from 'node:test';
import {
  ApiError,
  AuthenticationError,
  createSessionStore,
  type EcandidatBackend,
  type Session,
  type SessionState,
  type SessionStore,
} from '../../sdk/index.js';
import { answer, aSession, empty, json, newClient, problem, rejection, useServer, waitFor } from './helpers.js';

useServer();

const loginInput = { login: '1QJ5A59F', password: 'Abcdef1@xy' };

const stores: SessionStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.dispose()));

/** A store on `channelName` (a fresh one by default), disposed after the test. */
function storeOf(backend: Pick<EcandidatBackend, 'session'>, channelName = `test-${randomUUID()}`): SessionStore {
  const store = createSessionStore(backend, { channelName });
  stores.push(store);
  return store;
}

/** Another tab's backend: answers `session` to every question and counts the calls. */
function fakeBackend(session: Session | null) {
  const calls = { current: 0, login: 0, extend: 0, logout: 0 };
  const backend: Pick<EcandidatBackend, 'session'> = {
    session: {
      current: () => (calls.current++, Promise.resolve(session)),
      login: () => (calls.login++, session ? Promise.resolve(session) : Promise.reject(new AuthenticationError(401, 'invalid_credentials'))),
      extend: () => (calls.extend++, session ? Promise.resolve(session) : Promise.reject(new AuthenticationError(401, 'unauthenticated'))),
      logout: () => (calls.logout++, Promise.resolve()),
    },
  };
  return { backend, calls };
}

/** The statuses a subscriber of `store` sees. */
function statusesOf(store: SessionStore): SessionState['status'][] {
  const statuses: SessionState['status'][] = [];
  store.subscribe((state) => statuses.push(state.status));
  return statuses;
}

describe('a session store over the HTTP client', () => {
  it('tells a subscriber unknown at once, then authenticated after login, then anonymous after logout', async () => {
    const session = aSession();
    answer('post', 'session', json(session));
    const logouts = answer('delete', 'session', empty(204));
    const store = storeOf(newClient());
    const states: SessionState[] = [];
    store.subscribe((state) => states.push(state));
    assert.deepEqual(states, [{ status: 'unknown', session: null }]);

    assert.deepEqual(await store.login(loginInput), session);
    assert.deepEqual(states.at(-1), { status: 'authenticated', session });
    assert.deepEqual(store.state, { status: 'authenticated', session });

    await store.logout();
    assert.equal(logouts.length, 1);
    assert.deepEqual(
      states.map((s) => s.status),
      ['unknown', 'authenticated', 'anonymous'],
    );
  });

  it('refresh answered 401 → anonymous', async () => {
    answer('get', 'session', problem(401, { code: 'unauthenticated' }));
    const store = storeOf(newClient());
    const statuses = statusesOf(store);
    assert.equal(await store.refresh(), null);
    assert.deepEqual(statuses, ['unknown', 'anonymous']);
  });

  it('refresh answered 200 → authenticated with that session', async () => {
    const session = aSession();
    answer('get', 'session', json(session));
    const store = storeOf(newClient());
    assert.deepEqual(await store.refresh(), session);
    assert.deepEqual(store.state, { status: 'authenticated', session });
  });

  it('a failed login leaves the state unchanged and rejects', async () => {
    answer('post', 'session', problem(401, { code: 'invalid_credentials' }));
    const store = storeOf(newClient());
    const statuses = statusesOf(store);
    assert.ok((await rejection(store.login(loginInput))) instanceof AuthenticationError);
    assert.deepEqual(statuses, ['unknown']);
  });

  it('a logout the backend refuses still forgets the session here, and rejects', async () => {
    answer('post', 'session', json(aSession()));
    answer('delete', 'session', problem(500, { code: 'server_error' }));
    const store = storeOf(newClient());
    await store.login(loginInput);
    assert.ok(await rejection(store.logout()));
    assert.equal(store.state.status, 'anonymous');
  });

  it('extend answered 200 → authenticated with the new expiry', async () => {
    const session = aSession();
    const extended = aSession({ expiresAt: new Date(Date.now() + 2 * 3_600_000).toISOString() });
    answer('post', 'session', json(session));
    const extensions = answer('post', 'session/extend', json(extended));
    const store = storeOf(newClient());
    await store.login(loginInput);
    assert.deepEqual(await store.extend(), extended);
    assert.equal(extensions.length, 1);
    assert.deepEqual(store.state, { status: 'authenticated', session: extended });
  });

  it('extend answered 401 (the session had ended) → null and anonymous', async () => {
    answer('post', 'session', json(aSession()));
    answer('post', 'session/extend', problem(401, { code: 'unauthenticated' }));
    const store = storeOf(newClient());
    await store.login(loginInput);
    const statuses = statusesOf(store);
    assert.equal(await store.extend(), null);
    assert.deepEqual(statuses, ['authenticated', 'anonymous']);
  });

  it('extend answered 500 → rejects and keeps the session', async () => {
    const session = aSession();
    answer('post', 'session', json(session));
    answer('post', 'session/extend', problem(500, { code: 'server_error' }));
    const store = storeOf(newClient());
    await store.login(loginInput);
    assert.ok((await rejection(store.extend())) instanceof ApiError);
    assert.deepEqual(store.state, { status: 'authenticated', session });
  });

  it('unsubscribe stops the calls', async () => {
    answer('get', 'session', json(aSession()));
    const store = storeOf(newClient());
    const statuses: string[] = [];
    const unsubscribe = store.subscribe((state) => statuses.push(state.status));
    unsubscribe();
    await store.refresh();
    assert.deepEqual(statuses, ['unknown']);
  });
});

describe('two tabs on the same channel', () => {
  /** Tab A and tab B, both logged in as far as they know. */
  async function twoTabs() {
    const channel = `test-${randomUUID()}`;
    const a = fakeBackend(aSession());
    const b = fakeBackend(aSession());
    const tabA = storeOf(a.backend, channel);
    const tabB = storeOf(b.backend, channel);
    await tabA.refresh();
    await tabB.refresh();
    return { tabA, tabB, a, b, channel };
  }

  it('logout in one makes the other anonymous within 1 s, without a second logout request', async () => {
    const { tabA, tabB, a, b } = await twoTabs();
    const statusesB = statusesOf(tabB);
    await tabA.logout();
    await waitFor(() => tabB.state.status === 'anonymous', 1000, 'tab B anonymous');
    assert.deepEqual(statusesB, ['authenticated', 'anonymous']);
    assert.equal(a.calls.logout, 1);
    assert.equal(b.calls.logout, 0);
  });

  it('expire() in one makes the other anonymous within 1 s', async () => {
    const { tabA, tabB } = await twoTabs();
    tabA.expire();
    assert.equal(tabA.state.status, 'anonymous');
    await waitFor(() => tabB.state.status === 'anonymous', 1000, 'tab B anonymous');
  });

  it('login in one makes the other ask the backend again', async () => {
    const channel = `test-${randomUUID()}`;
    const session = aSession();
    const a = fakeBackend(session);
    const b = fakeBackend(session);
    const tabA = storeOf(a.backend, channel);
    const tabB = storeOf(b.backend, channel);
    await tabA.login(loginInput);
    await waitFor(() => tabB.state.status === 'authenticated', 1000, 'tab B authenticated');
    assert.equal(b.calls.current, 1);
    assert.deepEqual(tabB.state.session, session);
  });

  it('extend in one makes the other ask the backend again, so it learns the new expiry', async () => {
    const { tabA, tabB, a, b } = await twoTabs();
    const extended = aSession({ expiresAt: new Date(Date.now() + 2 * 3_600_000).toISOString() });
    a.backend.session.extend = () => Promise.resolve(extended);
    b.backend.session.current = () => (b.calls.current++, Promise.resolve(extended));
    await tabA.extend();
    await waitFor(() => tabB.state.session?.expiresAt === extended.expiresAt, 1000, 'tab B has the new expiry');
    assert.equal(b.calls.current, 2, 'tab B asked once more after its first refresh');
    assert.equal(b.calls.extend, 0, 'tab B did not extend the session itself');
  });

  it('a store on another channel is not told', async () => {
    const { tabA, tabB } = await twoTabs();
    const other = storeOf(fakeBackend(aSession()).backend);
    await other.refresh();
    tabA.expire();
    await waitFor(() => tabB.state.status === 'anonymous', 1000, 'tab B anonymous');
    assert.equal(other.state.status, 'authenticated');
  });

  it('a disposed store no longer listens', async () => {
    const { tabA, tabB, channel } = await twoTabs();
    const tabC = storeOf(fakeBackend(aSession()).backend, channel);
    await tabC.refresh();
    const statusesB = statusesOf(tabB);
    tabB.dispose();
    tabA.expire();
    await waitFor(() => tabC.state.status === 'anonymous', 1000, 'tab C anonymous');
    assert.equal(tabB.state.status, 'authenticated');
    assert.deepEqual(statusesB, ['authenticated']);
  });
});

describe('expiry', () => {
  const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

  it('at its end the store asks the backend; ended there, it is anonymous here and in the other tabs', async () => {
    const channel = `test-${randomUUID()}`;
    const { backend, calls } = fakeBackend(aSession({ expiresAt: inMs(50) }));
    const tab = storeOf(backend, channel);
    const other = storeOf(fakeBackend(aSession()).backend, channel);
    await other.refresh();
    const statuses = statusesOf(tab);
    await tab.refresh();
    backend.session.current = () => (calls.current++, Promise.resolve(null));
    assert.equal(tab.state.status, 'authenticated');
    await waitFor(() => tab.state.status === 'anonymous', 2000, 'the session ended');
    assert.equal(calls.current, 2, 'asked once at the end');
    assert.deepEqual(statuses.slice(0, 3), ['unknown', 'authenticated', 'anonymous']);
    await waitFor(() => other.state.status === 'anonymous', 1000, 'the other tab told');
  });

  it('at its end, a session the backend kept alive (the candidate saved meanwhile) takes its new end and stays', async () => {
    const { backend } = fakeBackend(aSession({ expiresAt: inMs(50) }));
    const tab = storeOf(backend);
    await tab.refresh();
    const later = aSession({ expiresAt: inMs(3_600_000) });
    backend.session.current = () => Promise.resolve(later);
    await waitFor(() => tab.state.session?.expiresAt === later.expiresAt, 2000, 'the new end learnt');
    assert.equal(tab.state.status, 'authenticated');
  });

  it('at its end with the backend unreachable, it has ended here and in the other tabs', async () => {
    const channel = `test-${randomUUID()}`;
    const { backend } = fakeBackend(aSession({ expiresAt: inMs(50) }));
    const tab = storeOf(backend, channel);
    const other = storeOf(fakeBackend(aSession()).backend, channel);
    await Promise.all([tab.refresh(), other.refresh()]);
    backend.session.current = () => Promise.reject(new TypeError('Failed to fetch'));
    await waitFor(() => tab.state.status === 'anonymous', 2000, 'the session ended');
    await waitFor(() => other.state.status === 'anonymous', 1000, 'the other tab told');
  });

  it('an extended session is not asked about at its former end', async () => {
    const { backend, calls } = fakeBackend(aSession({ expiresAt: inMs(50) }));
    const tab = storeOf(backend);
    await tab.refresh();
    backend.session.extend = () => Promise.resolve(aSession({ expiresAt: inMs(3_600_000) }));
    await tab.extend();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(calls.current, 1);
    assert.equal(tab.state.status, 'authenticated');
  });

  it('a session ending beyond setTimeout’s limit (in 30 days) is not asked about at once', async () => {
    const { backend, calls } = fakeBackend(aSession({ expiresAt: inMs(30 * 24 * 3_600_000) }));
    const tab = storeOf(backend);
    await tab.refresh();
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(calls.current, 1);
    assert.equal(tab.state.status, 'authenticated');
  });

  it('a session already past its end by this clock (clocks differ) is asked about a second later, not in a loop', async () => {
    const { backend, calls } = fakeBackend(aSession({ expiresAt: inMs(-60_000) }));
    const tab = storeOf(backend);
    await tab.refresh();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(calls.current, 2, 'asked once more after a second');
    backend.session.current = () => Promise.resolve(null);
    await waitFor(() => tab.state.status === 'anonymous', 1500, 'ended once the backend says so');
  });
});

describe('dispose', () => {
  it('closes the channel and the expiry timer, so the process can exit', async () => {
    // The child logs in (expiry timer running, channel open), disposes, then must exit by itself.
    const child = fileURLToPath(new URL('./fixtures/dispose-exit.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', child], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      timeout: 10_000,
    });
    assert.equal(stdout.trim(), 'disposed');
  });
});
