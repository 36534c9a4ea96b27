import { delay, HttpResponse } from 'msw';
import type { MockContext } from './context.js';
import { problem, type Reply } from './reply.js';

/** Named failure modes of the reference backend, for stories, tests and the demo. */
export const SCENARIOS = [
  /** Every request: 503 `maintenance` with `Retry-After` and the end time. */
  'maintenance',
  /** No active campaign: `config.campaign` is `null`, account operations answer 403 `campaign_closed`. */
  'campaign-closed',
  /** Every operation but `config`: 429 `rate_limited` with `Retry-After: 30`. */
  'rate-limited',
  /** Every request answers after 2 seconds. */
  'slow',
  /** Every operation but `config`: 500 with an HTML body. */
  'server-error',
  /** Every operation but `config`: 200 with a body that breaks the contract. */
  'contract-breaking',
  /** Every operation but `config`: the connection fails. */
  'offline',
] as const;

/** A named failure mode. */
export type Scenario = (typeof SCENARIOS)[number];

const MAINTENANCE_SECONDS = 2 * 3600;

/**
 * What `scenario` answers instead of the backend: a reply, a network error, or `undefined` to let
 * the request through (after the slow scenario's wait).
 */
export async function scenarioReply(
  scenario: Scenario | null,
  ctx: MockContext,
  isConfig: boolean,
): Promise<Reply | Response | undefined> {
  switch (scenario) {
    case 'maintenance':
      return problem(
        503,
        'maintenance',
        { until: new Date(ctx.now() + MAINTENANCE_SECONDS * 1000).toISOString() },
        { 'Retry-After': String(MAINTENANCE_SECONDS) },
      );
    case 'slow':
      await delay(2000);
      return undefined;
    case null:
    case 'campaign-closed':
      return undefined;
  }
  if (isConfig) return undefined;
  switch (scenario) {
    case 'rate-limited':
      return problem(429, 'rate_limited', {}, { 'Retry-After': '30' });
    case 'server-error':
      return { status: 500, body: undefined, headers: { 'Content-Type': 'text/html' } };
    case 'contract-breaking':
      return { status: 200, body: { unexpected: '<img src=x onerror=alert(1)>' } };
    case 'offline':
      return HttpResponse.error();
  }
}
