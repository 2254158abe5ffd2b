/**
 * The output directory is written whole or not at all: exit 2 promises that nothing was written,
 * so a write that fails part-way must leave nothing behind. Real files, in a temporary directory.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PartialFailure, UserError } from '../../src/core/errors.js';
import { writeOutputDir } from '../../src/shell/fs/output-dir.js';
import { rejectionOf } from '../support/aws-mocks.js';

const FILES = new Map([
  ['a.template.json', '{"a":1}\n'],
  ['a.parameters.json', '{}\n'],
  ['manifest.json', '{"stacks":[]}\n'],
]);

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 's3-xrepl-out-'));
});

test('GIVEN a new directory WHEN writing THEN every file is there, and no staging directory is left behind', async () => {
  const dir = join(root, 'nested', 'out');

  const written = await writeOutputDir(dir, FILES);

  expect(written).toEqual([...FILES.keys()].map((n) => join(dir, n)));
  for (const [name, text] of FILES) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
  expect(readdirSync(dir).sort()).toEqual([...FILES.keys()].sort());
  expect(readdirSync(join(root, 'nested'))).toEqual(['out']);
});

test('GIVEN an existing directory WHEN writing THEN its files of the same name are replaced and the others kept', async () => {
  const dir = join(root, 'out');
  mkdirSync(dir);
  writeFileSync(join(dir, 'manifest.json'), 'old');
  writeFileSync(join(dir, 'plan.json'), 'from a plan step');

  await writeOutputDir(dir, FILES);

  expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(FILES.get('manifest.json'));
  expect(readFileSync(join(dir, 'plan.json'), 'utf8')).toBe('from a plan step');
  expect(readdirSync(dir).sort()).toEqual([...FILES.keys(), 'plan.json'].sort());
});

test('GIVEN a directory where the last file must go WHEN writing THEN a UserError, and not one file was written', async () => {
  const dir = join(root, 'out');
  mkdirSync(join(dir, 'manifest.json'), { recursive: true });

  const e = await rejectionOf(writeOutputDir(dir, FILES));

  expect(e).toBeInstanceOf(UserError);
  expect(e.message).toContain(`cannot write to ${dir}`);
  expect(readdirSync(dir)).toEqual(['manifest.json']);
});

test('GIVEN a file that cannot be staged WHEN writing into a new directory THEN a UserError, and the directory was never made', async () => {
  const dir = join(root, 'new', 'out');
  const files = new Map([...FILES, ['missing-subdirectory/x.json', '{}']]);

  const e = await rejectionOf(writeOutputDir(dir, files));

  expect(e).toBeInstanceOf(UserError);
  expect(existsSync(join(root, 'new'))).toBe(false);
  expect(readdirSync(root)).toEqual([]);
});

test('GIVEN a file where the directory must go WHEN writing THEN a UserError that says to choose another directory', async () => {
  writeFileSync(join(root, 'out'), 'a file');

  const e = await rejectionOf(writeOutputDir(join(root, 'out'), FILES));

  expect(e).toBeInstanceOf(UserError);
  expect(e).not.toBeInstanceOf(PartialFailure);
  expect((e as UserError).remedy).toContain('Choose an output directory');
  expect(readdirSync(root)).toEqual(['out']);
});

test('GIVEN two topologies writing into one new out-dir at once WHEN one fails THEN the other one’s output stays', async () => {
  const shared = join(root, 'out');
  const bad = new Map([...FILES, ['missing-subdirectory/x.json', '{}']]);

  const [ok, failed] = await Promise.allSettled([
    writeOutputDir(join(shared, 'good'), FILES),
    writeOutputDir(join(shared, 'bad'), bad),
  ]);

  expect(ok.status).toBe('fulfilled');
  expect(failed.status).toBe('rejected');
  expect(readdirSync(shared)).toEqual(['good']);
  expect(readdirSync(join(shared, 'good')).sort()).toEqual([...FILES.keys()].sort());
});
