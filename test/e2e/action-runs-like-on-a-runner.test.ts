/**
 * The committed bundle, run as the runner runs it: `node24 dist/index.js` with INPUT_* variables
 * and the runner's files. Nothing of src/ is imported: this is what a workflow using @v1 gets.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/examples.js';
import { makeWorkdir, runBundle } from '../support/runner.js';

const ACTION = join(REPO_ROOT, 'dist', 'index.js');
const GOLDEN = join(REPO_ROOT, 'test', 'golden');
const TIMEOUT = 60_000;

describe('mode: synth', () => {
  test(
    'GIVEN a valid config WHEN the action runs THEN it writes the golden files and sets outputs and the job summary',
    async () => {
      const run = await runBundle({
        script: ACTION,
        inputs: {
          config: join(REPO_ROOT, 'examples', 'cross-account.yml'),
          mode: 'synth',
          'out-dir': 'synth-out',
        },
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.outputs).toEqual({
        manifest: 'synth-out/manifest.json',
        stacks: '["s3-xrepl-invoices-dst-backup","s3-xrepl-invoices-source"]',
      });
      expect(run.summary).toBe(
        [
          '### s3-xrepl synth: invoices',
          '',
          '2 stacks, in deploy order, written to `synth-out`.',
          '',
          '| # | Stack | Kind | Account | Region | Template |',
          '|---|---|---|---|---|---|',
          '| 1 | `s3-xrepl-invoices-dst-backup` | destination | 222222222222 | eu-central-1 | `destination.template.json` |',
          '| 2 | `s3-xrepl-invoices-source` | source | 111111111111 | eu-west-1 | `s3-xrepl-invoices-source.template.json` |',
          '',
        ].join('\n'),
      );
      const outDir = join(run.workdir, 'synth-out');
      const golden = join(GOLDEN, 'cross-account');
      expect(readdirSync(outDir).sort()).toEqual(readdirSync(golden).sort());
      for (const f of readdirSync(golden))
        expect(readFileSync(join(outDir, f), 'utf8')).toBe(readFileSync(join(golden, f), 'utf8'));
    },
    TIMEOUT,
  );

  test(
    'GIVEN a config with several mistakes WHEN the action runs THEN it annotates each on its line, exits 2 and writes nothing',
    async () => {
      const workdir = makeWorkdir();
      copyFileSync(join(REPO_ROOT, 'test', 'fixtures', 'broken.yml'), join(workdir, 'broken.yml'));
      const broken = await runBundle({
        script: ACTION,
        inputs: { config: 'broken.yml', 'out-dir': 'synth-out' },
        cwd: workdir,
      });
      expect(broken.code).toBe(2);
      const annotations = broken.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(annotations).toEqual([
        '::error file=broken.yml,line=4,col=12::source.account: account id 12345678901 must be 12 digits, written in quotes ("12345678901").',
        '::error file=broken.yml,line=5,col=11::source.region: "eu-wst-1" is not a known AWS region. Did you mean "eu-west-1"?',
        '::error file=broken.yml,line=12,col=13::destinations[0].kmsKey: an alias is not accepted: give the key ARN (arn:…:kms:REGION:ACCOUNT:key/ID).',
        '::error file=broken.yml,line=13,col=5::destinations[0].storageclass: unknown key "storageclass". Did you mean "storageClass"?',
        '::error file=broken.yml,line=16,col=15::rules[0].priority: must be a whole number, got the string "high".',
        '::error file=broken.yml,line=17,col=20::rules[0].destinations[0]: "bakup" is not a destination id. Did you mean "backup"?',
        '::error::broken.yml: 6 problems in the config',
      ]);
      expect(existsSync(join(broken.workdir, 'synth-out'))).toBe(false);
      expect(broken.outputs).toEqual({});
    },
    TIMEOUT,
  );

  test(
    'GIVEN an unknown mode, or bootstrap with wrong inputs, WHEN the action runs THEN every problem is named and it exits 2',
    async () => {
      const unknown = await runBundle({ script: ACTION, inputs: { config: 'x.yml', mode: 'teardown' } });
      expect(unknown.code).toBe(2);
      expect(unknown.stdout).toContain(
        '::error::input "mode" is "teardown": allowed values are synth, plan, deploy, verify, backfill, drift, bootstrap.',
      );
      const bootstrap = await runBundle({
        script: ACTION,
        inputs: {
          config: 'x.yml',
          mode: 'bootstrap',
          'permission-model': 'service-managed',
          'max-concurrent': '0',
          'reuse-oidc-provider': '12345',
        },
      });
      expect(bootstrap.code).toBe(2);
      for (const problem of [
        'input "stack-set-role" is required for mode bootstrap',
        'input "max-concurrent" is "0"',
        'input "reuse-oidc-provider" has "12345"',
      ])
        expect(bootstrap.stdout).toContain(problem);
      expect(bootstrap.outputs).toEqual({});
    },
    TIMEOUT,
  );

  test(
    'GIVEN a config path that does not exist WHEN the action runs THEN it names the path and exits 2',
    async () => {
      const run = await runBundle({ script: ACTION, inputs: { config: 'missing.yml' } });
      expect(run.code).toBe(2);
      expect(run.stdout).toContain('::error::cannot read the config file missing.yml: it does not exist.');
    },
    TIMEOUT,
  );
});
