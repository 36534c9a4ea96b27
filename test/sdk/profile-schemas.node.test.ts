import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  addressSchema,
  baccalaureateSchema,
  externalStudySchema,
  fieldErrorsOf,
  internshipSchema,
  personalInfoSchema,
  workExperienceSchema,
  type FieldErrors,
  type ProfileRules,
} from '../../sdk/index.js';
import { aBac, anAddress, anExternalStudy, anInternship, aPersonalInfo, aWorkExperience } from './helpers.js';

/** A fixed "today" (midday UTC, so the date is the same in every time zone). */
const TODAY = new Date('2025-06-15T12:00:00Z');
const FRANCE = '100';
const GERMANY = '109';
const RULES: ProfileRules = { france: FRANCE, birthCommunes: false };

/** The field errors `schema` gives for `input` (`{}` when valid). */
const errorsOf = (schema: v.GenericSchema, input: unknown): FieldErrors => fieldErrorsOf(v.safeParse(schema, input).issues ?? []);

/** What `schema` outputs for `input`; fails with the field errors when it is invalid. */
function outputOf(schema: v.GenericSchema, input: unknown): unknown {
  const result = v.safeParse(schema, input);
  assert.ok(result.success, JSON.stringify(fieldErrorsOf(result.issues ?? [])));
  return result.output;
}

const tooLong = (limit: number) => [{ code: 'too_long', params: { limit } }];
const required = [{ code: 'required' }];

/** Each section's schema under the rules, with a valid input to vary. */
const sections = {
  personalInfo: { schema: personalInfoSchema(RULES, TODAY), valid: aPersonalInfo() },
  address: { schema: addressSchema(RULES), valid: anAddress() },
  foreignAddress: { schema: addressSchema(RULES), valid: anAddress({ country: GERMANY, postalCode: null, commune: null, foreignCity: 'Berlin' }) },
  baccalaureate: { schema: baccalaureateSchema(RULES, TODAY), valid: aBac() },
  externalStudy: { schema: externalStudySchema(RULES, TODAY), valid: anExternalStudy() },
  internship: { schema: internshipSchema(TODAY), valid: anInternship() },
  workExperience: { schema: workExperienceSchema(TODAY), valid: aWorkExperience() },
};
type Section = keyof typeof sections;

/** The field errors of `section`'s valid input changed by `changes`. */
const errorsWith = (section: Section, changes: Record<string, unknown>) => errorsOf(sections[section].schema, { ...sections[section].valid, ...changes });
/** The output of `section`'s valid input changed by `changes`. */
const outputWith = (section: Section, changes: Record<string, unknown>) =>
  outputOf(sections[section].schema, { ...sections[section].valid, ...changes }) as Record<string, unknown>;

describe('the valid inputs', () => {
  for (const [section, { schema, valid }] of Object.entries(sections)) {
    it(`${section} passes and comes out unchanged`, () => assert.deepEqual(outputOf(schema, valid), valid));
  }
});

describe('text lengths', () => {
  const cases: [Section, string, number][] = [
    ['personalInfo', 'lastName', 30],
    ['personalInfo', 'usageName', 30],
    ['personalInfo', 'firstName', 20],
    ['personalInfo', 'otherFirstNames', 20],
    ['personalInfo', 'birthCity', 30],
    ['address', 'line1', 32],
    ['address', 'line2', 32],
    ['address', 'line3', 32],
    ['foreignAddress', 'foreignCity', 32],
    ['externalStudy', 'label', 255],
    ['internship', 'duration', 20],
    ['internship', 'organisation', 50],
    ['internship', 'description', 500],
    ['workExperience', 'title', 50],
    ['workExperience', 'duration', 20],
    ['workExperience', 'organisation', 50],
    ['workExperience', 'goal', 500],
  ];
  for (const [section, field, max] of cases) {
    it(`${section}.${field}: ${max} characters pass, ${max + 1} give too_long { limit: ${max} }`, () => {
      assert.deepEqual(errorsWith(section, { [field]: 'A'.repeat(max) }), {});
      assert.deepEqual(errorsWith(section, { [field]: 'A'.repeat(max + 1) }), { [field]: tooLong(max) });
    });
  }

  it('count characters once trimmed', () => assert.equal(outputWith('personalInfo', { firstName: `  ${'a'.repeat(20)}  ` }).firstName, 'A'.repeat(20)));
});

describe('required texts', () => {
  const cases: [Section, string][] = [
    ['personalInfo', 'lastName'],
    ['personalInfo', 'firstName'],
    ['address', 'line1'],
    ['externalStudy', 'label'],
    ['internship', 'duration'],
    ['internship', 'organisation'],
    ['internship', 'description'],
    ['workExperience', 'title'],
    ['workExperience', 'duration'],
    ['workExperience', 'organisation'],
  ];
  for (const [section, field] of cases) {
    it(`${section}.${field}: blank or absent gives required`, () => {
      assert.deepEqual(errorsWith(section, { [field]: '   ' }), { [field]: required });
      assert.deepEqual(errorsWith(section, { [field]: undefined }), { [field]: required });
    });
  }
});

describe('optional texts are trimmed and null when empty', () => {
  const cases: [Section, string][] = [
    ['personalInfo', 'usageName'],
    ['personalInfo', 'otherFirstNames'],
    ['personalInfo', 'phone'],
    ['personalInfo', 'ine'],
    ['address', 'line2'],
    ['address', 'line3'],
    ['baccalaureate', 'honours'],
    ['workExperience', 'goal'],
  ];
  for (const [section, field] of cases) {
    it(`${section}.${field}`, () => {
      for (const empty of ['', '   ', null, undefined]) assert.equal(outputWith(section, { [field]: empty })[field], null, String(empty));
    });
  }

  it('an optional text keeps its case', () => assert.equal(outputWith('workExperience', { goal: '  Découvrir le métier ' }).goal, 'Découvrir le métier'));
});

describe('names are upper-cased', () => {
  for (const field of ['lastName', 'usageName', 'firstName', 'otherFirstNames', 'birthCity']) {
    it(field, () => assert.equal(outputWith('personalInfo', { [field]: '  de la Tour-éloïse ' })[field], 'DE LA TOUR-ÉLOÏSE'));
  }
});

describe('birth date', () => {
  const cases: [string, string | undefined, FieldErrors][] = [
    ['exactly 100 years ago', '1925-06-15', {}],
    ['one day more than 100 years ago', '1925-06-14', { birthDate: [{ code: 'birth_date_too_early' }] }],
    ['the day before the date ten years ago (the 10th birthday was yesterday)', '2015-06-14', {}],
    ['the date ten years ago (the 10th birthday is today)', '2015-06-15', { birthDate: [{ code: 'birth_date_too_late' }] }],
    ['a 29 February of a leap year', '2000-02-29', {}],
    ['empty', '', { birthDate: required }],
    ['absent', undefined, { birthDate: required }],
  ];
  for (const [name, birthDate, errors] of cases) {
    it(`${name}: ${JSON.stringify(birthDate)} → ${JSON.stringify(errors)}`, () => assert.deepEqual(errorsWith('personalInfo', { birthDate }), errors));
  }

  it('follows the given today: on 29 February 2024, 1924-02-29 passes and 1924-02-28 is too early', () => {
    const schema = personalInfoSchema(RULES, new Date('2024-02-29T12:00:00Z'));
    assert.deepEqual(errorsOf(schema, aPersonalInfo({ birthDate: '1924-02-29' })), {});
    assert.deepEqual(errorsOf(schema, aPersonalInfo({ birthDate: '1924-02-28' })), { birthDate: [{ code: 'birth_date_too_early' }] });
  });

  // A text that is not a date has no place before or after the bounds: only date_format applies.
  const malformed = ['2023-02-30', '1999-02-29', '2023-13-01', '1990-1-5', '15/06/1990', '1990-06-15T00:00:00Z', 'hier'];
  for (const birthDate of malformed) {
    it(`${JSON.stringify(birthDate)} gives date_format only`, () =>
      assert.deepEqual(errorsWith('personalInfo', { birthDate }), { birthDate: [{ code: 'date_format' }] }));
  }
});

describe('years', () => {
  const cases: [Section, number][] = [
    ['baccalaureate', 2025],
    ['externalStudy', 2026],
    ['internship', 2026],
    ['workExperience', 2026],
  ];
  for (const [section, max] of cases) {
    it(`${section}: 1900 to ${max === 2025 ? 'the current year' : 'next year'} (${max})`, () => {
      assert.deepEqual(errorsWith(section, { year: 1899 }), { year: [{ code: 'year_too_early', params: { limit: 1900 } }] });
      assert.deepEqual(errorsWith(section, { year: 1900 }), {});
      assert.deepEqual(errorsWith(section, { year: max }), {});
      assert.deepEqual(errorsWith(section, { year: max + 1 }), { year: [{ code: 'year_too_late', params: { limit: max } }] });
      assert.deepEqual(errorsWith(section, { year: 2020.5 }), { year: [{ code: 'year_format' }] });
      assert.deepEqual(errorsWith(section, { year: undefined }), { year: required });
    });
  }
});

describe('phones', () => {
  for (const field of ['phone', 'mobilePhone']) {
    it(`${field}: digits, spaces and /+().- pass, up to 20 characters`, () => {
      assert.equal(outputWith('personalInfo', { [field]: ' +33 (0)3.87-12/34 ' })[field], '+33 (0)3.87-12/34');
      assert.deepEqual(errorsWith('personalInfo', { [field]: '1'.repeat(20) }), {});
      assert.deepEqual(errorsWith('personalInfo', { [field]: '1'.repeat(21) }), { [field]: tooLong(20) });
    });

    it(`${field}: a letter or another sign gives phone_format`, () => {
      for (const phone of ['03 87 12 34 5a', '+33#387', '06_12_34_56_78']) {
        assert.deepEqual(errorsWith('personalInfo', { [field]: phone }), { [field]: [{ code: 'phone_format' }] }, phone);
      }
    });
  }
});

describe('postal code', () => {
  it('five digits pass, trimmed', () => assert.equal(outputWith('address', { postalCode: ' 57000 ' }).postalCode, '57000'));

  for (const postalCode of ['5700', '57A00', '57 00', '-5700']) {
    it(`${JSON.stringify(postalCode)} gives postal_code_format`, () =>
      assert.deepEqual(errorsWith('address', { postalCode }), { postalCode: [{ code: 'postal_code_format' }] }));
  }

  it('"570000" gives too_long { limit: 5 }, like every other text past its length', () =>
    assert.deepEqual(errorsWith('address', { postalCode: '570000' }), { postalCode: tooLong(5) }));
});

describe('INE', () => {
  const valid: [string, string, string][] = [
    ['a BEA23 in lower case', '1234567890v', '1234567890V'],
    ['an INES with spaces', ' 123 456 789 ab ', '123456789AB'],
    ['an NNE36 in lower case', '0a1b2c3d4e0', '0A1B2C3D4E0'],
  ];
  for (const [name, ine, normalised] of valid) {
    it(`${name} passes as ${normalised}`, () => assert.equal(outputWith('personalInfo', { ine }).ine, normalised));
  }

  for (const ine of ['1234567890A', '1111111111A', '123456789A', 'ABCDEFGHIJ0']) {
    it(`${ine} gives ine_invalid`, () => assert.deepEqual(errorsWith('personalInfo', { ine }), { ine: [{ code: 'ine_invalid' }] }));
  }
});

describe('France-dependent requirements (rules { france: "100" })', () => {
  const withCommunes = personalInfoSchema({ ...RULES, birthCommunes: true }, TODAY);
  const noBirthPlace = { birthDepartment: null, birthCommune: null, birthCity: null };
  const noPlace = { department: null, commune: null, establishment: null };
  const cases: { name: string; schema: v.GenericSchema; input: unknown; errors: FieldErrors }[] = [
    {
      name: 'born in France: birthDepartment and birthCity',
      schema: sections.personalInfo.schema,
      input: aPersonalInfo(noBirthPlace),
      errors: { birthDepartment: required, birthCity: required },
    },
    {
      name: 'born in France with birth communes: birthDepartment and birthCommune',
      schema: withCommunes,
      input: aPersonalInfo(noBirthPlace),
      errors: { birthDepartment: required, birthCommune: required },
    },
    {
      name: 'born in France with birth communes, both given',
      schema: withCommunes,
      input: aPersonalInfo({ birthCity: null, birthCommune: '57463' }),
      errors: {},
    },
    { name: 'born abroad: birthCity only', schema: sections.personalInfo.schema, input: aPersonalInfo({ ...noBirthPlace, birthCountry: GERMANY }), errors: { birthCity: required } },
    { name: 'born abroad, birth communes or not: birthCity only', schema: withCommunes, input: aPersonalInfo({ ...noBirthPlace, birthCountry: GERMANY }), errors: { birthCity: required } },
    {
      name: 'a French address: postalCode and commune',
      schema: sections.address.schema,
      input: anAddress({ postalCode: null, commune: null }),
      errors: { postalCode: required, commune: required },
    },
    { name: 'a foreign address: foreignCity', schema: sections.address.schema, input: anAddress({ country: GERMANY, postalCode: null, commune: null }), errors: { foreignCity: required } },
    {
      name: 'a French bac: department, commune and establishment',
      schema: sections.baccalaureate.schema,
      input: aBac(noPlace),
      errors: { department: required, commune: required, establishment: required },
    },
    { name: 'a foreign bac: none of them', schema: sections.baccalaureate.schema, input: aBac({ ...noPlace, country: GERMANY }), errors: {} },
    {
      name: 'a French external study: department, commune and establishment',
      schema: sections.externalStudy.schema,
      input: anExternalStudy(noPlace),
      errors: { department: required, commune: required, establishment: required },
    },
    { name: 'a foreign external study: none of them', schema: sections.externalStudy.schema, input: anExternalStudy({ ...noPlace, country: GERMANY }), errors: {} },
  ];
  for (const { name, schema, input, errors } of cases) {
    it(name, () => assert.deepEqual(errorsOf(schema, input), errors));
  }

  describe('without rules (the answers’ schemas) none is required', () => {
    const unruled: [string, v.GenericSchema, unknown][] = [
      ['personalInfo', personalInfoSchema(undefined, TODAY), aPersonalInfo(noBirthPlace)],
      ['address', addressSchema(), anAddress({ postalCode: null, commune: null })],
      ['foreign address', addressSchema(), anAddress({ country: GERMANY, postalCode: null, commune: null })],
      ['baccalaureate', baccalaureateSchema(undefined, TODAY), aBac(noPlace)],
      ['externalStudy', externalStudySchema(undefined, TODAY), anExternalStudy(noPlace)],
    ];
    for (const [name, schema, input] of unruled) it(name, () => assert.deepEqual(errorsOf(schema, input), {}));
  });
});

describe('baccalauréat', () => {
  it('"sans bac" is { kind: "none", series } and keeps nothing else', () =>
    assert.deepEqual(outputOf(sections.baccalaureate.schema, { kind: 'none', series: 'NOBAC', year: 2020, country: FRANCE }), { kind: 'none', series: 'NOBAC' }));

  it('"sans bac" requires its series', () => assert.deepEqual(errorsOf(sections.baccalaureate.schema, { kind: 'none', series: ' ' }), { series: required }));

  it('at most 3 specialities and 4 options (too_many)', () => {
    assert.deepEqual(errorsWith('baccalaureate', { specialities: ['A', 'B', 'C'], options: ['1', '2', '3', '4'] }), {});
    assert.deepEqual(errorsWith('baccalaureate', { specialities: ['A', 'B', 'C', 'D'], options: ['1', '2', '3', '4', '5'] }), {
      specialities: [{ code: 'too_many', params: { limit: 3 } }],
      options: [{ code: 'too_many', params: { limit: 4 } }],
    });
  });
});

describe('internship hoursPerWeek: optional, an integer from 1 to 99', () => {
  const cases: [unknown, FieldErrors][] = [
    [1, {}],
    [99, {}],
    [null, {}],
    [undefined, {}],
    [0, { hoursPerWeek: [{ code: 'hours_format', params: { limit: 1 } }] }],
    [100, { hoursPerWeek: [{ code: 'hours_format', params: { limit: 99 } }] }],
    [17.5, { hoursPerWeek: [{ code: 'hours_format' }] }],
    ['35', { hoursPerWeek: [{ code: 'hours_format' }] }],
  ];
  for (const [hoursPerWeek, errors] of cases) {
    it(`${JSON.stringify(hoursPerWeek) ?? 'absent'} → ${JSON.stringify(errors)}`, () => assert.deepEqual(errorsWith('internship', { hoursPerWeek }), errors));
  }

  it('is null when absent', () => assert.equal(outputWith('internship', { hoursPerWeek: undefined }).hoursPerWeek, null));
});

describe('external study result', () => {
  for (const result of ['obtained', 'failed', 'inProgress']) it(`${result} passes`, () => assert.deepEqual(errorsWith('externalStudy', { result }), {}));

  // A value outside the choices gets the same code as no choice, like every other typed field.
  for (const result of [undefined, 'O', 'passed']) {
    it(`${JSON.stringify(result) ?? 'absent'} gives required`, () => assert.deepEqual(errorsWith('externalStudy', { result }), { result: required }));
  }
});

describe('every error of one submit shows at once', () => {
  it('personal info: a too-long lastName, a missing birthCity, a bad phone, a bad INE and a too-late birth date', () =>
    assert.deepEqual(
      errorsWith('personalInfo', { lastName: 'A'.repeat(31), birthCity: '', phone: 'abc', ine: '1234567890A', birthDate: '2020-01-01' }),
      {
        ine: [{ code: 'ine_invalid' }],
        lastName: tooLong(30),
        birthDate: [{ code: 'birth_date_too_late' }],
        phone: [{ code: 'phone_format' }],
        birthCity: required,
      },
    ));

  it('address: a too-long line1, a bad postal code and a missing commune', () =>
    assert.deepEqual(errorsWith('address', { line1: 'A'.repeat(33), postalCode: '57A00', commune: null }), {
      postalCode: [{ code: 'postal_code_format' }],
      line1: tooLong(32),
      commune: required,
    }));

  it('baccalauréat: a missing year, too many specialities and the missing French establishment', () =>
    assert.deepEqual(errorsWith('baccalaureate', { year: undefined, specialities: ['A', 'B', 'C', 'D'], establishment: '' }), {
      year: required,
      establishment: required,
      specialities: [{ code: 'too_many', params: { limit: 3 } }],
    }));
});
