import * as v from 'valibot';
import { DateSchema } from './common.js';
import { ReferenceSchema } from './referentials.js';

/**
 * A programme (formation) of the training offer: its diploma type, whether its file is sent
 * online (dematerialised) or by post, its "Dates utiles" and whether it takes applications today.
 */
export const ProgrammeSchema = v.object({
  code: v.string(),
  label: v.string(),
  diplomaType: ReferenceSchema,
  /** The file is sent online ("Transmettre ma candidature"), not by post. */
  dematerialised: v.boolean(),
  /** Whether it takes applications today, by the backend's clock: the campaign is open and today is within the application dates. */
  open: v.boolean(),
  /** The "Dates utiles"; days are inclusive, `null` when the programme sets none. */
  dates: v.object({
    /** Applications open (dépôt). */
    applicationStart: DateSchema,
    /** Last day to apply (dépôt). */
    applicationEnd: DateSchema,
    /** Last day to send the file's documents (retour). */
    documentsDue: v.nullable(DateSchema),
    /** Files are pre-analysed (pré-analyse). */
    preAnalysis: v.nullable(DateSchema),
    /** The jury meets. */
    jury: v.nullable(DateSchema),
    /** Decisions are published. */
    publication: v.nullable(DateSchema),
    /** Last day to confirm a place after a favourable decision (confirmation). */
    confirmationDue: v.nullable(DateSchema),
  }),
});
/** A programme of the training offer. */
export type Programme = v.InferOutput<typeof ProgrammeSchema>;

/** An application centre (centre de candidature) and its programmes. */
export const ApplicationCentreSchema = v.object({ code: v.string(), label: v.string(), programmes: v.array(ProgrammeSchema) });
/** An application centre and its programmes. */
export type ApplicationCentre = v.InferOutput<typeof ApplicationCentreSchema>;

/** The training offer ("Offre de formation"): the active application centres and their active programmes, open to anyone. */
export const TrainingOfferSchema = v.object({ centres: v.array(ApplicationCentreSchema) });
/** The training offer. */
export type TrainingOffer = v.InferOutput<typeof TrainingOfferSchema>;
