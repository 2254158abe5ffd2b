import type { StackPreviewStatus } from '../../core/plan/plan.js';
import type { ResourceChange } from '../../core/plan/resource-change.js';
import { UserError } from '../../core/errors.js';
import type { Logger } from '../logger.js';
import { ListChangeSetsCommand, type Stack } from '@aws-sdk/client-cloudformation';
import { ChangeSetFailedError, createChangeSet, deleteChangeSet } from './change-set.js';
import { describeStack, outputsOf, type StackDeployment } from './deploy-stack.js';
import { pollUntil, type Clock } from './poll.js';
import type { CfnApi } from './stack-events.js';
import { isInProgress, stackState } from './stack-status.js';
import { PLAN_CHANGE_SET_PREFIX } from '../../core/model/names.js';

/**
 * A deployment without the execution role: passing one needs iam:PassRole, which the plan role must
 * not have, and a change set that is never executed does not use it.
 */
export type StackPreviewRequest = Omit<StackDeployment, 'executionRoleArn'>;

export interface StackPreviewResult {
  readonly status: StackPreviewStatus;
  readonly changes: readonly ResourceChange[];
  readonly note?: string;
  /** The stack's outputs as it stood when planned. */
  readonly outputs?: Record<string, string>;
}

export interface PreviewDeps {
  readonly cfn: CfnApi;
  readonly logger: Logger;
  readonly clock: Clock;
}

/**
 * What a deploy would do to one existing stack, without doing any of it: a change set is created,
 * described with property values, and deleted. Stacks that do not exist yet are planned from their
 * templates by the caller: a change set would create them (REVIEW_IN_PROGRESS), and removing them
 * again would need cloudformation:DeleteStack, which the plan role, open to every pull request,
 * must not have.
 */
export async function previewStack(
  req: StackPreviewRequest,
  /** The stack as the caller just described it. */
  current: Stack,
  recreateFailedStacks: boolean,
  timeoutMs: number,
  deps: PreviewDeps,
): Promise<StackPreviewResult> {
  const deadline = deps.clock.now() + timeoutMs;
  const remaining = () => Math.max(1_000, deadline - deps.clock.now());
  let stack: Stack | undefined = current;
  let state = stackState(stack.StackStatus);
  if (state.kind === 'busy') {
    deps.logger.info(`${req.stackName} is ${state.status}; waiting for it to finish before planning`);
    stack = await pollUntil(
      async () => {
        const s = await describeStack(deps.cfn, req.stackName);
        return s && isInProgress(s.StackStatus ?? '') && s.StackStatus !== 'REVIEW_IN_PROGRESS'
          ? undefined
          : { s };
      },
      { clock: deps.clock, timeoutMs: remaining(), what: `${req.stackName} to finish its ${state.status}` },
    ).then((x) => x.s);
    state = stackState(stack?.StackStatus);
  }
  if (state.kind === 'stuck')
    return blocked(`it is ${state.status}; CloudFormation needs a person to resolve it before any deploy.`);
  if (state.kind === 'failed-create')
    return blocked(
      recreateFailedStacks
        ? `it is ${state.status}; deploy will delete it (retained buckets and keys stay) and create it again.`
        : `it is ${state.status}; only deleting and creating it again fixes that (recreate-failed-stacks).`,
    );

  // The caller plans absent stacks from templates; one that vanished while this waited is news.
  if (state.kind !== 'ready') return blocked('it changed while this plan waited for it; plan again.');
  await removeStalePlans(req.stackName, deps);
  let outcome;
  try {
    outcome = await createChangeSet(
      deps.cfn,
      {
        stackName: req.stackName,
        changeSetName: req.changeSetName,
        type: 'UPDATE',
        template: req.template,
        parameters: req.parameters,
        tags: req.tags,
        description: 's3-xrepl plan (preview only, never executed)',
        includePropertyValues: true,
      },
      deps.clock,
      remaining(),
    );
  } catch (e) {
    if (e instanceof ChangeSetFailedError)
      throw new UserError(
        e.message,
        'A deploy would fail the same way: fix the template or parameters it names.',
      );
    throw e;
  }
  await deleteChangeSet(deps.cfn, outcome.id, req.stackName);
  const outputs = outputsOf(stack);
  if (outcome.kind === 'empty') return { status: 'unchanged', changes: [], outputs };
  return { status: 'update', changes: outcome.changes, outputs };

  function blocked(note: string): StackPreviewResult {
    return { status: 'blocked', changes: [], note };
  }
}

/** A plan change set older than this was left by a run that was cancelled or killed. */
const STALE_PLAN_MS = 6 * 3600_000;

/**
 * Plans are cancelled when a newer push arrives (concurrency groups): such a run leaves its change
 * set behind. Each plan sweeps its stack of plan change sets older than any plan can run; a
 * deploy's change sets are out of the plan role's reach, and this leaves them alone too.
 */
async function removeStalePlans(stackName: string, deps: PreviewDeps): Promise<void> {
  try {
    let token: string | undefined;
    do {
      const page = await deps.cfn.send(new ListChangeSetsCommand({ StackName: stackName, NextToken: token }));
      for (const c of page.Summaries ?? []) {
        const stale =
          c.ChangeSetName?.startsWith(PLAN_CHANGE_SET_PREFIX) &&
          c.CreationTime !== undefined &&
          deps.clock.now() - c.CreationTime.getTime() > STALE_PLAN_MS;
        if (stale && c.ChangeSetId) await deleteChangeSet(deps.cfn, c.ChangeSetId, stackName);
      }
      token = page.NextToken;
    } while (token);
  } catch (e) {
    deps.logger.info(
      `${stackName}: could not sweep old plan change sets (${(e as Error).name}); they are harmless`,
    );
  }
}
