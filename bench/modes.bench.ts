/**
 * plan, verify and drift against the emulator for the two-destination example: wall time and AWS
 * API calls of each (counted by a pass-through proxy), the replication latency verify measured, and
 * the PR comment's size for 1 and 1,000 rules. Printed, never asserted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadTopology } from '../src/core/load-topology.js';
import { offlinePlan } from '../src/core/plan/offline-plan.js';
import { COMMENT_LIMIT, renderAll, renderWithin } from '../src/core/report/budget.js';
import { renderPlan } from '../src/core/report/render-plan.js';
import { synthesize } from '../src/core/synth/synthesize.js';
import { exampleText } from '../test/support/examples.js';
import { startReplication } from '../test/support/replication-standin.js';
import { makeWorkdir } from '../test/support/runner.js';
import { PER_RULE_ALARMS_OFF, syntheticConfig } from '../test/support/synthetic-config.js';
import { startCountedEmulator } from './counted-emulator.js';
import { createReplicationBoundariesFor } from '../test/support/bootstrap-boundary.js';

function commentSizes(): void {
  for (const [label, text] of [
    ['1 rule', exampleText('cross-account')],
    [
      '1,000 rules / 20 destinations',
      syntheticConfig({ destinations: 20, rules: 1000, monitoring: PER_RULE_ALARMS_OFF }),
    ],
  ] as const) {
    const loaded = loadTopology(text);
    if (!loaded.ok) throw new Error(`${label}: invalid config`);
    const t0 = performance.now();
    const plan = offlinePlan({
      topology: loaded.topology,
      synthesis: synthesize(loaded.topology),
      base: undefined,
      configPath: 'topology.yml',
      allowDestructive: false,
      reason: 'benchmark',
      comparedWith: 'nothing',
    });
    const parts = renderPlan(plan, { commit: 'a'.repeat(40) });
    const whole = renderAll(parts);
    const comment = renderWithin(parts, COMMENT_LIMIT, (n) => `_${n} more sections are in the job summary._`);
    const ms = performance.now() - t0;
    console.log(
      `plan comment, ${label} (every stack new): full report ${whole.length.toLocaleString('en')} chars, ` +
        `comment ${comment.length.toLocaleString('en')} chars (limit ${COMMENT_LIMIT.toLocaleString('en')}), ` +
        `${parts.details.length} detail blocks; plan + render ${ms.toFixed(0)} ms`,
    );
  }
}

async function main() {
  commentSizes();
  const emulator = await startCountedEmulator();
  // What the bootstrap leaves in the source account: the replication role's permissions boundary.
  await createReplicationBoundariesFor(emulator.moto.endpoint, exampleText('two-destinations'));
  const replication = startReplication(emulator.moto);
  try {
    for (const [label, mode] of [
      ['plan, nothing deployed yet', 'plan'],
      ['deploy', 'deploy'],
      ['plan, no changes', 'plan'],
      ['verify', 'verify'],
      ['drift', 'drift'],
    ] as const) {
      emulator.calls.clear();
      const workdir = makeWorkdir();
      writeFileSync(join(workdir, 'topology.yml'), exampleText('two-destinations'));
      const { run, ms } = await emulator.run(label, {
        cwd: workdir,
        inputs: { config: 'topology.yml', mode, comment: 'false' },
      });
      let extra = '';
      if (mode === 'verify') {
        const report = JSON.parse(run.outputs['verify-json']!) as {
          destinations: { destinationId: string; latencyMs?: number }[];
        };
        extra = `; replication latency measured: ${report.destinations.map((d) => `${d.destinationId} ${d.latencyMs} ms`).join(', ')}`;
      }
      console.log(
        `${label}: ${(ms / 1000).toFixed(2)} s wall (node24 start to exit), ${emulator.total()} AWS API calls: ${emulator.breakdown()}${extra}`,
      );
    }
  } finally {
    await replication.stop();
    await emulator.stop();
  }
}

await main();
