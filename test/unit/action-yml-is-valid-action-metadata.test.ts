/**
 * action.yml against GitHub's action metadata syntax, as SchemaStore's github-action.json states it
 * (vendored by check-jsonschema, pinned in scripts/python-requirements.txt), plus what the schema
 * leaves out and the Marketplace listing form checks: branding present, a description under 125
 * characters, one action at the repository's root. Beside action-yml-matches-the-code.test.ts,
 * which checks the inputs and outputs against what the code reads and sets.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { load } from 'js-yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ACTION_YML = join(ROOT, 'action.yml');
const CHECK_JSONSCHEMA = join(ROOT, '.venv', 'bin', 'check-jsonschema');
const run = promisify(execFile);

interface SchemaError {
  readonly path: string;
  readonly message: string;
  readonly best_deep_match?: { readonly path: string; readonly message: string };
}

/** Validates a file with `check-jsonschema --builtin-schema vendor.github-actions`. */
async function validateActionMetadata(file: string): Promise<SchemaError[]> {
  if (!existsSync(CHECK_JSONSCHEMA))
    throw new Error(`check-jsonschema not found at ${CHECK_JSONSCHEMA}: run npm run setup:python`);
  let stdout: string;
  try {
    ({ stdout } = await run(CHECK_JSONSCHEMA, [
      '--builtin-schema',
      'vendor.github-actions',
      '-o',
      'json',
      file,
    ]));
  } catch (err) {
    // Exit 1 is "the file does not validate"; anything else is the tool failing.
    const e = err as { code?: unknown; stdout?: string; stderr?: string };
    if (e.code !== 1)
      throw new Error(`check-jsonschema failed (exit ${String(e.code)}): ${e.stderr}`, { cause: err });
    stdout = e.stdout ?? '';
  }
  const result = JSON.parse(stdout) as { errors: SchemaError[]; parse_errors?: unknown[] };
  if (result.parse_errors?.length)
    throw new Error(`cannot parse ${file}: ${JSON.stringify(result.parse_errors)}`);
  return result.errors;
}

const text = readFileSync(ACTION_YML, 'utf8');
const action = load(text) as {
  name: string;
  description: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs: Record<string, { description: string; required?: boolean; default?: unknown }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
};

test("action.yml is valid against SchemaStore's action metadata schema", async () => {
  expect(await validateActionMetadata(ACTION_YML)).toEqual([]);
});

test('the schema check rejects what GitHub rejects: an unknown runtime, an input without a description, branding off the lists', async () => {
  // GIVEN action.yml with four mistakes
  const broken = text
    .replace('using: node24', 'using: node22')
    .replace(/\n {2}max-parallel:\n {4}description: [^\n]*\n/, '\n  max-parallel:\n')
    .replace(/color: \S+/, 'color: pink')
    .replace(/icon: \S+/, 'icon: coffee');
  const dir = mkdtempSync(join(tmpdir(), 'action-yml-'));
  try {
    writeFileSync(join(dir, 'action.yml'), broken);
    // WHEN it is validated
    const errors = await validateActionMetadata(join(dir, 'action.yml'));
    // THEN each mistake is reported at its place, and the schema knows node24 (so it can judge it)
    const found = errors.map((e) => e.best_deep_match ?? e);
    expect(found.map((e) => e.path).sort()).toEqual(
      ['$.branding.color', '$.branding.icon', "$.inputs['max-parallel']", '$.runs.using'].sort(),
    );
    expect(found.find((e) => e.path === '$.runs.using')!.message).toContain("'node24'");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('runs on node24 from the committed bundle, which is there', () => {
  expect(action.runs.using).toBe('node24');
  expect(existsSync(join(ROOT, action.runs.main))).toBe(true);
});

test('has what the Marketplace listing checks: a name, a description under 125 characters, an icon and a colour', () => {
  expect(action.name.trim()).not.toBe('');
  expect(action.description.trim()).not.toBe('');
  expect(action.description.length).toBeLessThan(125);
  expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  expect(existsSync(join(ROOT, 'README.md'))).toBe(true);
});

test('describes every input and output; defaults are strings, as the runner passes them', () => {
  for (const [name, input] of Object.entries(action.inputs)) {
    expect([name, input.description?.trim()]).toEqual([name, expect.stringMatching(/\S/)]);
    if (input.default !== undefined) expect([name, typeof input.default]).toEqual([name, 'string']);
  }
  for (const [name, output] of Object.entries(action.outputs))
    expect([name, output.description?.trim()]).toEqual([name, expect.stringMatching(/\S/)]);
});

test('the repository holds one action, at its root (Marketplace: one action per repository)', async () => {
  const { stdout } = await run(
    'git',
    ['ls-files', '--', 'action.yml', 'action.yaml', '**/action.yml', '**/action.yaml'],
    {
      cwd: ROOT,
    },
  );
  expect(stdout.split('\n').filter(Boolean)).toEqual(['action.yml']);
});
