// The portal shows every element.
import './all.js';
import './ec-assistance.js';
import './ec-home.js';
import './ec-platform-status.js';
import './ec-profile.js';
import './ec-personal-info-form.js';
import './ec-address-form.js';
import './ec-baccalaureate-form.js';
import './ec-internal-studies.js';
import './ec-external-studies.js';
import './ec-internships.js';
import './ec-work-experience.js';
import './ec-applications.js';
import './ec-session-expiry.js';
import './ec-training-offer.js';
import { EcPortal } from '../components/portal/portal.js';
import { define } from '../internal/define.js';
import { usePortal } from '../internal/portal-modules.js';

usePortal();
define('ec-portal', EcPortal);
