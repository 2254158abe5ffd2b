import { PartialFailure } from '../core/errors.js';
import type { Topology } from '../core/model/topology.js';
import type { DeployReport, DeployedStack } from '../core/report/deploy-report.js';
import type { StackPlan } from '../core/synth/synthesize.js';
import type { StackOutcome, TopologyDeployment } from '../shell/aws/deploy-topology.js';
import type { Mode } from './mode.js';
import {
  ALLOW_DESTRUCTIVE,
  ASSUME_ROLES,
  CONFIG,
  RECREATE_FAILED_STACKS,
  TIMEOUT_MINUTES,
  configProblem,
  readSpecs,
  refuse,
} from './inputs.js';

interface DeployInputs {
  readonly config: string;
  readonly allowDestructive: boolean;
  readonly recreateFailedStacks: boolean;
  readonly timeoutMs: number;
}

/**
 * A deploy that failed after it had changed a stack: exit 1, never 2, and its report says what was
 * deployed, what failed and what was never begun.
 */
export class PartialDeployError extends PartialFailure {
  override readonly name = 'PartialDeployError';
  constructor(
    readonly report: DeployReport,
    cause: unknown,
    summary: string,
  ) {
    super(
      cause,
      `The deploy stopped part-way: ${doneText(report)}. The job summary lists every stack.`,
      summary,
    );
  }
}

/**
 * `deploy`: every stack through change sets with each account's deploy role, destinations first.
 * The config is validated completely before any AWS call. A failure that changed nothing is thrown
 * as it is; one after a stack changed, as a PartialDeployError with the report.
 */
export const deploy: Mode<DeployInputs> = {
  name: 'deploy',
  summary: 'deploy the stacks (destinations, then the source) through change sets',
  frontDoors: ['action', 'cli'],
  configs: 'each',
  // On the push that merged a pull request, its comment gets what the deploy did, beside the plan.
  comment: { section: 'deploy', failed: 'Not deployed' },
  reads: [CONFIG, ALLOW_DESTRUCTIVE, RECREATE_FAILED_STACKS, TIMEOUT_MINUTES, ASSUME_ROLES],
  outputs: [
    { name: 'changed' },
    { name: 'stack-ids' },
    { name: 'source-bucket-arn' },
    { name: 'source-key-arn' },
    { name: 'replication-role-arn' },
    { name: 'destination-bucket-arns' },
    { name: 'destination-key-arns' },
    { name: 'comment-url' },
  ],
  parse(get) {
    const { values, problems } = readSpecs(this.reads, get);
    refuse([...configProblem(values.config!), ...problems]);
    return {
      config: String(values.config),
      allowDestructive: values['allow-destructive'] === true,
      recreateFailedStacks: values['recreate-failed-stacks'] === true,
      timeoutMs: Number(values['timeout-minutes']) * 60_000,
    };
  },
  async run(inputs, env) {
    const [
      { readTopology },
      { deployTopology, deploymentError },
      { CloudFormationClient },
      { S3Client },
      { wroteAnything, deployOutputs, anythingChanged },
      { renderDeploy, renderDeploySummary },
    ] = await Promise.all([
      import(/* webpackChunkName: "deploy" */ '../shell/fs/read-topology.js'),
      import(/* webpackChunkName: "deploy" */ '../shell/aws/deploy-topology.js'),
      import(/* webpackChunkName: "aws-cloudformation" */ '@aws-sdk/client-cloudformation'),
      import('@aws-sdk/client-s3'),
      import(/* webpackChunkName: "deploy" */ '../core/report/deploy-report.js'),
      import(/* webpackChunkName: "deploy" */ '../core/report/render-deploy-summary.js'),
    ]);
    const { topology, synthesis: synthesized } = await readTopology(inputs.config, env);
    const credentials = await env.credentials(topology, 'deploy');
    const adopted = await adoptionsToDeploy(env, topology, synthesized, credentials);
    const synthesis = adopted?.synthesis ?? synthesized;
    const deployment = await deployTopology(
      topology,
      synthesis,
      {
        allowDestructive: inputs.allowDestructive,
        recreateFailedStacks: inputs.recreateFailedStacks,
        timeoutMs: inputs.timeoutMs,
      },
      {
        clients: env.clients(credentials, { cfn: CloudFormationClient, s3: S3Client }),
        logger: env.logger,
        clock: env.clock,
        runId: env.runId,
      },
      adopted?.imports,
    );
    const report = deployReport(topology, inputs.config, synthesis.manifest.stacks, deployment);
    const error = deploymentError(deployment);
    if (error !== undefined)
      throw wroteAnything(report)
        ? new PartialDeployError(report, error, renderDeploySummary(report))
        : error;
    const changed = report.stacks.filter((s) => s.result !== 'unchanged').length;
    return {
      exitCode: 0,
      outputs: deployOutputs(report),
      verdict: anythingChanged(report)
        ? `deployed ${topology.name}: ${changed} of ${report.stacks.length} stacks changed`
        : `deployed ${topology.name}: no changes in ${report.stacks.length} stacks`,
      report: renderDeploy(report, {
        ...(env.github.context.commit ? { commit: env.github.context.commit } : {}),
        ...(env.github.context.runUrl ? { runUrl: env.github.context.runUrl } : {}),
      }),
      json: report,
      phases: report.stacks.map((s) => ({ name: s.name, ms: s.seconds * 1000 })),
    };
  },
};

/**
 * Existing buckets the config adopts (issue 17), read again as plan read them: a deploy refuses,
 * before it changes anything, what plan would refuse. Returns the synthesis carrying what the
 * config keeps, and the buckets still to import. Undefined when the config adopts none.
 */
async function adoptionsToDeploy(
  env: Parameters<Mode<DeployInputs>['run']>[1],
  topology: Topology,
  synthesis: import(/* webpackChunkName: "deploy" */ '../core/synth/synthesize.js').Synthesis,
  credentials: Awaited<ReturnType<Parameters<Mode<DeployInputs>['run']>[1]['credentials']>>,
) {
  const { adoptionTargets } = await import(
    /* webpackChunkName: "adopt" */ '../core/adopt/adoption-targets.js'
  );
  const targets = adoptionTargets(topology, synthesis);
  if (targets.length === 0) return undefined;
  const [{ readAdoptions }, { importTemplates, withKeptSettings }, { refusedAdoptions }, { UserError }] =
    await Promise.all([
      import(/* webpackChunkName: "adopt" */ '../shell/aws/review-adoptions.js'),
      import(/* webpackChunkName: "adopt" */ '../core/adopt/kept-synthesis.js'),
      import(/* webpackChunkName: "adopt" */ '../core/report/render-adoption.js'),
      import('../core/errors.js'),
    ]);
  const { adoptions, live } = await readAdoptions(targets, env.clients, credentials, env.clock.now());
  const refused = refusedAdoptions(adoptions);
  if (refused.length > 0)
    throw new UserError(
      `refusing to adopt ${refused.join(', ')}: ${refused.length === 1 ? 'it is' : 'they are'} managed by another stack, or live settings the config neither keeps nor drops would be lost. Nothing was changed.`,
      'Run mode plan: it lists each one and where to name it.',
    );
  const toImport = new Set(adoptions.filter((a) => a.status === 'to-import').map((a) => a.target.stackName));
  return {
    synthesis: withKeptSettings(synthesis, targets, live),
    imports: importTemplates(targets.filter((t) => toImport.has(t.stackName))),
  };
}

function deployReport(
  topology: Topology,
  configPath: string,
  order: readonly StackPlan[],
  deployment: TopologyDeployment,
): DeployReport {
  const where = (s: StackPlan) => ({ name: s.name, kind: s.kind, account: s.account, region: s.region });
  const stack = (s: StackPlan): DeployedStack => {
    // A two-way destination deploys twice (synthesize.ts, wayBack): one row, failed if either failed.
    const o = deployment.failures.some((x) => x.stack.name === s.name)
      ? undefined
      : mergedOutcome(deployment.outcomes.filter((x) => x.stack.name === s.name));
    if (o)
      return {
        ...where(s),
        result: o.result.kind,
        stackId: o.result.stackId,
        changes: o.result.kind === 'unchanged' ? [] : o.result.changes,
        outputs: o.result.outputs,
        seconds: (o.finishedAt - o.startedAt) / 1000,
      };
    const f = deployment.failures.find((x) => x.stack.name === s.name);
    return {
      ...where(s),
      result: f ? 'failed' : 'not-deployed',
      stackId: '',
      changes: [],
      outputs: {},
      seconds: f ? (f.finishedAt - f.startedAt) / 1000 : 0,
      ...(f
        ? {
            failure: {
              message: f.error instanceof Error ? f.error.message : String(f.error),
              changedStack: f.changed,
            },
          }
        : {}),
    };
  };
  const times = [...deployment.outcomes, ...deployment.failures];
  return {
    topology: topology.name,
    configPath,
    ...(times.length > 0
      ? {
          seconds:
            (Math.max(...times.map((t) => t.finishedAt)) - Math.min(...times.map((t) => t.startedAt))) / 1000,
        }
      : {}),
    destinationIds: Object.fromEntries(topology.destinations.map((d) => [d.stackName, d.id])),
    stacks: order.map(stack),
  };
}

/** A stack's outcomes over the phases it deployed in, as one: created or updated if any phase was. */
function mergedOutcome(phases: readonly StackOutcome[]): StackOutcome | undefined {
  if (phases.length <= 1) return phases[0];
  const kinds = phases.map((p) => p.result.kind);
  const last = phases.at(-1)!;
  const kind = kinds.includes('created') ? 'created' : kinds.includes('updated') ? 'updated' : 'unchanged';
  const changes = phases.flatMap((p) => (p.result.kind === 'unchanged' ? [] : p.result.changes));
  return {
    ...last,
    startedAt: phases[0]!.startedAt,
    result:
      kind === 'unchanged'
        ? last.result
        : { kind, stackId: last.result.stackId, outputs: last.result.outputs, changes },
  };
}

/** "created a, b; a failed after changing it; c not deployed" */
function doneText(r: DeployReport): string {
  const named = (pick: (s: DeployedStack) => boolean) =>
    r.stacks
      .filter(pick)
      .map((s) => s.name)
      .join(', ');
  return [
    ['created', named((s) => s.result === 'created')],
    ['updated', named((s) => s.result === 'updated')],
    ['unchanged', named((s) => s.result === 'unchanged')],
    ['failed after changing the stack', named((s) => s.failure?.changedStack === true)],
    ['failed before changing the stack', named((s) => s.failure?.changedStack === false)],
    ['not deployed', named((s) => s.result === 'not-deployed')],
  ]
    .filter(([, names]) => names !== '')
    .map(([what, names]) => `${what}: ${names}`)
    .join('; ');
}
