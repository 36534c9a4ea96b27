import { EcTrainingOffer } from '../components/training-offer/training-offer.js';
import { define } from '../internal/define.js';
import { usePortal } from '../internal/portal-modules.js';
import { useProfile } from '../internal/profile-modules.js';

// The offer is read through the applications' operations.
useProfile();
usePortal();
define('ec-training-offer', EcTrainingOffer);
