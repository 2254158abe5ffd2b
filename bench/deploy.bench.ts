/**
 * Deploy against the emulator, for the two-destination example: wall time and AWS API calls of a
 * first deploy and of a no-op deploy, counted by a pass-through proxy. Printed, never asserted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleText } from '../test/support/examples.js';
import { makeWorkdir } from '../test/support/runner.js';
import { startCountedEmulator } from './counted-emulator.js';
import { createReplicationBoundariesFor } from '../test/support/bootstrap-boundary.js';

async function main() {
  const emulator = await startCountedEmulator();
  // What the bootstrap leaves in the source account: the replication role's permissions boundary.
  await createReplicationBoundariesFor(emulator.moto.endpoint, exampleText('two-destinations'));
  try {
    for (const label of ['first deploy', 'no-op deploy']) {
      emulator.calls.clear();
      const workdir = makeWorkdir();
      writeFileSync(join(workdir, 'topology.yml'), exampleText('two-destinations'));
      const { ms } = await emulator.run(label, {
        cwd: workdir,
        inputs: { config: 'topology.yml', mode: 'deploy' },
      });
      console.log(
        `${label}: ${(ms / 1000).toFixed(2)} s wall (node24 start to exit), ${emulator.total()} AWS API calls: ${emulator.breakdown()}`,
      );
    }
  } finally {
    await emulator.stop();
  }
}

await main();
