/** The bundled CLI's deploy, run from a terminal's point of view, against the emulator. */
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, exampleText } from '../support/examples.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { makeWorkdir, node24 } from '../support/runner.js';
import { prepareSelfManagedStackSets } from '../support/stackset-accounts.js';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const TIMEOUT = 120_000;
let moto: MotoServer;

beforeAll(async () => {
  moto = await startMoto();
}, TIMEOUT);
afterAll(() => moto?.stop());

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      node24(),
      [CLI, ...args],
      {
        cwd: makeWorkdir(),
        timeout: TIMEOUT,
        env: {
          PATH: process.env.PATH ?? '',
          AWS_ENDPOINT_URL: moto.endpoint,
          // Long-lived credentials of the emulator's default account, as a terminal would have.
          AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          AWS_REGION: 'us-east-1',
        },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

// Bootstrap first, as in real life: it creates the roles and the boundary that deploy relies on.
test(
  'bootstrap takes the action inputs as flags, assumes --stack-set-role, and prints the report',
  async () => {
    await prepareSelfManagedStackSets({
      endpoint: moto.endpoint,
      region: 'us-east-1',
      admin: '999999999999',
      targets: ['111111111111', '222222222222'],
    });
    const config = join(REPO_ROOT, 'examples', 'cross-account.yml');
    const wrong = await cli(['bootstrap', '--config', config, '--max-concurrent', 'half']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--max-concurrent is "half"');
    expect(wrong.stderr).toContain('the repository to trust is unknown');

    const run = await cli([
      'bootstrap',
      '--config',
      config,
      '--stack-set-role',
      'arn:aws:iam::999999999999:role/s3-xrepl-stack-sets',
      '--repository',
      'acme/infra',
      '--max-concurrent',
      '100%',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✅ Bootstrapped: all 2 accounts the configs name have a current instance.');
    expect(run.stdout).toMatch(/^111111111111 +us-east-1 +✅ current /m);
  },
  TIMEOUT,
);

test(
  'without --assume-roles, credentials of one account refuse a two-account topology and say what to do',
  async () => {
    const run = await cli(['deploy', '--config', join(REPO_ROOT, 'examples', 'cross-account.yml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /default AWS credentials belong to account 123456789012, but the config also needs/,
    );
    expect(run.stderr).toContain('--assume-roles');
  },
  TIMEOUT,
);

test(
  "with --assume-roles, deploy assumes each account's deploy role and prints the deploy summary",
  async () => {
    await createReplicationBoundariesFor(moto.endpoint, exampleText('cross-account'));
    const run = await cli([
      'deploy',
      '--config',
      join(REPO_ROOT, 'examples', 'cross-account.yml'),
      '--assume-roles',
    ]);
    expect(run.stderr).not.toMatch(/^error/m);
    expect(run.code).toBe(0);
    // Text for a terminal: the heading and the table, aligned, with no Markdown left in them.
    expect(run.stdout).toContain('s3-xrepl deploy · invoices');
    expect(run.stdout).toContain('✅ Deployed: 2 of 2 stacks changed through 2 change sets');
    expect(run.stdout).toMatch(
      /^1 +s3-xrepl-invoices-dst-backup +destination +222222222222 +eu-central-1 +created /m,
    );
    expect(run.stdout).not.toMatch(/[|`]|^#+ \S/m);
    expect(run.stderr).toMatch(
      /✔ deployed invoices: 2 of 2 stacks changed\n {2}took \d+\.\d s: s3-xrepl-invoices-dst-backup/,
    );
  },
  TIMEOUT,
);
