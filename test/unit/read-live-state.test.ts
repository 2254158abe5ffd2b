import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  type ListAttachedRolePoliciesCommandInput,
  type ListRolePoliciesCommandInput,
} from '@aws-sdk/client-iam';
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
} from '@aws-sdk/client-kms';
import {
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetBucketVersioningCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import {
  compareState,
  type ExpectedState,
  type LiveState,
  type Observed,
} from '../../src/core/drift/expected-state.js';
import type { AccountClients } from '../../src/shell/aws/clients.js';
import { readLiveState } from '../../src/shell/aws/read-live-state.js';
import { awsError } from '../support/aws-mocks.js';

const BUCKET = 'acme-invoices-eu-west-1';
const ROLE = 's3-xrepl-invoices-replication';
const KEY_ID = '0a1b2c3d-0000-4000-8000-000000000005';
const KEY_ARN = `arn:aws:kms:eu-west-1:111111111111:key/${KEY_ID}`;
const REPLICA_KEY_ARN = 'arn:aws:kms:eu-central-1:222222222222:key/0a1b2c3d-0000-4000-8000-00000000000d';

const POLICY_STATEMENT = {
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};
const BUCKET_POLICY = { Version: '2012-10-17', Statement: [POLICY_STATEMENT] };
const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
const REPLICATION_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: REPLICA_KEY_ARN }],
};
/** IAM answers with URL-encoded JSON. */
const iamText = (doc: object) => encodeURIComponent(JSON.stringify(doc));

const expected: ExpectedState = {
  stack: 's3-xrepl-invoices-source',
  buckets: [
    {
      logicalId: 'SourceBucket',
      name: BUCKET,
      versioning: 'Enabled',
      encryption: { algorithm: 'aws:kms', kmsKeyArn: KEY_ARN, bucketKey: true },
      policy: { logicalId: 'SourceBucketPolicy', document: BUCKET_POLICY },
    },
  ],
  keys: [{ logicalId: 'SourceKey', keyId: KEY_ID, policy: {}, enabled: true, rotation: true }],
  roles: [
    {
      logicalId: 'ReplicationRole',
      name: ROLE,
      inlinePolicies: { replication: REPLICATION_POLICY },
      trustPolicy: TRUST,
      managedPolicyArns: [],
    },
  ],
};

const s3 = new S3Client({ region: 'eu-west-1' });
const kms = new KMSClient({ region: 'eu-west-1' });
const iam = new IAMClient({ region: 'eu-west-1' });
const clients: Pick<AccountClients, 'cfn' | 's3' | 'kms' | 'iam'> = {
  cfn: new CloudFormationClient({ region: 'eu-west-1' }),
  s3,
  kms,
  iam,
};
const s3Mock = mockClient(s3);
const kmsMock = mockClient(kms);
const iamMock = mockClient(iam);

/** A deployment nobody touched, as the three services describe it. */
function answerUndrifted(): void {
  s3Mock.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
  s3Mock.on(GetBucketEncryptionCommand).resolves({
    ServerSideEncryptionConfiguration: {
      Rules: [
        {
          ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY_ARN },
          BucketKeyEnabled: true,
        },
      ],
    },
  });
  s3Mock.on(GetBucketPolicyCommand).resolves({ Policy: JSON.stringify(BUCKET_POLICY) });
  s3Mock.on(GetBucketReplicationCommand).resolves({
    ReplicationConfiguration: { Role: `arn:aws:iam::111111111111:role/${ROLE}`, Rules: [] },
  });
  kmsMock.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: KEY_ID, KeyState: 'Enabled' } });
  kmsMock.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true });
  kmsMock.on(GetKeyPolicyCommand).resolves({ Policy: '{"Version":"2012-10-17","Statement":[]}' });
  iamMock.on(ListRolePoliciesCommand).resolves({ PolicyNames: ['replication'], IsTruncated: false });
  iamMock
    .on(GetRolePolicyCommand)
    .resolves({ RoleName: ROLE, PolicyName: 'replication', PolicyDocument: iamText(REPLICATION_POLICY) });
  iamMock.on(GetRoleCommand).resolves({
    Role: {
      RoleName: ROLE,
      RoleId: 'AROAEXAMPLE',
      Arn: `arn:aws:iam::111111111111:role/${ROLE}`,
      Path: '/',
      CreateDate: new Date(Date.UTC(2025, 0, 1)),
      AssumeRolePolicyDocument: iamText(TRUST),
    },
  });
  iamMock.on(ListAttachedRolePoliciesCommand).resolves({ AttachedPolicies: [], IsTruncated: false });
}

beforeEach(() => {
  s3Mock.reset();
  kmsMock.reset();
  iamMock.reset();
  answerUndrifted();
});
afterAll(() => {
  s3Mock.restore();
  kmsMock.restore();
  iamMock.restore();
});

const bucket = (live: LiveState) => live.buckets!['SourceBucket']!;
const key = (live: LiveState) => live.keys!['SourceKey']!;
const role = (live: LiveState) => live.roles!['ReplicationRole']!;

interface ErrorCase {
  readonly call: string;
  readonly error: Error;
  readonly arrange: (e: Error) => void;
  readonly pick: (live: LiveState) => Observed<unknown> | undefined;
}

const ABSENT_CASES: ErrorCase[] = [
  {
    call: 'S3 GetBucketPolicy',
    error: awsError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404),
    arrange: (e) => s3Mock.on(GetBucketPolicyCommand).rejects(e),
    pick: (l) => bucket(l).policy,
  },
  {
    call: 'S3 GetBucketEncryption',
    error: awsError(
      'ServerSideEncryptionConfigurationNotFoundError',
      'The server side encryption configuration was not found',
      404,
    ),
    arrange: (e) => s3Mock.on(GetBucketEncryptionCommand).rejects(e),
    pick: (l) => bucket(l).encryption,
  },
  {
    call: 'S3 GetBucketReplication',
    error: awsError(
      'ReplicationConfigurationNotFoundError',
      'The replication configuration was not found',
      404,
    ),
    arrange: (e) => s3Mock.on(GetBucketReplicationCommand).rejects(e),
    pick: (l) => bucket(l).replication,
  },
  {
    call: 'KMS DescribeKey',
    error: awsError('NotFoundException', `Key '${KEY_ARN}' does not exist`),
    arrange: (e) => kmsMock.on(DescribeKeyCommand).rejects(e),
    pick: (l) => key(l).keyState,
  },
  {
    call: 'KMS GetKeyPolicy',
    error: awsError('NotFoundException', `Key '${KEY_ARN}' does not exist`),
    arrange: (e) => kmsMock.on(GetKeyPolicyCommand).rejects(e),
    pick: (l) => key(l).policy,
  },
  {
    call: 'IAM GetRole (wire code)',
    error: awsError('NoSuchEntity', `The role with name ${ROLE} cannot be found.`, 404),
    arrange: (e) => iamMock.on(GetRoleCommand).rejects(e),
    pick: (l) => role(l).trustPolicy,
  },
  {
    call: 'IAM ListRolePolicies (SDK v3 exception name)',
    error: awsError('NoSuchEntityException', `The role with name ${ROLE} cannot be found.`, 404),
    arrange: (e) => iamMock.on(ListRolePoliciesCommand).rejects(e),
    pick: (l) => role(l).inlinePolicies,
  },
  {
    call: 'IAM ListAttachedRolePolicies',
    error: awsError('NoSuchEntity', `The role with name ${ROLE} cannot be found.`, 404),
    arrange: (e) => iamMock.on(ListAttachedRolePoliciesCommand).rejects(e),
    pick: (l) => role(l).managedPolicyArns,
  },
];

const UNREADABLE_CASES: ErrorCase[] = [
  {
    call: 'S3 GetBucketPolicy',
    error: awsError('AccessDenied', 'Access Denied', 403),
    arrange: (e) => s3Mock.on(GetBucketPolicyCommand).rejects(e),
    pick: (l) => bucket(l).policy,
  },
  {
    call: 'S3 GetBucketVersioning',
    error: awsError('SlowDown', 'Please reduce your request rate.', 503),
    arrange: (e) => s3Mock.on(GetBucketVersioningCommand).rejects(e),
    pick: (l) => bucket(l).versioning,
  },
  {
    call: 'KMS GetKeyPolicy',
    error: awsError('AccessDeniedException', 'User is not authorized to perform: kms:GetKeyPolicy'),
    arrange: (e) => kmsMock.on(GetKeyPolicyCommand).rejects(e),
    pick: (l) => key(l).policy,
  },
  {
    call: 'KMS GetKeyRotationStatus',
    error: awsError('ThrottlingException', 'Rate exceeded'),
    arrange: (e) => kmsMock.on(GetKeyRotationStatusCommand).rejects(e),
    pick: (l) => key(l).rotation,
  },
  {
    call: 'IAM GetRolePolicy',
    error: awsError('AccessDenied', 'User is not authorized to perform: iam:GetRolePolicy', 403),
    arrange: (e) => iamMock.on(GetRolePolicyCommand).rejects(e),
    pick: (l) => role(l).inlinePolicies,
  },
  {
    call: 'IAM GetRole',
    error: awsError('Throttling', 'Rate exceeded'),
    arrange: (e) => iamMock.on(GetRoleCommand).rejects(e),
    pick: (l) => role(l).trustPolicy,
  },
];

/** Every value the live state holds, for checking that one failure spoils only its own value. */
function allObserved(live: LiveState): Observed<unknown>[] {
  const b = bucket(live);
  const k = key(live);
  const r = role(live);
  return [
    b.versioning,
    b.encryption,
    b.policy,
    b.replication,
    k.keyState,
    k.rotation,
    k.policy,
    r.inlinePolicies,
    r.trustPolicy,
    r.managedPolicyArns,
  ] as Observed<unknown>[];
}

describe('readLiveState', () => {
  it('reads every value of an undrifted deployment', async () => {
    const live = await readLiveState(expected, clients);

    expect(live).toEqual({
      buckets: {
        SourceBucket: {
          versioning: { state: 'read', value: 'Enabled' },
          encryption: { state: 'read', value: { algorithm: 'aws:kms', kmsKeyId: KEY_ARN, bucketKey: true } },
          policy: { state: 'read', value: JSON.stringify(BUCKET_POLICY) },
          replication: {
            state: 'read',
            value: { Role: `arn:aws:iam::111111111111:role/${ROLE}`, Rules: [] },
          },
        },
      },
      keys: {
        SourceKey: {
          keyState: { state: 'read', value: 'Enabled' },
          rotation: { state: 'read', value: true },
          policy: { state: 'read', value: '{"Version":"2012-10-17","Statement":[]}' },
        },
      },
      roles: {
        ReplicationRole: {
          inlinePolicies: { state: 'read', value: { replication: iamText(REPLICATION_POLICY) } },
          trustPolicy: { state: 'read', value: iamText(TRUST) },
          managedPolicyArns: { state: 'read', value: [] },
        },
      },
    });
    expect(compareState(expected, live).filter((f) => f.status !== 'in-sync')).toEqual([]);
  });

  it.each(ABSENT_CASES.map((c) => [c.call, c.error.name, c] as const))(
    '%s failing with %s means the value does not exist: absent, with the service word',
    async (_call, name, c) => {
      c.arrange(c.error);

      const live = await readLiveState(expected, clients);

      expect(c.pick(live)).toEqual({ state: 'absent', detail: name });
      expect(allObserved(live).filter((o) => o.state !== 'read')).toHaveLength(1);
    },
  );

  it.each(UNREADABLE_CASES.map((c) => [c.call, c.error.name, c] as const))(
    '%s failing with %s leaves the value unreadable, never absent',
    async (_call, name, c) => {
      c.arrange(c.error);

      const live = await readLiveState(expected, clients);

      expect(c.pick(live)).toEqual({ state: 'unreadable', error: `${name}: ${c.error.message}` });
      expect(allObserved(live).filter((o) => o.state !== 'read')).toHaveLength(1);
    },
  );

  it('reads a bucket whose versioning was never enabled as absent, and suspended versioning as read', async () => {
    s3Mock.on(GetBucketVersioningCommand).resolves({});
    expect(bucket(await readLiveState(expected, clients)).versioning).toEqual({ state: 'absent' });

    s3Mock.on(GetBucketVersioningCommand).resolves({ Status: 'Suspended' });
    expect(bucket(await readLiveState(expected, clients)).versioning).toEqual({
      state: 'read',
      value: 'Suspended',
    });
  });

  it('turns a missing bucket policy into drift, and an unreadable one into unknown, never in sync', async () => {
    s3Mock
      .on(GetBucketPolicyCommand)
      .rejects(awsError('NoSuchBucketPolicy', 'The bucket policy does not exist'));
    const gone = compareState(expected, await readLiveState(expected, clients));
    s3Mock.on(GetBucketPolicyCommand).rejects(awsError('AccessDenied', 'Access Denied', 403));
    const hidden = compareState(expected, await readLiveState(expected, clients));

    const policyFinding = (fs: typeof gone) => fs.find((f) => f.what === 'bucket policy')!;
    expect(policyFinding(gone)).toMatchObject({ status: 'drifted', actual: 'no bucket policy' });
    expect(policyFinding(hidden)).toMatchObject({
      status: 'unknown',
      detail: ['AccessDenied: Access Denied'],
    });
  });

  it("reads each of the role's inline policies by the name IAM lists", async () => {
    const audit = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }],
    };
    iamMock
      .on(ListRolePoliciesCommand)
      .resolves({ PolicyNames: ['replication', 'audit-read'], IsTruncated: false });
    iamMock
      .on(GetRolePolicyCommand, { RoleName: ROLE, PolicyName: 'audit-read' })
      .resolves({ RoleName: ROLE, PolicyName: 'audit-read', PolicyDocument: iamText(audit) });

    const live = await readLiveState(expected, clients);

    expect(role(live).inlinePolicies).toEqual({
      state: 'read',
      value: { replication: iamText(REPLICATION_POLICY), 'audit-read': iamText(audit) },
    });
    expect(iamMock.commandCalls(GetRolePolicyCommand).map((c) => c.args[0].input)).toEqual([
      { RoleName: ROLE, PolicyName: 'replication' },
      { RoleName: ROLE, PolicyName: 'audit-read' },
    ]);
    const unexpected = compareState(expected, live).filter((f) => f.status === 'drifted');
    expect(unexpected.map((f) => f.subject)).toEqual(['inline policy audit-read']);
  });

  it('follows IsTruncated/Marker through every page of ListRolePolicies', async () => {
    const audit = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }],
    };
    iamMock
      .on(ListRolePoliciesCommand)
      .callsFake(async (input: ListRolePoliciesCommandInput) =>
        input.Marker === undefined
          ? { PolicyNames: ['replication'], IsTruncated: true, Marker: 'page-2' }
          : { PolicyNames: ['audit-read'], IsTruncated: false },
      );
    iamMock
      .on(GetRolePolicyCommand, { RoleName: ROLE, PolicyName: 'audit-read' })
      .resolves({ RoleName: ROLE, PolicyName: 'audit-read', PolicyDocument: iamText(audit) });

    const live = await readLiveState(expected, clients);

    expect(iamMock.commandCalls(ListRolePoliciesCommand).map((c) => c.args[0].input.Marker)).toEqual([
      undefined,
      'page-2',
    ]);
    expect(role(live).inlinePolicies).toEqual({
      state: 'read',
      value: { replication: iamText(REPLICATION_POLICY), 'audit-read': iamText(audit) },
    });
  });

  it('follows IsTruncated/Marker through every page of ListAttachedRolePolicies', async () => {
    const readOnly = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    iamMock
      .on(ListAttachedRolePoliciesCommand)
      .callsFake(async (input: ListAttachedRolePoliciesCommandInput) =>
        input.Marker === undefined
          ? { AttachedPolicies: [], IsTruncated: true, Marker: 'page-2' }
          : { AttachedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: readOnly }], IsTruncated: false },
      );

    const live = await readLiveState(expected, clients);

    expect(role(live).managedPolicyArns).toEqual({ state: 'read', value: [readOnly] });
  });

  it('does not ask KMS about a key that has no physical id yet, and reads nothing for it', async () => {
    const live = await readLiveState(
      { ...expected, keys: [{ ...expected.keys[0]!, keyId: undefined }] },
      clients,
    );

    expect(kmsMock.calls()).toHaveLength(0);
    expect(live.keys).toEqual({});
    const keyFindings = compareState(expected, live).filter((f) => f.resource === 'SourceKey');
    expect(keyFindings.every((f) => f.status === 'unknown')).toBe(true);
  });
});
