import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ineRequired, profileCompleteness, type BacSeries, type Config, type MissingItem, type ProfileContent } from '../../sdk/index.js';
import { aBac, aBacSeries, aConfig, anAddress, aPersonalInfo } from './helpers.js';

/** The profile rules of the configuration, with `mandatoryTabs` and other changes. */
const rulesWith = (overrides: Partial<Config['profile']> = {}): Config['profile'] => ({ ...aConfig().profile, ...overrides });

const empty: ProfileContent = { personalInfo: null, address: null, baccalaureate: null, externalStudies: 0, internships: 0, workExperience: 0 };
/** A profile whose three single sections and three lists are all filled (INE given). */
const full: ProfileContent = {
  personalInfo: aPersonalInfo({ ine: '1234567890V' }),
  address: anAddress(),
  baccalaureate: aBac(),
  externalStudies: 1,
  internships: 2,
  workExperience: 1,
};
const noBac = { kind: 'none', series: 'NOBAC' } as const;
const ALL_TABS = ['personalInfo', 'address', 'baccalaureate', 'internalStudies', 'externalStudies', 'internships', 'workExperience', 'applications'];
const emptyTab = (...tabs: MissingItem['tab'][]): MissingItem[] => tabs.map((tab) => ({ tab, code: 'tab_empty' }));

describe('profileCompleteness: filled tabs', () => {
  it('an empty profile fills only the read-only tabs (internal studies, applications)', () =>
    assert.deepEqual(profileCompleteness(rulesWith(), empty).filled, {
      personalInfo: false,
      address: false,
      baccalaureate: false,
      internalStudies: true,
      externalStudies: false,
      internships: false,
      workExperience: false,
      applications: true,
    }));

  it('a full profile fills every tab', () =>
    assert.deepEqual(Object.values(profileCompleteness(rulesWith(), full).filled), ALL_TABS.map(() => true)));

  it('a "sans bac" answer fills the Baccalauréat tab', () =>
    assert.equal(profileCompleteness(rulesWith(), { ...empty, baccalaureate: noBac }).filled.baccalaureate, true));
});

describe('profileCompleteness: the mandatory tabs come from the rules', () => {
  const cases: { name: string; mandatoryTabs: string[]; content: ProfileContent; missing: MissingItem[] }[] = [
    {
      name: 'the three single sections, all empty: each is missing, in the rules’ order',
      mandatoryTabs: ['baccalaureate', 'personalInfo', 'address'],
      content: empty,
      missing: emptyTab('baccalaureate', 'personalInfo', 'address'),
    },
    { name: 'the three single sections, filled', mandatoryTabs: ['personalInfo', 'address', 'baccalaureate'], content: full, missing: [] },
    {
      name: 'the "sans bac" answer counts as a baccalauréat',
      mandatoryTabs: ['personalInfo', 'address', 'baccalaureate'],
      content: { ...full, baccalaureate: noBac },
      missing: [],
    },
    {
      name: 'the lists, empty',
      mandatoryTabs: ['externalStudies', 'internships', 'workExperience'],
      content: { ...full, externalStudies: 0, internships: 0, workExperience: 0 },
      missing: emptyTab('externalStudies', 'internships', 'workExperience'),
    },
    { name: 'the lists, one entry each', mandatoryTabs: ['externalStudies', 'internships', 'workExperience'], content: { ...empty, externalStudies: 1, internships: 1, workExperience: 1 }, missing: [] },
    { name: 'read-only tabs are always filled', mandatoryTabs: ['internalStudies', 'applications'], content: empty, missing: [] },
    { name: 'unknown tab names are ignored', mandatoryTabs: ['portfolio', 'personalInfo', 'PERSONALINFO'], content: { ...empty, personalInfo: full.personalInfo }, missing: [] },
    { name: 'tabs not mandatory may stay empty', mandatoryTabs: ['personalInfo'], content: { ...empty, personalInfo: full.personalInfo }, missing: [] },
    { name: 'no mandatory tab', mandatoryTabs: [], content: empty, missing: [] },
  ];
  for (const { name, mandatoryTabs, content, missing } of cases) {
    it(name, () => {
      const completeness = profileCompleteness(rulesWith({ mandatoryTabs }), content);
      assert.deepEqual(completeness.missing, missing);
      assert.equal(completeness.readyToApply, missing.length === 0);
    });
  }
});

describe('the INE rule', () => {
  /** A French national with a 2022 bac of series GEN, which checks the INE from 1995; no INE given. */
  const frenchBac2022 = { personalInfo: aPersonalInfo({ nationality: '100', ine: null }), baccalaureate: aBac({ series: 'GEN', year: 2022 }) };
  interface IneCase {
    name: string;
    rules?: Partial<Config['profile']>;
    content?: Partial<ProfileContent>;
    /** The entry of the bac's series (default `aBacSeries()`); `null` for none known. */
    series?: BacSeries | null;
    required: boolean;
  }
  const cases: IneCase[] = [
    { name: 'French, a series checking the INE from 1995, a 2022 bac', required: true },
    { name: 'a bac of the series’ first checked year (1995)', content: { baccalaureate: aBac({ year: 1995 }) }, required: true },
    { name: 'a series checking the INE whatever the year (checksIneFrom null)', series: aBacSeries({ checksIneFrom: null }), content: { baccalaureate: aBac({ year: 1960 }) }, required: true },
    { name: 'a foreign nationality', content: { personalInfo: aPersonalInfo({ nationality: '109', ine: null }) }, required: false },
    { name: 'a bac of the year before the series checks the INE (1994)', content: { baccalaureate: aBac({ year: 1994 }) }, required: false },
    { name: 'a series that does not check the INE', series: aBacSeries({ checksIne: false }), required: false },
    { name: 'a "sans bac"', content: { baccalaureate: noBac }, series: aBacSeries({ code: 'NOBAC', checksIne: true, checksIneFrom: null }), required: false },
    { name: 'no baccalauréat yet', content: { baccalaureate: null }, required: false },
    { name: 'no personal information yet', content: { personalInfo: null }, required: false },
    { name: 'the series entry of another series', series: aBacSeries({ code: 'STMG' }), required: false },
    { name: 'no series entry known', series: null, required: false },
    { name: 'the platform does not ask French nationals for it (ineRequiredForFrench false)', rules: { ineRequiredForFrench: false }, required: false },
    { name: 'France with another code in the referential', rules: { france: 'FR' }, required: false },
  ];
  for (const { name, rules, content, series = aBacSeries(), required } of cases) {
    const args = [rulesWith({ mandatoryTabs: [], ...rules }), { ...empty, ...frenchBac2022, ...content }, series ?? undefined] as const;
    it(`${required ? 'required' : 'not required'}: ${name}`, () => {
      assert.equal(ineRequired(...args), required);
      const completeness = profileCompleteness(...args);
      assert.deepEqual(completeness.missing, required ? [{ tab: 'personalInfo', code: 'ine_required' }] : []);
      assert.equal(completeness.readyToApply, !required);
    });
  }

  it('is met once the INE is given', () => {
    const content = { ...full, ...frenchBac2022, personalInfo: aPersonalInfo({ ine: '123456789AB' }) };
    assert.equal(ineRequired(rulesWith(), content, aBacSeries()), true);
    assert.deepEqual(profileCompleteness(rulesWith(), content, aBacSeries()), {
      filled: Object.fromEntries(ALL_TABS.map((tab) => [tab, true])),
      missing: [],
      readyToApply: true,
    });
  });

  it('comes after the empty mandatory tabs', () =>
    assert.deepEqual(profileCompleteness(rulesWith({ mandatoryTabs: ['address', 'internships'] }), { ...empty, ...frenchBac2022 }, aBacSeries()).missing, [
      ...emptyTab('address', 'internships'),
      { tab: 'personalInfo', code: 'ine_required' },
    ]));
});
