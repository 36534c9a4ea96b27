/**
 * Completes the profile in the demo portal (`npm start`) in Chromium as a candidate would, with the
 * mouse, by labels and roles: signup, the activation mail from the mailbox, login, Mon compte from
 * the menu, then Informations perso., Adresse and Baccalauréat from empty to "ready to apply",
 * checking each tab's badge and the missing list after each save — once in France (the INE asked
 * last, as the bac makes it required), once from abroad (an address in Berlin, a foreign bac), in
 * English.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeFromAbroad, completeInFrance, openAccount } from './profile-helpers.js';
import { candidate, signUpAndLogIn, startWalk, useDemoPortal } from './support.js';

const portal = useDemoPortal();

describe('the profile in the demo portal', () => {
  it('takes a candidate in France from an empty profile to "ready to apply"', async () => {
    const walk = await startWalk(portal.browser, portal.base, 'fr', 'mouse');
    await signUpAndLogIn(walk, candidate("N'Diaye-Lefèvre", 'Éloïse'));
    await openAccount(walk);
    await completeInFrance(walk);
    assert.deepEqual(walk.errors, [], 'no page error, no console error');
    await walk.page.close();
  });

  it('takes a candidate from abroad — an address in Berlin, a German bac — to "ready to apply", in English', async () => {
    const walk = await startWalk(portal.browser, portal.base, 'en', 'mouse');
    await signUpAndLogIn(walk, candidate('Müller', 'Jonas'));
    await openAccount(walk);
    await completeFromAbroad(walk);
    assert.deepEqual(walk.errors, [], 'no page error, no console error');
    await walk.page.close();
  });
});
