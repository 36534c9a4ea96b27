import * as v from 'valibot';
import { ApplicationSchema } from '../schemas/applications.js';
import { TrainingOfferSchema } from '../schemas/training-offer.js';
import { route } from './route.js';

/** `GET training-offer`: the training offer, open to anyone. */
export const trainingOfferRoute = route('get', 'training-offer', 200, undefined, TrainingOfferSchema);
/** `GET applications`: the logged-in candidate's applications. */
export const applicationsRoute = route('get', 'applications', 200, undefined, v.object({ items: v.array(ApplicationSchema) }));
