/**
 * The reference backend over real HTTP on 127.0.0.1, for the conformance suite and for trying
 * the contract with curl: `PORT=9090 npm run mock-server`, then `curl 127.0.0.1:9090/api/config`.
 */
import { createServer } from '@mswjs/http-middleware';
import type { AddressInfo } from 'node:net';
import { createMockBackend } from '../mocks/index.js';

const backend = createMockBackend({ appUrl: process.env.APP_URL ?? 'http://localhost:5173/' });
const server = createServer(...backend.handlers).listen(Number(process.env.PORT ?? 9090), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`eCandidat mock backend on http://127.0.0.1:${port}/api/`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
