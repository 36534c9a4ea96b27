import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  DEFAULT_PASSWORD_POLICY,
  fieldErrorsOf,
  LoginInputSchema,
  MailChangeInputSchema,
  MailInputSchema,
  passwordRules,
  passwordSchema,
  signupInputSchema,
  SignupInputSchema,
  type FieldErrors,
  type PasswordPolicy,
} from '../../sdk/index.js';

/** The field errors `schema` gives for `input` (`{}` when valid). */
const errorsOf = (schema: v.GenericSchema, input: unknown): FieldErrors => fieldErrorsOf(v.safeParse(schema, input).issues ?? []);

/** The codes `schema` gives for `input`, in order. */
const codesOf = (schema: v.GenericSchema, input: unknown): string[] => (v.safeParse(schema, input).issues ?? []).map((i) => i.message);

const signup = { lastName: 'Dupont', firstName: 'Marie', mail: 'marie@example.fr', mailConfirmation: 'marie@example.fr' };

describe('names', () => {
  it('are trimmed, NFC-normalised and upper-cased', () => {
    // Typed in decomposed form (NFD): e + U+0301, i + U+0308, e + U+0300.
    const output = v.parse(SignupInputSchema, { ...signup, lastName: "  n'diaye-lefe\u0300vre ", firstName: ' e\u0301loi\u0308se  ' });
    assert.equal(output.lastName, "N'DIAYE-LEF\u00C8VRE");
    assert.equal(output.firstName, '\u00C9LO\u00CFSE');
  });

  it('keep the whole of "  éloïse n\'diaye-lefèvre " as ÉLOÏSE N\'DIAYE-LEFÈVRE', () => {
    const output = v.parse(SignupInputSchema, { ...signup, lastName: "  e\u0301loi\u0308se n'diaye-lefe\u0300vre " });
    assert.equal(output.lastName, "\u00C9LO\u00CFSE N'DIAYE-LEF\u00C8VRE");
  });

  it('count characters after normalising and trimming', () => {
    const decomposed = 'E\u0301'.repeat(30); // 60 code units, 30 characters once composed
    const output = v.parse(SignupInputSchema, { ...signup, lastName: decomposed, firstName: `  ${'a'.repeat(20)}  ` });
    assert.equal(output.lastName, '\u00C9'.repeat(30));
    assert.equal(output.firstName, 'A'.repeat(20));
  });

  it('are required: empty or blank gives `required`', () => {
    assert.deepEqual(errorsOf(SignupInputSchema, { ...signup, lastName: '   ', firstName: '' }), {
      lastName: [{ code: 'required' }],
      firstName: [{ code: 'required' }],
    });
  });
});

describe('length bounds', () => {
  const mailOf = (length: number) => `${'m'.repeat(length - '@example.fr'.length)}@example.fr`;
  const cases = [
    { field: 'lastName', max: 30, value: (n: number) => 'A'.repeat(n) },
    { field: 'firstName', max: 20, value: (n: number) => 'A'.repeat(n) },
    { field: 'mail', max: 100, value: mailOf },
  ] as const;

  for (const { field, max, value } of cases) {
    const inputOf = (n: number) => ({ ...signup, [field]: value(n), ...(field === 'mail' && { mailConfirmation: value(n) }) });

    it(`${field}: ${max} characters pass`, () => {
      assert.equal(value(max).length, max);
      assert.deepEqual(errorsOf(SignupInputSchema, inputOf(max)), {});
    });

    it(`${field}: ${max + 1} characters give too_long with { limit: ${max} }`, () => {
      assert.deepEqual(errorsOf(SignupInputSchema, inputOf(max + 1)), { [field]: [{ code: 'too_long', params: { limit: max } }] });
    });
  }
});

describe('mail', () => {
  const valid = ['eloise@example.fr', 'e.n-d+tag@sub.univ-lille.fr', "o'brien@example.ie", 'ELOISE@EXAMPLE.FR', 'x@y.museum', 'x_1%a@a-b.co'];
  const invalid = ['eloise@example.f', 'eloise@example.abcdefg', 'eloise@example', 'eloise.example.fr', 'eloise@exa mple.fr', 'eloise@example.fr1', '@example.fr', 'a@@example.fr'];

  for (const mail of valid) it(`accepts ${mail}`, () => assert.deepEqual(errorsOf(MailInputSchema, { mail }), {}));
  for (const mail of invalid) it(`refuses ${mail} with mail_format`, () => assert.deepEqual(errorsOf(MailInputSchema, { mail }), { mail: [{ code: 'mail_format' }] }));

  it('is trimmed', () => assert.equal(v.parse(MailInputSchema, { mail: '  eloise@example.fr ' }).mail, 'eloise@example.fr'));

  it('is required: blank gives `required` first', () => assert.equal(errorsOf(MailInputSchema, { mail: ' ' }).mail[0].code, 'required'));

  it('confirmation mismatch gives `mismatch` on mailConfirmation, at signup and at mail change', () => {
    const other = { mail: 'eloise@example.fr', mailConfirmation: 'eloise@example.com' };
    assert.deepEqual(errorsOf(SignupInputSchema, { ...signup, ...other }), { mailConfirmation: [{ code: 'mismatch' }] });
    assert.deepEqual(errorsOf(MailChangeInputSchema, { currentPassword: 'x', ...other }), { mailConfirmation: [{ code: 'mismatch' }] });
  });

  it('confirmation must be exactly equal: another case is a mismatch', () => {
    assert.deepEqual(errorsOf(SignupInputSchema, { ...signup, mail: 'Eloise@example.fr', mailConfirmation: 'eloise@example.fr' }), {
      mailConfirmation: [{ code: 'mismatch' }],
    });
  });

  // The mail is trimmed before the comparison but its confirmation is not, so the same text typed
  // twice (a trailing space from autofill or a paste) is reported as two different mails.
  it('the same mail typed twice with a trailing space is not a mismatch', () => {
    const typed = 'eloise@example.fr ';
    assert.deepEqual(errorsOf(SignupInputSchema, { ...signup, mail: typed, mailConfirmation: typed }), {});
    assert.deepEqual(errorsOf(MailChangeInputSchema, { currentPassword: 'x', mail: typed, mailConfirmation: typed }), {});
  });
});

describe('login', () => {
  const loginOf = (login: string) => v.parse(LoginInputSchema, { login, password: 'x' }).login;

  it('accepts 8 characters from 0-9A-Z', () => assert.equal(loginOf('1QJ5A59F'), '1QJ5A59F'));
  it('accepts lower case and upper-cases it', () => assert.equal(loginOf('1qj5a59f'), '1QJ5A59F'));
  it('is trimmed', () => assert.equal(loginOf(' 1qj5a59f  '), '1QJ5A59F'));

  for (const login of ['1QJ5A59', '1QJ5A59FX', '1QJ5A59_', '1QJ5-59F', '1QJ5A5ÉF', '1QJ5 59F']) {
    it(`refuses ${JSON.stringify(login)} with login_format`, () =>
      assert.deepEqual(errorsOf(LoginInputSchema, { login, password: 'x' }), { login: [{ code: 'login_format' }] }));
  }

  it('and the password are required', () =>
    assert.deepEqual(errorsOf(LoginInputSchema, { login: '', password: '' }), { login: [{ code: 'required' }], password: [{ code: 'required' }] }));
});

describe('password policy', () => {
  const byDefault = passwordSchema(DEFAULT_PASSWORD_POLICY);

  it('accepts a password that keeps every default rule', () => assert.deepEqual(codesOf(byDefault, 'Abcdef1@xy'), []));

  const broken = [
    { password: 'Abcdef1@x', code: 'password_too_short', why: '9 characters' },
    { password: 'Abcdefgh@x', code: 'password_no_digit', why: 'no digit' },
    { password: 'ABCDEF1@XY', code: 'password_no_lower_case', why: 'no lower case' },
    { password: 'abcdef1@xy', code: 'password_no_upper_case', why: 'no upper case' },
    { password: 'Abcdefg1xy', code: 'password_no_special', why: 'no special character' },
    { password: 'Abcdef1_xy', code: 'password_no_special', why: '`_` is not one of the special characters' },
    { password: 'Abcd ef1@xy', code: 'password_whitespace', why: 'a space' },
    { password: 'Abcd\tef1@xy', code: 'password_whitespace', why: 'a tab' },
  ];
  for (const { password, code, why } of broken) {
    it(`${why} gives ${code} only`, () => assert.deepEqual(codesOf(byDefault, password), [code]));
  }

  it('accepts each of @#$%^&+=-!* as the special character', () => {
    for (const c of '@#$%^&+=-!*') assert.deepEqual(codesOf(byDefault, `Abcdefg1x${c}`), [], c);
  });

  it('reports every broken rule at once', () =>
    assert.deepEqual(codesOf(byDefault, 'abc def'), ['password_too_short', 'password_no_digit', 'password_no_upper_case', 'password_no_special', 'password_whitespace']));

  it('passwordRules lists the default rules in order, with the parameters their messages need', () => {
    const rules = passwordRules(DEFAULT_PASSWORD_POLICY);
    assert.deepEqual(
      rules.map(({ code, params }) => ({ code, params })),
      [
        { code: 'password_too_short', params: { limit: 10 } },
        { code: 'password_no_digit', params: undefined },
        { code: 'password_no_lower_case', params: undefined },
        { code: 'password_no_upper_case', params: undefined },
        { code: 'password_no_special', params: { characters: '@#$%^&+=-!*' } },
        { code: 'password_whitespace', params: undefined },
      ],
    );
    // Each rule ticks independently: 'Abcdefg1x' breaks only the length and the special character.
    assert.deepEqual(
      rules.filter((rule) => !rule.test('Abcdefg1x')).map((rule) => rule.code),
      ['password_too_short', 'password_no_special'],
    );
  });

  describe('a custom policy (12 characters, no special character required)', () => {
    const policy: PasswordPolicy = { minLength: 12, digit: true, lowerCase: true, upperCase: true, specialCharacters: '' };
    const custom = passwordSchema(policy);

    it('changes the rules', () => {
      const rules = passwordRules(policy);
      assert.deepEqual(
        rules.map((r) => r.code),
        ['password_too_short', 'password_no_digit', 'password_no_lower_case', 'password_no_upper_case', 'password_whitespace'],
      );
      assert.deepEqual(rules[0].params, { limit: 12 });
    });

    it('accepts 12 characters without a special one', () => assert.deepEqual(codesOf(custom, 'Abcdefghij12'), []));
    it('refuses 11 characters', () => assert.deepEqual(codesOf(custom, 'Abcdefghi12'), ['password_too_short']));
    it('refuses the default policy’s minimum of 10', () => assert.deepEqual(codesOf(custom, 'Abcdef1@xy'), ['password_too_short']));
  });

  it('a policy without digit or case rules drops those rules', () => {
    const policy: PasswordPolicy = { minLength: 8, digit: false, lowerCase: false, upperCase: false, specialCharacters: '!' };
    assert.deepEqual(
      passwordRules(policy).map((r) => r.code),
      ['password_too_short', 'password_no_special', 'password_whitespace'],
    );
    assert.deepEqual(codesOf(passwordSchema(policy), 'zzzzzzz!'), []);
  });

  // FieldError promises "the parameters its message needs"; passwordRules gives { limit } for the
  // length rule, but passwordSchema's issues carry no requirement, so fieldErrorsOf drops it.
  it('a too-short password’s field error carries the policy’s limit, like too_long does', () => {
    assert.deepEqual(errorsOf(v.object({ password: byDefault }), { password: 'Abcdef1@x' }), {
      password: [{ code: 'password_too_short', params: { limit: 10 } }],
    });
  });
});

describe('signupInputSchema(policy)', () => {
  const withPolicy = signupInputSchema(DEFAULT_PASSWORD_POLICY);

  it('requires the password and its confirmation: empty gives `required` first', () => {
    const errors = errorsOf(withPolicy, { ...signup, password: '', passwordConfirmation: '' });
    assert.equal(errors.password[0].code, 'required');
  });

  // An absent key gets valibot's English sentence ('Invalid key: Expected "password" but received
  // undefined') as its "code", which the elements cannot translate.
  it('requires the password and its confirmation: absent gives the code `required`, never a sentence', () => {
    const errors = errorsOf(withPolicy, signup);
    assert.deepEqual(Object.keys(errors).sort(), ['password', 'passwordConfirmation']);
    assert.deepEqual(errors.password, [{ code: 'required' }]);
    assert.deepEqual(errors.passwordConfirmation, [{ code: 'required' }]);
  });

  it('reports a confirmation that differs as `mismatch` on passwordConfirmation', () =>
    assert.deepEqual(errorsOf(withPolicy, { ...signup, password: 'Abcdef1@xy', passwordConfirmation: 'Abcdef1@xz' }), {
      passwordConfirmation: [{ code: 'mismatch' }],
    }));

  it('checks the password against the policy', () =>
    assert.deepEqual(errorsOf(withPolicy, { ...signup, password: 'abcdef1@xy', passwordConfirmation: 'abcdef1@xy' }), {
      password: [{ code: 'password_no_upper_case' }],
    }));

  it('accepts a valid signup and leaves the password as typed', () => {
    const output = v.parse(withPolicy, { ...signup, password: 'Abcdef1@xy', passwordConfirmation: 'Abcdef1@xy' });
    assert.equal(output.password, 'Abcdef1@xy');
    assert.equal(output.lastName, 'DUPONT');
  });

  it('without a policy, the password is optional', () => assert.deepEqual(errorsOf(SignupInputSchema, signup), {}));
});

describe('fieldErrorsOf', () => {
  const schema = v.pipe(
    v.object({
      address: v.object({ postalCode: v.pipe(v.string('required'), v.maxLength(5, 'too_long'), v.regex(/^\d+$/, 'invalid_format')) }),
      mail: v.pipe(v.string('required'), v.regex(/@/, 'mail_format')),
    }),
    v.check(({ mail }) => mail !== 'a@b', 'unchanged'),
  );

  it('keys errors by dot path, in issue order, with { limit } only for numeric requirements', () => {
    const errors = errorsOf(schema, { address: { postalCode: '59 0000' }, mail: 'x' });
    assert.deepEqual(errors, {
      'address.postalCode': [{ code: 'too_long', params: { limit: 5 } }, { code: 'invalid_format' }],
      mail: [{ code: 'mail_format' }],
    });
    assert.equal('params' in errors['address.postalCode'][1], false);
  });

  it('puts an issue on the whole input under the empty path', () =>
    assert.deepEqual(errorsOf(schema, { address: { postalCode: '59000' }, mail: 'a@b' }), { '': [{ code: 'unchanged' }] }));

  it('gives {} for no issue', () => assert.deepEqual(fieldErrorsOf([]), {}));
});
