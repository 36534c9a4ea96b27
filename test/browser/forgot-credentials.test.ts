import { fr } from '../../src/translations/account/fr.js';
import { describeMailRequestForm } from './form-suite.js';
import { PATHS, useMockBackend } from './helpers.js';

const mock = useMockBackend();

describe('<ec-forgot-credentials>', () => {
  describeMailRequestForm(mock, { tag: 'ec-forgot-credentials', path: PATHS.forgotCredentials, success: fr.forgotCredentials.success });
});
