/**
 * The demo portal (`npm start`): the reference backend runs in an msw worker in this page, the
 * SDK talks to it at /api/, and a mailbox panel shows what it mails.
 */
import { createClient } from '../sdk/index.js';
import { startMockWorker } from '../mocks/browser.js';
import { createMockBackend, type Scenario } from '../mocks/index.js';
import { renderMailbox } from './mailbox.js';

const backend = createMockBackend({ appUrl: `${location.origin}/`, latency: 150 });
backend.scenario = (new URLSearchParams(location.search).get('scenario') as Scenario | null) ?? null;
await startMockWorker(backend, { quiet: false });

const client = createClient({ baseUrl: new URL('/api/', location.href), locale: document.documentElement.lang });
const mailbox = document.querySelector<HTMLElement>('#mailbox')!;
const showMailbox = () => renderMailbox(mailbox, backend.outbox);
showMailbox();
setInterval(showMailbox, 1000);

const config = await client.platform.config();
document.querySelector('#institution')!.textContent = `${config.institution.name} — ${config.campaign?.label ?? 'aucune campagne active'}`;

await Promise.all([import('../src/define/ec-provider.js'), import('../src/define/ec-login-form.js')]);
document.querySelector('#app')!.innerHTML = '<ec-provider base-url="/api/"><ec-login-form></ec-login-form></ec-provider>';
