// Every account element: provider, signup, activation, login, forgotten credentials, lost activation code, password reset.
import '../../../src/define/all.js';
