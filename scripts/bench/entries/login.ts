// The login entry: <ec-provider> + <ec-login-form> and the SDK they use.
import '../../../src/define/ec-provider.js';
import '../../../src/define/ec-login-form.js';
