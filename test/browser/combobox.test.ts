import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { http } from 'msw';
import { en as profileEn } from '../../src/translations/profile/en.js';
import { fr as profileFr } from '../../src/translations/profile/fr.js';
import { api, gate, summary, useMockBackend } from './helpers.js';
import {
  addTo,
  choices,
  chosen,
  control,
  describedBy,
  errorOn,
  fillIn,
  focusPageStart,
  isCombobox,
  mountAs,
  newCandidate,
  options,
  PATIENCE,
  pickedCode,
  press,
  providerOf,
  save,
  saveButton,
  sectionStatus,
  settled,
  tabTo,
  visible,
  type Candidate,
} from './profile-helpers.js';
import { SAVED } from './section-suite.js';

const mock = useMockBackend();
const TAG = 'ec-baccalaureate-form';
const NOT_IN_LIST = profileFr.fieldErrors.not_in_list({});

/** The combobox labelled `label`. */
function combobox(el: Element, label: string): HTMLInputElement {
  const found = control(el, label);
  if (!isCombobox(found)) throw new Error(`"${label}" is not a combobox`);
  return found as HTMLInputElement;
}

/** The combobox's list. */
const listbox = (input: Element) => document.getElementById(input.getAttribute('aria-controls')!)!;

/** The option the combobox highlights (`aria-activedescendant`), by its text. */
const highlighted = (input: Element) => visible(document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.textContent);

/** What the combobox's polite status says. */
const announced = (input: Element) => visible(input.closest('.ec-field')!.querySelector('[role=status]')?.textContent);

/** Clicks the middle of `target` with the mouse. */
async function click(target: Element) {
  target.scrollIntoView({ block: 'nearest' });
  const { x, y, width, height } = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

/** Whether the combobox shows its list. */
const isOpen = (input: Element) => input.getAttribute('aria-expanded') === 'true' && !listbox(input).hidden;

describe('combobox of long lists (<ec-baccalaureate-form>: Pays, Département, Commune)', function () {
  this.timeout(30_000);
  let candidate: Candidate;
  beforeEach(async () => (candidate = await newCandidate(mock)));
  const mountForm = (locale?: string) => mountAs(candidate, TAG, { locale });

  it('long lists are comboboxes, short ones native selects; the label names the input, which describes its list', async () => {
    const el = await mountForm();
    await fillIn(el, { Département: 'Moselle' });
    for (const label of ['Pays', 'Département', 'Commune']) {
      const input = combobox(el, label);
      expect(input, label).to.have.attribute('aria-autocomplete', 'list');
      expect(input, label).to.have.attribute('aria-expanded', 'false');
      expect(listbox(input).getAttribute('role'), label).to.equal('listbox');
    }
    expect(control(el, 'Série ou type de bac')).to.be.instanceOf(HTMLSelectElement);
    expect(control(el, 'Établissement'), 'five lycées in Metz at most').to.be.instanceOf(HTMLSelectElement);
  });

  it('keyboard only: typing filters, ArrowDown highlights, Enter picks; Tab leaves with the choice kept', async () => {
    const el = await mountForm();
    focusPageStart();
    await tabTo(el, 'Pays', { atMost: 8 });
    await press('Tab');
    const input = combobox(el, 'Département');
    expect(document.activeElement).to.equal(input);
    await sendKeys({ type: 'mos' });
    await el.updateComplete;
    expect(isOpen(input)).to.equal(true);
    expect(choices(el, 'Département'), 'those that start with it first').to.deep.equal(['Moselle', 'Meurthe-et-Moselle']);
    expect(input.hasAttribute('aria-activedescendant'), 'nothing highlighted while typing').to.equal(false);
    await press('ArrowDown');
    expect(highlighted(input)).to.equal('Moselle');
    await press('Enter');
    expect(chosen(el, 'Département')).to.equal('Moselle');
    expect(pickedCode(input), 'the code is what the form submits').to.equal('057');
    expect(isOpen(input)).to.equal(false);
    await press('Tab');
    expect(chosen(el, 'Département')).to.equal('Moselle');
    await settled(el);
    expect(document.activeElement).to.equal(combobox(el, 'Commune'));
  });

  it('a list focused while it loads keeps the focus when its long list arrives and it becomes a combobox', async () => {
    const held = gate();
    mock.worker.use(http.get(api('referentials/communes'), () => held.opened));
    const el = await mountForm();
    combobox(el, 'Département').focus();
    await sendKeys({ type: 'Moselle' });
    await press('Enter');
    await press('Tab');
    const loading = control(el, 'Commune');
    expect(loading, 'the communes are still on their way').to.be.instanceOf(HTMLSelectElement);
    expect(document.activeElement).to.equal(loading);
    held.open();
    await waitUntil(() => isCombobox(control(el, 'Commune')), 'the communes did not arrive', PATIENCE);
    expect(document.activeElement, 'the focus is not sent back to the top of the page').to.equal(combobox(el, 'Commune'));
  });

  it('ArrowDown and ArrowUp move and wrap, Home and End go to the first and last option', async () => {
    const el = await mountForm();
    const input = combobox(el, 'Département');
    input.focus();
    await press('ArrowDown');
    const all = choices(el, 'Département');
    expect(isOpen(input)).to.equal(true);
    expect(highlighted(input)).to.equal(all[0]);
    await press('ArrowDown');
    expect(highlighted(input)).to.equal(all[1]);
    await press('End');
    expect(highlighted(input)).to.equal(all.at(-1));
    await press('ArrowDown');
    expect(highlighted(input), 'past the last, the first').to.equal(all[0]);
    await press('ArrowUp');
    expect(highlighted(input), 'before the first, the last').to.equal(all.at(-1));
    await press('Home');
    expect(highlighted(input)).to.equal(all[0]);
    expect(chosen(el, 'Département'), 'moving picks nothing').to.equal('');
  });

  it('filters regardless of case, accents and hyphens: "saint etienne" finds Saint-Étienne first', async () => {
    const el = await mountForm();
    await fillIn(el, { Département: 'Loire' });
    const input = combobox(el, 'Commune');
    input.focus();
    await sendKeys({ type: 'saint etienne' });
    await el.updateComplete;
    expect(choices(el, 'Commune')[0]).to.equal('Saint-Étienne');
    expect(choices(el, 'Commune').every((label) => /saint.[ée]tienne/i.test(label))).to.equal(true);
    input.select();
    await sendKeys({ type: 'ÉTIENNE' });
    await el.updateComplete;
    expect(choices(el, 'Commune')).to.include('Saint-Étienne');
  });

  it('a polite status says how many options match, and when none does', async () => {
    const el = await mountForm();
    await fillIn(el, { Département: 'Moselle' });
    const input = combobox(el, 'Commune');
    expect(announced(input), 'nothing while closed').to.equal('');
    input.focus();
    await sendKeys({ type: 'metz' });
    await el.updateComplete;
    const count = options(input).length;
    expect(count).to.be.above(1);
    expect(announced(input)).to.equal(`${count} résultats`);
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(announced(input)).to.equal('Aucun résultat');
    expect(isOpen(input), 'no empty list shown').to.equal(false);
  });

  it('Escape closes the list and keeps the text; a second Escape clears it', async () => {
    const el = await mountForm();
    await fillIn(el, { Département: 'Moselle' });
    const input = combobox(el, 'Département');
    input.focus();
    await press('ArrowDown');
    expect(isOpen(input)).to.equal(true);
    await press('Escape');
    expect(isOpen(input)).to.equal(false);
    expect(chosen(el, 'Département')).to.equal('Moselle');
    await press('Escape');
    expect(input.value).to.equal('');
    expect(chosen(el, 'Département')).to.equal('');
  });

  it('a pointer: a click opens the list, a click on an option picks it and keeps the focus in the field', async () => {
    const el = await mountForm();
    const input = combobox(el, 'Pays');
    await click(input);
    await el.updateComplete;
    expect(isOpen(input)).to.equal(true);
    await click(options(input).find((option) => visible(option.textContent) === 'Allemagne')!);
    await settled(el);
    expect(chosen(el, 'Pays')).to.equal('Allemagne');
    expect(isOpen(input)).to.equal(false);
    expect(document.activeElement).to.equal(input);
    expect(control(el, 'Pays')).to.equal(input);
  });

  it('text that picks nothing is an error once the field is left, listed on save; nothing is saved', async () => {
    const el = await mountForm();
    await fillIn(el, { Département: 'Moselle' });
    const input = combobox(el, 'Commune');
    input.focus();
    await sendKeys({ type: 'Metzz' });
    await el.updateComplete;
    expect(errorOn(el, 'Commune'), 'no error while typing').to.equal('');
    await press('Tab');
    expect(errorOn(el, 'Commune')).to.equal(NOT_IN_LIST);
    expect(input).to.have.attribute('aria-invalid', 'true');
    expect(describedBy(input)).to.include(NOT_IN_LIST);
    expect(input.value, 'the text is kept').to.equal('Metzz');
    await save(el);
    expect(visible(summary(el).textContent)).to.include(NOT_IN_LIST);
    expect(sectionStatus(el)).to.equal('');
  });

  it('text that is exactly one option’s label, whatever its case, picks it when the field is left', async () => {
    const el = await mountForm();
    await fillIn(el, { Département: 'Moselle' });
    const input = combobox(el, 'Commune');
    input.focus();
    await sendKeys({ type: 'metz' });
    await press('Tab');
    expect(chosen(el, 'Commune')).to.equal('Metz');
    expect(errorOn(el, 'Commune')).to.equal('');
  });

  it('in English, the error and the count are English', async () => {
    const el = await mountForm('en');
    const input = combobox(el, 'Département');
    input.focus();
    await sendKeys({ type: 'nowhere' });
    await el.updateComplete;
    expect(announced(input)).to.equal('No results');
    await press('Tab');
    expect(errorOn(el, 'Département')).to.equal(profileEn.fieldErrors.not_in_list({}));
  });

  it('a dependent list is disabled, and says which to choose first, until its parent is chosen', async () => {
    const el = await mountForm();
    const commune = control(el, 'Commune');
    expect(commune.disabled).to.equal(true);
    expect(describedBy(commune)).to.include(profileFr.profile.chooseFirst('Département'));
    expect(control(el, 'Établissement').disabled).to.equal(true);
    expect(describedBy(control(el, 'Établissement'))).to.include(profileFr.profile.chooseFirst('Commune'));
    await fillIn(el, { Département: 'Moselle' });
    expect(control(el, 'Commune').disabled).to.equal(false);
    expect(describedBy(control(el, 'Commune'))).not.to.include(profileFr.profile.chooseFirst('Département'));
    expect(control(el, 'Établissement').disabled).to.equal(true);
    await fillIn(el, { Commune: 'Metz' });
    expect(control(el, 'Établissement').disabled).to.equal(false);
  });

  it('the codes are saved and the labels shown again', async () => {
    const el = await mountForm();
    await fillIn(el, { 'Année d’obtention': '2023', 'Série ou type de bac': 'Baccalauréat général', Département: 'Moselle', Commune: 'Metz', Établissement: 'Lycée Fabert' });
    await save(el);
    expect(sectionStatus(el)).to.equal(SAVED);
    const reopened = await addTo(providerOf(el), TAG);
    expect([chosen(reopened, 'Département'), chosen(reopened, 'Commune')]).to.deep.equal(['Moselle', 'Metz']);
    expect([pickedCode(combobox(reopened, 'Département')), pickedCode(combobox(reopened, 'Commune'))]).to.deep.equal(['057', '57463']);
  });

  describe('accessibility (axe)', () => {
    it('closed, with a choice', async () => {
      const el = await mountForm();
      await fillIn(el, { Département: 'Moselle' });
      await expect(el).to.be.accessible();
    });

    it('open, an option highlighted', async () => {
      const el = await mountForm();
      await fillIn(el, { Département: 'Moselle' });
      const input = combobox(el, 'Commune');
      input.focus();
      await sendKeys({ type: 'me' });
      await press('ArrowDown');
      expect(isOpen(input)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('invalid: text that picks nothing, after a save', async () => {
      const el = await mountForm();
      const input = combobox(el, 'Département');
      input.focus();
      await sendKeys({ type: 'Mosel' });
      saveButton(el).click();
      await settled(el);
      await waitUntil(() => document.activeElement === summary(el), 'the error summary did not take focus', PATIENCE);
      expect(errorOn(el, 'Département')).to.equal(NOT_IN_LIST);
      await expect(el).to.be.accessible();
    });
  });
});
