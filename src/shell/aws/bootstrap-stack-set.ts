import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  checkBootstrapSettings,
  operationPreferences,
  type BootstrapSettings,
} from '../../core/bootstrap/bootstrap-settings.js';
import { desiredStackSet } from '../../core/bootstrap/bootstrap-targets.js';
import type { BootstrapResult, OperationOutcome } from '../../core/bootstrap/bootstrap-result.js';
import { stackSetChanges, type StackSetStep } from '../../core/bootstrap/stack-set-changes.js';
import type { Topology } from '../../core/model/topology.js';
import { stepText } from '../../core/report/render-bootstrap.js';
import { ConfigError, ServiceError, UserError, isServiceFailure } from '../../core/errors.js';
import { readTopology } from '../fs/read-topology.js';
import type { Clock } from './poll.js';
import { listInstances, operationIdOf, readStackSet, runStep, type StackSetDeps } from './stack-set.js';
import type { Logger } from '../logger.js';

export interface BootstrapDeps {
  readonly readFile: (path: string) => Promise<string>;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly runId: string;
  /** CloudFormation in the StackSet's administrator (or delegated administrator) account. */
  readonly stackSetClient: (region: string) => Promise<Pick<CloudFormationClient, 'send'>>;
}

/**
 * configs → the accounts they name → one bootstrap StackSet with an instance per account. Every
 * config and setting is checked before any AWS call; operations run one at a time, each waited for.
 */
export async function runBootstrap(
  opts: {
    readonly configPaths: readonly string[];
    readonly settings: BootstrapSettings;
    readonly timeoutMs: number;
  },
  deps: BootstrapDeps,
): Promise<BootstrapResult> {
  const { settings } = opts;
  const settingProblems = checkBootstrapSettings(settings);
  if (settingProblems.length > 0) throw new UserError(settingProblems.join('\n'));
  const topologies = await readAll(opts.configPaths, deps);
  const made = desiredStackSet(settings, topologies);
  if (!made.ok) throw new UserError(made.problems.join('\n'));
  const desired = made.desired;

  const stackSetDeps: StackSetDeps = {
    cfn: await deps.stackSetClient(settings.region),
    logger: deps.logger,
    clock: deps.clock,
    timeoutMs: opts.timeoutMs,
    preferences: operationPreferences(settings.preferences),
    ...(settings.callAs === 'delegated-admin' ? { callAs: 'DELEGATED_ADMIN' as const } : {}),
  };
  const aws = <T>(doing: string, work: () => Promise<T>) => withContext(desired.name, doing, work);

  const current = await aws('reading it', () => readStackSet(desired.name, stackSetDeps));
  const changed = stackSetChanges(desired, current);
  if (!changed.ok) throw new UserError(changed.problem);
  const { steps, unmanaged } = changed.changes;
  if (steps.length === 0)
    deps.logger.info(`StackSet ${desired.name}: every account the configs name is current`);

  const operations: OperationOutcome[] = [];
  const startedAt = deps.clock.now();
  let notStarted: StackSetStep[] = [];
  for (const [n, step] of steps.entries()) {
    const outcome = await aws(`to ${stepText(step)}`, () =>
      runStep(step, desired, operationIdOf(deps.runId, startedAt, String(n + 1)), stackSetDeps),
    );
    operations.push(outcome);
    for (const r of outcome.results.filter((x) => x.status === 'FAILED'))
      deps.logger.error(
        `StackSet ${desired.name}: account ${r.account} (${r.region}) failed: ${r.reason ?? 'no reason given'}`,
      );
    if (outcome.status === 'FAILED' || outcome.status === 'STOPPED') {
      notStarted = steps.slice(n + 1);
      break;
    }
  }
  const instances = await aws('listing its instances', () => listInstances(desired.name, stackSetDeps));
  return {
    stackSetName: desired.name,
    region: desired.region,
    permissionModel: desired.permissionModel,
    accounts: desired.accounts,
    operations,
    notStarted,
    instances,
    unmanaged,
    notes: desired.notes,
  };
}

/** Every config is read and checked first: one bad config stops the bootstrap before AWS is touched. */
async function readAll(
  paths: readonly string[],
  deps: BootstrapDeps,
): Promise<{ file: string; topology: Topology }[]> {
  const read = await Promise.allSettled(paths.map((file) => readTopology(file, deps)));
  const failures = read.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length > 0) {
    // The first is thrown (and annotated by the caller); the others are at least named here.
    for (const f of failures.slice(1)) deps.logger.error(f instanceof Error ? f.message : String(f));
    if (failures.length > 1 && failures[0] instanceof ConfigError)
      deps.logger.error(`${failures.length} configs have problems: nothing was bootstrapped.`);
    throw failures[0];
  }
  return read.map((r, i) => ({
    file: paths[i]!,
    topology: (r as PromiseFulfilledResult<{ topology: Topology }>).value.topology,
  }));
}

async function withContext<T>(stackSet: string, doing: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!isServiceFailure(e)) throw e;
    const code = (e as { name?: string }).name ?? 'Error';
    throw new ServiceError(
      `StackSet ${stackSet}: AWS refused or failed ${doing}: ${code}: ${(e as Error).message}`,
      'Nothing further was started. StackSet operations are idempotent per account: run again once the cause is fixed.',
    );
  }
}
