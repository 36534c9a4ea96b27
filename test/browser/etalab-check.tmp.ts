import { expect } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { startMockWorker } from '../../mocks/browser.js';
import { createMockBackend } from '../../mocks/index.js';
import { createClient } from '../../sdk/index.js';

const backend = createMockBackend({ appUrl: `${location.origin}/` });
let worker: SetupWorker;
before(async () => (worker = await startMockWorker(backend)));
after(() => worker.stop());

describe('referentials in the browser', () => {
  it('loads communes and départements lazily from the etalab data', async () => {
    const client = createClient({ baseUrl: new URL('/api/', location.href), retries: 0 });
    const communes = await client.referentials.communes({ postalCode: '57000' });
    expect(communes.map((c) => c.label)).to.deep.equal(['Metz']);
    const departments = await client.referentials.departments();
    expect(departments.length).to.be.greaterThan(100);
  });
});
