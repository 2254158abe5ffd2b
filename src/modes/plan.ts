import { UserError } from '../core/errors.js';
import type { Plan } from '../core/plan/plan.js';
import type { BaseConfig } from '../shell/github/base-config.js';
import type { Mode, ModeEnv } from './mode.js';
import {
  ALLOW_DESTRUCTIVE,
  CONFIG,
  OUT_DIR,
  RECREATE_FAILED_STACKS,
  TIMEOUT_MINUTES,
  ASSUME_ROLES,
  configProblem,
  readSpecs,
  refuse,
  type InputSpec,
} from './inputs.js';

const BASE_CONFIG: InputSpec = {
  name: 'base-config',
  kind: 'string',
  default: '',
  help: 'plan offline: compare the templates with this config instead of the live stacks',
  placeholder: 'FILE',
  cliOnly: true,
};

interface PlanInputs {
  readonly config: string;
  readonly outDir: string;
  readonly allowDestructive: boolean;
  readonly recreateFailedStacks: boolean;
  readonly timeoutMs: number;
  readonly baseConfig: string;
}

/**
 * `plan`: what merging would change, stack by stack, through change sets that are never executed,
 * with the plan role. Without credentials to be had (a pull request from a fork), an offline plan
 * against the base branch's config. Never fails for what it found: destructive changes are
 * reported and flagged in the outputs, for the workflow to act on.
 */
export const plan: Mode<PlanInputs> = {
  name: 'plan',
  summary: 'preview every stack through change sets (nothing is executed) and report it',
  frontDoors: ['action', 'cli'],
  configs: 'each',
  comment: { section: 'plan', failed: 'No plan' },
  reads: [
    CONFIG,
    OUT_DIR,
    ALLOW_DESTRUCTIVE,
    RECREATE_FAILED_STACKS,
    TIMEOUT_MINUTES,
    BASE_CONFIG,
    ASSUME_ROLES,
  ],
  outputs: [{ name: 'has-changes' }, { name: 'destructive' }, { name: 'plan-json' }, { name: 'comment-url' }],
  parse(get) {
    const { values, problems } = readSpecs(this.reads, get);
    refuse([...configProblem(values.config!), ...problems]);
    return {
      config: String(values.config),
      outDir: String(values['out-dir']),
      allowDestructive: values['allow-destructive'] === true,
      recreateFailedStacks: values['recreate-failed-stacks'] === true,
      timeoutMs: Number(values['timeout-minutes']) * 60_000,
      baseConfig: String(values['base-config']),
    };
  },
  async run(inputs, env) {
    const [
      { readTopology },
      { planJson, summarizePlan },
      { renderAll },
      { renderPlan },
      { inline },
      { estimateMonthlyCost },
    ] = await Promise.all([
      import(/* webpackChunkName: "plan" */ '../shell/fs/read-topology.js'),
      import(/* webpackChunkName: "plan" */ '../core/plan/plan.js'),
      import(/* webpackChunkName: "plan" */ '../core/report/budget.js'),
      import(/* webpackChunkName: "plan" */ '../core/report/render-plan.js'),
      import(/* webpackChunkName: "plan" */ '../core/report/terminal.js'),
      import(/* webpackChunkName: "plan" */ '../core/plan/costs.js'),
    ]);
    const { topology, synthesis } = await readTopology(inputs.config, env);
    const plan = {
      ...(await planOf(inputs, env, topology, synthesis)),
      monthlyCost: estimateMonthlyCost(topology),
    };
    const { context } = env.github;
    const parts = renderPlan(plan, {
      ...(context.commit ? { commit: context.commit } : {}),
      ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    });
    const json = planJson(plan);
    await env.writeOutputDir(
      inputs.outDir,
      new Map([
        ['plan.json', `${JSON.stringify(json, null, 2)}\n`],
        ['plan.md', renderAll(parts)],
      ]),
    );
    const summary = summarizePlan(plan);
    const { refusedAdoptions } = await import(
      /* webpackChunkName: "plan" */ '../core/report/render-adoption.js'
    );
    return {
      // Adopting a bucket that would lose what it has is refused here, before anything is deployed.
      exitCode: refusedAdoptions(plan.adoptions).length > 0 ? 1 : 0,
      outputs: {
        'has-changes': String(summary.hasChanges),
        destructive: String(summary.destructive.length > 0),
        'plan-json': JSON.stringify(json),
      },
      verdict: inline(renderAll(parts).split('\n')[2] ?? ''),
      report: parts,
      json,
    };
  },
};

async function planOf(
  inputs: PlanInputs,
  env: ModeEnv,
  topology: import(/* webpackChunkName: "plan" */ '../core/model/topology.js').Topology,
  planned: import(/* webpackChunkName: "plan" */ '../core/synth/synthesize.js').Synthesis,
): Promise<Plan> {
  const basis = basisOf(inputs, env);
  if (basis.kind === 'offline') {
    const [{ offlinePlan }, { loadTopology }] = await Promise.all([
      import(/* webpackChunkName: "plan" */ '../core/plan/offline-plan.js'),
      import(/* webpackChunkName: "plan" */ '../core/load-topology.js'),
    ]);
    const base = await basis.base();
    let baseSynthesis;
    if (base.text !== undefined) {
      const loaded = loadTopology(base.text);
      if (loaded.ok) baseSynthesis = loaded.synthesis;
      else env.logger.warning('the base version of this config is not valid; every stack is shown as new');
    }
    if (topology.source.adopt || topology.destinations.some((d) => d.adopt))
      env.logger.warning(
        'plan: an offline plan cannot read the buckets this config adopts; deploy reads them and refuses what would be lost',
      );
    return offlinePlan({
      topology,
      synthesis: planned,
      base: baseSynthesis,
      configPath: inputs.config,
      allowDestructive: inputs.allowDestructive,
      reason: basis.reason,
      comparedWith: base.text === undefined ? `${base.label}, where this config does not exist` : base.label,
    });
  }
  const [
    { planTopology },
    { readDeployedStacks },
    { withResolvedValues },
    { CloudFormationClient },
    { S3Client },
  ] = await Promise.all([
    import(/* webpackChunkName: "plan" */ '../shell/aws/plan-topology.js'),
    import(/* webpackChunkName: "plan" */ '../shell/aws/deployed-stacks.js'),
    import(/* webpackChunkName: "plan" */ '../core/plan/resolve-plan.js'),
    import(/* webpackChunkName: "aws-cloudformation" */ '@aws-sdk/client-cloudformation'),
    import('@aws-sdk/client-s3'),
  ]);
  const credentials = await env.credentials(topology, 'plan');
  const adopted = await readAdoptions(env, topology, planned, credentials);
  const synthesis = adopted?.synthesis ?? planned;
  const clients = env.clients(credentials, { cfn: CloudFormationClient, s3: S3Client });
  const deps = { clients, logger: env.logger, clock: env.clock, runId: env.runId };
  const plan = await planTopology(
    topology,
    synthesis,
    inputs.config,
    {
      allowDestructive: inputs.allowDestructive,
      recreateFailedStacks: inputs.recreateFailedStacks,
      timeoutMs: inputs.timeoutMs,
    },
    deps,
  );
  // The values the report shows are resolved from what each stack has deployed: without them, only
  // new stacks can be (a failure here costs the report its detail, never the plan).
  const deployed = await readDeployedStacks(topology, synthesis, deps).catch((e: unknown) => {
    env.logger.warning(
      `plan: could not read the deployed stacks (${(e as Error).name}: ${(e as Error).message}); existing stacks show CloudFormation's own values`,
    );
    return new Map();
  });
  const resolved = withResolvedValues(plan, { topology, synthesis, deployed, offline: false }, (e) =>
    env.logger.warning(
      `plan: could not resolve the templates' values (${e.message}); showing CloudFormation's own`,
    ),
  );
  if (!adopted) return resolved;
  const { withAdoptions } = await import(/* webpackChunkName: "adopt" */ '../core/adopt/mark-imports.js');
  return withAdoptions(resolved, adopted.adoptions);
}

/**
 * Existing buckets the config adopts (issue 17): each read and compared with its template, and
 * the synthesis with what the config keeps carried into the templates. Undefined when none.
 */
async function readAdoptions(
  env: ModeEnv,
  topology: import(/* webpackChunkName: "plan" */ '../core/model/topology.js').Topology,
  synthesis: import(/* webpackChunkName: "plan" */ '../core/synth/synthesize.js').Synthesis,
  credentials: Awaited<ReturnType<ModeEnv['credentials']>>,
) {
  const { adoptionTargets } = await import(
    /* webpackChunkName: "plan" */ '../core/adopt/adoption-targets.js'
  );
  const targets = adoptionTargets(topology, synthesis);
  if (targets.length === 0) return undefined;
  const [{ readAdoptions }, { withKeptSettings }] = await Promise.all([
    import(/* webpackChunkName: "adopt" */ '../shell/aws/review-adoptions.js'),
    import(/* webpackChunkName: "adopt" */ '../core/adopt/kept-synthesis.js'),
  ]);
  const { adoptions, live } = await readAdoptions(targets, env.clients, credentials, env.clock.now());
  return { adoptions, synthesis: withKeptSettings(synthesis, targets, live) };
}

type Basis =
  | { readonly kind: 'live' }
  | { readonly kind: 'offline'; readonly reason: string; readonly base: () => Promise<BaseConfig> };

/** Live through the plan role when credentials can be had; otherwise against the base's config. */
function basisOf(inputs: PlanInputs, env: ModeEnv): Basis {
  if (inputs.baseConfig)
    return {
      kind: 'offline',
      reason: '--base-config given',
      base: async () => ({ label: inputs.baseConfig, text: await env.readFile(inputs.baseConfig) }),
    };
  const { context } = env.github;
  if (env.frontDoor === 'cli' || context.oidcAvailable) return { kind: 'live' };
  const pr = context.pullRequest;
  if (!pr)
    throw new UserError(
      'mode plan has no OIDC token to reach AWS, and this run is not for a pull request, so there is no base branch to compare with either.',
      'Give the job "permissions: id-token: write".',
    );
  return {
    kind: 'offline',
    reason: pr.fromFork
      ? 'a pull request from a fork gets no OIDC token'
      : 'no OIDC token: the job lacks "permissions: id-token: write"',
    base: () => env.github.baseConfig(inputs.config),
  };
}
