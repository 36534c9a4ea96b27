/**
 * What every account form must do, run against each one: accessibility in each state, the message
 * of each failure, server field errors on their fields, one request at a time, typed data kept
 * whatever happens, and its events.
 */
import { expect, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EcSuccessEvent } from '../../src/events/events.js';
import { fr } from '../../src/translations/fr.js';
import {
  activatedAccount,
  answer,
  alertText,
  formAlert,
  COMMON_FAILURES,
  countRequests,
  description,
  fill,
  FAILURES,
  field,
  gate,
  labels,
  link,
  mount,
  problem,
  settle,
  signUp,
  statusText,
  submit,
  submitButton,
  summary,
  type,
  uniqueMail,
  values,
  type Failure,
  type FormTag,
  type Mock,
} from './helpers.js';

/** A server field error, the field it is about and the message the candidate reads there. */
export interface FieldErrorCase {
  /** The field's name in the API. */
  name: string;
  label: string;
  error: { code: string; params?: Record<string, unknown> };
  message: string;
}

/** One form and what to expect of it. */
export interface FormCase {
  tag: FormTag;
  /** The API path its request goes to. */
  path: string;
  /** Attributes the element needs (e.g. a token). */
  attrs?: Record<string, string>;
  /** What a candidate types, by label: valid for the client, so that a submit sends it. */
  typed: Record<string, string>;
  /** A 400 `validation_failed` with one error per field, and what each field then says. */
  fieldErrors: FieldErrorCase[];
  /** The failures whose message to check. */
  failures: Failure[];
  success: {
    /** Sets up what a real success needs (an account, a token) and the attributes and input to use. */
    prepare?(mock: Mock): Promise<{ attrs?: Record<string, string>; typed?: Record<string, string> }>;
    /** The status message after the success, from what was typed and the `ec-success` detail. */
    status(typed: Record<string, string>, detail: unknown): string;
  };
}

/** Runs the tests every form must pass. */
export function describeForm(mock: Mock, form: FormCase) {
  const { tag, path } = form;

  /** The element, with `typed` typed into its fields. */
  async function filled(typed = form.typed, attrs = form.attrs) {
    const el = await mount(tag, { attrs });
    await fill(el, typed);
    return el;
  }

  /** The element, filled for a request the real backend accepts. */
  async function readyToSucceed() {
    const { attrs = form.attrs, typed = form.typed } = (await form.success.prepare?.(mock)) ?? {};
    return { el: await filled(typed, attrs), typed };
  }

  const serverFieldErrors = () => Object.fromEntries(form.fieldErrors.map(({ name, error }) => [name, [error]]));
  const rejectFields = (m: Mock, p: string) => answer(m, p, () => problem(400, 'validation_failed', { fieldErrors: serverFieldErrors() }));
  const lastLabel = () => Object.keys(form.typed).at(-1) ?? '';

  describe('accessibility (axe)', () => {
    it('by default', async () => {
      await expect(await mount(tag, { attrs: form.attrs })).to.be.accessible();
    });

    it('invalid: after a submit with empty fields', async () => {
      const el = await mount(tag, { attrs: form.attrs });
      await submit(el);
      await waitUntil(() => document.activeElement === summary(el), 'the error summary did not take focus');
      await expect(el).to.be.accessible();
    });

    it('pending: busy, "Envoi en cours…", submit aria-disabled, while the request is in flight', async () => {
      const held = gate();
      const requests = countRequests(mock, path, held.opened);
      const el = await filled();
      submitButton(el).click();
      await el.updateComplete;
      expect(el.querySelector('form')).to.have.attribute('aria-busy', 'true');
      expect(statusText(el)).to.equal('Envoi en cours…');
      expect(submitButton(el)).to.have.attribute('aria-disabled', 'true');
      await expect(el).to.be.accessible();
      held.open();
      await settle(el);
      expect(requests.count).to.equal(1);
    });

    it('after a server error', async () => {
      const el = await filled();
      FAILURES.serverError.arrange(mock, path);
      await submit(el);
      expect(alertText(el)).to.equal(formAlert(FAILURES.serverError));
      await expect(el).to.be.accessible();
    });

    it('after a success', async () => {
      const { el } = await readyToSucceed();
      await submit(el);
      expect(statusText(el)).not.to.equal('');
      expect(alertText(el)).to.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('failures: each shows its French message in the alert region', () => {
    for (const failure of form.failures) {
      it(failure.name, async () => {
        const el = await filled();
        failure.arrange(mock, path);
        await submit(el);
        expect(alertText(el)).to.equal(formAlert(failure));
      });
    }

    it('429: the wait counts down, the submit is aria-disabled, and nothing is sent again', async () => {
      FAILURES.rateLimited.arrange(mock, path);
      const requests = countRequests(mock, path);
      const el = await filled();
      await submit(el);
      expect(alertText(el)).to.equal(formAlert(FAILURES.rateLimited));
      expect(submitButton(el)).to.have.attribute('aria-disabled', 'true');

      for (let i = 0; i < 3; i++) submitButton(el).click();
      field(el, lastLabel()).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => alertText(el) === fr.rateLimited(29), 'the wait did not count down', { timeout: 3000 });
      expect(submitButton(el)).to.have.attribute('aria-disabled', 'true');
      expect(requests.count).to.equal(1);
    });
  });

  describe('field errors', () => {
    it('a 400 validation_failed (sent with Enter) puts each error on its field and focuses the summary, which links to the fields', async () => {
      rejectFields(mock, path);
      const el = await filled();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await waitUntil(() => document.activeElement === summary(el), 'the error summary did not take focus');
      const entries = [...summary(el).querySelectorAll('a')];
      for (const { label, message } of form.fieldErrors) {
        const input = field(el, label);
        expect(input, label).to.have.attribute('aria-invalid', 'true');
        expect(description(input), label).to.include(message);
        const entry = entries.find((a) => a.getAttribute('href') === `#${input.id}`);
        expect(entry, `summary entry for ${label}`).not.to.equal(undefined);
        expect(entry?.textContent).to.include(label).and.to.include(message);
      }
      expect(entries).to.have.length(form.fieldErrors.length);
      expect(alertText(el)).to.equal('');
    });

    it('an empty submit sends nothing and lists every field in the focused summary; each link moves focus to its field', async () => {
      const requests = countRequests(mock, path);
      const el = await mount(tag, { attrs: form.attrs });
      await submit(el);
      await waitUntil(() => document.activeElement === summary(el), 'the error summary did not take focus');
      const entries = [...summary(el).querySelectorAll('a')];
      expect(entries.map((a) => a.getAttribute('href'))).to.deep.equal(labels(el).map((label) => `#${field(el, label).id}`));
      for (const label of labels(el)) {
        const input = field(el, label);
        expect(input, label).to.have.attribute('aria-invalid', 'true');
        expect(description(input), label).to.include('Ce champ est obligatoire.');
        entries.find((a) => a.getAttribute('href') === `#${input.id}`)?.click();
        expect(document.activeElement, `focus after following the entry of ${label}`).to.equal(input);
      }
      expect(requests.count).to.equal(0);
    });

    it('a 400 error about a field the form does not show still tells the candidate something', async () => {
      answer(mock, path, () => problem(400, 'validation_failed', { fieldErrors: { birthDate: [{ code: 'required' }] } }));
      const el = await filled();
      await submit(el);
      const summaryText = summary(el).hidden ? '' : (summary(el).textContent ?? '').trim();
      expect(alertText(el) + summaryText, 'nothing says the request failed').not.to.equal('');
    });
  });

  describe('one request at a time', () => {
    it('five clicks on submit and Enter send exactly one request', async () => {
      const held = gate();
      const requests = countRequests(mock, path, held.opened);
      const el = await filled();
      for (let i = 0; i < 5; i++) submitButton(el).click();
      field(el, lastLabel()).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => requests.count > 0, 'no request was sent');
      held.open();
      await settle(el);
      await nextFrame();
      expect(requests.count).to.equal(1);
    });
  });

  describe('typed data is kept, character for character', () => {
    const failures = [
      { name: '400 validation_failed', arrange: rejectFields },
      FAILURES.unauthenticated,
      FAILURES.rateLimited,
      FAILURES.serverError,
      FAILURES.maintenance,
      FAILURES.network,
    ];
    for (const failure of failures) {
      it(`after ${failure.name}`, async () => {
        const el = await filled();
        failure.arrange(mock, path);
        await submit(el);
        expect(values(el)).to.deep.equal(form.typed);
      });
    }

    it('after the element is removed and put back in the middle of a request', async () => {
      const held = gate();
      countRequests(mock, path, held.opened);
      const el = await filled();
      submitButton(el).click();
      await el.updateComplete;
      const provider = el.parentElement;
      el.remove();
      provider?.append(el);
      held.open();
      await settle(el);
      expect(values(el)).to.deep.equal(form.typed);
      expect(statusText(el), 'no longer sending').to.equal('');
    });
  });

  describe('events', () => {
    it('ec-submit is cancelable: cancelling it sends no request', async () => {
      const requests = countRequests(mock, path);
      const el = await filled();
      let submits = 0;
      el.addEventListener('ec-submit', (event) => {
        submits += 1;
        event.preventDefault();
      });
      await submit(el);
      await nextFrame();
      expect(submits).to.equal(1);
      expect(requests.count).to.equal(0);
      expect(statusText(el)).to.equal('');
    });

    it('success: the status says so, and ec-success carries no password', async () => {
      const { el, typed } = await readyToSucceed();
      const passwords = [...el.querySelectorAll('input')].filter((input) => input.type === 'password').map((input) => input.value);
      const succeeded = oneEvent<EcSuccessEvent>(el, 'ec-success');
      submitButton(el).click();
      const { detail } = await succeeded;
      await settle(el);
      expect(statusText(el)).to.equal(form.success.status(typed, detail));
      for (const password of passwords) expect(JSON.stringify(detail ?? null)).not.to.include(password);
    });
  });
}

/** The forms that ask for a mail only and answer the same for any mail (forgotten credentials, lost activation code). */
export function describeMailRequestForm(mock: Mock, { tag, path, success }: { tag: FormTag; path: string; success(mail: string): string }) {
  const MAIL = 'eloise.ndiaye@example.org';

  describeForm(mock, {
    tag,
    path,
    typed: { 'Adresse mail': MAIL },
    fieldErrors: [
      {
        name: 'mail',
        label: 'Adresse mail',
        error: { code: 'mail_format' },
        message: 'Saisissez une adresse mail valide, par exemple prenom.nom@exemple.fr.',
      },
    ],
    failures: COMMON_FAILURES,
    success: { status: () => success(MAIL) },
  });

  it('SEC-02: an activated account, an account awaiting activation and an unknown mail get the same answer', async () => {
    const mails = {
      activated: (await activatedAccount(mock)).mail,
      'awaiting activation': (await signUp(mock)).mail,
      unknown: uniqueMail('nobody'),
    };
    const seen: Record<string, { status: string; alert: string; text: string }> = {};
    for (const [name, mail] of Object.entries(mails)) {
      const el = await mount(tag);
      await fill(el, { 'Adresse mail': mail });
      await submit(el);
      const anonymous = (text: string) => text.replaceAll(mail, '<mail>');
      seen[name] = { status: anonymous(statusText(el)), alert: alertText(el), text: anonymous(el.textContent ?? '') };
      el.parentElement?.remove();
    }
    expect(seen.unknown?.status).to.equal(success('<mail>'));
    expect(seen).to.deep.equal(Object.fromEntries(Object.keys(mails).map((name) => [name, seen.unknown])));
  });

  it('a space typed before the mail does not reorder the characters typed after it', async () => {
    const el = await mount(tag);
    await type(el, 'Adresse mail', ` ${MAIL}`);
    // An email input drops the spaces around its value; the rest stays in the order typed.
    expect(field(el, 'Adresse mail').value).to.equal(MAIL);
  });

  it('links back to the login', async () => {
    const el = await mount(tag);
    expect(link(el, 'Connexion').getAttribute('href')).to.equal('#login');
  });
}
