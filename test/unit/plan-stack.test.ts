/** previewStack on error and housekeeping paths the emulator cannot produce, with client mocks. */
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { previewStack, type StackPreviewRequest } from '../../src/shell/aws/plan-stack.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { awsError, change, fakeClock, stack, type FakeClock } from '../support/aws-mocks.js';

const NAME = 's3-xrepl-invoices-source';
const HOUR = 3600_000;
const req: StackPreviewRequest = {
  stackName: NAME,
  template: { body: '{"Resources":{}}' },
  parameters: {},
  tags: {},
  changeSetName: 's3-xrepl-plan-77-1',
};
const current = (status: string) => stack(NAME, status).Stacks[0]!;
const csArn = (name: string) => `arn:aws:cloudformation:eu-west-1:111111111111:changeSet/${name}/0a1b`;

describe('previewStack', () => {
  const cfn = mockClient(CloudFormationClient);
  let clock: FakeClock;
  const deps = () => ({ cfn: new CloudFormationClient({}), logger: recordingLogger(), clock });

  beforeEach(() => {
    cfn.reset();
    clock = fakeClock();
    cfn.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_COMPLETE'));
    cfn.on(CreateChangeSetCommand).resolves({ Id: csArn(req.changeSetName) });
    cfn.on(DescribeChangeSetCommand).resolves({
      Status: 'CREATE_COMPLETE',
      Changes: [change('SourceBucket', 'AWS::S3::Bucket', 'Modify', 'False', ['ReplicationConfiguration'])],
    });
    cfn.on(DeleteChangeSetCommand).resolves({});
  });
  afterEach(() => void cfn.reset());

  it('sweeps plan change sets older than any plan runs, and nothing else', async () => {
    const at = (hoursAgo: number) => new Date(clock.now() - hoursAgo * HOUR);
    cfn
      .on(ListChangeSetsCommand)
      .resolvesOnce({
        Summaries: [
          {
            ChangeSetName: 's3-xrepl-plan-1-1',
            ChangeSetId: csArn('s3-xrepl-plan-1-1'),
            CreationTime: at(7),
          },
          {
            ChangeSetName: 's3-xrepl-plan-2-1',
            ChangeSetId: csArn('s3-xrepl-plan-2-1'),
            CreationTime: at(1),
          },
        ],
        NextToken: 'page-2',
      })
      .resolvesOnce({
        Summaries: [
          // A deploy's change set, however old, is not the plan's to remove.
          { ChangeSetName: 's3-xrepl-5-1', ChangeSetId: csArn('s3-xrepl-5-1'), CreationTime: at(30) },
          {
            ChangeSetName: 's3-xrepl-plan-3-1',
            ChangeSetId: csArn('s3-xrepl-plan-3-1'),
            CreationTime: at(9),
          },
        ],
      });

    const result = await previewStack(req, current('UPDATE_COMPLETE'), false, 30 * 60_000, deps());

    expect(result.status).toBe('update');
    const deleted = cfn.commandCalls(DeleteChangeSetCommand).map((c) => c.args[0].input.ChangeSetName);
    expect(deleted).toEqual([
      csArn('s3-xrepl-plan-1-1'),
      csArn('s3-xrepl-plan-3-1'),
      csArn(req.changeSetName),
    ]);
    expect(cfn.commandCalls(ListChangeSetsCommand)[1]!.args[0].input.NextToken).toBe('page-2');
    expect(cfn.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    // The caller described the stack already: no second DescribeStacks.
    expect(cfn.commandCalls(DescribeStacksCommand)).toHaveLength(0);
  });

  it('plans on when the sweep is refused: old change sets are harmless', async () => {
    cfn.on(ListChangeSetsCommand).rejects(awsError('AccessDenied', 'no'));
    const d = deps();

    const result = await previewStack(req, current('UPDATE_COMPLETE'), false, 30 * 60_000, d);

    expect(result.status).toBe('update');
    expect(d.logger.lines).toContainEqual(expect.stringMatching(/could not sweep old plan change sets/));
  });

  it('reports a stack a person must fix as blocked, without making a change set', async () => {
    const result = await previewStack(req, current('UPDATE_ROLLBACK_FAILED'), false, 30 * 60_000, deps());

    expect(result).toEqual({
      status: 'blocked',
      changes: [],
      note: 'it is UPDATE_ROLLBACK_FAILED; CloudFormation needs a person to resolve it before any deploy.',
    });
    expect(cfn.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });
});
