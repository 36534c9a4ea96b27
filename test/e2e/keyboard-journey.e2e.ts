/**
 * The demo portal (`npm start`) with the keyboard only — Tab, Shift+Tab, Enter, Space, the arrows
 * and typing, from wherever the focus is, which never falls to the page — in French and in
 * English: from the home, the language chosen, signup, the activation mail's link in the demo's
 * mailbox, login, Mon compte from the menu, the mandatory tabs to "ready to apply", logout. axe
 * finds nothing on every view on the way.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeFromAbroad, completeInFrance, openAccount } from './profile-helpers.js';
import { candidate, logOut, signUpAndLogIn, startWalk, useDemoPortal } from './support.js';

const portal = useDemoPortal();

describe('the demo portal with the keyboard only', () => {
  it('takes a candidate in France from the home to "ready to apply", in French', async () => {
    const walk = await startWalk(portal.browser, portal.base, 'fr', 'keyboard');
    await signUpAndLogIn(walk, candidate("N'Diaye-Lefèvre", 'Éloïse'));
    await openAccount(walk);
    await completeInFrance(walk);
    await logOut(walk);
    assert.deepEqual(walk.errors, [], 'no page error, no console error');
    await walk.page.close();
  });

  it('takes a candidate from abroad from the home to "ready to apply", in English', async () => {
    const walk = await startWalk(portal.browser, portal.base, 'en', 'keyboard');
    await signUpAndLogIn(walk, candidate('Müller', 'Jonas'));
    await openAccount(walk);
    await completeFromAbroad(walk);
    await logOut(walk);
    assert.deepEqual(walk.errors, [], 'no page error, no console error');
    await walk.page.close();
  });
});
