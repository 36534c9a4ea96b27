/**
 * Helpers of the profile elements' browser tests: a logged-in candidate, the profile elements
 * mounted inside `<ec-provider>`, fields of every kind (inputs, selects, radio groups) found by
 * their label, saves held or answered by the test, and what `<ec-profile>` shows (tabs, badges,
 * what is missing).
 */
import { fixture, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import type { SectionInput } from '../../sdk/operations/profile.js';
import { SECTIONS, type SectionName } from '../../sdk/routes/profile.js';
import type { FieldErrors } from '../../sdk/schemas/field-errors.js';
import type { EcProvider } from '../../src/components/provider/provider.js';
import '../../src/define/ec-address-form.js';
import '../../src/define/ec-baccalaureate-form.js';
import '../../src/define/ec-personal-info-form.js';
import '../../src/define/ec-profile.js';
import { fr } from '../../src/translations/fr.js';
import { fr as profileFr } from '../../src/translations/profile/fr.js';
import { activatedAccount, alertText, api, busy, client, fill, PASSWORD, problem, type Mock } from './helpers.js';

/** The profile's section elements. */
export type SectionTag = 'ec-personal-info-form' | 'ec-address-form' | 'ec-baccalaureate-form';
/** The profile's list elements. */
export type ListTag = 'ec-external-studies' | 'ec-internships' | 'ec-work-experience';
/** The profile elements. */
export type ProfileTag = SectionTag | ListTag | 'ec-profile' | 'ec-internal-studies' | 'ec-applications';
/** A profile element as the tests use it. */
export type ProfileElement = HTMLElementTagNameMap[ProfileTag];

/** The section each section element edits. */
export const SECTION_OF: Record<SectionTag, SectionName> = {
  'ec-personal-info-form': 'personalInfo',
  'ec-address-form': 'address',
  'ec-baccalaureate-form': 'baccalaureate',
};

/* ------------------------------------------------------------------------------------------------
 * A candidate, logged in
 * --------------------------------------------------------------------------------------------- */

/** An activated account of the mock: its login, mail and first name (signed up as Zoë Dupont). */
export interface Candidate {
  login: string;
  mail: string;
  firstName: string;
}

/** A new candidate: signed up, activated with the mailed token. */
export const newCandidate = (mock: Mock): Promise<Candidate> => activatedAccount(mock);

/** An SDK client logged in as `candidate`: another tab of theirs, saving behind the element's back. */
export async function otherTab(candidate: Candidate) {
  const other = client();
  await other.session.login({ login: candidate.login, password: PASSWORD });
  return other;
}

/** A complete French profile, saved through the SDK. */
export const SAVED_PROFILE: { [N in SectionName]: SectionInput[N] } = {
  personalInfo: {
    nationality: '100',
    ine: '1234567890V',
    civility: 'Mme',
    lastName: 'DUPONT',
    usageName: null,
    firstName: 'ZOË',
    otherFirstNames: null,
    birthDate: '2005-03-15',
    birthCountry: '100',
    birthDepartment: '057',
    birthCommune: null,
    birthCity: 'METZ',
    language: 'fr',
    phone: null,
    mobilePhone: null,
  },
  address: { country: '100', postalCode: '57000', commune: '57463', foreignCity: null, line1: '1 rue des Récollets', line2: null, line3: null },
  baccalaureate: {
    kind: 'bac',
    year: 2023,
    series: 'GEN',
    honours: null,
    country: '100',
    department: '075',
    commune: '75056',
    establishment: '0750654D',
    specialities: [],
    options: [],
  },
};

/** Saves the whole profile through the SDK, as the candidate did in another visit. */
export async function saveWholeProfile(candidate: Candidate) {
  const other = await otherTab(candidate);
  for (const name of Object.keys(SAVED_PROFILE) as SectionName[]) {
    const { etag } = await other.profile.getSection(name);
    await other.profile.saveSection(name, SAVED_PROFILE[name], { ifMatch: etag });
  }
}

/** Makes the candidate's session expire on the server (the mock's clock moves past its 45 minutes). */
export const expireSession = (mock: Mock) => mock.backend.advanceClock(46 * 60_000);

/** Logs `candidate` in again through the login form `el` shows in place once the session ended: typed, then "Me connecter" clicked. */
export async function logInAgainIn(el: Element, candidate: Candidate) {
  const login = el.querySelector('ec-login-form');
  if (!login) throw new Error(`<${el.localName}> shows no login form`);
  await fill(login, { Utilisateur: candidate.login, 'Mot de passe': PASSWORD });
  button(login, fr.login.submit).click();
}

/* ------------------------------------------------------------------------------------------------
 * Waiting until an element is at rest
 * --------------------------------------------------------------------------------------------- */

/** Requests of the page whose answer has not fully arrived (the elements' look-ups and saves, the mock's data files). */
let inFlight = 0;
/** When a request of the page last started or ended, or the page last changed. */
let lastActivity = 0;
const active = () => (lastActivity = performance.now());
const pageFetch = window.fetch.bind(window);
window.fetch = async (...args: Parameters<typeof fetch>) => {
  inFlight += 1;
  active();
  try {
    const response = await pageFetch(...args);
    // The body too: an answer counts as arrived once the page can read it at once.
    await response.clone().arrayBuffer().catch(() => undefined);
    return response;
  } finally {
    inFlight -= 1;
    active();
  }
};
new MutationObserver(active).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });

/**
 * Whether the page is at rest: no request in flight, and neither a request nor a change of the
 * page for a moment (an answer reaches the elements a few tasks after its last byte; a cached
 * look-up answers without any request).
 */
const quiet = () => inFlight === 0 && performance.now() - lastActivity > 50;

/** How long to wait for something that needs the mock backend (the communes load 8 MB the first time). */
export const PATIENCE = { timeout: 5000 };

/** Whether a section element has loaded its section and its lists, or shows why it could not. */
const sectionReady = (el: Element) => (el.querySelector('form') !== null && !busy(el)) || alertText(el) !== '';

/** Whether a tab's element shows more than its "Chargement…" (any element of a tab: a section, a list). */
function tabReady(el: Element): boolean {
  const root = el.querySelector('.ec-root');
  const loading = root !== null && root.children.length === 1 && root.firstElementChild?.matches('p[role=status]') === true;
  return root !== null && !loading && !busy(el);
}

/** Whether `<ec-profile>` shows its tabs, what is missing, and its active tab's content. */
function profileReady(el: Element): boolean {
  const panel = el.querySelector('[role=tabpanel]:not([hidden]) > *');
  return el.querySelector('[role=tablist]') !== null && el.querySelector('.ec-missing p') !== null && panel !== null && tabReady(panel);
}

const isReady = (el: Element) =>
  el.localName === 'ec-profile' ? profileReady(el) : el.localName.startsWith('ec-') && !el.localName.endsWith('-form') ? tabReady(el) : sectionReady(el);

/**
 * Waits until the element is at rest: rendered, its save and the look-ups a choice triggers (a
 * commune list, say, and what it triggers in turn) answered and shown, not busy.
 */
export async function settled(el: ProfileElement) {
  do {
    await el.updateComplete;
    await waitUntil(() => quiet() && isReady(el), `<${el.localName}> did not come to rest`, PATIENCE);
    await nextFrame();
    await el.updateComplete;
  } while (!quiet() || !isReady(el));
}

/* ------------------------------------------------------------------------------------------------
 * Mounting
 * --------------------------------------------------------------------------------------------- */

export interface ProfileMountOptions {
  /** Attributes of the element (e.g. `tab`). */
  attrs?: Record<string, string>;
  /** The provider's `locale` attribute. */
  locale?: string;
}

/** Adds `tag` to `provider` and waits until it has loaded. */
export async function addTo<T extends ProfileTag>(provider: EcProvider, tag: T, attrs: Record<string, string> = {}): Promise<HTMLElementTagNameMap[T]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  provider.append(element);
  await settled(element);
  return element;
}

/**
 * Mounts `<ec-provider base-url="/api/">`, logs `candidate` in through the provider's session
 * store, then puts `<tag>` inside and waits until it has loaded its section.
 */
export async function mountAs<T extends ProfileTag>(candidate: Candidate, tag: T, { attrs = {}, locale }: ProfileMountOptions = {}): Promise<HTMLElementTagNameMap[T]> {
  const provider = document.createElement('ec-provider');
  provider.setAttribute('base-url', '/api/');
  if (locale) provider.setAttribute('locale', locale);
  await fixture(provider);
  // Log in once the first "who is there?" has been answered, so its answer cannot undo the login.
  await waitUntil(() => provider.session !== undefined && provider.session.state.status !== 'unknown', 'the provider did not check the session', PATIENCE);
  await provider.session!.login({ login: candidate.login, password: PASSWORD });
  return addTo(provider, tag, attrs);
}

/** The provider around an element. */
export const providerOf = (el: Element) => el.closest('ec-provider')!;

/* ------------------------------------------------------------------------------------------------
 * Fields of every kind, by label
 * --------------------------------------------------------------------------------------------- */

/** Text as a screen shows it: runs of spaces and line breaks collapsed. */
export const visible = (text: string | null | undefined) => (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();

/** A label's or legend's text without the required marker. */
const nameOf = (label: Element) => visible(label.textContent).replace(/ ?\*$/, '');

/** An input, a select or a multi-line text. */
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The labels of the inputs, selects and multi-line texts and the legends of the radio groups, in order. */
export const shownFields = (el: Element) =>
  [...el.querySelectorAll('label[for], fieldset > legend')].filter((label) => !label.closest('ec-login-form')).map(nameOf);

/** The input, select or multi-line text a label names (through its `for`). */
export function control(el: Element, label: string): Control {
  const found = [...el.querySelectorAll<HTMLLabelElement>('label[for]')].find((candidate) => nameOf(candidate) === label);
  if (!found) throw new Error(`No field labelled "${label}" in <${el.localName}>; fields: ${shownFields(el).join(', ')}`);
  const input = document.getElementById(found.htmlFor);
  if (!(input instanceof HTMLInputElement || input instanceof HTMLSelectElement || input instanceof HTMLTextAreaElement)) {
    throw new Error(`The label "${label}" names no input, select or multi-line text`);
  }
  return input;
}

/** Whether a control is a combobox (a long list that filters as one types) rather than a native select or an input. */
export const isCombobox = (input: Element) => input.getAttribute('role') === 'combobox';

/** A list, by label: a native select, or a combobox's input. */
export function select(el: Element, label: string): HTMLSelectElement | HTMLInputElement {
  const found = control(el, label);
  if (!(found instanceof HTMLSelectElement || isCombobox(found))) throw new Error(`"${label}" is neither a select nor a combobox`);
  return found as HTMLSelectElement | HTMLInputElement;
}

/** The options a combobox's list offers now (what is typed filters them), shown or not. */
export const options = (combobox: Element) => [...(document.getElementById(combobox.getAttribute('aria-controls')!)?.querySelectorAll<HTMLElement>('[role=option]') ?? [])];

/** What a combobox submits: the code of the choice picked ('' for none). */
export const pickedCode = (combobox: Element) => combobox.parentElement!.querySelector<HTMLInputElement>('input[type=hidden]')!.value;

/** The radio group whose legend is `legend`. */
export function radioGroup(el: Element, legend: string): HTMLFieldSetElement {
  const found = [...el.querySelectorAll('fieldset > legend')].find((candidate) => nameOf(candidate) === legend);
  if (!found) throw new Error(`No radio group "${legend}" in <${el.localName}>; fields: ${shownFields(el).join(', ')}`);
  return found.parentElement as HTMLFieldSetElement;
}

/** The radio button `choice` of the group `legend`. */
export function radio(el: Element, legend: string, choice: string): HTMLInputElement {
  const label = [...radioGroup(el, legend).querySelectorAll('label')].find((candidate) => visible(candidate.textContent) === choice);
  const input = label?.querySelector('input');
  if (!input) throw new Error(`No choice "${choice}" in "${legend}"`);
  return input;
}

/** Whether a field (or radio group) with this label is shown. */
export const shows = (el: Element, label: string) => shownFields(el).includes(label);

/** The labels of a list's choices, "Choisissez…" left out (a combobox's: those its list offers now). */
export const choices = (el: Element, label: string) => {
  const input = select(el, label);
  const found = input instanceof HTMLSelectElement ? [...input.options].filter((option) => option.value !== '') : options(input);
  return found.map((option) => visible(option.textContent));
};

/** The label of a list's chosen option ('' when none is). */
export const chosen = (el: Element, label: string) => {
  const input = select(el, label);
  if (input instanceof HTMLSelectElement) return input.value === '' ? '' : visible(input.selectedOptions[0]?.text);
  return pickedCode(input) === '' ? '' : input.value;
};

/** Waits until the list labelled `label` offers `option`, then picks it as a pointer does (a combobox: opened, then the option clicked). */
export async function choose(el: ProfileElement, label: string, option: string) {
  await waitUntil(() => shows(el, label) && choices(el, label).includes(option), `"${label}" never offered "${option}"`, PATIENCE);
  const input = select(el, label);
  if (input instanceof HTMLSelectElement) {
    input.value = [...input.options].find((candidate) => visible(candidate.text) === option)!.value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    input.focus();
    input.click();
    await el.updateComplete;
    options(input)
      .find((candidate) => visible(candidate.textContent) === option)!
      .click();
  }
  await el.updateComplete;
}

/** Checks a radio button as a pointer does. */
export async function check(el: ProfileElement, legend: string, choice: string) {
  radio(el, legend, choice).click();
  await el.updateComplete;
}

/** Puts `text` in the input or multi-line text labelled `label` at once (a paste, or a date picked in the picker). */
export async function enter(el: ProfileElement, label: string, text: string) {
  const input = control(el, label);
  if (input instanceof HTMLSelectElement) throw new Error(`"${label}" is a select`);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  input.blur();
  await el.updateComplete;
}

/** Types `text` key by key into the input labelled `label`, after emptying it. */
export async function typeInto(el: ProfileElement, label: string, text: string) {
  const input = control(el, label);
  input.focus();
  if (!(input instanceof HTMLSelectElement)) input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await el.updateComplete;
}

/**
 * What every shown field holds, by label: an input's value, a select's chosen label, a radio
 * group's checked label ('' for none). The re-login form is left out.
 */
export function formValues(el: Element): Record<string, string> {
  const form = sectionForm(el);
  const entries: [string, string][] = [];
  for (const label of form.querySelectorAll('label[for], fieldset > legend')) {
    const name = nameOf(label);
    if (label.localName === 'legend') {
      const checked = [...label.parentElement!.querySelectorAll('label')].find((choice) => choice.querySelector('input')?.checked);
      entries.push([name, visible(checked?.textContent)]);
    } else entries.push([name, control(form, name) instanceof HTMLSelectElement ? chosen(form, name) : control(form, name).value]);
  }
  return Object.fromEntries(entries);
}

/** Fills fields by label: a `string` types into an input or picks a select's option; `{ radio }` checks a radio; `{ date }` enters a date. */
export type Fill = Record<string, string | { radio: string } | { date: string }>;

/** Fills `values` in order, waiting for each cascading list to offer the choice. */
export async function fillIn(el: ProfileElement, values: Fill) {
  for (const [label, value] of Object.entries(values)) {
    if (typeof value !== 'string') {
      if ('radio' in value) await check(el, label, value.radio);
      else await enter(el, label, value.date);
      continue;
    }
    await waitUntil(() => shows(el, label), `"${label}" is not shown`, PATIENCE);
    const input = control(el, label);
    if (input instanceof HTMLSelectElement || isCombobox(input)) await choose(el, label, value);
    else await enter(el, label, value);
  }
  await settled(el);
}

/** The text of the element an input's or a group's `aria-describedby` points to, as a screen reader reads it. */
export const describedBy = (target: Element) =>
  (target.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => visible(document.getElementById(id)?.textContent))
    .join(' ');

/** The input or select labelled `label`, or the radio group whose legend it is. */
export function fieldOrGroup(el: Element, label: string): Control | HTMLFieldSetElement {
  const group = [...el.querySelectorAll('fieldset > legend')].some((legend) => nameOf(legend) === label);
  return group ? radioGroup(el, label) : control(el, label);
}

/** The error shown on a field or radio group ('' when none). */
export const errorOn = (el: Element, label: string) => visible(document.getElementById(`${fieldOrGroup(el, label).id}-error`)?.textContent);

/** The French message a field shows for the error `code` with `params`: the profile's own, else the common one. */
export const fieldMessage = (code: string, params: Record<string, unknown> = {}) =>
  code in profileFr.fieldErrors ? profileFr.fieldErrors[code](params) : fr.fieldError(code, params);

/** The date a date input takes, `YYYY-MM-DD`, `years` years and `days` days from today (UTC, as the SDK counts). */
export function isoDate(years: number, days = 0) {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear() + years, today.getUTCMonth(), today.getUTCDate() + days)).toISOString().slice(0, 10);
}

/** The keys that type `iso` (`YYYY-MM-DD`) into a focused date input, in the order its segments show. */
export function dateKeys(iso: string): string {
  const [year, month, day] = iso.split('-');
  const order = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2000, 0, 2))
    .map((part) => part.type)
    .filter((type) => type === 'year' || type === 'month' || type === 'day');
  return order.map((type) => ({ year, month, day })[type]).join('');
}

/** Presses keys one after the other (`Tab`, `ArrowDown`, `Space`, `Enter`…). */
export async function press(...keys: string[]) {
  for (const key of keys) await sendKeys({ press: key });
}

/** Presses Tab until the field labelled `label` has focus (a date input holds a few Tab stops of its own). */
export async function tabTo(el: Element, label: string, { atMost = 4 } = {}) {
  const target = control(el, label);
  for (let presses = 0; presses < atMost && document.activeElement !== target; presses++) await press('Tab');
  if (document.activeElement !== target) throw new Error(`Tab did not reach "${label}"; focus is on ${document.activeElement?.id || document.activeElement?.localName}`);
}

/** Moves focus to the start of the page, as if the candidate had just arrived. */
export function focusPageStart() {
  (document.activeElement as HTMLElement | null)?.blur();
}

/* ------------------------------------------------------------------------------------------------
 * Saves: held, counted, or answered by the test
 * --------------------------------------------------------------------------------------------- */

/** The msw pattern of a section's path. */
export const sectionApi = (section: SectionName) => api(SECTIONS[section].path);

/**
 * Counts the saves (PUTs) of `section`, each held until `hold` settles, then lets them through to
 * the reference backend (a resolver that returns nothing falls through).
 */
export function countSaves(mock: Mock, section: SectionName, hold?: Promise<unknown>): { count: number } {
  const seen = { count: 0 };
  mock.worker.use(
    http.put(sectionApi(section), async () => {
      seen.count += 1;
      await hold;
    }),
  );
  return seen;
}

/** Answers the saves of `section` with a 400 `validation_failed` carrying `fieldErrors`. */
export function rejectSave(mock: Mock, section: SectionName, fieldErrors: FieldErrors) {
  mock.worker.use(http.put(sectionApi(section), () => problem(400, 'validation_failed', { fieldErrors })));
}

/** The section's own form (not the re-login form an expired session shows above it). */
export function sectionForm(el: Element): HTMLFormElement {
  const found = [...el.querySelectorAll('form')].find((form) => !form.closest('ec-login-form'));
  if (!found) throw new Error(`<${el.localName}> shows no form`);
  return found;
}

/** The section's submit button ("Enregistrer"), alone or beside "Annuler". */
export function saveButton(el: Element): HTMLButtonElement {
  const found = sectionForm(el).querySelector<HTMLButtonElement>(':scope > button[type=submit], :scope > .ec-actions > button[type=submit]');
  if (!found) throw new Error(`<${el.localName}> shows no save button`);
  return found;
}

/** Clicks "Enregistrer" and waits for the answer. */
export async function save(el: ProfileElement) {
  saveButton(el).click();
  await settled(el);
}

/**
 * How a form's messages are read: the function returned mounts a new element (`mount`), fills
 * `start` (what the form needs besides the fields read; a test may give another) then `values`,
 * saves, and returns the error each field of `values` then shows ('' when none).
 */
export const errorsAfterSavingFrom =
  (mount: () => Promise<ProfileElement>, start: Fill) =>
  async (values: Fill, from: Fill = start): Promise<Record<string, string>> => {
    const el = await mount();
    await fillIn(el, { ...from, ...values });
    await save(el);
    return Object.fromEntries(Object.keys(values).map((label) => [label, errorOn(el, label)]));
  };

/** The button whose text is `text`. */
export function button(el: Element, text: string): HTMLButtonElement {
  const found = [...el.querySelectorAll('button')].find((candidate) => visible(candidate.textContent) === text);
  if (!found) throw new Error(`No button "${text}" in <${el.localName}>`);
  return found;
}

/** Whether a button with this text is shown. */
export const hasButton = (el: Element, text: string) => [...el.querySelectorAll('button')].some((candidate) => visible(candidate.textContent) === text);

/** The status region of a section ("Vos informations sont enregistrées."). */
export const sectionStatus = (el: Element) => visible(el.querySelector('.ec-status')?.textContent);

/** The conflict view: its rows as `[field, saved version, candidate's edit]`. */
export function conflictRows(el: Element): string[][] {
  const view = el.querySelector('.ec-conflict');
  if (!view) throw new Error(`<${el.localName}> shows no conflict view`);
  return [...view.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => visible(cell.textContent)));
}

/* ------------------------------------------------------------------------------------------------
 * <ec-profile>: tabs, badges, what is missing
 * --------------------------------------------------------------------------------------------- */

/** The tabs, by their name. */
export const tabs = (profile: Element) => [...profile.querySelectorAll<HTMLButtonElement>('[role=tab]')];

/** A tab's name (its first line, without the badge). */
export const tabName = (tab: Element) => visible(tab.querySelector('span')?.textContent);

/** The tab named `name`. */
export function tab(profile: Element, name: string): HTMLButtonElement {
  const found = tabs(profile).find((candidate) => tabName(candidate) === name);
  if (!found) throw new Error(`No tab "${name}"; tabs: ${tabs(profile).map(tabName).join(', ')}`);
  return found;
}

/** Each tab's badge, by tab name. */
export const badges = (profile: Element) => Object.fromEntries(tabs(profile).map((candidate) => [tabName(candidate), visible(candidate.querySelector('.ec-badge')?.textContent)]));

/** The selected tab's name. */
export const selectedTab = (profile: Element) => tabs(profile).filter((candidate) => candidate.getAttribute('aria-selected') === 'true').map(tabName);

/** The shown panel's element. */
export function activePanel(profile: Element): ProfileElement {
  const found = profile.querySelector<ProfileElement>('[role=tabpanel]:not([hidden]) > *');
  if (!found) throw new Error('No tab panel is shown');
  return found;
}

/** What the "still missing" region says: its lines, or the one "complete" sentence. */
export const missing = (profile: Element) => {
  const region = profile.querySelector('.ec-missing');
  const items = [...(region?.querySelectorAll('li') ?? [])].map((item) => visible(item.textContent));
  return items.length ? [visible(region?.querySelector('p')?.textContent), ...items] : [visible(region?.textContent)];
};

/** Waits until the "still missing" region says `expected`. */
export async function missingBecomes(profile: ProfileElement, expected: string[]) {
  await waitUntil(() => JSON.stringify(missing(profile)) === JSON.stringify(expected), `the missing list stayed ${JSON.stringify(missing(profile))}`, PATIENCE);
}
