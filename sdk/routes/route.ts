import type * as v from 'valibot';

type Schema = v.GenericSchema;

/** One operation of the HTTP contract: method, path under the base URL, body and answer schemas. */
export interface Route<TInput extends Schema | undefined = Schema | undefined, TOutput extends Schema | undefined = Schema | undefined> {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  readonly path: string;
  /** The JSON body's schema; none for GET and DELETE. */
  readonly input: TInput;
  /** The answer's schema; none when the answer has no body. */
  readonly output: TOutput;
  /** The status of success. */
  readonly status: number;
}

/** Declares one route. */
export const route = <TInput extends Schema | undefined, TOutput extends Schema | undefined>(
  method: Route['method'],
  path: string,
  status: number,
  input: TInput,
  output: TOutput,
): Route<TInput, TOutput> => ({ method, path, status, input, output });

