import { EXIT } from '../core/errors.js';
import type { Partition } from '../core/config/regions.js';
import type { DriftReport, StackDrift } from '../core/drift/drift-report.js';
import type { StackPlan } from '../core/synth/synthesize.js';
import type { AccountClients } from '../shell/aws/clients.js';
import type { TrackedIssue } from '../shell/github/issues-api.js';
import type { Mode, ModeEnv } from './mode.js';
import {
  ASSUME_ROLES,
  CONFIG,
  TIMEOUT_MINUTES,
  configProblem,
  readSpecs,
  refuse,
  type InputSpec,
} from './inputs.js';

const FAIL_ON_DRIFT: InputSpec = {
  name: 'fail-on-drift',
  kind: 'boolean',
  default: 'false',
  help: 'exit 3 when anything drifted (an unknown result only warns)',
};

interface DriftInputs {
  readonly config: string;
  readonly timeoutMs: number;
  readonly failOnDrift: boolean;
}

/**
 * `drift`: CloudFormation drift detection plus a direct comparison of the live buckets, keys and
 * role with the template each stack was deployed with (its own template and parameters, so a config
 * change not yet deployed is not mistaken for drift). Read-only: the plan role suffices. On a
 * schedule or manual run, one tracking issue follows it. With fail-on-drift, drift exits 3; an
 * unknown result only warns (it proves nothing either way).
 */
export const drift: Mode<DriftInputs> = {
  name: 'drift',
  summary: 'compare the live resources with what the stacks deployed',
  frontDoors: ['action', 'cli'],
  configs: 'each',
  reads: [CONFIG, TIMEOUT_MINUTES, FAIL_ON_DRIFT, ASSUME_ROLES],
  outputs: [{ name: 'drift' }, { name: 'drift-json' }, { name: 'issue-url' }],
  parse(get) {
    const { values, problems } = readSpecs(this.reads, get);
    refuse([...configProblem(values.config!), ...problems]);
    return {
      config: String(values.config),
      timeoutMs: Number(values['timeout-minutes']) * 60_000,
      failOnDrift: values['fail-on-drift'] === true,
    };
  },
  async run(inputs, env) {
    const [
      { readTopology },
      { locateStacks },
      { stackServiceError },
      { driftVerdict },
      { renderDrift },
      sdk,
    ] = await Promise.all([
      import(/* webpackChunkName: "drift" */ '../shell/fs/read-topology.js'),
      import(/* webpackChunkName: "drift" */ '../shell/aws/locate-stacks.js'),
      import(/* webpackChunkName: "drift" */ '../core/errors.js'),
      import(/* webpackChunkName: "drift" */ '../core/drift/drift-report.js'),
      import(/* webpackChunkName: "drift" */ '../core/report/render-drift.js'),
      allClients(),
    ]);
    const read = await readTopology(inputs.config, env);
    const credentials = await env.credentials(read.topology, 'plan');
    const clients = env.clients(credentials, sdk);
    // Destinations deployed as a StackSet live in its instances' stacks.
    const { topology, synthesis } = await locateStacks(read.topology, read.synthesis, { ...env, clients });
    const stacks = await Promise.all(
      synthesis.manifest.stacks.map((s) =>
        stackDrift(s, clients(s.account, s.region), topology.partition, inputs.timeoutMs, env).catch(
          (e: unknown) => {
            throw stackServiceError(
              e,
              s,
              'while checking drift',
              'Nothing was changed. Run the drift check again once the service is reachable.',
            );
          },
        ),
      ),
    );
    const report: DriftReport = { topology: topology.name, configPath: inputs.config, stacks };
    const verdict = driftVerdict(report);
    const { context } = env.github;
    const [{ labelsOf }, { driftItems }] = await Promise.all([
      import(/* webpackChunkName: "drift" */ '../core/plan/resolve-plan.js'),
      import(/* webpackChunkName: "drift" */ '../core/drift/drift-items.js'),
    ]);
    const labels = labelsOf(topology);
    const tracked = await trackedIssue(env, inputs);
    const firstSeen = tracked?.firstSeen(driftItems(report, labels).map((i) => i.key));
    const parts = renderDrift(report, {
      ...(context.commit ? { commit: context.commit } : {}),
      ...(context.runUrl ? { runUrl: context.runUrl } : {}),
      labels,
      ...(firstSeen ? { firstSeen } : {}),
    });
    const [{ trackScheduledCheck }, { driftOutcome }] = await Promise.all([
      import(/* webpackChunkName: "drift" */ '../shell/github/sync-tracking-issue.js'),
      import(/* webpackChunkName: "drift" */ '../core/report/tracking-issue.js'),
    ]);
    const issueUrl = await trackScheduledCheck(env, {
      check: 'drift',
      outcome: driftOutcome(verdict),
      configPath: inputs.config,
      topology: report.topology,
      parts,
      ...(firstSeen ? { firstSeen } : {}),
      ...(tracked?.found ? { found: tracked.found } : {}),
    });
    if (verdict === 'unknown') env.logger.warning('drift: some things could not be checked; see the report.');
    if (verdict === 'drifted')
      (inputs.failOnDrift ? env.logger.error : env.logger.warning)(
        `drift: the live resources of ${report.topology} differ from what the stacks deployed; see the report.`,
      );
    return {
      exitCode: verdict === 'drifted' && inputs.failOnDrift ? EXIT.found : EXIT.ok,
      outputs: { drift: verdict, 'drift-json': JSON.stringify(report), 'issue-url': issueUrl },
      verdict: `drift of ${report.topology}: ${verdict}`,
      report: parts,
      json: report,
    };
  },
};

async function allClients() {
  const [
    { CloudFormationClient },
    { S3Client },
    { KMSClient },
    { IAMClient },
    { CloudWatchClient },
    { SNSClient },
  ] = await Promise.all([
    import(/* webpackChunkName: "aws-cloudformation" */ '@aws-sdk/client-cloudformation'),
    import('@aws-sdk/client-s3'),
    import(/* webpackChunkName: "aws-kms" */ '@aws-sdk/client-kms'),
    import(/* webpackChunkName: "aws-iam" */ '@aws-sdk/client-iam'),
    import(/* webpackChunkName: "aws-cloudwatch" */ '@aws-sdk/client-cloudwatch'),
    import(/* webpackChunkName: "aws-sns" */ '@aws-sdk/client-sns'),
  ]);
  return {
    cfn: CloudFormationClient,
    s3: S3Client,
    kms: KMSClient,
    iam: IAMClient,
    cloudwatch: CloudWatchClient,
    sns: SNSClient,
  };
}

async function stackDrift(
  s: StackPlan,
  c: AccountClients,
  partition: Partition,
  timeoutMs: number,
  env: Pick<ModeEnv, 'clock' | 'logger'>,
): Promise<StackDrift> {
  const [{ describeStack }, { detectStackDrift }, { directFindings }] = await Promise.all([
    import(/* webpackChunkName: "drift" */ '../shell/aws/deploy-stack.js'),
    import(/* webpackChunkName: "drift" */ '../shell/aws/stack-drift.js'),
    import(/* webpackChunkName: "drift" */ '../shell/aws/direct-findings.js'),
  ]);
  const where = { name: s.name, kind: s.kind, account: s.account, region: s.region };
  const stack = await describeStack(c.cfn, s.name);
  if (!stack || stack.StackStatus === 'REVIEW_IN_PROGRESS')
    return { ...where, deployed: false, findings: [] };
  const [cloudFormation, findings] = await Promise.all([
    detectStackDrift(c.cfn, s.name, env.clock, timeoutMs),
    directFindings(s, c, partition, stack),
  ]);
  env.logger.info(
    `${s.name}: CloudFormation ${cloudFormation.status}; ${findings.filter((f) => f.status === 'drifted').length} drifted, ${findings.filter((f) => f.status === 'unknown').length} unknown of ${findings.length} direct checks`,
  );
  return { ...where, deployed: true, cloudFormation, findings };
}

/**
 * On a schedule or manual run (the action's), one issue per config follows the drift: found first,
 * so the report can say when each drifted thing was first seen (kept in the issue's state line).
 */
async function trackedIssue(
  env: ModeEnv,
  inputs: DriftInputs,
): Promise<
  | {
      readonly found: { readonly issue: TrackedIssue | undefined } | undefined;
      firstSeen(keys: readonly string[]): Map<string, string>;
    }
  | undefined
> {
  const [{ findTrackingIssue, tracksIssues }, { firstSeenIn, firstSeenOf }] = await Promise.all([
    import(/* webpackChunkName: "drift" */ '../shell/github/sync-tracking-issue.js'),
    import(/* webpackChunkName: "drift" */ '../core/report/tracking-issue.js'),
  ]);
  if (!tracksIssues(env)) return undefined;
  let found: { issue: TrackedIssue | undefined } | undefined;
  try {
    found = { issue: await findTrackingIssue(env.github.issues(), inputs.config, env.github.author) };
  } catch {
    // syncTrackingIssue looks again, and says what went wrong.
    found = undefined;
  }
  return {
    found,
    firstSeen: (keys) =>
      firstSeenOf(
        keys,
        firstSeenIn(found?.issue?.body ?? '', inputs.config),
        new Date(env.clock.now()).toISOString(),
      ),
  };
}
