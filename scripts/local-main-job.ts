/**
 * The main job on a laptop: starts the local AWS emulator (moto with the harness's patches and
 * replication stand-in, see test/EMULATOR.md and test/REPLICATION.md) and runs plan → deploy →
 * verify → drift for a config with the product's own CLI code, printing the reports a pull request
 * and a job summary would get. Nothing reaches AWS: every call goes to the emulator on loopback.
 *
 *   npm run local -- [--config examples/two-destinations.yml]
 */
import { parseArgs } from 'node:util';
import { runCli } from '../src/cli.js';
import { startMoto } from '../test/support/moto/server.js';
import { startReplication } from '../test/support/replication-standin.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { config: { type: 'string', default: 'examples/two-destinations.yml' } },
    strict: true,
  });
  const config = values.config!;
  process.stderr.write('starting the local AWS emulator…\n');
  const moto = await startMoto();
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
  try {
    for (const command of ['plan', 'deploy', 'verify', 'drift']) {
      process.stdout.write(`\n---------------- s3-xrepl ${command} --config ${config} ----------------\n\n`);
      const code = await runCli([command, '--config', config, '--assume-roles', '--timeout-minutes', '5']);
      if (code !== 0) {
        process.stderr.write(`s3-xrepl ${command} exited ${code}\n`);
        if (command === 'verify') explainFailedReplication(replication.log);
        worst = Math.max(worst, code);
        if (command === 'deploy') break;
      }
    }
  } finally {
    await replication.stop();
    await moto.stop();
  }
  return worst;
}

/** What the emulator's replication stand-in saw: the reason S3 itself never gives. */
function explainFailedReplication(log: ReturnType<typeof startReplication>['log']): void {
  for (const job of log.filter((j) => j.status === 'FAILED'))
    for (const d of job.destinations.filter((x) => x.status === 'FAILED'))
      process.stderr.write(`  emulator: ${job.source.key} → ${d.bucket}: ${d.code}: ${d.reason}\n`);
}

process.exitCode = await main();
