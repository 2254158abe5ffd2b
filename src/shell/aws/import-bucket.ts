import { ExecuteChangeSetCommand } from '@aws-sdk/client-cloudformation';
import { UserError } from '../../core/errors.js';
import type { Logger } from '../logger.js';
import { ChangeSetFailedError, createChangeSet, deleteChangeSet } from './change-set.js';
import { describeStack } from './deploy-stack.js';
import { pollUntil, type Clock } from './poll.js';
import { StackEventCursor, firstFailure, formatEvent, type CfnApi } from './stack-events.js';
import { isInProgress } from './stack-status.js';

export interface BucketImport {
  readonly stackName: string;
  /** The IMPORT template: the bucket alone, retained (importTemplateOf). */
  readonly template: { readonly body: string } | { readonly url: string };
  readonly parameters: Readonly<Record<string, string>>;
  readonly tags: Readonly<Record<string, string>>;
  readonly executionRoleArn?: string;
  readonly changeSetName: string;
  readonly logicalId: string;
  readonly bucket: string;
}

/**
 * Brings an existing bucket into its stack (a new one, created by the change set) through an
 * IMPORT change set, before the stack's normal update. The import changes nothing about the
 * bucket, so a failure here, or in the update after it, leaves the bucket as it was; a re-run
 * finds the bucket in its stack and goes on with the update.
 */
export async function importBucket(
  d: BucketImport,
  timeoutMs: number,
  deps: {
    readonly cfn: CfnApi;
    readonly logger: Logger;
    readonly clock: Clock;
    readonly onChange?: () => void;
  },
): Promise<void> {
  const deadline = deps.clock.now() + timeoutMs;
  const remaining = () => Math.max(1_000, deadline - deps.clock.now());
  let outcome;
  try {
    outcome = await createChangeSet(
      deps.cfn,
      {
        stackName: d.stackName,
        changeSetName: d.changeSetName,
        type: 'IMPORT',
        template: d.template,
        parameters: d.parameters,
        tags: d.tags,
        ...(d.executionRoleArn ? { executionRoleArn: d.executionRoleArn } : {}),
        description: `s3-xrepl deploy: import the existing bucket ${d.bucket}`,
        resourcesToImport: [
          { resourceType: 'AWS::S3::Bucket', logicalId: d.logicalId, identifier: { BucketName: d.bucket } },
        ],
      },
      deps.clock,
      remaining(),
    );
  } catch (e) {
    if (e instanceof ChangeSetFailedError || (e as Error).name === 'ValidationError')
      throw new UserError(
        `${d.stackName}: CloudFormation refuses to import the bucket ${d.bucket}: ${(e as Error).message}`,
        'Nothing was changed. Run mode plan: it says what stands in the way.',
      );
    throw e;
  }
  if (outcome.kind === 'empty') {
    await deleteChangeSet(deps.cfn, outcome.id, d.stackName);
    return;
  }
  deps.logger.info(`${d.stackName}: Import ${d.logicalId} (AWS::S3::Bucket ${d.bucket})`);
  const cursor = new StackEventCursor(deps.cfn, d.stackName);
  await cursor.prime();
  await deps.cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: outcome.id, StackName: d.stackName }));
  deps.onChange?.();
  const final = await pollUntil(
    async () => {
      for (const e of await cursor.poll()) deps.logger.info(`${d.stackName}: ${formatEvent(e)}`);
      const s = await describeStack(deps.cfn, d.stackName);
      return s && !isInProgress(s.StackStatus ?? 'UNKNOWN_IN_PROGRESS') ? s : undefined;
    },
    { clock: deps.clock, timeoutMs: remaining(), what: `${d.stackName} to import ${d.bucket}` },
  );
  if (final.StackStatus !== 'IMPORT_COMPLETE') {
    const failure = firstFailure(cursor.all);
    throw new UserError(
      `${d.stackName} ended ${final.StackStatus} importing ${d.bucket}: ${failure?.ResourceStatusReason ?? final.StackStatusReason ?? 'no reason given'}`,
      'The bucket was not changed. Fix the cause and run again.',
    );
  }
}
