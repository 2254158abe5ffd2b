import { loadTopology } from './core/load-topology.js';
import { offlinePlan } from './core/plan/offline-plan.js';
import type { Plan } from './core/plan/plan.js';
import { synthesize, type Synthesis } from './core/synth/synthesize.js';
import type { DeployDeps } from './deploy-command.js';
import { readTopology } from './read-topology.js';
import { planTopology, type PlanPolicy } from './shell/aws/plan-topology.js';

/** Where an offline plan gets the config it compares with. */
export interface BaseConfig {
  /** Says what was compared with, e.g. "the base branch (main @ 1a2b3c4)". */
  readonly label: string;
  /** The config's text there; undefined when the file does not exist there. */
  readonly text: string | undefined;
}

export type PlanBasisChoice =
  | { readonly kind: 'live' }
  | { readonly kind: 'offline'; readonly reason: string; readonly base: () => Promise<BaseConfig> };

export type PlanDeps = DeployDeps;

/**
 * config file → plan. Live: a change set per stack in every account, nothing executed. Offline
 * (no credentials to be had): this config's templates against the base branch's.
 */
export async function runPlan(
  opts: { configPath: string; policy: PlanPolicy; basis: PlanBasisChoice },
  deps: PlanDeps,
): Promise<Plan> {
  const { topology, synthesis } = await readTopology(opts.configPath, deps);
  if (opts.basis.kind === 'offline') {
    const base = await opts.basis.base();
    return offlinePlan({
      topology,
      synthesis,
      base: base.text === undefined ? undefined : baseSynthesis(base.text, deps),
      configPath: opts.configPath,
      allowDestructive: opts.policy.allowDestructive,
      reason: opts.basis.reason,
      comparedWith: base.text === undefined ? `${base.label}, where this config does not exist` : base.label,
    });
  }
  const credentials = await deps.credentials(topology, 'plan');
  return planTopology(topology, synthesis, opts.configPath, opts.policy, {
    clients: deps.clients(credentials),
    logger: deps.logger,
    clock: deps.clock,
    runId: deps.runId,
  });
}

/** The base branch's stacks; a config that was invalid there counts as absent, said in the log. */
function baseSynthesis(text: string, deps: Pick<PlanDeps, 'logger'>): Synthesis | undefined {
  const loaded = loadTopology(text);
  if (!loaded.ok) {
    deps.logger.warning('the base branch version of this config is not valid; every stack is shown as new');
    return undefined;
  }
  return synthesize(loaded.topology);
}
