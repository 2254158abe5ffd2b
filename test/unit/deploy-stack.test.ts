import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  SetStackPolicyCommand,
  UpdateTerminationProtectionCommand,
  type Change,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { deployStack, type DeployPolicy, type StackDeployment } from '../../src/shell/aws/deploy-stack.js';
import { permissiveStackPolicy, protectiveStackPolicy } from '../../src/core/plan/resource-change.js';
import { UserError } from '../../src/core/errors.js';
import { StackEventCursor, firstFailure, formatEvent } from '../../src/shell/aws/stack-events.js';
import {
  isFailedResourceStatus,
  isInProgress,
  isSuccessfulEnd,
  stackState,
} from '../../src/shell/aws/stack-status.js';
import { recordingLogger } from '../../src/shell/logger.js';
import {
  awsError,
  change,
  event,
  fakeClock,
  printed,
  rejectionOf,
  stack,
  stackNotFound,
  type FakeClock,
} from '../support/aws-mocks.js';

const NAME = 's3-xrepl-invoices-source';
const CS = 's3-xrepl-run-4242-1';
const csArn = (name: string) => `arn:aws:cloudformation:eu-west-1:111111111111:changeSet/${name}/9f8e7d6c`;

const deployment: StackDeployment = {
  stackName: NAME,
  template: { body: '{"Resources":{}}' },
  parameters: { ReplicaRegion: 'us-east-2' },
  tags: { 's3-xrepl:topology': 'invoices' },
  executionRoleArn: 'arn:aws:iam::111111111111:role/s3-xrepl-cfn-exec',
  changeSetName: CS,
};
const policy: DeployPolicy = { allowDestructive: false, recreateFailedStacks: false, timeoutMs: 30 * 60_000 };

const ADDS: Change[] = [
  change('Bucket', 'AWS::S3::Bucket', 'Add'),
  change('Key', 'AWS::KMS::Key', 'Add'),
  change('ReplicationRole', 'AWS::IAM::Role', 'Add'),
];
const HARMLESS_MODIFY: Change[] = [
  change('ReplicationRole', 'AWS::IAM::Role', 'Modify', 'False', ['Policies']),
];
const DESTRUCTIVE: Change[] = [
  change('Bucket', 'AWS::S3::Bucket', 'Modify', 'True', ['BucketName']),
  change('Key', 'AWS::KMS::Key', 'Remove'),
  change('ReplicationRole', 'AWS::IAM::Role', 'Modify', 'Conditional', ['RoleName']),
  change('Topic', 'AWS::SNS::Topic', 'Modify', 'True', ['TopicName']),
];

const cfnMock = mockClient(CloudFormationClient);
const cfn = new CloudFormationClient({ region: 'eu-west-1' });

let clock: FakeClock;
let logger: ReturnType<typeof recordingLogger>;

beforeEach(() => {
  cfnMock.reset();
  clock = fakeClock();
  logger = recordingLogger();
});
afterAll(() => cfnMock.restore());

const deploy = (d: StackDeployment = deployment, p: DeployPolicy = policy) =>
  deployStack(d, p, { cfn, logger, clock });

/** Every call that is not DescribeStacks is answered as a healthy CloudFormation would. */
function cloudFormationAccepts(changes: Change[]): void {
  cfnMock.on(CreateChangeSetCommand).callsFake((input: { ChangeSetName: string }) => ({
    Id: csArn(input.ChangeSetName),
    StackId: stack(NAME, 'x').Stacks[0]!.StackId,
  }));
  cfnMock
    .on(DescribeChangeSetCommand)
    .resolves({ Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE', Changes: changes });
  cfnMock.on(ExecuteChangeSetCommand).resolves({});
  cfnMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
  cfnMock.on(SetStackPolicyCommand).resolves({});
  cfnMock.on(UpdateTerminationProtectionCommand).resolves({});
  cfnMock.on(DeleteChangeSetCommand).resolves({});
  cfnMock.on(DeleteStackCommand).resolves({});
}

/** The commands sent, in order, by class name. */
const sent = () => cfnMock.calls().map((c) => (c.args[0] as object).constructor.name.replace(/Command$/, ''));
const createInputs = () => cfnMock.commandCalls(CreateChangeSetCommand).map((c) => c.args[0].input);
const policiesSet = () =>
  cfnMock.commandCalls(SetStackPolicyCommand).map((c) => c.args[0].input.StackPolicyBody);

describe('creating a stack', () => {
  test('GIVEN no stack WHEN deploying THEN a CREATE change set is executed and the new stack is protected', async () => {
    cloudFormationAccepts(ADDS);
    cfnMock
      .on(DescribeStacksCommand)
      .rejectsOnce(stackNotFound(NAME))
      .resolves(
        stack(NAME, 'CREATE_COMPLETE', { Outputs: [{ OutputKey: 'BucketArn', OutputValue: 'arn:b' }] }),
      );

    const result = await deploy();

    expect(result).toMatchObject({ kind: 'created', outputs: { BucketArn: 'arn:b' } });
    expect(createInputs()).toEqual([
      {
        StackName: NAME,
        ChangeSetName: CS,
        ChangeSetType: 'CREATE',
        Description: 's3-xrepl deploy',
        TemplateBody: '{"Resources":{}}',
        Parameters: [{ ParameterKey: 'ReplicaRegion', ParameterValue: 'us-east-2' }],
        Tags: [{ Key: 's3-xrepl:topology', Value: 'invoices' }],
        Capabilities: ['CAPABILITY_NAMED_IAM'],
        RoleARN: deployment.executionRoleArn,
      },
    ]);
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand)[0]!.args[0].input).toEqual({
      ChangeSetName: csArn(CS),
      StackName: NAME,
    });
    expect(cfnMock.commandCalls(UpdateTerminationProtectionCommand)[0]!.args[0].input).toEqual({
      StackName: NAME,
      EnableTerminationProtection: true,
    });
    expect(policiesSet()).toEqual([protectiveStackPolicy()]);
    // A stack policy cannot be set on a stack that does not exist yet: it follows the execution.
    const order = sent();
    expect(order.indexOf('SetStackPolicy')).toBeGreaterThan(order.indexOf('ExecuteChangeSet'));
    expect(order.indexOf('UpdateTerminationProtection')).toBeGreaterThan(order.indexOf('ExecuteChangeSet'));
  });

  test('GIVEN a stack left in REVIEW_IN_PROGRESS by an unexecuted change set WHEN deploying THEN it is treated as new', async () => {
    cloudFormationAccepts(ADDS);
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack(NAME, 'REVIEW_IN_PROGRESS'))
      .resolves(stack(NAME, 'CREATE_COMPLETE'));

    const result = await deploy();

    expect(result.kind).toBe('created');
    expect(createInputs()[0]!.ChangeSetType).toBe('CREATE');
    expect(cfnMock.commandCalls(UpdateTerminationProtectionCommand)).toHaveLength(1);
    expect(clock.slept).toEqual([]);
  });

  test('GIVEN a stack whose deletion is in progress WHEN deploying THEN the deploy waits for it to go and creates it anew', async () => {
    cloudFormationAccepts(ADDS);
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack(NAME, 'DELETE_IN_PROGRESS'))
      .resolvesOnce(stack(NAME, 'DELETE_IN_PROGRESS'))
      .rejectsOnce(stackNotFound(NAME))
      .resolves(stack(NAME, 'CREATE_COMPLETE'));

    const result = await deploy();

    expect(result.kind).toBe('created');
    expect(createInputs()[0]!.ChangeSetType).toBe('CREATE');
  });

  test('GIVEN a failed CREATE WHEN the stack rolls back THEN the UserError names the failing resource', async () => {
    cloudFormationAccepts(ADDS);
    const t = clock.now();
    // The first read primes the cursor: the REVIEW_IN_PROGRESS stack has no events of note yet.
    cfnMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [] })
      .resolves({
        StackEvents: [
          event(NAME, 'e3', t + 3000, NAME, 'AWS::CloudFormation::Stack', 'ROLLBACK_COMPLETE'),
          event(
            NAME,
            'e2',
            t + 2000,
            'Bucket',
            'AWS::S3::Bucket',
            'CREATE_FAILED',
            'invoices already exists',
          ),
          event(
            NAME,
            'e1',
            t + 1000,
            NAME,
            'AWS::CloudFormation::Stack',
            'CREATE_IN_PROGRESS',
            'User Initiated',
          ),
        ],
      });
    cfnMock
      .on(DescribeStacksCommand)
      .rejectsOnce(stackNotFound(NAME))
      .resolves(stack(NAME, 'ROLLBACK_COMPLETE'));

    const e = await rejectionOf(deploy());

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe(
      `${NAME} ended ROLLBACK_COMPLETE: Bucket (AWS::S3::Bucket) CREATE_FAILED: invoices already exists`,
    );
    expect(cfnMock.commandCalls(UpdateTerminationProtectionCommand)).toHaveLength(0);
  });
});

describe('updating a stack', () => {
  test('GIVEN an existing stack WHEN deploying THEN an UPDATE change set runs under the protective policy', async () => {
    cloudFormationAccepts(HARMLESS_MODIFY);
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_COMPLETE'));

    const result = await deploy();

    expect(result).toMatchObject({
      kind: 'updated',
      changes: [
        {
          logicalId: 'ReplicationRole',
          physicalId: 'phys-replicationrole',
          resourceType: 'AWS::IAM::Role',
          action: 'Modify',
          replacement: 'False',
          properties: ['Policies'],
        },
      ],
    });
    expect(createInputs()[0]!.ChangeSetType).toBe('UPDATE');
    expect(policiesSet()).toEqual([protectiveStackPolicy()]);
    const order = sent();
    expect(order.indexOf('SetStackPolicy')).toBeLessThan(order.indexOf('ExecuteChangeSet'));
    expect(order.indexOf('UpdateTerminationProtection')).toBeLessThan(order.indexOf('ExecuteChangeSet'));
    expect(logger.lines).toContain(`info: ${NAME}: Modify ReplicationRole (AWS::IAM::Role)`);
  });

  test('GIVEN a stack rolled back from an earlier update WHEN deploying THEN it is updated like any ready stack', async () => {
    cloudFormationAccepts(HARMLESS_MODIFY);
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack(NAME, 'UPDATE_ROLLBACK_COMPLETE'))
      .resolves(stack(NAME, 'UPDATE_COMPLETE'));

    expect((await deploy()).kind).toBe('updated');
    expect(createInputs()[0]!.ChangeSetType).toBe('UPDATE');
  });

  test('GIVEN no difference WHEN the change set fails as empty THEN the result is unchanged, the change set is deleted and nothing executes', async () => {
    cloudFormationAccepts([]);
    cfnMock.on(DescribeChangeSetCommand).resolves({
      Status: 'FAILED',
      StatusReason:
        "The submitted information didn't contain changes. Submit different information to create a change set.",
    });
    cfnMock
      .on(DescribeStacksCommand)
      .resolves(stack(NAME, 'UPDATE_COMPLETE', { Outputs: [{ OutputKey: 'KeyArn', OutputValue: 'arn:k' }] }));

    const result = await deploy();

    expect(result).toEqual({
      kind: 'unchanged',
      stackId: stack(NAME, 'x').Stacks[0]!.StackId,
      outputs: { KeyArn: 'arn:k' },
    });
    expect(cfnMock.commandCalls(DeleteChangeSetCommand)[0]!.args[0].input).toEqual({
      ChangeSetName: csArn(CS),
      StackName: NAME,
    });
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(logger.lines).toContain(`info: ${NAME}: no changes`);
  });

  test('GIVEN a change set that fails for another reason WHEN deploying THEN a UserError carries the reason', async () => {
    cloudFormationAccepts([]);
    cfnMock.on(DescribeChangeSetCommand).resolves({
      Status: 'FAILED',
      StatusReason: 'Parameters: [KeyArn] must have values',
    });
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_COMPLETE'));

    const e = await rejectionOf(deploy());

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain('Parameters: [KeyArn] must have values');
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
  });

  test('GIVEN a change set still being computed WHEN deploying THEN it is polled on virtual time until ready', async () => {
    cloudFormationAccepts(HARMLESS_MODIFY);
    cfnMock
      .on(DescribeChangeSetCommand)
      .resolvesOnce({ Status: 'CREATE_PENDING' })
      .resolvesOnce({ Status: 'CREATE_IN_PROGRESS' })
      .resolves({ Status: 'CREATE_COMPLETE', Changes: HARMLESS_MODIFY });
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_COMPLETE'));

    expect((await deploy()).kind).toBe('updated');
    expect(clock.slept.slice(0, 2)).toEqual([1000, 1500]);
  });

  test('GIVEN a change set described over two pages WHEN deploying THEN every change is gathered', async () => {
    cloudFormationAccepts([]);
    cfnMock.on(DescribeChangeSetCommand).resolves({
      Status: 'CREATE_COMPLETE',
      Changes: [
        change('Bucket', 'AWS::S3::Bucket', 'Modify', 'False', ['Tags']),
        change('Queue', 'AWS::SQS::Queue', 'Add'),
      ],
      NextToken: 'changes-page-2',
    });
    cfnMock.on(DescribeChangeSetCommand, { NextToken: 'changes-page-2' }).resolves({
      Status: 'CREATE_COMPLETE',
      Changes: [change('Alarm', 'AWS::CloudWatch::Alarm', 'Remove')],
    });
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_COMPLETE'));

    const result = await deploy();

    expect(result.kind).toBe('updated');
    expect(result.kind !== 'unchanged' && result.changes.map((c) => `${c.action} ${c.logicalId}`)).toEqual([
      'Modify Bucket',
      'Add Queue',
      'Remove Alarm',
    ]);
    expect(cfnMock.commandCalls(DescribeChangeSetCommand).map((c) => c.args[0].input.NextToken)).toContain(
      'changes-page-2',
    );
  });

  test('GIVEN a destructive change only on the second page of the change set WHEN deploying THEN it is still refused', async () => {
    cloudFormationAccepts([]);
    cfnMock
      .on(DescribeChangeSetCommand)
      .resolves({ Status: 'CREATE_COMPLETE', Changes: HARMLESS_MODIFY, NextToken: 'p2' });
    cfnMock
      .on(DescribeChangeSetCommand, { NextToken: 'p2' })
      .resolves({ Status: 'CREATE_COMPLETE', Changes: [change('Key', 'AWS::KMS::Key', 'Remove')] });
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_COMPLETE'));

    const e = await rejectionOf(deploy());

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain('Key (AWS::KMS::Key phys-key) would be removed from the stack');
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
  });
});

describe('protection converges on every deploy', () => {
  const EMPTY = {
    Status: 'FAILED' as const,
    StatusReason:
      "The submitted information didn't contain changes. Submit different information to create a change set.",
  };

  test('GIVEN a stack that a failed run created but never protected WHEN a deploy finds nothing to change THEN termination protection and the protective policy are re-asserted', async () => {
    // The first run died between CREATE_COMPLETE and UpdateTerminationProtection: the stack is as
    // declared, so the change set is empty, yet it is open to deletion and to replacements.
    cloudFormationAccepts([]);
    cfnMock.on(DescribeChangeSetCommand).resolves(EMPTY);
    cfnMock
      .on(DescribeStacksCommand)
      .resolves(stack(NAME, 'CREATE_COMPLETE', { EnableTerminationProtection: false }));

    const result = await deploy();

    expect(result.kind).toBe('unchanged');
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(cfnMock.commandCalls(UpdateTerminationProtectionCommand).map((c) => c.args[0].input)).toEqual([
      { StackName: NAME, EnableTerminationProtection: true },
    ]);
    expect(policiesSet()).toEqual([protectiveStackPolicy()]);
    expect(logger.lines).toContain(`info: ${NAME}: termination protection was off; turned it on`);
  });

  test('GIVEN an already protected stack and nothing to change WHEN deploying THEN protection is still re-asserted, quietly', async () => {
    // A stack policy cannot be read back with the deploy role's rights, so it is always set again.
    cloudFormationAccepts([]);
    cfnMock.on(DescribeChangeSetCommand).resolves(EMPTY);
    cfnMock
      .on(DescribeStacksCommand)
      .resolves(stack(NAME, 'UPDATE_COMPLETE', { EnableTerminationProtection: true }));

    await deploy();

    expect(cfnMock.commandCalls(UpdateTerminationProtectionCommand)).toHaveLength(1);
    expect(policiesSet()).toEqual([protectiveStackPolicy()]);
    expect(logger.lines.join('\n')).not.toContain('termination protection was off');
  });

  test('GIVEN an unprotected stack with changes WHEN deploying THEN termination protection is turned on before the change set executes', async () => {
    cloudFormationAccepts(HARMLESS_MODIFY);
    cfnMock
      .on(DescribeStacksCommand)
      .resolves(stack(NAME, 'UPDATE_COMPLETE', { EnableTerminationProtection: false }));

    expect((await deploy()).kind).toBe('updated');

    const order = sent();
    expect(order.filter((c) => c === 'UpdateTerminationProtection')).toHaveLength(1);
    expect(order.indexOf('UpdateTerminationProtection')).toBeLessThan(order.indexOf('ExecuteChangeSet'));
  });

  test('GIVEN an update that rolls back WHEN the deploy fails THEN the stack was still left with termination protection', async () => {
    // An update that fails on every run never reaches the end of a deploy: protection must not wait for it.
    cloudFormationAccepts(HARMLESS_MODIFY);
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack(NAME, 'UPDATE_COMPLETE', { EnableTerminationProtection: false }))
      .resolves(stack(NAME, 'UPDATE_ROLLBACK_COMPLETE'));

    const e = await rejectionOf(deploy());

    expect(e.message).toContain('ended UPDATE_ROLLBACK_COMPLETE');
    expect(cfnMock.commandCalls(UpdateTerminationProtectionCommand)).toHaveLength(1);
  });

  test('GIVEN allow-destructive and an update that succeeds WHEN the protective policy cannot be put back THEN the deploy fails instead of leaving the stack open', async () => {
    cloudFormationAccepts(DESTRUCTIVE);
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_COMPLETE'));
    cfnMock
      .on(SetStackPolicyCommand)
      .resolvesOnce({})
      .rejects(awsError('ExpiredToken', 'The security token included in the request is expired'));

    const e = await rejectionOf(deploy(deployment, { ...policy, allowDestructive: true }));

    expect(e.name).toBe('ExpiredToken');
    expect(policiesSet()).toEqual([permissiveStackPolicy(), protectiveStackPolicy()]);
  });

  test('GIVEN a change set that executes WHEN the stack then fails THEN the caller was told the stack changed, so the failure is never reported as "nothing deployed"', async () => {
    cloudFormationAccepts(ADDS);
    cfnMock
      .on(DescribeStacksCommand)
      .rejectsOnce(stackNotFound(NAME))
      .resolves(stack(NAME, 'ROLLBACK_COMPLETE'));
    const changed: string[] = [];

    await rejectionOf(
      deployStack(deployment, policy, { cfn, logger, clock, onChange: (what) => changed.push(what) }),
    );

    expect(changed).toEqual(['executed']);
  });

  test('GIVEN recreate-failed-stacks WHEN a failed stack is deleted THEN the caller is told, before anything else can fail', async () => {
    cloudFormationAccepts(ADDS);
    cfnMock.on(CreateChangeSetCommand).rejects(awsError('AccessDenied', 'not allowed', 403));
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack(NAME, 'ROLLBACK_COMPLETE'))
      .rejects(stackNotFound(NAME));
    const changed: string[] = [];

    await rejectionOf(
      deployStack(
        deployment,
        { ...policy, recreateFailedStacks: true },
        { cfn, logger, clock, onChange: (what) => changed.push(what) },
      ),
    );

    expect(changed).toEqual(['deleted']);
  });

  test('GIVEN a change set refused as destructive WHEN deploying THEN the caller is never told the stack changed', async () => {
    cloudFormationAccepts(DESTRUCTIVE);
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_COMPLETE'));
    const changed: string[] = [];

    await rejectionOf(
      deployStack(deployment, policy, { cfn, logger, clock, onChange: (what) => changed.push(what) }),
    );

    expect(changed).toEqual([]);
  });
});

describe('destructive changes', () => {
  test('GIVEN a bucket replacement, a key removal and a conditional role replacement WHEN not allowed THEN all are refused and nothing executes', async () => {
    cloudFormationAccepts(DESTRUCTIVE);
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_COMPLETE'));

    const e = await rejectionOf(deploy());

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe(
      [
        `${NAME}: refusing destructive changes:`,
        '  - Bucket (AWS::S3::Bucket phys-bucket) would be replaced, because of BucketName',
        '  - Key (AWS::KMS::Key phys-key) would be removed from the stack',
        '  - ReplicationRole (AWS::IAM::Role phys-replicationrole) may be replaced, because of RoleName',
      ].join('\n'),
    );
    expect(printed(e)).toContain('allow-destructive: true');
    expect(cfnMock.commandCalls(DeleteChangeSetCommand)[0]!.args[0].input.ChangeSetName).toBe(csArn(CS));
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(cfnMock.commandCalls(SetStackPolicyCommand)).toHaveLength(0);
  });

  test('GIVEN allow-destructive WHEN deploying THEN a permissive policy precedes the execution and the protective one follows it', async () => {
    cloudFormationAccepts(DESTRUCTIVE);
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_COMPLETE'));

    const result = await deploy(deployment, { ...policy, allowDestructive: true });

    expect(result.kind).toBe('updated');
    expect(sent().filter((c) => c === 'SetStackPolicy' || c === 'ExecuteChangeSet')).toEqual([
      'SetStackPolicy',
      'ExecuteChangeSet',
      'SetStackPolicy',
    ]);
    expect(policiesSet()).toEqual([permissiveStackPolicy(), protectiveStackPolicy()]);
    expect(logger.lines).toContain(`info: ${NAME}: Modify Bucket (AWS::S3::Bucket) [replacement]`);
  });

  test('GIVEN allow-destructive and an update that rolls back WHEN the deploy fails THEN the protective policy is restored', async () => {
    // The permissive policy is meant for "the one update the user allowed to be destructive";
    // once that update has rolled back, the stack must not stay open to replacements and deletes
    // by whoever updates it next (a console user, another tool) until a later deploy succeeds.
    cloudFormationAccepts(DESTRUCTIVE);
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack(NAME, 'UPDATE_COMPLETE'))
      .resolves(stack(NAME, 'UPDATE_ROLLBACK_COMPLETE'));

    const e = await rejectionOf(deploy(deployment, { ...policy, allowDestructive: true }));

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain('ended UPDATE_ROLLBACK_COMPLETE');
    expect(policiesSet()[0]).toBe(permissiveStackPolicy());
    expect(policiesSet().at(-1)).toBe(protectiveStackPolicy());
  });
});

describe('stacks that are not ready', () => {
  test('GIVEN UPDATE_ROLLBACK_FAILED WHEN deploying THEN a UserError asks for a person and no change set is made', async () => {
    cloudFormationAccepts(HARMLESS_MODIFY);
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_ROLLBACK_FAILED'));

    const e = await rejectionOf(deploy());

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain(`${NAME} is UPDATE_ROLLBACK_FAILED`);
    expect(printed(e)).toContain('continue update rollback');
    expect(cfnMock.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });

  test('GIVEN ROLLBACK_COMPLETE without recreate-failed-stacks WHEN deploying THEN a UserError suggests the option and nothing is deleted', async () => {
    cloudFormationAccepts(ADDS);
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'ROLLBACK_COMPLETE'));

    const e = await rejectionOf(deploy());

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain('ROLLBACK_COMPLETE');
    expect(printed(e)).toContain('recreate-failed-stacks: true');
    expect(cfnMock.commandCalls(DeleteStackCommand)).toHaveLength(0);
    expect(cfnMock.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });

  test('GIVEN ROLLBACK_COMPLETE with recreate-failed-stacks WHEN deploying THEN the stack is deleted, waited for, and created again', async () => {
    cloudFormationAccepts(ADDS);
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack(NAME, 'ROLLBACK_COMPLETE'))
      .resolvesOnce(stack(NAME, 'DELETE_IN_PROGRESS'))
      .rejectsOnce(stackNotFound(NAME))
      .resolves(stack(NAME, 'CREATE_COMPLETE'));

    const result = await deploy(deployment, { ...policy, recreateFailedStacks: true });

    expect(result.kind).toBe('created');
    expect(sent().slice(0, 5)).toEqual([
      'DescribeStacks',
      'DeleteStack',
      'DescribeStacks',
      'DescribeStacks',
      'CreateChangeSet',
    ]);
    expect(createInputs()[0]!.ChangeSetType).toBe('CREATE');
    expect(logger.lines).toContain(
      `info: ${NAME} is ROLLBACK_COMPLETE: deleting it to create it again (recreate-failed-stacks)`,
    );
  });

  test('GIVEN a failed stack whose delete fails WHEN recreating THEN a UserError gives the reason', async () => {
    cloudFormationAccepts(ADDS);
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack(NAME, 'ROLLBACK_COMPLETE'))
      .resolves(
        stack(NAME, 'DELETE_FAILED', { StackStatusReason: 'The bucket you tried to delete is not empty' }),
      );

    const e = await rejectionOf(deploy(deployment, { ...policy, recreateFailedStacks: true }));

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain('The bucket you tried to delete is not empty');
    expect(cfnMock.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });

  test('GIVEN a stack busy with another update WHEN deploying THEN the deploy says why it waits and proceeds once it settles', async () => {
    cloudFormationAccepts(HARMLESS_MODIFY);
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack(NAME, 'UPDATE_IN_PROGRESS'))
      .resolvesOnce(stack(NAME, 'UPDATE_IN_PROGRESS'))
      .resolvesOnce(stack(NAME, 'UPDATE_IN_PROGRESS'))
      .resolvesOnce(stack(NAME, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS'))
      .resolves(stack(NAME, 'UPDATE_COMPLETE'));

    const result = await deploy();

    expect(result.kind).toBe('updated');
    expect(logger.lines[0]).toBe(
      `info: ${NAME} is UPDATE_IN_PROGRESS: another operation (perhaps another deploy) is running; waiting for it to finish`,
    );
    expect(clock.slept.slice(0, 3)).toEqual([1000, 1500, 2250]);
    // The change set is made only after the other operation ended.
    expect(sent().indexOf('CreateChangeSet')).toBe(5);
  });

  test('GIVEN a stack that never settles WHEN deploying THEN the deploy gives up at the timeout naming the stack', async () => {
    cloudFormationAccepts(HARMLESS_MODIFY);
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_IN_PROGRESS'));
    const start = clock.now();

    const e = await rejectionOf(deploy(deployment, { ...policy, timeoutMs: 5 * 60_000 }));

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe(`gave up waiting for ${NAME} to finish its UPDATE_IN_PROGRESS after 300 s.`);
    expect(clock.now() - start).toBeLessThanOrEqual(5 * 60_000);
    expect(Math.max(...clock.slept)).toBe(10_000);
    expect(cfnMock.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });
});

describe('concurrent runs', () => {
  test('GIVEN another run made the change set obsolete WHEN executing THEN the stack is planned again under a new change set name', async () => {
    cloudFormationAccepts(HARMLESS_MODIFY);
    cfnMock
      .on(ExecuteChangeSetCommand)
      .rejectsOnce(
        awsError(
          'InvalidChangeSetStatusException',
          `ChangeSet [${csArn(CS)}] cannot be executed in its current status of [OBSOLETE]`,
        ),
      )
      .resolves({});
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_COMPLETE'));

    const result = await deploy();

    expect(result.kind).toBe('updated');
    expect(createInputs().map((i) => i.ChangeSetName)).toEqual([CS, `${CS}-r2`]);
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand).map((c) => c.args[0].input.ChangeSetName)).toEqual([
      csArn(CS),
      csArn(`${CS}-r2`),
    ]);
    expect(logger.lines).toContain(
      `info: ${NAME}: another deploy changed the stack while this one planned; planning again`,
    );
  });

  test('GIVEN both runs found no stack WHEN the other run created it first THEN this one plans again as an update', async () => {
    cloudFormationAccepts(HARMLESS_MODIFY);
    let created = false;
    cfnMock
      .on(CreateChangeSetCommand)
      .callsFake((input: { ChangeSetName: string; ChangeSetType: string }) => {
        // What CloudFormation answers a CREATE change set for a stack another run has just created.
        if (input.ChangeSetType === 'CREATE' && created)
          throw awsError(
            'ValidationError',
            `Stack [${NAME}] already exists and cannot be created again with the changeSet [${input.ChangeSetName}].`,
          );
        return { Id: csArn(input.ChangeSetName), StackId: stack(NAME, 'x').Stacks[0]!.StackId };
      });
    cfnMock
      .on(DescribeStacksCommand)
      .callsFakeOnce(() => {
        created = true;
        throw stackNotFound(NAME);
      })
      .resolves(stack(NAME, 'CREATE_COMPLETE'));

    const result = await deploy();

    expect(result.kind).toBe('updated');
    expect(createInputs().map((i) => [i.ChangeSetName, i.ChangeSetType])).toEqual([
      [CS, 'CREATE'],
      [`${CS}-r2`, 'UPDATE'],
    ]);
    expect(logger.lines).toContain(
      `info: ${NAME}: another deploy changed the stack while this one planned; planning again`,
    );
  });

  test('GIVEN every execution is pre-empted WHEN deploying THEN re-planning is bounded and the error surfaces', async () => {
    cloudFormationAccepts(HARMLESS_MODIFY);
    cfnMock
      .on(ExecuteChangeSetCommand)
      .rejects(
        awsError('InvalidChangeSetStatusException', 'cannot be executed in its current status of [OBSOLETE]'),
      );
    cfnMock.on(DescribeStacksCommand).resolves(stack(NAME, 'UPDATE_COMPLETE'));

    const e = await rejectionOf(deploy());

    expect(e.name).toBe('InvalidChangeSetStatusException');
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(3);
  });
});

describe('a failed update', () => {
  test('GIVEN an update that rolls back WHEN following events over two pages THEN the UserError names the first failure, not the cancellation', async () => {
    cloudFormationAccepts(HARMLESS_MODIFY);
    const t = clock.now();
    const S = 'AWS::CloudFormation::Stack';
    // Newest first, as DescribeStackEvents returns them.
    const page1 = [
      event(NAME, 'e9', t + 9000, NAME, S, 'UPDATE_ROLLBACK_COMPLETE'),
      event(NAME, 'e8', t + 8000, 'ReplicationRole', 'AWS::IAM::Role', 'UPDATE_COMPLETE'),
      event(
        NAME,
        'e7',
        t + 7000,
        NAME,
        S,
        'UPDATE_ROLLBACK_IN_PROGRESS',
        'The following resource(s) failed to update: [ReplicationRole, Bucket].',
      ),
      event(NAME, 'e6', t + 6000, 'Bucket', 'AWS::S3::Bucket', 'UPDATE_FAILED', 'Resource update cancelled'),
    ];
    const page2 = [
      event(
        NAME,
        'e5',
        t + 5000,
        'ReplicationRole',
        'AWS::IAM::Role',
        'UPDATE_FAILED',
        'Policy arn:aws:iam::aws:policy/Nope does not exist',
      ),
      event(NAME, 'e4', t + 4000, 'Bucket', 'AWS::S3::Bucket', 'UPDATE_IN_PROGRESS'),
      event(NAME, 'e3', t + 3000, 'ReplicationRole', 'AWS::IAM::Role', 'UPDATE_IN_PROGRESS'),
      event(NAME, 'e2', t + 2000, NAME, S, 'UPDATE_IN_PROGRESS', 'User Initiated'),
      // From an earlier deploy: before this operation started, so never shown or considered.
      event(NAME, 'e1', t - 3_600_000, 'Bucket', 'AWS::S3::Bucket', 'UPDATE_FAILED', 'an old failure'),
    ];
    // The first read primes the cursor with what was there before: the old failure.
    cfnMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [page2.at(-1)!] })
      .resolves({ StackEvents: page1, NextToken: 'events-page-2' });
    cfnMock.on(DescribeStackEventsCommand, { NextToken: 'events-page-2' }).resolves({ StackEvents: page2 });
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack(NAME, 'UPDATE_COMPLETE'))
      .resolvesOnce(stack(NAME, 'UPDATE_ROLLBACK_IN_PROGRESS'))
      .resolves(stack(NAME, 'UPDATE_ROLLBACK_COMPLETE', { StackStatusReason: 'stack-level reason' }));

    const e = await rejectionOf(deploy());

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe(
      `${NAME} ended UPDATE_ROLLBACK_COMPLETE: ReplicationRole (AWS::IAM::Role) UPDATE_FAILED: Policy arn:aws:iam::aws:policy/Nope does not exist`,
    );
    // Each event of this operation is logged once, oldest first; the old failure never.
    const prefix = `info: ${NAME}: `;
    const eventLines = logger.lines.filter((l) => /^\d\d:\d\d:\d\d /.test(l.slice(prefix.length)));
    const expected = [...page2.slice(0, 4).reverse(), ...page1.slice().reverse()].map(
      (x) => `${x.ResourceStatus} ${x.LogicalResourceId}`,
    );
    expect(eventLines.map((l) => l.slice(prefix.length + 9).split(' (')[0])).toEqual(expected);
    expect(logger.lines.join('\n')).not.toContain('an old failure');
    expect(cfnMock.commandCalls(SetStackPolicyCommand)).toHaveLength(1);
  });
});

describe('stack status classification', () => {
  test.each([
    [undefined, 'absent'],
    ['REVIEW_IN_PROGRESS', 'review'],
    ['DELETE_COMPLETE', 'deleted'],
    ['CREATE_COMPLETE', 'ready'],
    ['UPDATE_COMPLETE', 'ready'],
    ['UPDATE_ROLLBACK_COMPLETE', 'ready'],
    ['IMPORT_COMPLETE', 'ready'],
    ['IMPORT_ROLLBACK_COMPLETE', 'ready'],
    ['ROLLBACK_COMPLETE', 'failed-create'],
    ['ROLLBACK_FAILED', 'failed-create'],
    ['CREATE_FAILED', 'failed-create'],
    ['UPDATE_ROLLBACK_FAILED', 'stuck'],
    ['DELETE_FAILED', 'stuck'],
    ['IMPORT_ROLLBACK_FAILED', 'stuck'],
    ['CREATE_IN_PROGRESS', 'busy'],
    ['UPDATE_IN_PROGRESS', 'busy'],
    ['UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', 'busy'],
    ['UPDATE_ROLLBACK_IN_PROGRESS', 'busy'],
    ['UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS', 'busy'],
    ['ROLLBACK_IN_PROGRESS', 'busy'],
    ['DELETE_IN_PROGRESS', 'busy'],
    ['IMPORT_IN_PROGRESS', 'busy'],
  ])('a stack in %s is %s', (status, kind) => {
    expect(stackState(status).kind).toBe(kind);
  });

  test('only a completed create, update or import counts as success; rollbacks do not', () => {
    expect(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE'].every(isSuccessfulEnd)).toBe(true);
    expect(['UPDATE_ROLLBACK_COMPLETE', 'ROLLBACK_COMPLETE', 'DELETE_COMPLETE'].some(isSuccessfulEnd)).toBe(
      false,
    );
    expect(isInProgress('UPDATE_COMPLETE_CLEANUP_IN_PROGRESS')).toBe(true);
    expect(isInProgress('UPDATE_COMPLETE')).toBe(false);
    expect(isFailedResourceStatus('UPDATE_FAILED')).toBe(true);
    expect(isFailedResourceStatus('UPDATE_COMPLETE')).toBe(false);
    expect(isFailedResourceStatus(undefined)).toBe(false);
  });
});

describe('stack events', () => {
  test('a primed cursor returns each new event once, oldest first, and nothing that was there before', async () => {
    const t = clock.now();
    const S = 'AWS::CloudFormation::Stack';
    // e1 predates the operation; its timestamp is deliberately in the future to prove clocks do not matter.
    const e1 = event(NAME, 'e1', t + 3_600_000, NAME, S, 'UPDATE_COMPLETE');
    const e2 = event(NAME, 'e2', t + 1000, NAME, S, 'UPDATE_IN_PROGRESS');
    const e3 = event(NAME, 'e3', t + 2000, 'Bucket', 'AWS::S3::Bucket', 'UPDATE_IN_PROGRESS');
    const e4 = event(NAME, 'e4', t + 3000, 'Bucket', 'AWS::S3::Bucket', 'UPDATE_COMPLETE');
    cfnMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [e1] })
      .resolvesOnce({ StackEvents: [e3, e2, e1] })
      .resolves({ StackEvents: [e4, e3], NextToken: 'more' });
    cfnMock.on(DescribeStackEventsCommand, { NextToken: 'more' }).resolves({ StackEvents: [e2, e1] });
    const cursor = new StackEventCursor(cfn, NAME);
    await cursor.prime();

    expect((await cursor.poll()).map((e) => e.EventId)).toEqual(['e2', 'e3']);
    expect((await cursor.poll()).map((e) => e.EventId)).toEqual(['e4']);
    expect(cursor.all.map((e) => e.EventId)).toEqual(['e2', 'e3', 'e4']);
    // The last poll stopped at the first event it had seen: it never needed the second page.
    expect(cfnMock.commandCalls(DescribeStackEventsCommand)).toHaveLength(3);
  });

  test('the first failure is the first resource to fail, not a cancellation or the stack itself', () => {
    const t = clock.now();
    const S = 'AWS::CloudFormation::Stack';
    const events = [
      event(NAME, 'a', t + 1, NAME, S, 'UPDATE_ROLLBACK_FAILED', 'stack-level'),
      event(NAME, 'b', t + 2, 'Queue', 'AWS::SQS::Queue', 'UPDATE_FAILED', 'Resource update cancelled'),
      event(NAME, 'c', t + 3, 'Bucket', 'AWS::S3::Bucket', 'UPDATE_FAILED', 'Access Denied'),
    ];
    expect(firstFailure(events)?.EventId).toBe('c');
    // Only cancellations: the first failed event is still better than nothing.
    expect(firstFailure(events.slice(0, 2))?.EventId).toBe('a');
    expect(firstFailure([])).toBeUndefined();
  });

  test('an event is formatted as time, status, resource, type and reason', () => {
    const at = Date.UTC(2025, 0, 15, 9, 8, 7);
    expect(
      formatEvent(event(NAME, 'x', at, 'Bucket', 'AWS::S3::Bucket', 'UPDATE_FAILED', 'Access Denied')),
    ).toBe('09:08:07 UPDATE_FAILED Bucket (AWS::S3::Bucket) — Access Denied');
    expect(formatEvent({} as StackEvent)).toBe('--:--:-- ? ? (?)');
  });
});
