import { applicationsRoute, trainingOfferRoute } from '../routes/applications.js';
import type { Application } from '../schemas/applications.js';
import type { TrainingOffer } from '../schemas/training-offer.js';
import type { RequestOptions, Transport } from '../transport.js';

/**
 * The training offer ("Offre de formation"), without login: the active centres, their active
 * programmes, each with its dates and whether it takes applications today. Search and filter it
 * with `filterTrainingOffer`.
 */
export const getTrainingOffer = (t: Transport, options?: RequestOptions): Promise<TrainingOffer> => t.send(trainingOfferRoute, undefined, options);

/** The logged-in candidate's applications, newest first as the backend orders them. */
export const listApplications = async (t: Transport, options?: RequestOptions): Promise<Application[]> =>
  (await t.send(applicationsRoute, undefined, options)).items;
