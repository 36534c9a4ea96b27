import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ineKind } from '../../sdk/index.js';

describe('ineKind', () => {
  const cases: [string, string, ReturnType<typeof ineKind>][] = [
    ['an INES: nine digits and two letters', '123456789AB', 'INES'],
    ['an INES typed in lower case with spaces', ' 123 456 789 ab ', 'INES'],
    ['a BEA23 whose key is n mod 23', '1234567890V', 'BEA23'],
    ['a BEA23 with a leading zero', '0123456789M', 'BEA23'],
    ['a BEA23 typed in lower case', '2512345678v', 'BEA23'],
    ['an NNE36 whose key is the last digit of the weighted sum', '0A1B2C3D4E0', 'NNE36'],
    ['another NNE36', '9Z8Y7X6W5V5', 'NNE36'],
    ['a BEA23 with a wrong key', '1234567890A', null],
    ['a BEA23 whose key would be I, O or Q', '1234567890I', null],
    ['an NNE36 with a wrong key', '0A1B2C3D4E1', null],
    ['an NNE36 of ten letters', 'ABCDEFGHIJ0', null],
    ['ten identical digits, whatever the key', '1111111111A', null],
    ['ten zeros', '00000000000', null],
    ['too short', '123456789A', null],
    ['too long', '1234567890VV', null],
    ['empty', '', null],
    ['punctuation', '12345-7890V', null],
  ];
  for (const [name, value, kind] of cases) {
    it(`${name}: ${JSON.stringify(value)} → ${kind}`, () => assert.equal(ineKind(value), kind));
  }

  it('refuses ten identical digits with the key a BEA23 would compute', () => {
    for (let digit = 0; digit <= 9; digit++) {
      const digits = String(digit).repeat(10);
      const key = 'ABCDEFGHJKLMNPRSTUVWXYZ'[Number(digits) % 23];
      assert.equal(ineKind(digits + key), null, digits + key);
    }
  });
});
