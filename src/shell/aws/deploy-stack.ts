import {
  DeleteStackCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  SetStackPolicyCommand,
  UpdateTerminationProtectionCommand,
  type Parameter,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { UserError } from '../../core/errors.js';
import {
  describeDestructive,
  destructiveChanges,
  permissiveStackPolicy,
  protectiveStackPolicy,
  type ResourceChange,
} from '../../core/plan/resource-change.js';
import type { Logger } from '../logger.js';
import { createChangeSet, deleteChangeSet, ChangeSetFailedError } from './change-set.js';
import { pollUntil, type Clock } from './poll.js';
import { StackEventCursor, firstFailure, formatEvent, type CfnApi } from './stack-events.js';
import { isInProgress, isSuccessfulEnd, stackState } from './stack-status.js';

export interface StackDeployment {
  readonly stackName: string;
  readonly template: { readonly body: string } | { readonly url: string };
  readonly parameters: Readonly<Record<string, string>>;
  readonly tags: Readonly<Record<string, string>>;
  readonly executionRoleArn?: string;
  /** Unique per run and attempt, so concurrent runs never touch each other's change sets. */
  readonly changeSetName: string;
}

export interface DeployPolicy {
  readonly allowDestructive: boolean;
  readonly recreateFailedStacks: boolean;
  readonly timeoutMs: number;
}

export type StackResult =
  | { readonly kind: 'unchanged'; readonly stackId: string; readonly outputs: Record<string, string> }
  | {
      readonly kind: 'created' | 'updated';
      readonly stackId: string;
      readonly outputs: Record<string, string>;
      readonly changes: readonly ResourceChange[];
    };

export interface StackDeps {
  readonly cfn: CfnApi;
  readonly logger: Logger;
  readonly clock: Clock;
  /**
   * Told when CloudFormation has accepted a change to the stack (a change set executed, a failed
   * stack deleted): from then on a failure leaves the stack other than the run found it.
   */
  readonly onChange?: (what: 'executed' | 'deleted') => void;
}

/** How often a run re-plans when another run changed the stack under it. */
const MAX_REPLANS = 3;

/**
 * One stack, always through a change set: settle → create change set → refuse destructive
 * changes unless allowed → execute → follow events → protect. Bounded by the policy's timeout.
 *
 * Protection converges: every deploy that reaches a stack leaves it with termination protection
 * and the protective stack policy, whether it changed the stack or not, so a run that died
 * between creating a stack and protecting it is made good by the next one.
 */
export async function deployStack(
  d: StackDeployment,
  policy: DeployPolicy,
  deps: StackDeps,
): Promise<StackResult> {
  const deadline = deps.clock.now() + policy.timeoutMs;
  const remaining = () => Math.max(1_000, deadline - deps.clock.now());
  for (let attempt = 1; ; attempt++) {
    const stack = await settle(d.stackName, policy, deps, remaining);
    const isNew = stack === undefined || stackState(stack.StackStatus).kind === 'review';
    const changeSetName = attempt === 1 ? d.changeSetName : `${d.changeSetName}-r${attempt}`;
    let outcome;
    try {
      outcome = await createChangeSet(
        deps.cfn,
        {
          stackName: d.stackName,
          changeSetName,
          type: isNew ? 'CREATE' : 'UPDATE',
          template: d.template,
          parameters: d.parameters,
          tags: d.tags,
          ...(d.executionRoleArn ? { executionRoleArn: d.executionRoleArn } : {}),
          description: 's3-xrepl deploy',
        },
        deps.clock,
        remaining(),
      );
    } catch (e) {
      if (e instanceof ChangeSetFailedError)
        throw new UserError(e.message, 'Fix the template or parameters it names.');
      if (isConcurrentChange(e) && attempt < MAX_REPLANS) {
        deps.logger.info(
          `${d.stackName}: another deploy changed the stack while this one planned; planning again`,
        );
        continue;
      }
      throw e;
    }
    if (outcome.kind === 'empty') {
      await deleteChangeSet(deps.cfn, outcome.id, d.stackName);
      deps.logger.info(`${d.stackName}: no changes`);
      if (stack && !isNew) {
        await setStackPolicy(deps.cfn, d.stackName, protectiveStackPolicy());
        await protectFromTermination(d.stackName, stack, deps);
      }
      return { kind: 'unchanged', stackId: stack?.StackId ?? d.stackName, outputs: outputsOf(stack) };
    }

    const destructive = destructiveChanges(outcome.changes);
    if (destructive.length > 0 && !policy.allowDestructive) {
      await deleteChangeSet(deps.cfn, outcome.id, d.stackName);
      throw new UserError(
        `${d.stackName}: refusing destructive changes:\n${destructive.map((x) => `  - ${describeDestructive(x)}`).join('\n')}`,
        'Nothing was changed. If this is intended, set allow-destructive: true (buckets and keys are retained, not deleted).',
      );
    }
    for (const c of outcome.changes)
      deps.logger.info(
        `${d.stackName}: ${c.action} ${c.logicalId} (${c.resourceType})${c.replacement === 'True' ? ' [replacement]' : ''}`,
      );

    // An existing stack is protected before it changes: the policy this update may run under, and
    // termination protection (an update that fails on every run would otherwise never get it).
    if (stack && !isNew) {
      await setStackPolicy(
        deps.cfn,
        d.stackName,
        destructive.length > 0 ? permissiveStackPolicy() : protectiveStackPolicy(),
      );
      await protectFromTermination(d.stackName, stack, deps);
    }
    // Events from before this execution (a REVIEW_IN_PROGRESS creation, earlier updates) are marked
    // seen by id, not by time: the runner's clock and AWS's need not agree.
    const cursor = new StackEventCursor(deps.cfn, d.stackName);
    await cursor.prime();
    let final: Stack | undefined;
    try {
      try {
        await deps.cfn.send(
          new ExecuteChangeSetCommand({ ChangeSetName: outcome.id, StackName: d.stackName }),
        );
      } catch (e) {
        // Another run updated the stack after this change set was made: it is obsolete. Plan again.
        if (isConcurrentChange(e) && attempt < MAX_REPLANS) {
          deps.logger.info(
            `${d.stackName}: another deploy changed the stack while this one planned; planning again`,
          );
          await deleteChangeSet(deps.cfn, outcome.id, d.stackName).catch(() => undefined);
          continue;
        }
        throw e;
      }
      deps.onChange?.('executed');
      final = await follow(d.stackName, cursor, deps, remaining());
    } finally {
      // A stack opened up for one destructive update is protected again, whatever happened. When the
      // run is failing anyway, a failure to do so is told and the first error kept; the next deploy
      // puts the policy back.
      if (destructive.length > 0 && final === undefined) {
        await setStackPolicy(deps.cfn, d.stackName, protectiveStackPolicy()).catch((e: unknown) =>
          deps.logger.warning(
            `${d.stackName}: could not restore the protective stack policy: ${(e as Error).message}`,
          ),
        );
      }
    }
    // After a success, a stack left unprotected fails the deploy: it must not pass for done.
    if (isNew || destructive.length > 0) await setStackPolicy(deps.cfn, d.stackName, protectiveStackPolicy());
    if (isNew) await protectFromTermination(d.stackName, undefined, deps);
    return {
      kind: isNew ? 'created' : 'updated',
      stackId: final.StackId ?? d.stackName,
      outputs: outputsOf(final),
      changes: outcome.changes,
    };
  }
}

/** Waits out another operation; clears a failed first creation when allowed; refuses what needs a human. */
async function settle(
  name: string,
  policy: DeployPolicy,
  deps: StackDeps,
  remaining: () => number,
): Promise<Stack | undefined> {
  let stack = await describeStack(deps.cfn, name);
  let state = stackState(stack?.StackStatus);
  if (state.kind === 'busy') {
    deps.logger.info(
      `${name} is ${state.status}: another operation (perhaps another deploy) is running; waiting for it to finish`,
    );
    const settled = await pollUntil(
      async () => {
        const s = await describeStack(deps.cfn, name);
        const running =
          s !== undefined && isInProgress(s.StackStatus ?? '') && s.StackStatus !== 'REVIEW_IN_PROGRESS';
        return running ? undefined : { stack: s };
      },
      { clock: deps.clock, timeoutMs: remaining(), what: `${name} to finish its ${state.status}` },
    );
    stack = settled.stack;
    state = stackState(stack?.StackStatus);
  }
  if (state.kind === 'stuck') {
    throw new UserError(
      `${name} is ${state.status}: CloudFormation needs a person to resolve it; nothing was done.`,
      state.status === 'UPDATE_ROLLBACK_FAILED'
        ? 'Fix the cause in the stack events, then run "continue update rollback" on the stack.'
        : 'Look at the stack events, fix the cause, and retry the delete.',
    );
  }
  if (state.kind === 'failed-create') {
    if (!policy.recreateFailedStacks) {
      throw new UserError(
        `${name} is ${state.status}: its first creation failed, and such a stack can only be deleted and created again.`,
        'Set recreate-failed-stacks: true to let the action delete it (retained buckets and keys stay) and create it again.',
      );
    }
    deps.logger.info(`${name} is ${state.status}: deleting it to create it again (recreate-failed-stacks)`);
    await deps.cfn.send(new DeleteStackCommand({ StackName: name }));
    deps.onChange?.('deleted');
    await pollUntil(
      async () => {
        const s = await describeStack(deps.cfn, name);
        if (s === undefined || s.StackStatus === 'DELETE_COMPLETE') return true;
        if (s.StackStatus === 'DELETE_FAILED')
          throw new UserError(`${name}: the delete failed (${s.StackStatusReason ?? 'no reason'}).`);
        return undefined;
      },
      { clock: deps.clock, timeoutMs: remaining(), what: `${name} to be deleted` },
    );
    return undefined;
  }
  return state.kind === 'deleted' ? undefined : stack;
}

/** Streams events until the stack settles; a failure is explained by the first failing resource. */
async function follow(
  name: string,
  cursor: StackEventCursor,
  deps: StackDeps,
  timeoutMs: number,
): Promise<Stack> {
  const final = await pollUntil(
    async () => {
      for (const e of await cursor.poll()) deps.logger.info(`${name}: ${formatEvent(e)}`);
      const s = await describeStack(deps.cfn, name);
      return s && !isInProgress(s.StackStatus ?? 'UNKNOWN_IN_PROGRESS') ? s : undefined;
    },
    { clock: deps.clock, timeoutMs, what: `${name} to finish deploying` },
  );
  for (const e of await cursor.poll()) deps.logger.info(`${name}: ${formatEvent(e)}`);
  if (isSuccessfulEnd(final.StackStatus ?? '')) return final;
  const failure = firstFailure(cursor.all);
  const cause = failure
    ? `${failure.LogicalResourceId} (${failure.ResourceType}) ${failure.ResourceStatus}: ${failure.ResourceStatusReason ?? 'no reason given'}`
    : (final.StackStatusReason ?? 'no reason given in the stack events');
  throw new UserError(
    `${name} ended ${final.StackStatus}: ${cause}`,
    'The stack was rolled back; fix the cause and run again.',
  );
}

export async function describeStack(cfn: CfnApi, name: string): Promise<Stack | undefined> {
  try {
    const out = await cfn.send(new DescribeStacksCommand({ StackName: name }));
    return out.Stacks?.[0];
  } catch (e) {
    // A missing stack is a ValidationError whose only distinguishing mark is its message.
    if ((e as { name?: string }).name === 'ValidationError' && /does not exist/.test((e as Error).message))
      return undefined;
    throw e;
  }
}

async function setStackPolicy(cfn: CfnApi, name: string, body: string): Promise<void> {
  await cfn.send(new SetStackPolicyCommand({ StackName: name, StackPolicyBody: body }));
}

/** Turns termination protection on, every time; an existing stack found without it is said so. */
async function protectFromTermination(
  name: string,
  found: Stack | undefined,
  deps: StackDeps,
): Promise<void> {
  await deps.cfn.send(
    new UpdateTerminationProtectionCommand({ StackName: name, EnableTerminationProtection: true }),
  );
  if (found?.EnableTerminationProtection === false)
    deps.logger.info(`${name}: termination protection was off; turned it on`);
}

/**
 * Another run executed a change set of this stack after this run made its own: CloudFormation
 * then deletes the other change sets (ChangeSetNotFound) or refuses them (InvalidChangeSetStatus).
 */
function isConcurrentChange(e: unknown): boolean {
  const { name, message } = e as { name?: string; message?: string };
  return (
    name === 'InvalidChangeSetStatusException' ||
    name === 'OperationInProgressException' ||
    name === 'ChangeSetNotFoundException' ||
    // Both runs found no stack and planned a CREATE; the other run's creation got there first.
    (name === 'ValidationError' && /already exists and cannot be created again/.test(message ?? ''))
  );
}

/** Parameters as CloudFormation lists them (a stack's, a StackSet's, an instance's overrides), by name. */
export function parameterMap(list: readonly Parameter[] | undefined): Record<string, string> {
  return Object.fromEntries((list ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']));
}

export function outputsOf(stack: Stack | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of stack?.Outputs ?? [])
    if (o.OutputKey && o.OutputValue !== undefined) out[o.OutputKey] = o.OutputValue;
  return out;
}
