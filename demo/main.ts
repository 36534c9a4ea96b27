/**
 * The demo portal (`npm start`): `<ec-portal>` on the reference backend, which runs in an msw
 * worker in this page; a mailbox panel shows what it mails, and a control switches it into a
 * failure mode (`?scenario=maintenance` does the same from the address).
 */
import { startMockWorker } from '../mocks/browser.js';
import { createMockBackend, ECANDIDAT_NIGHTLY, SCENARIOS, type Scenario } from '../mocks/index.js';
import { renderMailbox } from './mailbox.js';

const backend = createMockBackend({ appUrl: `${location.origin}/`, latency: 150 });
const scenario = document.querySelector<HTMLSelectElement>('#scenario')!;
scenario.append(...SCENARIOS.map((name) => new Option(name, name)));
scenario.value = new URLSearchParams(location.search).get('scenario') ?? '';
backend.scenario = (scenario.value || null) as Scenario | null;
scenario.addEventListener('change', () => (backend.scenario = (scenario.value || null) as Scenario | null));
// Announced unavailability comes with the configuration, read when the page loads: each box reloads the page with its setting.
const params = new URLSearchParams(location.search);
for (const id of ['nightly', 'announced']) {
  const box = document.querySelector<HTMLInputElement>(`#${id}`)!;
  box.checked = params.has(id);
  box.addEventListener('change', () => {
    if (box.checked) params.set(id, '');
    else params.delete(id);
    location.search = params.toString();
  });
}
if (params.has('nightly')) backend.nightly = ECANDIDAT_NIGHTLY;
if (params.has('announced')) {
  const start = Date.now() + 2 * 24 * 3_600_000;
  backend.state.config.maintenance.windows = [{ start: new Date(start).toISOString(), end: new Date(start + 4 * 3_600_000).toISOString() }];
}
await startMockWorker(backend);
// Defined once the worker answers: the portal reads the configuration at once.
await import('../src/define/ec-portal.js');

const portal = document.querySelector('ec-portal')!;
portal.locale = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr';
portal.addEventListener('ec-success', (event) => {
  // The demo's candidates arrive with a few applications and internal studies to look at.
  if ((event.target as Element).localName !== 'ec-activation') return;
  const { login } = (event as CustomEvent<{ login: string }>).detail;
  backend.seedApplications(login);
  backend.seedInternalStudies(login);
});

/** Opens a mailed link in this page (the backend lives in its memory): the portal reads the token and the view. */
const open = (url: URL) => {
  history.pushState(null, '', url);
  dispatchEvent(new HashChangeEvent('hashchange'));
};

const mailbox = document.querySelector<HTMLElement>('#mailbox')!;
let shown = -1;
setInterval(() => {
  if (backend.outbox.length === shown) return;
  shown = backend.outbox.length;
  renderMailbox(mailbox, backend.outbox, open);
}, 300);
