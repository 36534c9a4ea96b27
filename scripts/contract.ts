/** Writes the OpenAPI document of the contract to contract/openapi.json (`npm run contract`). */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApi } from './openapi.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
writeFileSync('contract/openapi.json', `${JSON.stringify(buildOpenApi(version), null, 2)}\n`);
console.log('contract/openapi.json written');
