/**
 * mode bootstrap against the emulator's StackSets: wall time and AWS API calls for 6, 20 and 50
 * accounts, first run (StackSet and every instance created) and a second run with nothing to change
 * (what a scheduled re-run costs). The emulator takes 100 ms per instance, so the wall time shows the
 * action's waiting and polling, not AWS's speed. Printed, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkdir } from '../test/support/runner.js';
import { prepareSelfManagedStackSets } from '../test/support/stackset-accounts.js';
import { startCountedEmulator } from './counted-emulator.js';

const ADMIN = '999999999999';

/** A topology per pair of accounts: a source and one destination. */
function config(pair: number): string {
  const id = (base: number) => String(base + pair).padStart(12, '0');
  return [
    `name: fleet${pair}`,
    'source:',
    `  account: '${id(300000000000)}'`,
    '  region: us-east-1',
    `  bucket: fleet-source-${pair}`,
    'destinations:',
    '  - id: dr',
    `    account: '${id(400000000000)}'`,
    '    region: us-west-2',
    `    bucket: fleet-dr-${pair}`,
    'rules:',
    '  - { id: all, priority: 1, destinations: [dr] }',
    '',
  ].join('\n');
}

async function main() {
  const emulator = await startCountedEmulator();
  try {
    for (const accounts of [6, 20, 50]) {
      await emulator.moto.reset();
      const pairs = accounts / 2;
      const workdir = makeWorkdir();
      mkdirSync(join(workdir, 'replication'));
      const targets: string[] = [];
      for (let p = 0; p < pairs; p++) {
        writeFileSync(join(workdir, 'replication', `t${p}.yml`), config(p));
        targets.push(String(300000000000 + p), String(400000000000 + p));
      }
      await prepareSelfManagedStackSets({
        endpoint: emulator.moto.endpoint,
        region: 'us-east-1',
        admin: ADMIN,
        targets,
      });
      for (const label of ['first run', 'nothing to change']) {
        emulator.calls.clear();
        const { ms } = await emulator.run(`${accounts} accounts`, {
          cwd: workdir,
          inputs: {
            config: 'replication/*.yml',
            mode: 'bootstrap',
            'stack-set-role': `arn:aws:iam::${ADMIN}:role/s3-xrepl-stack-sets`,
            'timeout-minutes': '15',
          },
          env: { GITHUB_REPOSITORY: 'acme/infra' },
          timeoutMs: 900_000,
        });
        const calls = emulator.total();
        console.log(
          `bootstrap, ${accounts} accounts (${label}; defaults: 25% at once, 10% tolerance, strict): ` +
            `${(ms / 1000).toFixed(2)} s wall, ${calls} AWS API calls (${(calls / accounts).toFixed(1)} per account)`,
        );
      }
    }
  } finally {
    await emulator.stop();
  }
}

await main();
