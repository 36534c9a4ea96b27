import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** An answer as the wire carries it. */
export interface WireAnswer {
  status: number;
  contentType: string;
  headers: Headers;
  body: unknown;
}

/** Sends one request of the contract with plain `fetch` (no SDK) and reads the answer. */
export async function call(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<WireAnswer> {
  const response = await fetch(new URL(path, base), {
    method,
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type')?.split(';')[0] ?? '',
    headers: response.headers,
    body: text ? (JSON.parse(text) as unknown) : undefined,
  };
}

/** The backend under test: `ECANDIDAT_BASE_URL`, or `npm run mock-server` started on a free port. */
export async function backendUnderTest(): Promise<{ base: string; stop(): void }> {
  const given = process.env.ECANDIDAT_BASE_URL;
  if (given) return { base: given.replace(/\/?$/, '/'), stop: () => undefined };
  const server: ChildProcess = spawn('npm', ['run', '--silent', 'mock-server'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const [line] = (await Promise.race([
    once(server.stdout!, 'data'),
    once(server, 'exit').then(() => Promise.reject(new Error('npm run mock-server exited'))),
  ])) as [Buffer];
  const base = /https?:\/\/\S+/.exec(line.toString())?.[0];
  if (!base) throw new Error(`Unexpected mock-server output: ${line.toString()}`);
  return { base, stop: () => process.kill(-server.pid!, 'SIGTERM') };
}
