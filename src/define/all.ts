import './ec-provider.js';
import './ec-signup-form.js';
import './ec-activation.js';
import './ec-login-form.js';
import './ec-forgot-credentials.js';
import './ec-resend-activation.js';
import './ec-reset-password.js';
