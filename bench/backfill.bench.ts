/**
 * backfill against the emulator, for the cross-account example: objects per second through the
 * Batch Operations and replication stand-ins (from the job's own state times), wall time and the
 * AWS API calls of a run that starts a job, of one that finds it running, and of one that follows
 * it to the end; and the job's Batch Operations cost formula. Printed, never asserted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  DeleteBucketReplicationCommand,
  GetBucketReplicationCommand,
  PutBucketReplicationCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { batchJobCost } from '../src/core/backfill/cost.js';
import { loadTopology } from '../src/core/load-topology.js';
import { startBatchOperations } from '../test/support/batch-standin.js';
import { createReplicationBoundariesFor } from '../test/support/bootstrap-boundary.js';
import { exampleText } from '../test/support/examples.js';
import { AccountView } from '../test/support/live-state.js';
import { startReplication } from '../test/support/replication-standin.js';
import { makeWorkdir } from '../test/support/runner.js';
import { startCountedEmulator } from './counted-emulator.js';

const OBJECTS = 300;

async function main() {
  const text = exampleText('cross-account');
  const loaded = loadTopology(text);
  if (!loaded.ok) throw new Error('cross-account example is invalid');
  const { source } = loaded.topology;
  const emulator = await startCountedEmulator();
  await createReplicationBoundariesFor(emulator.moto.endpoint, text);
  const replication = startReplication(emulator.moto);
  const workdir = makeWorkdir();
  writeFileSync(join(workdir, 'topology.yml'), text);
  const run = (label: string, inputs: Record<string, string>) =>
    emulator.run(label, { cwd: workdir, inputs: { config: 'topology.yml', comment: 'false', ...inputs } });
  try {
    await run('deploy', { mode: 'deploy' });

    // Versions written while the bucket had no rule: every one is NONE, as before a rule exists.
    const s3 = (await AccountView.of(emulator.moto.endpoint, source.account, source.region)).s3;
    const rules = (await s3.send(new GetBucketReplicationCommand({ Bucket: source.bucket })))
      .ReplicationConfiguration!;
    await s3.send(new DeleteBucketReplicationCommand({ Bucket: source.bucket }));
    for (let i = 0; i < OBJECTS; i++)
      await s3.send(
        new PutObjectCommand({ Bucket: source.bucket, Key: `old/${i}.json`, Body: `{"n":${i}}` }),
      );
    await s3.send(
      new PutBucketReplicationCommand({ Bucket: source.bucket, ReplicationConfiguration: rules }),
    );

    const timed = async (label: string, inputs: Record<string, string>) => {
      emulator.calls.clear();
      const { run: r, ms } = await run(label, { mode: 'backfill', 'backfill-statuses': 'NONE', ...inputs });
      console.log(
        `backfill, ${label}: ${(ms / 1000).toFixed(2)} s wall (node24 start to exit), ${emulator.total()} AWS API calls: ${emulator.breakdown()}`,
      );
      return r;
    };
    // Batch Operations picks the job up only once its stand-in runs: the second run finds it New.
    const started = await timed('starting a job', {});
    await timed('finding it running', {});
    const batch = startBatchOperations(emulator.moto, { replication, tasksPerPoll: 100 });
    const t0 = performance.now();
    const followed = await timed('following it to its end (wait)', { wait: 'true' });
    const wall = performance.now() - t0;
    const job = (await batch.jobs()).find((j) => j.id === started.outputs['job-id'])!;
    const at = (status: string) => job.history.find((h) => h.status === status)!.at;
    const active = (at('Complete') - at('Active')) / 1000;
    const succeeded = job.tasks.filter((t) => t.state === 'succeeded').length;
    console.log(
      `stand-in: ${succeeded} of ${job.tasks.length} objects replicated in ${active.toFixed(2)} s Active = ` +
        `${(succeeded / active).toFixed(1)} objects/s (each: InitiateReplication decided as the batch role, then the ` +
        `copy decided by the replication stand-in as the replication role); manifest generated in ` +
        `${at('Ready') - at('Preparing')} ms; the followed run's wall ${(wall / 1000).toFixed(1)} s includes its ` +
        `2 s → 30 s backoff; status ${followed.outputs['job-status']}`,
    );
    for (const n of [OBJECTS, 1_000_000, 1_000_000_000])
      console.log(
        `cost: ${batchJobCost(n).formula}; source: ${batchJobCost(n).source} (${batchJobCost(n).url})`,
      );
    await batch.stop();
  } finally {
    await replication.stop();
    await emulator.stop();
  }
}

await main();
