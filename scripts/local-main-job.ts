/**
 * The main job on a laptop: starts the local AWS emulator (moto with the harness's patches and
 * replication stand-in, see test/EMULATOR.md and test/REPLICATION.md) and runs bootstrap → plan →
 * deploy → verify → drift for a config with the product's own CLI code, printing the reports a pull request
 * and a job summary would get. Nothing reaches AWS: every call goes to the emulator on loopback.
 *
 *   npm run local -- [--config examples/two-destinations.yml]
 */
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { runCli } from '../src/cli.js';
import { loadTopology } from '../src/core/load-topology.js';
import { accountsOf } from '../src/core/model/accounts.js';
import { prepareSelfManagedStackSets } from '../test/support/stackset-accounts.js';
import { startMoto } from '../test/support/moto/server.js';
import { startReplication } from '../test/support/replication-standin.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { config: { type: 'string', default: 'examples/two-destinations.yml' } },
    strict: true,
  });
  const config = values.config!;
  const started = Date.now();
  const took: string[] = [];
  const since = (t: number) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
  process.stderr.write('starting the local AWS emulator (moto on loopback, a few seconds)…\n');
  const t0 = Date.now();
  const moto = await startMoto();
  took.push(`emulator ${since(t0)}`);
  const replication = startReplication(moto);
  // The SDK's standard settings: every client talks to the emulator, with throwaway credentials
  // from which each account's role is assumed (the emulator puts it in the role's account).
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_REGION: 'us-east-1',
  });
  let worst = 0;
  let stoppedAt: string | undefined;
  try {
    await prepareBootstrap(moto.endpoint, config);
    for (const command of ['bootstrap', 'plan', 'deploy', 'verify', 'drift']) {
      process.stdout.write(`\n---------------- s3-xrepl ${command} --config ${config} ----------------\n\n`);
      const t = Date.now();
      const code = await runCli([
        command,
        '--config',
        config,
        '--timeout-minutes',
        '5',
        ...(command === 'bootstrap' ? BOOTSTRAP_FLAGS : ['--assume-roles']),
      ]);
      took.push(`${command} ${since(t)}`);
      if (code !== 0) {
        process.stderr.write(`s3-xrepl ${command} exited ${code}\n`);
        if (command === 'verify') explainFailedReplication(replication.log);
        worst = Math.max(worst, code);
        stoppedAt ??= command;
        if (command === 'deploy' || command === 'bootstrap') break;
      }
    }
  } finally {
    await replication.stop();
    await moto.stop();
  }
  process.stderr.write(
    `\n${worst === 0 ? '✔ the local job passed' : `✘ the local job failed at ${stoppedAt}`}: bootstrap → plan → deploy → verify → drift of ${config} in ${since(started)} (${took.join(', ')})\n`,
  );
  return worst;
}

/** The bootstrap StackSet's administrator: an account of its own, as an organization would have. */
const BOOTSTRAP_ADMIN = '999999999999';
const BOOTSTRAP_FLAGS = [
  '--stack-set-role',
  `arn:aws:iam::${BOOTSTRAP_ADMIN}:role/s3-xrepl-local`,
  '--repository',
  'local/s3-xrepl',
  '--max-concurrent',
  '100%',
];

/** AWS's prerequisites of a self-managed StackSet: what an organization sets up once, by hand. */
async function prepareBootstrap(endpoint: string, config: string): Promise<void> {
  const loaded = loadTopology(await readFile(config, 'utf8'));
  if (!loaded.ok) return; // bootstrap itself reports the config's problems
  await prepareSelfManagedStackSets({
    endpoint,
    region: 'us-east-1',
    admin: BOOTSTRAP_ADMIN,
    targets: accountsOf(loaded.topology),
  });
}

/** What the emulator's replication stand-in saw: the reason S3 itself never gives. */
function explainFailedReplication(log: ReturnType<typeof startReplication>['log']): void {
  for (const job of log.filter((j) => j.status === 'FAILED'))
    for (const d of job.destinations.filter((x) => x.status === 'FAILED'))
      process.stderr.write(`  emulator: ${job.source.key} → ${d.bucket}: ${d.code}: ${d.reason}\n`);
}

process.exitCode = await main();
