/**
 * Walks the demo portal (`npm start`) in Chromium as a candidate would, in French and in English
 * (chosen with the portal's language buttons): signup from the home with an accented, hyphenated
 * name, the activation mail from the mailbox, activation, login with the mailed login — the home
 * then welcomes them by name and login — and logout.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidate, logOut, signUpAndLogIn, startWalk, useDemoPortal, type Locale } from './support.js';

const portal = useDemoPortal();

describe('the demo portal', () => {
  for (const locale of ['fr', 'en'] as Locale[]) {
    it(`runs the account journey in ${locale}: signup, mail, activation, login, logout`, async () => {
      const walk = await startWalk(portal.browser, portal.base, locale, 'mouse');
      await signUpAndLogIn(walk, candidate("N'Diaye-Lefèvre", 'Éloïse'));
      await logOut(walk);
      assert.deepEqual(walk.errors, [], 'no page error, no console error');
      await walk.page.close();
    });
  }
});
