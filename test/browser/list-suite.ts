/**
 * What every profile list element (post-bac studies, internships, work experiences) must do, run
 * against each one: accessibility in each state, an entry added, edited and deleted with the
 * keyboard only and kept by the backend, server field errors on their fields, nothing typed lost
 * across a 401, a 412, a 500 and a network failure, one entry only when a creation is retried,
 * read-only while staff lock the tab, and the free-text fields' lengths.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { getResponse, http, HttpResponse } from 'msw';
import type { ListInput } from '../../sdk/operations/profile.js';
import { LISTS, type ListName } from '../../sdk/routes/profile.js';
import { fr } from '../../src/translations/fr.js';
import { fr as profileFr } from '../../src/translations/profile/fr.js';
import { alertText, answer, countRequests, FAILURES, field, formAlert, gate, problem, summary, type Mock } from './helpers.js';
import {
  addTo,
  button,
  control,
  describedBy,
  enter,
  errorOn,
  expireSession,
  fieldMessage,
  fieldOrGroup,
  fillIn,
  focusPageStart,
  formValues,
  logInAgainIn,
  mountAs,
  newCandidate,
  otherTab,
  PATIENCE,
  press,
  providerOf,
  save,
  saveButton,
  sectionStatus,
  settled,
  shownFields,
  tabTo,
  visible,
  type Candidate,
  type Fill,
  type ListTag,
} from './profile-helpers.js';
import type { ServerFieldError } from './section-suite.js';

const t = profileFr.profile;

/** The list each list element edits. */
const LIST_OF = { 'ec-external-studies': 'externalStudies', 'ec-internships': 'internships', 'ec-work-experience': 'workExperience' } as const satisfies Record<
  ListTag,
  ListName
>;

/** One list element and what to expect of it. */
export interface ListCase<T extends ListTag> {
  tag: T;
  /** A new entry as a candidate fills it, and the line the list then shows for it. */
  entry: Fill;
  listed: string;
  /** Fills that same entry with the keyboard only, from its first field (focused) to "Enregistrer" (focused at the end). */
  byKeyboard(el: HTMLElementTagNameMap[T]): Promise<void>;
  /** An edit: the text field typed at its end, what is typed, and the line the list then shows. */
  edit: { label: string; append: string; listed: string };
  /** Another version of the entry, saved by another tab, and the line the list shows for it. */
  theirs: ListInput[(typeof LIST_OF)[T]];
  theirsListed: string;
  /** Errors a 400 `validation_failed` puts on the fields of `entry`. */
  fieldErrors: ServerFieldError[];
  /** The free-text fields: label, API name, maximum length (domain.md §3.5–3.7). */
  lengths: { label: string; name: string; limit: number }[];
}

/** A field error code with its parameters, and the message the field then shows. */
export const fieldError = (code: string, params: Record<string, unknown> = {}) => ({
  error: { code, params },
  message: fieldMessage(code, params),
});

/** Types each text into the focused field, then Tab to the next one. */
export async function typeFields(...texts: string[]) {
  for (const text of texts) {
    await sendKeys({ type: text });
    await press('Tab');
  }
}

/** Presses Shift+Tab `times` times: focus moves back. */
async function shiftTab(times = 1) {
  await sendKeys({ down: 'Shift' });
  await press(...Array<string>(times).fill('Tab'));
  await sendKeys({ up: 'Shift' });
}

/** The lines of the list, as a candidate reads them (the buttons left out). */
const listed = (el: Element) => [...el.querySelectorAll('.ec-entries > li')].map((item) => visible(item.firstElementChild?.textContent));

/** Presses Tab until the button whose text is `text` has focus. */
async function tabToButton(text: string, { atMost = 40 } = {}) {
  const reached = () => document.activeElement instanceof HTMLButtonElement && visible(document.activeElement.textContent) === text;
  for (let presses = 0; presses < atMost && !reached(); presses++) await press('Tab');
  if (!reached()) throw new Error(`Tab did not reach "${text}"; focus is on ${document.activeElement?.localName}`);
}

/**
 * `describe('<tag>')` for a list element: a new candidate per test, the tests every list element
 * must pass, then the element's `own` tests, given a mount of the element for that candidate.
 */
export function describeListElement<T extends ListTag>(mock: Mock, list: ListCase<T>, own: (mountList: () => Promise<HTMLElementTagNameMap[T]>) => void = () => {}) {
  describe(`<${list.tag}>`, function () {
    // Journeys through several saves and look-ups: room for a busy machine (no speed is asserted).
    this.timeout(30_000);
    let candidate: Candidate;
    beforeEach(async () => (candidate = await newCandidate(mock)));
    describeList(mock, list, () => candidate);
    own(() => mountAs(candidate, list.tag));
  });
}

/** Runs the tests every list element must pass, as the candidate `me()` gives (a new one per test). */
function describeList<T extends ListTag>(mock: Mock, list: ListCase<T>, me: () => Candidate) {
  const { tag } = list;
  const name = LIST_OF[tag];
  const path = LISTS[name].path;
  const tabName = t.tabs[name];
  let candidate: Candidate;
  beforeEach(() => (candidate = me()));

  /** The entries the backend holds, read by another tab. */
  async function stored() {
    const other = await otherTab(candidate);
    return (await other.profile.listEntries(name)).map((entry) => entry.data as unknown as Record<string, unknown>);
  }

  /** The lines a newly opened element lists (what the backend holds). */
  async function reopened(el: Element) {
    const fresh = await addTo(providerOf(el), tag);
    const lines = listed(fresh);
    fresh.remove();
    return lines;
  }

  /** The element with its entry form open for a new entry, `values` filled. */
  async function adding(values: Fill = {}) {
    const el = await mountAs(candidate, tag);
    button(el, t.add).click();
    await settled(el);
    await fillIn(el, values);
    return el;
  }

  /** The element with `entry` saved and its edit open, the entry then changed by another tab, and the edit saved: the 412. */
  async function inConflict() {
    const el = await adding(list.entry);
    await save(el);
    button(el, `${t.edit} ${list.listed}`).click();
    await settled(el);
    await enter(el, list.edit.label, formValues(el)[list.edit.label] + list.edit.append);
    const typed = formValues(el);
    const other = await otherTab(candidate);
    const [{ id, etag }] = await other.profile.listEntries(name);
    await other.profile.updateEntry(name, id, list.theirs, { ifMatch: etag });
    await save(el);
    return { el, typed };
  }

  describe('accessibility (axe)', () => {
    it('empty: says the tab is not filled yet', async () => {
      const el = await mountAs(candidate, tag);
      expect(visible(el.textContent)).to.include(t.empty(tabName));
      await expect(el).to.be.accessible();
    });

    it('with an entry listed, and its deletion asking for confirmation', async () => {
      const other = await otherTab(candidate);
      await other.profile.createEntry(name, list.theirs);
      const el = await mountAs(candidate, tag);
      expect(listed(el)).to.deep.equal([list.theirsListed]);
      await expect(el).to.be.accessible();
      button(el, `${t.remove} ${list.theirsListed}`).click();
      await settled(el);
      expect(visible(el.textContent)).to.include(t.confirmRemove(list.theirsListed));
      await expect(el).to.be.accessible();
    });

    it('the entry form open, its first field focused', async () => {
      const el = await adding();
      expect(document.activeElement).to.equal(control(el, shownFields(el)[0]));
      await expect(el).to.be.accessible();
    });

    it('invalid: after saving an empty entry, the summary takes focus', async () => {
      const el = await adding();
      await save(el);
      await waitUntil(() => document.activeElement === summary(el), 'the error summary did not take focus', PATIENCE);
      await expect(el).to.be.accessible();
    });

    it('pending: the form is busy, "Envoi en cours…", the save button aria-disabled; a second click sends nothing', async () => {
      const held = gate();
      const creations = countRequests(mock, path, held.opened);
      const el = await adding(list.entry);
      saveButton(el).click();
      await el.updateComplete;
      expect(el.querySelector('form')).to.have.attribute('aria-busy', 'true');
      expect(visible(el.textContent)).to.include(fr.sending);
      expect(saveButton(el)).to.have.attribute('aria-disabled', 'true');
      await expect(el).to.be.accessible();
      saveButton(el).click();
      held.open();
      await settled(el);
      expect(creations.count).to.equal(1);
      expect(listed(el)).to.deep.equal([list.listed]);
    });

    it('after a server error', async () => {
      const el = await adding(list.entry);
      FAILURES.serverError.arrange(mock, '');
      await save(el);
      expect(alertText(el)).to.equal(formAlert(FAILURES.serverError));
      await expect(el).to.be.accessible();
    });

    it('session expired: the login form in place', async () => {
      const el = await adding(list.entry);
      expireSession(mock);
      await save(el);
      expect(el.querySelector('ec-login-form')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('in conflict: the saved version listed, the edit open', async () => {
      const { el } = await inConflict();
      expect(sectionStatus(el)).to.equal(t.entryConflict);
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard only', () => {
    it('adds an entry (Tab, typing, arrows, Space, Enter), edits it, deletes it after confirming; focus follows; the backend keeps each', async () => {
      const el = await mountAs(candidate, tag);
      focusPageStart();
      await tabToButton(t.add);
      await press('Enter');
      await settled(el);
      await list.byKeyboard(el);
      expect(document.activeElement, 'the save button').to.equal(saveButton(el));
      await press('Enter');
      await settled(el);
      expect(listed(el)).to.deep.equal([list.listed]);
      expect(sectionStatus(el)).to.equal(t.saved);
      expect(document.activeElement, 'back on "Ajouter"').to.equal(button(el, t.add));
      expect(await reopened(el)).to.deep.equal([list.listed]);

      await shiftTab(2);
      expect(document.activeElement).to.equal(button(el, `${t.edit} ${list.listed}`));
      await press('Enter');
      await settled(el);
      expect(document.activeElement, 'the first field').to.equal(control(el, shownFields(el)[0]));
      await tabTo(el, list.edit.label, { atMost: 12 });
      await press('End');
      await sendKeys({ type: list.edit.append });
      await tabToButton(t.save);
      await press('Enter');
      await settled(el);
      expect(listed(el)).to.deep.equal([list.edit.listed]);
      expect(await reopened(el)).to.deep.equal([list.edit.listed]);

      expect(document.activeElement, 'back on "Ajouter"').to.equal(button(el, t.add));
      await shiftTab();
      expect(document.activeElement).to.equal(button(el, `${t.remove} ${list.edit.listed}`));
      await press('Enter');
      await settled(el);
      expect(visible(el.textContent)).to.include(t.confirmRemove(list.edit.listed));
      expect(document.activeElement, 'the confirmation’s button').to.equal(button(el, `${t.remove} ${list.edit.listed}`));
      await press('Space');
      await settled(el);
      expect(sectionStatus(el)).to.equal(t.removed);
      expect(visible(el.textContent)).to.include(t.empty(tabName));
      expect(document.activeElement, 'back on "Ajouter"').to.equal(button(el, t.add));
      expect(await stored()).to.deep.equal([]);
    });
  });

  describe('server field errors land on their fields', () => {
    it('a 400 validation_failed: each error on its field, the summary focused and linking to each, nothing added', async () => {
      const fieldErrors = Object.fromEntries(list.fieldErrors.map(({ name: field, error }) => [field, [error]]));
      answer(mock, path, () => problem(400, 'validation_failed', { fieldErrors }));
      const el = await adding(list.entry);
      await save(el);
      await waitUntil(() => document.activeElement === summary(el), 'the error summary did not take focus', PATIENCE);
      const links = [...summary(el).querySelectorAll('a')].map((a) => visible(a.textContent));
      for (const { label, message } of list.fieldErrors) {
        expect(errorOn(el, label), label).to.equal(message);
        expect(describedBy(fieldOrGroup(el, label)), label).to.include(message);
        expect(links, `summary entry of ${label}`).to.include(fr.labelled(label, message));
      }
      expect(links).to.have.length(list.fieldErrors.length);
      expect(listed(el)).to.deep.equal([]);
    });
  });

  describe('nothing typed is lost', () => {
    it('401: the session expired; logging in again in place re-sends the entry, added once', async () => {
      const el = await adding(list.entry);
      const typed = formValues(el);
      expireSession(mock);
      await save(el);
      expect(alertText(el)).to.include(t.sessionExpired);
      expect(formValues(el)).to.deep.equal(typed);

      const creations = countRequests(mock, path);
      await logInAgainIn(el, candidate);
      await waitUntil(() => listed(el).length === 1, `not added after logging in again: ${alertText(el)}`, PATIENCE);
      await settled(el);
      expect(creations.count).to.equal(1);
      expect(listed(el)).to.deep.equal([list.listed]);
      expect(await stored()).to.have.length(1);
    });

    it('401 at 360 px: the in-place login fits, its password field spanning the row and the button wrapped under it', async () => {
      const viewport = { width: innerWidth, height: innerHeight };
      await setViewport({ width: 360, height: 740 });
      try {
        const el = await adding(list.entry);
        expireSession(mock);
        await save(el);
        const login = el.querySelector('ec-login-form')!;
        const password = field(login, 'Mot de passe');
        const row = password.parentElement!;
        expect(row.scrollWidth, 'nothing overflows the row').to.equal(row.clientWidth);
        expect(password.offsetWidth, 'the field spans the row').to.equal(row.clientWidth);
        expect(button(login, fr.showPassword).offsetTop, 'the button is under the field').to.be.greaterThan(password.offsetTop);
        expect(document.documentElement.scrollWidth, 'the page does not overflow').to.equal(document.documentElement.clientWidth);
      } finally {
        await setViewport(viewport);
      }
    });

    it('412: the list shows the other tab’s version, the edit stays open; "Enregistrer" again keeps the candidate’s', async () => {
      const { el, typed } = await inConflict();
      expect(sectionStatus(el)).to.equal(t.entryConflict);
      expect(listed(el)).to.deep.equal([list.theirsListed]);
      expect(formValues(el)).to.deep.equal(typed);

      await save(el);
      expect(listed(el)).to.deep.equal([list.edit.listed]);
      expect(await reopened(el)).to.deep.equal([list.edit.listed]);
    });

    it('412: "Annuler" keeps the other tab’s version', async () => {
      const { el } = await inConflict();
      button(el, t.cancel).click();
      await settled(el);
      expect(el.querySelector('form'), 'the edit is closed').to.equal(null);
      expect(listed(el)).to.deep.equal([list.theirsListed]);
      expect(await stored()).to.deep.equal([list.theirs]);
    });

    for (const failure of [FAILURES.serverError, FAILURES.network]) {
      it(`${failure.name}: every field keeps its value, and "Réessayer" adds the entry once the backend answers`, async () => {
        const el = await adding(list.entry);
        const typed = formValues(el);
        failure.arrange(mock, '');
        await save(el);
        expect(alertText(el)).to.equal(formAlert(failure));
        expect(formValues(el)).to.deep.equal(typed);

        mock.backend.scenario = null;
        button(el, fr.retry).click();
        await settled(el);
        expect(listed(el)).to.deep.equal([list.listed]);
        expect(await stored()).to.have.length(1);
      });
    }

    it('opened after the session ended: the login in place, then the list is read', async () => {
      const shown = await adding(list.entry);
      await save(shown);
      expireSession(mock);
      const el = await addTo(providerOf(shown), tag);
      expect(alertText(el)).to.equal(profileFr.profile.sessionExpiredReading);
      await logInAgainIn(el, candidate);
      await waitUntil(() => listed(el).length > 0, `not read after logging in again: ${alertText(el)}`, PATIENCE);
      expect(listed(el)).to.deep.equal([list.listed]);
    });

    it('a creation whose answers are lost is retried with one Idempotency-Key: one entry', async () => {
      const keys: (string | null)[] = [];
      let lost = true;
      mock.worker.use(
        http.post(`*/api/${path}`, async ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          if (!lost) return undefined;
          // The backend creates the entry; its answer never reaches the page.
          await getResponse(mock.backend.handlers, request);
          return HttpResponse.error();
        }),
      );
      const el = await adding(list.entry);
      await save(el);
      expect(alertText(el)).to.equal(formAlert(FAILURES.network));
      lost = false;
      button(el, fr.retry).click();
      await settled(el);
      expect(listed(el)).to.deep.equal([list.listed]);
      expect(await stored()).to.have.length(1);
      expect(keys.length, 'the SDK and the candidate tried again').to.be.greaterThan(2);
      expect(new Set(keys), 'every try carries the same key').to.have.property('size', 1);
      expect(keys[0]).to.be.a('string');
    });
  });

  describe('locked by staff', () => {
    it('the tab locked (as <ec-profile> says): read-only, and why; accessible', async () => {
      const other = await otherTab(candidate);
      await other.profile.createEntry(name, list.theirs);
      mock.backend.lockTab(candidate.login, name);
      const el = await mountAs(candidate, tag, { attrs: { locked: '' } });
      expect(visible(el.textContent)).to.include(t.lockedNote);
      expect(button(el, t.add)).to.have.property('disabled', true);
      expect(button(el, `${t.edit} ${list.theirsListed}`)).to.have.property('disabled', true);
      expect(button(el, `${t.remove} ${list.theirsListed}`)).to.have.property('disabled', true);
      await expect(el).to.be.accessible();
    });

    it('409: staff locked the tab while the candidate typed; the editor says so and keeps everything', async () => {
      const el = await adding(list.entry);
      const typed = formValues(el);
      mock.backend.lockTab(candidate.login, name);
      await save(el);
      expect(alertText(el)).to.equal(profileFr.problems.conflict);
      expect(formValues(el)).to.deep.equal(typed);
      expect(await stored()).to.deep.equal([]);
    });
  });

  describe('lengths of the free-text fields', () => {
    it('one character over: each field says its limit, nothing is sent', async () => {
      const creations = countRequests(mock, path);
      const el = await adding(list.entry);
      for (const { label, limit } of list.lengths) await enter(el, label, 'x'.repeat(limit + 1));
      await save(el);
      const errors = Object.fromEntries(list.lengths.map(({ label }) => [label, errorOn(el, label)]));
      expect(errors).to.deep.equal(Object.fromEntries(list.lengths.map(({ label, limit }) => [label, `${limit} caractères au maximum.`])));
      expect(creations.count).to.equal(0);
    });

    it('at the limit: saved whole', async () => {
      const el = await adding(list.entry);
      for (const { label, limit } of list.lengths) await enter(el, label, 'x'.repeat(limit));
      await save(el);
      expect(listed(el)).to.have.length(1);
      const [entry] = await stored();
      expect(Object.fromEntries(list.lengths.map(({ name: field }) => [field, String(entry[field]).length]))).to.deep.equal(
        Object.fromEntries(list.lengths.map(({ name: field, limit }) => [field, limit])),
      );
    });
  });
}
