import type { Reference } from '../schemas/referentials.js';
import type { TrainingOffer } from '../schemas/training-offer.js';
import { foldText } from './text.js';

/** What to look for in the training offer; every criterion given must hold. */
export interface TrainingOfferFilter {
  /** Words to find, in any order, in a programme's label or code, its diploma type or its centre; case and accents do not matter. */
  text?: string;
  /** An application centre's code. */
  centre?: string;
  /** A diploma type's code. */
  diplomaType?: string;
}

/**
 * The part of the offer that matches `filter`: each centre keeps its matching programmes in their
 * order, and a centre left with none is dropped. The offer of one institution is small enough to be
 * read once and searched in the page, at every keystroke, without asking the backend again.
 * @example filterTrainingOffer(offer, { text: 'master economie', diplomaType: 'MAST' })
 */
export function filterTrainingOffer(offer: TrainingOffer, { text = '', centre, diplomaType }: TrainingOfferFilter): TrainingOffer {
  const words = foldText(text).split(/\s+/).filter(Boolean);
  const centres = offer.centres
    .filter((candidate) => !centre || candidate.code === centre)
    .map((candidate) => ({
      ...candidate,
      programmes: candidate.programmes.filter((programme) => {
        if (diplomaType && programme.diplomaType.code !== diplomaType) return false;
        const searched = foldText(`${programme.label} ${programme.code} ${programme.diplomaType.label} ${candidate.label}`);
        return words.every((word) => searched.includes(word));
      }),
    }))
    .filter((candidate) => candidate.programmes.length > 0);
  return { centres };
}

/** The diploma types of the offer's programmes, each once, sorted by label: the choices of a diploma type filter. */
export function trainingOfferDiplomaTypes(offer: TrainingOffer): Reference[] {
  const types = new Map<string, Reference>();
  for (const { programmes } of offer.centres) for (const { diplomaType } of programmes) types.set(diplomaType.code, diplomaType);
  return [...types.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}
