import { fr } from '../../src/translations/account/fr.js';
import { describeMailRequestForm } from './form-suite.js';
import { PATHS, useMockBackend } from './helpers.js';

const mock = useMockBackend();

describe('<ec-resend-activation>', () => {
  describeMailRequestForm(mock, { tag: 'ec-resend-activation', path: PATHS.resendActivation, success: fr.resendActivation.success });
});
