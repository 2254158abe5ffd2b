import { UserError } from '../core/errors.js';
import { FROM_SOURCE } from '../core/model/backfill-from.js';
import type { BackfillJob } from '../core/backfill/job.js';
import type { Topology } from '../core/model/topology.js';
import type { FailureCounts } from '../core/backfill/completion-report.js';
import { phaseTimer, type Mode } from './mode.js';
import {
  ASSUME_ROLES,
  CONFIG,
  TIMEOUT_MINUTES,
  configProblem,
  readSpecs,
  refuse,
  type InputSpec,
} from './inputs.js';

const STATUSES: InputSpec = {
  name: 'backfill-statuses',
  kind: 'string',
  default: 'NONE,FAILED',
  help: 'replication statuses of the versions to replicate: NONE, FAILED, COMPLETED, REPLICA',
  flag: 'statuses',
  placeholder: 'LIST',
};
const RULE: InputSpec = {
  name: 'backfill-rule',
  kind: 'string',
  default: '',
  help: "only what this config rule covers (its prefix; S3's generator cannot filter by tag)",
  flag: 'rule',
  placeholder: 'ID',
};
const PREFIX: InputSpec = {
  name: 'backfill-prefix',
  kind: 'string',
  default: '',
  help: 'only keys under this prefix',
  flag: 'prefix',
  placeholder: 'PREFIX',
};
const FROM: InputSpec = {
  name: 'backfill-from',
  kind: 'string',
  default: FROM_SOURCE,
  help: "whose existing objects: 'source', or a two-way destination's id (its way back to the source)",
  flag: 'from',
  placeholder: 'ID',
};
const WAIT: InputSpec = {
  name: 'wait',
  kind: 'boolean',
  default: 'false',
  help: 'follow the job until it ends (bounded by timeout-minutes), then report its result',
};
const AGAIN: InputSpec = {
  name: 'backfill-again',
  kind: 'boolean',
  default: 'false',
  help: 'start a new job even when the last one of this selection has finished',
  flag: 'again',
};

interface BackfillInputs {
  readonly config: string;
  readonly selection: { readonly statuses: string; readonly rule: string; readonly prefix: string };
  /** 'source', or the id of a two-way destination whose way back is backfilled. */
  readonly from: string;
  readonly wait: boolean;
  readonly again: boolean;
  readonly timeoutMs: number;
  readonly assumeRoles: boolean;
}

/**
 * `backfill`: S3 Batch Replication for a deployed topology (DESIGN.md §5), with the deploy role in
 * the source account: the versions live replication never copied (written before a rule, or FAILED)
 * are replicated by a Batch Operations job on AWS's own engine, as the source stack's batch role.
 * One job per topology and selection at a time: a running one is reported, not doubled, and a
 * finished one is reported until `backfill-again` asks for another. Exit 3 when tasks failed.
 * `backfill-from: <id>` does the same for a two-way destination's way back: its bucket's objects
 * replicated to the source, with the deploy role and the batch role of the destination's account.
 */
export const backfill: Mode<BackfillInputs> = {
  name: 'backfill',
  summary:
    'replicate what existed before the rules, or failed, with S3 Batch Replication (exit 3 on failures)',
  frontDoors: ['action', 'cli'],
  configs: 'each',
  comment: { section: 'backfill', failed: 'Backfill failed' },
  reads: [CONFIG, STATUSES, RULE, PREFIX, FROM, WAIT, AGAIN, TIMEOUT_MINUTES, ASSUME_ROLES],
  outputs: [{ name: 'job-id' }, { name: 'job-status' }, { name: 'backfill-json' }, { name: 'comment-url' }],
  parse(get) {
    const { values, problems } = readSpecs(this.reads, get);
    refuse([...configProblem(values.config!), ...problems]);
    return {
      config: String(values.config),
      selection: {
        statuses: String(values['backfill-statuses']),
        rule: String(values['backfill-rule']).trim(),
        prefix: String(values['backfill-prefix']),
      },
      from: String(values['backfill-from']).trim() || FROM_SOURCE,
      wait: values.wait === true,
      again: values['backfill-again'] === true,
      timeoutMs: Number(values['timeout-minutes']) * 60_000,
      assumeRoles: values['assume-roles'] === true,
    };
  },
  async run(inputs, env) {
    const [
      { readTopology },
      { describeStack },
      batch,
      { selectionOf },
      { backfillJobRequest, jobDescription },
      { isFinished, finishedClean, newest, progressOf },
      { progressLine },
      { backfillReport, backfillExitCode, backfillVerdict },
      { renderBackfill },
      { SOURCE_OUTPUTS },
      { CloudFormationClient },
      { S3Client },
      { S3ControlClient },
      { wayBack },
    ] = await Promise.all([
      import(/* webpackChunkName: "backfill" */ '../shell/fs/read-topology.js'),
      import(/* webpackChunkName: "backfill" */ '../shell/aws/deploy-stack.js'),
      import(/* webpackChunkName: "backfill" */ '../shell/aws/batch-job.js'),
      import(/* webpackChunkName: "backfill" */ '../core/backfill/selection.js'),
      import(/* webpackChunkName: "backfill" */ '../core/backfill/job-request.js'),
      import(/* webpackChunkName: "backfill" */ '../core/backfill/job.js'),
      import(/* webpackChunkName: "backfill" */ '../core/backfill/progress.js'),
      import(/* webpackChunkName: "backfill" */ '../core/backfill/backfill-report.js'),
      import(/* webpackChunkName: "backfill" */ '../core/report/render-backfill.js'),
      import(/* webpackChunkName: "backfill" */ '../core/templates/source-template.js'),
      import(/* webpackChunkName: "aws-cloudformation" */ '@aws-sdk/client-cloudformation'),
      import('@aws-sdk/client-s3'),
      import(/* webpackChunkName: "aws-s3-control" */ '@aws-sdk/client-s3-control'),
      import(/* webpackChunkName: "backfill" */ '../core/model/way-back.js'),
    ]);
    const timer = phaseTimer(env.clock);
    const read = await readTopology(inputs.config, env);
    // The way back is a topology of its own (model/way-back.ts): the destination is its source.
    const topology =
      inputs.from === FROM_SOURCE ? read.topology : wayBackFrom(read.topology, inputs.from, wayBack);
    // Every problem with the selection is found before anything is created.
    const chosen = selectionOf(topology, inputs.selection);
    if (!chosen.ok) throw new UserError(chosen.problems.join('\n'));
    const { selection } = chosen;
    const { account, region, bucket, stackName } = topology.source;
    const bucketArn = `arn:${topology.partition}:s3:::${bucket}`;

    // Batch Operations runs in the source account: no session is opened in any other.
    const sourceOnly: Topology = { ...topology, destinations: [] };
    delete (sourceOnly as { destinationStackSet?: unknown }).destinationStackSet;
    const credentials = await env.credentials(sourceOnly, 'deploy');
    const c = env.clients(credentials, {
      cfn: CloudFormationClient,
      s3: S3Client,
      s3control: S3ControlClient,
    })(account, region);
    const stack = await describeStack(c.cfn, stackName);
    if (!stack || stack.StackStatus === 'REVIEW_IN_PROGRESS')
      throw new UserError(
        `${stackName} (${account}, ${region}) is not deployed, so there is nothing to backfill.`,
        'Run mode deploy first.',
      );
    const batchRoleArn = stack.Outputs?.find((o) => o.OutputKey === SOURCE_OUTPUTS.batchRoleArn)?.OutputValue;
    if (!batchRoleArn)
      throw new UserError(
        `${stackName} (${account}, ${region}) has no batch replication role: it was deployed by a version without backfill.`,
        `Run mode deploy with this version first: it adds the role (BatchRoleArn) to ${inputs.from === FROM_SOURCE ? 'the source stack' : 'the two-way destination stack'}.`,
      );

    // One job per topology and selection: found by its description, confirmed by its role and bucket.
    const description = jobDescription(topology, selection);
    const ours = await timer.time('find jobs', async () => {
      const listed = (await batch.listJobsDescribed(c.s3control, account, description)).filter(
        (j) => j.Description === description,
      );
      const running = listed.filter((j) => !isFinished(j.Status ?? ''));
      const latest = newest(listed.filter((j) => isFinished(j.Status ?? '')).map(batch.jobOf));
      const candidates = [...running.map((j) => j.JobId!), ...(latest ? [latest.id] : [])];
      const described = await Promise.all(
        candidates.map((id) => batch.describeJob(c.s3control, account, id)),
      );
      return described.filter((j) => {
        const mine = j.roleArn === batchRoleArn && j.sourceBucketArn === bucketArn;
        if (!mine)
          env.logger.warning(
            `backfill: job ${j.id} carries this selection's description but another role or bucket; it is not ours and is left alone.`,
          );
        return mine;
      });
    });
    const running = newest(ours.filter((j) => !isFinished(j.status)));
    const latestFinished = newest(ours.filter((j) => isFinished(j.status)));

    let outcome: 'started' | 'running' | 'finished-before';
    let job: BackfillJob;
    if (running) {
      outcome = 'running';
      job = running;
      env.logger.info(`backfill: job ${job.id} of this selection is ${job.status}; not starting another.`);
    } else if (latestFinished && !inputs.again) {
      outcome = 'finished-before';
      job = latestFinished;
      env.logger.info(
        `backfill: job ${job.id} of this selection finished (${job.status}); backfill-again starts a new one.`,
      );
    } else {
      outcome = 'started';
      const request = backfillJobRequest({
        topology,
        selection,
        batchRoleArn,
        latestFinishedJobId: latestFinished?.id,
      });
      job = await timer.time('create job', async () => {
        const id = await batch.createJob(c.s3control, request);
        return batch.describeJob(c.s3control, account, id);
      });
      env.logger.info(`backfill: started job ${job.id} (${job.status}) as ${batchRoleArn}.`);
    }

    let timedOut = false;
    if (inputs.wait && !isFinished(job.status)) {
      const started = env.clock.now();
      let lastLogged = { key: '', at: -Infinity };
      const followed = await timer.time('follow job', () =>
        batch.followJob({
          s3control: c.s3control,
          account,
          jobId: job.id,
          clock: env.clock,
          timeoutMs: inputs.timeoutMs,
          onProgress: (j) => {
            const line = progressLine(j, env.clock.now() - started);
            if (env.logger.progress) return env.logger.progress(line, progressOf(j));
            // A line on each change, and one a minute while nothing changes: the log stays readable.
            const key = `${j.status} ${j.tasks?.succeeded ?? ''} ${j.tasks?.failed ?? ''}`;
            if (key !== lastLogged.key || env.clock.now() - lastLogged.at >= 60_000) {
              env.logger.info(line);
              lastLogged = { key, at: env.clock.now() };
            }
          },
        }),
      );
      job = followed.job;
      timedOut = followed.timedOut;
      // The bar's last state stays on a line of its own (the log had its line already).
      if (env.logger.progress) env.logger.info(progressLine(job, env.clock.now() - started));
      if (timedOut)
        env.logger.warning(
          `backfill: job ${job.id} is still ${job.status} after ${Math.round(inputs.timeoutMs / 60_000)} min; it goes on without this run. Run backfill again to see it.`,
        );
    }

    let failures: FailureCounts | { error: string } | undefined;
    if (isFinished(job.status) && !finishedClean(job) && job.report)
      failures = await timer.time('read report', () =>
        batch
          .readFailures({ s3: c.s3, job, expectedOwner: account })
          .catch((e: unknown): { error: string } => ({ error: (e as Error).message })),
      );

    const followCommand = [
      's3-xrepl backfill',
      `--config ${inputs.config}`,
      `--statuses ${selection.statuses.join(',')}`,
      ...(selection.ruleId !== undefined ? [`--rule ${selection.ruleId}`] : []),
      ...(inputs.selection.prefix !== '' ? [`--prefix ${JSON.stringify(inputs.selection.prefix)}`] : []),
      ...(inputs.from !== FROM_SOURCE ? [`--from ${inputs.from}`] : []),
      '--wait',
      ...(env.frontDoor === 'action' || inputs.assumeRoles ? ['--assume-roles'] : []),
    ].join(' ');
    const report = backfillReport({
      topology: topology.name,
      configPath: inputs.config,
      source: { account, region, bucket },
      selection,
      outcome,
      job,
      followed: inputs.wait,
      timedOut,
      ...(failures ? { failures } : {}),
      followCommand,
    });
    const exitCode = backfillExitCode(report);
    if (exitCode !== 0)
      env.logger.error(
        `backfill: job ${job.id} ${job.status === 'Complete' ? `finished with ${job.tasks?.failed ?? 0} failed tasks` : job.status.toLowerCase()}; see the report for why.`,
      );
    const { context } = env.github;
    return {
      exitCode,
      outputs: {
        'job-id': job.id,
        'job-status': job.status,
        'backfill-json': JSON.stringify(report),
      },
      verdict: backfillVerdict(report),
      report: renderBackfill(report, {
        ...(context.commit ? { commit: context.commit } : {}),
        ...(context.runUrl ? { runUrl: context.runUrl } : {}),
        now: env.clock.now(),
      }),
      json: report,
      phases: timer.phases,
    };
  },
};

/** The way back of the two-way destination `id`, or a user error naming the ones there are. */
function wayBackFrom(
  topology: Topology,
  id: string,
  wayBack: (t: Topology, d: Topology['destinations'][number]) => Topology,
): Topology {
  const d = topology.destinations.find((x) => x.id === id);
  if (d?.twoWay) return wayBack(topology, d);
  const twoWay = topology.destinations.filter((x) => x.twoWay).map((x) => x.id);
  throw new UserError(
    `input "backfill-from" is ${JSON.stringify(id)}, ${d ? 'a destination that is not two-way: nothing replicates from it' : `not a destination of ${topology.name}`}.`,
    twoWay.length > 0
      ? `Use "source", or ${twoWay.map((x) => JSON.stringify(x)).join(', ')} for its way back to the source.`
      : `Use "source": ${topology.name} has no two-way destination.`,
  );
}
