// Every element built so far: the account elements and the profile's, with French and English.
import '../../../src/define/all.js';
import '../../../src/define/ec-profile.js';
import '../../../src/define/ec-personal-info-form.js';
import '../../../src/define/ec-address-form.js';
import '../../../src/define/ec-baccalaureate-form.js';
import '../../../src/define/ec-internal-studies.js';
import '../../../src/define/ec-external-studies.js';
import '../../../src/define/ec-internships.js';
import '../../../src/define/ec-work-experience.js';
import '../../../src/define/ec-applications.js';
