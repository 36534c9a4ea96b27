import type { TrainingOffer } from '../sdk/index.js';
import type { MockContext } from './context.js';
import { dayOf } from './fixtures/training-offer.js';

/**
 * `GET training-offer`: the active centres and their active programmes. A programme is open while
 * a campaign is and today (in Europe/Paris, by the mock's clock) is within its application dates.
 */
export function trainingOffer(ctx: MockContext): TrainingOffer {
  const today = dayOf(ctx.now());
  const campaignOpen = ctx.config().campaign !== null;
  const centres = ctx.state.trainingOffer.filter((centre) => centre.active);
  return {
    centres: centres.map(({ code, label, programmes }) => ({
      code,
      label,
      programmes: programmes
        .filter((programme) => programme.active)
        .map(({ code, label, diplomaType, dematerialised, dates }) => ({
          code,
          label,
          diplomaType,
          dematerialised,
          open: campaignOpen && dates.applicationStart <= today && today <= dates.applicationEnd,
          dates,
        })),
    })),
  };
}
