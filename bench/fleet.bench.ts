/**
 * Many topologies planned in one run (a config glob) against the emulator: wall time, AWS API
 * calls and the action's peak memory for 1, 10 and 50 synthetic topologies, so the growth of cost
 * with work is visible. Printed, never asserted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkdir } from '../test/support/runner.js';
import { syntheticConfig } from '../test/support/synthetic-config.js';
import { startCountedEmulator } from './counted-emulator.js';

async function main() {
  const emulator = await startCountedEmulator();
  try {
    for (const n of [1, 10, 50]) {
      await emulator.moto.reset();
      emulator.calls.clear();
      const workdir = makeWorkdir();
      mkdirSync(join(workdir, 'replication'));
      for (let i = 0; i < n; i++)
        writeFileSync(
          join(workdir, 'replication', `t${i}.yml`),
          syntheticConfig({ destinations: 2, rules: 4, name: `t${i}` }),
        );
      // The action's own peak resident memory, reported by the process itself as it exits.
      const rssFile = join(workdir, 'maxrss');
      const preload = join(workdir, 'maxrss.cjs');
      writeFileSync(
        preload,
        `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
      );
      const { ms } = await emulator.run(`${n} topologies`, {
        cwd: workdir,
        inputs: { config: 'replication/*.yml', mode: 'plan', comment: 'false', 'max-parallel': '4' },
        env: { NODE_OPTIONS: `--require ${preload}` },
        timeoutMs: 900_000,
      });
      const calls = emulator.total();
      const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
      console.log(
        `plan, ${n} topologies (2 destinations, 4 rules each), 4 at a time: ${(ms / 1000).toFixed(2)} s wall, ` +
          `${calls} AWS API calls (${(calls / n).toFixed(1)} per topology), peak RSS ${rssMb.toFixed(0)} MB`,
      );
    }
  } finally {
    await emulator.stop();
  }
}

await main();
