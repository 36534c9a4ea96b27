import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildOpenApi } from '../../scripts/openapi.js';

const committed = JSON.parse(readFileSync('contract/openapi.json', 'utf8')) as ReturnType<typeof buildOpenApi>;
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('the committed OpenAPI document', () => {
  it('matches the schemas (run `npm run contract` after changing them)', () => {
    assert.deepEqual(committed, JSON.parse(JSON.stringify(buildOpenApi(version))));
  });

  it('documents the field rules of the schemas', () => {
    const signup = committed.components.schemas.SignupInput as { properties: Record<string, { maxLength?: number }>; required: string[] };
    assert.equal(signup.properties.lastName?.maxLength, 30);
    assert.equal(signup.properties.firstName?.maxLength, 20);
    assert.deepEqual(signup.required, ['lastName', 'firstName', 'mail', 'mailConfirmation']);
  });
});
