/**
 * What every profile section element must do, run against each one: accessibility in each state
 * (loaded, invalid, pending, server error, session expired, conflict, saved), server field errors
 * on their fields, and nothing typed lost — across a 401 (log in again in place, then it saves), a
 * 412 (the saved version beside the candidate's; they choose), a 500 and a network failure — and
 * two concurrent edits ending in the conflict view, never in a silent overwrite.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SectionInput } from '../../sdk/operations/profile.js';
import type { SectionName } from '../../sdk/routes/profile.js';
import type { EcErrorEvent, EcSuccessEvent } from '../../src/events/events.js';
import { fr } from '../../src/translations/fr.js';
import { fr as profileFr } from '../../src/translations/profile/fr.js';
import { alertText, FAILURES, formAlert, gate, summary, type Mock } from './helpers.js';
import {
  addTo,
  button,
  conflictRows,
  countSaves,
  describedBy,
  errorOn,
  fieldOrGroup,
  expireSession,
  fillIn,
  formValues,
  hasButton,
  logInAgainIn,
  mountAs,
  newCandidate,
  otherTab,
  PATIENCE,
  providerOf,
  rejectSave,
  save,
  saveButton,
  SECTION_OF,
  sectionStatus,
  settled,
  type Candidate,
  type Fill,
  type SectionTag,
} from './profile-helpers.js';

/** A server field error, the field it lands on and the message the candidate reads there. */
export interface ServerFieldError {
  /** The field's path in the API. */
  name: string;
  /** The label (or radio group legend) of the field it lands on. */
  label: string;
  error: { code: string; params?: Record<string, unknown> };
  message: string;
}

/** One section element and what to expect of it. */
export interface SectionCase<N extends SectionName> {
  tag: SectionTag;
  /** What a candidate fills on an empty section (beyond what the account gives) so that it saves. */
  complete: Fill;
  /** Every field given a value (what was prefilled changed too), valid so that it saves. */
  everyField: Fill;
  /** Another version of the section, saved behind the element's back (by the SDK, as another tab). */
  theirs: SectionInput[N];
  /** A row the conflict view then shows: a text field, the saved version's value, the candidate's (from `everyField`). */
  conflictRow: [label: string, theirs: string, mine: string];
  /** A row of a field chosen from a list: each version as the form shows it (labels, not codes). */
  conflictChoiceRow: [label: string, theirs: string, mine: string];
  /** Errors a 400 `validation_failed` puts on the fields of the section filled `complete`. */
  fieldErrors: ServerFieldError[];
}

/** "Vos informations sont enregistrées." */
export const SAVED = profileFr.profile.saved;

/**
 * The tests of the section element `section.tag`, under `<tag>`: for each test a new candidate;
 * the tests every section element must pass, then `own`, the element's own tests, given how to
 * mount the element for the test's candidate.
 */
export function describeSectionElement<T extends SectionTag, N extends SectionName>(
  mock: Mock,
  section: SectionCase<N> & { tag: T },
  own: (mountForm: () => Promise<HTMLElementTagNameMap[T]>) => void,
) {
  describe(`<${section.tag}>`, function () {
    // Journeys through several saves and look-ups: room for a busy machine (no speed is asserted).
    this.timeout(30_000);
    let candidate: Candidate;
    beforeEach(async () => (candidate = await newCandidate(mock)));
    describeSection(mock, section, () => candidate);
    own(() => mountAs(candidate, section.tag));
  });
}

/** Runs the tests every section element must pass, as the candidate `me()` gives (a new one per test). */
function describeSection<N extends SectionName>(mock: Mock, section: SectionCase<N>, me: () => Candidate) {
  const { tag } = section;
  const name = SECTION_OF[tag] as N;
  let candidate: Candidate;
  beforeEach(() => (candidate = me()));

  /** The element, loaded for the candidate, with `values` filled in. */
  async function filled(values: Fill = section.complete) {
    const el = await mountAs(candidate, tag);
    await fillIn(el, values);
    return el;
  }

  /** The section as a newly opened element shows it (what the server holds). */
  async function reopened(el: Element) {
    const fresh = await addTo(providerOf(el), tag);
    const shown = formValues(fresh);
    fresh.remove();
    return shown;
  }

  /** Saves `theirs` through the SDK, from the version the element loaded. */
  async function saveBehindTheBack() {
    const other = await otherTab(candidate);
    const { etag } = await other.profile.getSection(name);
    await other.profile.saveSection(name, section.theirs, { ifMatch: etag });
  }

  /** The element, loaded, then changed by another tab, then filled with every field and saved: the conflict view. */
  async function inConflict() {
    const el = await mountAs(candidate, tag);
    await saveBehindTheBack();
    await fillIn(el, section.everyField);
    const typed = formValues(el);
    await save(el);
    return { el, typed };
  }

  describe('accessibility (axe)', () => {
    it('loaded, with what the account and the defaults give', async () => {
      await expect(await mountAs(candidate, tag)).to.be.accessible();
    });

    it('invalid: after saving with required fields empty, the summary takes focus', async () => {
      const el = await mountAs(candidate, tag);
      await save(el);
      await waitUntil(() => document.activeElement === summary(el), 'the error summary did not take focus', PATIENCE);
      await expect(el).to.be.accessible();
    });

    it('pending: the form is busy, "Envoi en cours…", the save button aria-disabled', async () => {
      const held = gate();
      const saves = countSaves(mock, name, held.opened);
      const el = await filled();
      saveButton(el).click();
      await el.updateComplete;
      expect(el.querySelector('form')).to.have.attribute('aria-busy', 'true');
      expect(sectionStatus(el)).to.equal(fr.sending);
      expect(saveButton(el)).to.have.attribute('aria-disabled', 'true');
      await expect(el).to.be.accessible();
      saveButton(el).click();
      held.open();
      await settled(el);
      expect(saves.count).to.equal(1);
      expect(sectionStatus(el)).to.equal(SAVED);
    });

    it('after a server error', async () => {
      const el = await filled();
      FAILURES.serverError.arrange(mock, '');
      await save(el);
      expect(alertText(el)).to.equal(formAlert(FAILURES.serverError));
      await expect(el).to.be.accessible();
    });

    it('session expired: the login form in place', async () => {
      const el = await filled();
      expireSession(mock);
      await save(el);
      expect(el.querySelector('ec-login-form')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('in conflict: the saved version beside the candidate’s', async () => {
      const { el } = await inConflict();
      expect(el.querySelector('.ec-conflict')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('saved', async () => {
      const el = await filled();
      await save(el);
      expect(sectionStatus(el)).to.equal(SAVED);
      expect(alertText(el)).to.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('saving', () => {
    it('saves what was filled: ec-success, "Vos informations sont enregistrées.", and a reopened element shows it', async () => {
      const el = await filled(section.everyField);
      const typed = formValues(el);
      const succeeded = oneEvent<EcSuccessEvent>(el, 'ec-success');
      saveButton(el).click();
      await succeeded;
      await settled(el);
      expect(sectionStatus(el)).to.equal(SAVED);
      expect(await reopened(el)).to.deep.equal(typed);
    });

    it('a failed save fires ec-error with the SDK’s typed error', async () => {
      const el = await filled();
      FAILURES.serverError.arrange(mock, '');
      const failed = oneEvent<EcErrorEvent>(el, 'ec-error');
      saveButton(el).click();
      expect(((await failed).error as { status?: number }).status).to.equal(500);
      await settled(el);
    });
  });

  describe('server field errors land on their fields', () => {
    it('a 400 validation_failed: each error on its field, the summary focused and linking to each', async () => {
      rejectSave(mock, name, Object.fromEntries(section.fieldErrors.map(({ name: path, error }) => [path, [error]])));
      const el = await filled();
      await save(el);
      await waitUntil(() => document.activeElement === summary(el), 'the error summary did not take focus', PATIENCE);
      const links = [...summary(el).querySelectorAll('a')].map((a) => a.textContent?.trim());
      for (const { label, message } of section.fieldErrors) {
        expect(errorOn(el, label), label).to.equal(message);
        const target = fieldOrGroup(el, label);
        expect(describedBy(target), label).to.include(message);
        // A radio group says it is invalid on each of its radios.
        for (const input of target.localName === 'fieldset' ? target.querySelectorAll('input') : [target]) {
          expect(input, label).to.have.attribute('aria-invalid', 'true');
        }
        expect(links, `summary entry of ${label}`).to.include(fr.labelled(label, message));
      }
      expect(links).to.have.length(section.fieldErrors.length);
      expect(alertText(el)).to.equal('');
    });
  });

  describe('nothing typed is lost', () => {
    it('401: the session expired; logging in again in place re-sends the save, which succeeds', async () => {
      const el = await filled(section.everyField);
      const typed = formValues(el);
      expireSession(mock);
      await save(el);
      expect(alertText(el)).to.include(profileFr.profile.sessionExpired);
      expect(formValues(el)).to.deep.equal(typed);

      const saves = countSaves(mock, name);
      await logInAgainIn(el, candidate);
      await waitUntil(() => sectionStatus(el) === SAVED, `not saved after logging in again: ${alertText(el)}`, PATIENCE);
      expect(saves.count).to.equal(1);
      expect(el.querySelector('ec-login-form'), 'the login form is gone').to.equal(null);
      expect(formValues(el)).to.deep.equal(typed);
      expect(await reopened(el)).to.deep.equal(typed);
    });

    it('412: the conflict view shows the saved version beside the edits; "Garder mes modifications" saves them', async () => {
      const { el, typed } = await inConflict();
      expect(alertText(el)).to.include(profileFr.profile.conflictTitle);
      expect(conflictRows(el)).to.deep.include(section.conflictRow);
      expect(formValues(el)).to.deep.equal(typed);

      button(el, profileFr.profile.keepMine).click();
      await settled(el);
      expect(sectionStatus(el)).to.equal(SAVED);
      expect(el.querySelector('.ec-conflict')).to.equal(null);
      expect(await reopened(el)).to.deep.equal(typed);
    });

    it('412: the conflict view names choices as the form shows them, not by their codes', async () => {
      const { el } = await inConflict();
      const rows = conflictRows(el);
      expect(rows, `rows: ${JSON.stringify(rows)}`).to.deep.include(section.conflictChoiceRow);
    });

    it('412: "Reprendre la version enregistrée" loads the saved version, and a later save starts from it', async () => {
      const { el } = await inConflict();
      const theirs = await reopened(el);
      button(el, profileFr.profile.takeTheirs).click();
      await settled(el);
      expect(el.querySelector('.ec-conflict')).to.equal(null);
      expect(alertText(el)).to.equal('');
      expect(formValues(el)).to.deep.equal(theirs);

      await save(el);
      expect(sectionStatus(el)).to.equal(SAVED);
    });

    for (const failure of [FAILURES.serverError, FAILURES.network]) {
      it(`${failure.name}: every field keeps its value, and "Réessayer" saves once the backend answers`, async () => {
        const el = await filled(section.everyField);
        const typed = formValues(el);
        failure.arrange(mock, '');
        await save(el);
        expect(alertText(el)).to.equal(formAlert(failure));
        expect(formValues(el)).to.deep.equal(typed);

        mock.backend.scenario = null;
        button(el, fr.retry).click();
        await settled(el);
        expect(sectionStatus(el)).to.equal(SAVED);
        expect(await reopened(el)).to.deep.equal(typed);
      });
    }

    it('409: staff locked the tab meanwhile; the section says so and keeps everything', async () => {
      const el = await filled(section.everyField);
      const typed = formValues(el);
      mock.backend.lockTab(candidate.login, name);
      await save(el);
      expect(alertText(el)).to.equal(profileFr.problems.conflict);
      expect(formValues(el)).to.deep.equal(typed);
    });

    it('taken out of the page and put back: every field keeps its value, nothing is read again over it', async () => {
      const el = await filled(section.everyField);
      const typed = formValues(el);
      const provider = providerOf(el);
      el.remove();
      provider.append(el);
      await settled(el);
      expect(formValues(el)).to.deep.equal(typed);
    });

    it('opened offline: says so, and "Réessayer" reads the section once back online', async () => {
      const el = await mountAs(candidate, tag);
      const shown = formValues(el);
      const provider = providerOf(el);
      mock.backend.scenario = 'offline';
      const offline = await addTo(provider, tag);
      expect(alertText(offline)).to.equal(fr.problems.network);
      mock.backend.scenario = null;
      button(offline, fr.retry).click();
      await settled(offline);
      expect(formValues(offline)).to.deep.equal(shown);
    });

    it('opened after the session ended: the login in place, then the section is read', async () => {
      const first = await mountAs(candidate, tag);
      const shown = formValues(first);
      expireSession(mock);
      const el = await addTo(providerOf(first), tag);
      expect(alertText(el)).to.equal(profileFr.profile.sessionExpiredReading);
      await logInAgainIn(el, candidate);
      await waitUntil(() => el.querySelector('form[part=form]:not(ec-login-form form)'), `not read after logging in again: ${alertText(el)}`, PATIENCE);
      expect(formValues(el)).to.deep.equal(shown);
    });

    it('two elements on the section: the second save ends in the conflict view, not over the first', async () => {
      const first = await mountAs(candidate, tag);
      const second = await addTo(providerOf(first), tag);
      await fillIn(first, section.complete);
      await save(first);
      const firstSaved = formValues(first);
      expect(sectionStatus(first)).to.equal(SAVED);

      await fillIn(second, section.everyField);
      const secondTyped = formValues(second);
      await save(second);
      expect(second.querySelector('.ec-conflict'), 'the second element shows the conflict').not.to.equal(null);
      expect(formValues(second)).to.deep.equal(secondTyped);
      expect(await reopened(first), 'the first save stands').to.deep.equal(firstSaved);

      // The candidate keeps the second; the first element, now behind, cannot overwrite it silently either.
      button(second, profileFr.profile.keepMine).click();
      await settled(second);
      expect(sectionStatus(second)).to.equal(SAVED);
      await save(first);
      expect(first.querySelector('.ec-conflict'), 'the first element shows the conflict').not.to.equal(null);
      expect(await reopened(first)).to.deep.equal(secondTyped);
    });

    it('an edit saved through the SDK behind the element’s back: the element’s save ends in the conflict view', async () => {
      const el = await mountAs(candidate, tag);
      const before = formValues(el);
      await saveBehindTheBack();
      const theirs = await reopened(el);
      expect(theirs).not.to.deep.equal(before);
      await fillIn(el, section.everyField);
      await save(el);
      expect(el.querySelector('.ec-conflict')).not.to.equal(null);
      expect(hasButton(el, profileFr.profile.keepMine)).to.equal(true);
      expect(await reopened(el), 'nothing was overwritten').to.deep.equal(theirs);
    });
  });
}
