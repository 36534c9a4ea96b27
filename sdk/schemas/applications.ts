import * as v from 'valibot';
import { TimestampSchema } from './common.js';
import { ReferenceSchema } from './referentials.js';

/** The statuses of an application's file: `AT` waiting, `RE` received, `IN` incomplete, `CO` complete. */
export const APPLICATION_STATUSES = ['AT', 'RE', 'IN', 'CO'] as const;

/** One application of the candidate: the programme applied to, its centre, its file's status and the decision, once published. */
export const ApplicationSchema = v.object({
  id: v.string(),
  programme: ReferenceSchema,
  /** The application centre (centre de candidature). */
  centre: v.string(),
  /** The file's status; a code outside `APPLICATION_STATUSES` (from a newer backend) reads as is. */
  status: v.string(),
  /** The published decision (`FA`, `DE`, `LC`, `LA`, `PR`), or `null`. */
  decision: v.nullable(v.string()),
  createdAt: TimestampSchema,
});
/** One application. */
export type Application = v.InferOutput<typeof ApplicationSchema>;
