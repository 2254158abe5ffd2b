/** The bundled CLI (dist/cli.js), run in a child process as a user would run it. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/examples.js';
import { makeWorkdir, node24 } from '../support/runner.js';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const example = (name: string) => join(REPO_ROOT, 'examples', `${name}.yml`);

function cli(
  args: string[],
  opts: { cwd?: string; node?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string; stderr: string; cwd: string }> {
  const cwd = opts.cwd ?? makeWorkdir();
  return new Promise((resolve) => {
    execFile(
      opts.node ?? node24(),
      [CLI, ...args],
      { cwd, timeout: 30_000, env: { PATH: process.env.PATH ?? '', ...opts.env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr, cwd }),
    );
  });
}

test('synth writes, for each example, exactly the golden files', async () => {
  for (const name of ['cross-account', 'two-destinations', 'same-account']) {
    const run = await cli(['synth', '--config', example(name), '--out', 'out']);
    expect(run.code).toBe(0);
    const golden = join(REPO_ROOT, 'test', 'golden', name);
    expect(readdirSync(join(run.cwd, 'out')).sort()).toEqual(readdirSync(golden).sort());
    for (const f of readdirSync(golden))
      expect(readFileSync(join(run.cwd, 'out', f), 'utf8')).toBe(readFileSync(join(golden, f), 'utf8'));
  }
});

test('synth without --out writes into s3-xrepl.out, as the action does', async () => {
  const run = await cli(['synth', '--config', example('cross-account')]);
  expect(run.code).toBe(0);
  expect(readdirSync(join(run.cwd, 's3-xrepl.out'))).toContain('manifest.json');
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
  expect(run.stderr).toContain('6 problems in the config; nothing was written or deployed.');
  expect(run.stderr).toMatch(
    /broken\.yml:5:11: error source\.region: "eu-wst-1" is not a known AWS region\. Did you mean "eu-west-1"\?/,
  );
  expect(existsSync(join(run.cwd, 'out'))).toBe(false);
});

describe('synth refuses, before writing anything, what AWS would refuse halfway through a deploy', () => {
  const base = readFileSync(join(REPO_ROOT, 'examples', 'two-destinations.yml'), 'utf8');
  // Lines of the example, found rather than counted, so an edit to the example moves them too.
  const lineOf = (text: string) => base.split('\n').indexOf(text) + 1;
  const lines = base.split('\n').length;
  // A thousand rules, with their per-rule alarms off: CloudFormation's 500 resources would refuse
  // the alarms first (test/unit/aws-limits-at-synth.test.ts), and these cases are about size.
  const manyRules = (prefix: number) =>
    base.replace(
      /^rules:\n[\s\S]*?(?=^accounts:)/m,
      'rules:\n' +
        Array.from(
          { length: 1000 },
          (_, i) =>
            `  - id: r${i}\n    priority: ${i + 100}\n    filter: { prefix: p${i}/${'x'.repeat(prefix)} }\n    destinations: [dr]\n`,
        ).join(''),
    ) + 'monitoring: { alarms: { failedOperations: false, latency: false } }\n';
  test.each([
    [
      'a tag value with a comma',
      base.replace('  app: orders', '  app: orders\n  owner: J. Smith, platform'),
      new RegExp(
        `two-destinations\\.yml:${lineOf('  app: orders') + 1}:10: error tags\\.owner: "J\\. Smith, platform" contains ","`,
      ),
    ],
    [
      'a source template over 1 MB',
      manyRules(1000),
      new RegExp(
        `two-destinations\\.yml:${lineOf('rules:') + 1}:3: error rules: s3-xrepl-orders-source\\.template\\.json would be [\\d,]+ bytes .*1,000,000 \\(1 MB\\)`,
      ),
    ],
    [
      'a second YAML document',
      `${base}---\nname: other\n`,
      new RegExp(
        `two-destinations\\.yml:${lines}:1: error \\(root\\): the file holds more than one YAML document`,
      ),
    ],
  ])('%s: exit 2, the path and line, and no output directory', async (_, text, expected) => {
    const cwd = makeWorkdir();
    writeFileSync(join(cwd, 'two-destinations.yml'), text);
    const run = await cli(['synth', '--config', 'two-destinations.yml', '--out', 'out'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(expected);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  test('the same 1,000 rules with shorter prefixes synthesize', async () => {
    const cwd = makeWorkdir();
    writeFileSync(join(cwd, 'two-destinations.yml'), manyRules(400));
    const run = await cli(['synth', '--config', 'two-destinations.yml', '--out', 'out'], { cwd });
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
  });
});

test.each([
  [
    'a file that does not exist',
    'missing.yml',
    'cannot read the config file missing.yml: it does not exist.',
  ],
  ['a directory', 'adir', 'cannot read the config file adir: it is a directory, not a file.'],
])('a config that is %s is said in a sentence, exit 2', async (_what, config, message) => {
  const cwd = makeWorkdir();
  mkdirSync(join(cwd, 'adir'));
  const run = await cli(['validate', '--config', config], { cwd });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(message);
  expect(run.stderr).not.toMatch(/ENOENT|EISDIR|at .*\.js:\d+/);
});

test('synth into a path that is a file exits 2 and says why it cannot write there', async () => {
  const cwd = makeWorkdir();
  writeFileSync(join(cwd, 'taken'), 'a file, not a directory');
  const run = await cli(['synth', '--config', example('cross-account'), '--out', 'taken'], { cwd });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    'cannot write to taken: a file of that name is in the way (a directory is needed).',
  );
});

test('validate accepts an example without writing anything, and ends with one verdict line', async () => {
  const run = await cli(['validate', '--config', example('two-destinations')]);
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/✔ .*two-destinations\.yml: valid/);
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

describe('help', () => {
  test.each([['--help'], ['-h'], ['help']])('%s prints the commands on stdout and exits 0', async (flag) => {
    const run = await cli([flag]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: s3-xrepl <command>/);
    for (const c of ['synth', 'plan', 'deploy', 'verify', 'drift', 'bootstrap', 'validate'])
      expect(run.stdout).toContain(`  ${c}`);
    expect(run.stderr).toBe('');
  });

  test('no command at all prints the usage on stderr and exits 2', async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: s3-xrepl <command>');
  });

  test.each([
    [
      'plan',
      ['--config FILE', '--allow-destructive', '--base-config FILE', '--assume-roles', '--format FORMAT'],
    ],
    ['verify', ['--timeout-minutes N', '(default: 15)']],
    ['bootstrap', ['--stack-set-role ARN', '--max-concurrent VALUE', '(default: 25%)']],
  ])('%s --help explains that command and its flags', async (command, expected) => {
    const run = await cli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^usage: s3-xrepl ${command}`));
    for (const e of expected) expect(run.stdout).toContain(e);
  });
});

describe('mistakes', () => {
  test.each([
    [['frobnicate'], 'unknown command "frobnicate".'],
    [['depoly', '--config', 'x.yml'], 'unknown command "depoly". Did you mean "deploy"?'],
    [['synth', '--confg', 'x.yml'], 'synth: unknown flag --confg. Did you mean --config?'],
    [['plan', '--bogus'], 'plan: unknown flag --bogus.'],
    [['synth'], 'synth: --config is required'],
    [
      ['verify', '--config', 'x.yml', '--timeout-minutes', 'soon'],
      'verify: --timeout-minutes is "soon": use a whole number from 1 to 120.',
    ],
    [['synth', '--config', 'x.yml', '--format', 'yaml'], '--format is "yaml": use text, markdown or json.'],
  ])('%j exits 2 and says what to do', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/^error: /m);
  });
});

describe('formats', () => {
  test('text has no Markdown or HTML a terminal would show raw', async () => {
    const run = await cli(['synth', '--config', example('two-destinations'), '--out', 'out']);
    expect(run.stdout).not.toMatch(/<details>|<sub>|<\/?summary>|```|\| ---|\\_|mermaid/);
    expect(run.stdout).toContain('s3-xrepl-orders-dst-dr');
  });

  test('markdown gives the report a job summary gets', async () => {
    const run = await cli([
      'synth',
      '--config',
      example('two-destinations'),
      '--out',
      'out',
      '--format',
      'markdown',
    ]);
    expect(run.stdout).toContain('### s3-xrepl synth: orders');
    expect(run.stdout).toContain('| 1 | `s3-xrepl-orders-dst-dr` |');
  });

  test('json gives the data, and nothing else on stdout', async () => {
    const run = await cli([
      'synth',
      '--config',
      example('two-destinations'),
      '--out',
      'out',
      '--format',
      'json',
    ]);
    const manifest = JSON.parse(run.stdout) as { stacks: { name: string }[] };
    expect(manifest.stacks.map((s) => s.name)).toEqual([
      's3-xrepl-orders-dst-dr',
      's3-xrepl-orders-dst-analytics',
      's3-xrepl-orders-source',
    ]);
  });

  test('colour only on a terminal: none when piped, and never with NO_COLOR', async () => {
    const run = await cli(['validate', '--config', example('cross-account')], { env: { NO_COLOR: '1' } });
    expect(run.stderr).not.toContain('\u001b[');
  });
});

test('a Node older than the floor is refused in a sentence', async () => {
  // This machine's own Node is 20: the CLI's floor is 22 (README: "The CLI").
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return;
  const run = await cli(['--help'], { node: process.execPath });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('s3-xrepl needs Node.js 22 or later');
});
