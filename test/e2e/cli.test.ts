/** The bundled CLI (dist/cli/index.js), run in a child process as a user would run it. */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/examples.js';
import { makeWorkdir } from '../support/runner.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');

function cli(
  args: string[],
  cwd = makeWorkdir(),
): Promise<{ code: number; stdout: string; stderr: string; cwd: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr, cwd }),
    );
  });
}

test('synth writes, for each example, exactly the golden files', async () => {
  for (const example of ['cross-account', 'two-destinations', 'same-account']) {
    const run = await cli([
      'synth',
      '--config',
      join(REPO_ROOT, 'examples', `${example}.yml`),
      '--out',
      'out',
    ]);
    expect(run.code).toBe(0);
    const golden = join(REPO_ROOT, 'test', 'golden', example);
    expect(readdirSync(join(run.cwd, 'out')).sort()).toEqual(readdirSync(golden).sort());
    for (const f of readdirSync(golden))
      expect(readFileSync(join(run.cwd, 'out', f), 'utf8')).toBe(readFileSync(join(golden, f), 'utf8'));
  }
});

test('synth of a bad config exits 2, lists every problem with file:line:column, and writes nothing', async () => {
  const run = await cli([
    'synth',
    '--config',
    join(REPO_ROOT, 'test', 'fixtures', 'broken.yml'),
    '--out',
    'out',
  ]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('6 problems in the config');
  expect(run.stderr).toMatch(
    /broken\.yml:5:11: error source\.region: "eu-wst-1" is not a known AWS region\. Did you mean "eu-west-1"\?/,
  );
  expect(existsSync(join(run.cwd, 'out'))).toBe(false);
});

describe('synth refuses, before writing anything, what AWS would refuse halfway through a deploy', () => {
  const base = readFileSync(join(REPO_ROOT, 'examples', 'two-destinations.yml'), 'utf8');
  const manyRules = (prefix: number) =>
    base.replace(
      /^rules:\n[\s\S]*?(?=^accounts:)/m,
      'rules:\n' +
        Array.from(
          { length: 1000 },
          (_, i) =>
            `  - id: r${i}\n    priority: ${i + 100}\n    filter: { prefix: p${i}/${'x'.repeat(prefix)} }\n    destinations: [dr]\n`,
        ).join(''),
    );
  test.each([
    [
      'a tag value with a comma',
      base.replace('  app: orders', '  app: orders\n  owner: J. Smith, platform'),
      /two-destinations\.yml:46:10: error tags\.owner: "J\. Smith, platform" contains ","/,
    ],
    [
      'a source template over 1 MB',
      manyRules(1000),
      /two-destinations\.yml:23:3: error rules: s3-xrepl-orders-source\.template\.json would be [\d,]+ bytes .*1,000,000 \(1 MB\)/,
    ],
    [
      'a second YAML document',
      `${base}---\nname: other\n`,
      /two-destinations\.yml:48:1: error \(root\): the file holds more than one YAML document/,
    ],
  ])('%s: exit 2, the path and line, and no output directory', async (_, text, expected) => {
    const cwd = makeWorkdir();
    writeFileSync(join(cwd, 'two-destinations.yml'), text);
    const run = await cli(['synth', '--config', 'two-destinations.yml', '--out', 'out'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(expected);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  test('the same 1,000 rules with shorter prefixes synthesize', async () => {
    const cwd = makeWorkdir();
    writeFileSync(join(cwd, 'two-destinations.yml'), manyRules(400));
    const run = await cli(['synth', '--config', 'two-destinations.yml', '--out', 'out'], cwd);
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
  });
});

test('synth into a path that is a file exits 2 and says it cannot write there', async () => {
  const cwd = makeWorkdir();
  writeFileSync(join(cwd, 'taken'), 'a file, not a directory');
  const run = await cli(
    ['synth', '--config', join(REPO_ROOT, 'examples', 'cross-account.yml'), '--out', 'taken'],
    cwd,
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('cannot write to taken: EEXIST');
});

test('validate accepts an example without writing anything', async () => {
  const run = await cli(['validate', '--config', join(REPO_ROOT, 'examples', 'two-destinations.yml')]);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain('two-destinations.yml: valid');
  expect(readdirSync(run.cwd)).toEqual([]);
});

test('templates writes the generic templates identical to the committed templates/', async () => {
  const run = await cli(['templates', '--out', 'generic']);
  expect(run.code).toBe(0);
  for (const f of ['destination.template.json', 'bootstrap.template.json']) {
    expect(readFileSync(join(run.cwd, 'generic', f), 'utf8')).toBe(
      readFileSync(join(REPO_ROOT, 'templates', f), 'utf8'),
    );
  }
});

test.each([
  [['frobnicate'], 'unknown command "frobnicate"'],
  [['synth', '--config', 'x.yml'], 'synth needs --out'],
  [['synth', '--bogus'], "Unknown option '--bogus'"],
])('%j exits 2 with usage help', async (args, message) => {
  const run = await cli(args);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(message);
  expect(run.stderr).toContain('usage:');
});
