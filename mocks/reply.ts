import type { FieldErrors, Problem } from '../sdk/index.js';

/** What a mock operation answers, before it becomes an HTTP response. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** An `application/problem+json` answer with the contract's `code` (and a `detail` for people, if any). */
export const problem = (status: number, code: string, extra: Partial<Problem> & { detail?: string } = {}, headers?: Record<string, string>): Reply => ({
  status,
  body: { type: 'about:blank', title: code.replaceAll('_', ' '), status, code, ...extra },
  headers: { 'Content-Type': 'application/problem+json', ...headers },
});

/** A 400 `validation_failed` answer with field error codes. */
export const invalid = (fieldErrors: FieldErrors): Reply => problem(400, 'validation_failed', { fieldErrors });

/** A success answer. */
export const ok = (status: number, body?: unknown): Reply => ({ status, body });
