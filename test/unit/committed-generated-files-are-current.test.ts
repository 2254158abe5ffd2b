import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONFIG_REFERENCE_FILE,
  configReferenceText,
  configSchemaText,
  genericTemplateFiles,
  SCHEMA_FILE,
} from '../../src/core/generic-files.js';
import { REPO_ROOT } from '../support/examples.js';

const hint = 'stale: run `npm run build && npm run generate` and commit the result';

test.each([...genericTemplateFiles()])('templates/%s is what the code generates (else %s)', (file, text) => {
  expect(readFileSync(join(REPO_ROOT, 'templates', file), 'utf8')).toBe(text);
});

test(`schema/${SCHEMA_FILE} is what the config shape generates (${hint})`, () => {
  expect(readFileSync(join(REPO_ROOT, 'schema', SCHEMA_FILE), 'utf8')).toBe(configSchemaText());
});

test(`schema/${CONFIG_REFERENCE_FILE} is what the config shape generates (${hint})`, () => {
  expect(readFileSync(join(REPO_ROOT, 'schema', CONFIG_REFERENCE_FILE), 'utf8')).toBe(configReferenceText());
});
