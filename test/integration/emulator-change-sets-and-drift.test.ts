/**
 * The emulator harness (test/support/moto) models two more CloudFormation features the product
 * relies on, driven here only through the real AWS SDK v3 clients:
 *
 * - change sets described with property values (DescribeChangeSet IncludePropertyValues: Details
 *   with Path / BeforeValue / AfterValue, BeforeContext / AfterContext) and paged with NextToken;
 * - drift detection (DetectStackDrift, DescribeStackDriftDetectionStatus,
 *   DescribeStackResourceDrifts, DetectStackResourceDrift, DriftInformation), computed from the
 *   live state of S3, KMS and IAM, changed here out of band through their own APIs.
 *
 * See test/EMULATOR.md for what is and is not modelled.
 */
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackResourceDriftsCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  DetectStackDriftCommand,
  DetectStackResourceDriftCommand,
  ExecuteChangeSetCommand,
  ListStackResourcesCommand,
  type Change,
  type DescribeChangeSetCommandOutput,
  type ResourceChange,
  type StackResourceDrift,
} from '@aws-sdk/client-cloudformation';
import { IAMClient, UpdateRoleCommand } from '@aws-sdk/client-iam';
import {
  GetKeyPolicyCommand,
  KMSClient,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import {
  DeleteBucketCommand,
  DeleteBucketReplicationCommand,
  PutBucketVersioningCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMoto, type MotoServer } from '../support/moto/server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DESTINATION = JSON.parse(readFileSync(join(ROOT, 'templates/destination.template.json'), 'utf8'));
const ACCOUNT = '123456789012'; // what credentials moto never issued act in
const REGION = 'eu-west-1';
const KNOWN_AFTER_APPLY = '{{changeSet:KNOWN_AFTER_APPLY}}';
const TIMEOUT = 60_000;

let moto: MotoServer;
let cfn: CloudFormationClient;
let s3: S3Client;
let kms: KMSClient;
let iam: IAMClient;

beforeAll(async () => {
  moto = await startMoto();
  const common = {
    endpoint: moto.endpoint,
    region: REGION,
    credentials: { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'test' },
    maxAttempts: 1,
  };
  cfn = new CloudFormationClient(common);
  s3 = new S3Client({ ...common, forcePathStyle: true });
  kms = new KMSClient(common);
  iam = new IAMClient(common);
}, TIMEOUT);

afterAll(async () => {
  await moto?.stop();
});

const parameters = (values: Record<string, string>) =>
  Object.entries(values).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));

let changeSetCount = 0;

/** CreateChangeSet, returning its id. */
async function createChangeSet(
  stackName: string,
  template: unknown,
  values: Record<string, string>,
  type: 'CREATE' | 'UPDATE',
): Promise<string> {
  const { Id } = await cfn.send(
    new CreateChangeSetCommand({
      StackName: stackName,
      ChangeSetName: `cs-${++changeSetCount}`,
      ChangeSetType: type,
      TemplateBody: JSON.stringify(template),
      Parameters: parameters(values),
      Capabilities: ['CAPABILITY_NAMED_IAM'],
    }),
  );
  return Id!;
}

async function deploy(stackName: string, template: unknown, values: Record<string, string> = {}) {
  const id = await createChangeSet(stackName, template, values, 'CREATE');
  await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: id }));
  const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
  expect(Stacks![0]!.StackStatus).toBe('CREATE_COMPLETE');
}

/** Every page of a change set, as the product reads it (ChangeSetName + StackName + NextToken). */
async function describeAllPages(
  changeSetName: string,
  stackName: string,
  includePropertyValues: boolean,
): Promise<DescribeChangeSetCommandOutput[]> {
  const pages: DescribeChangeSetCommandOutput[] = [];
  let token: string | undefined;
  do {
    const page = await cfn.send(
      new DescribeChangeSetCommand({
        ChangeSetName: changeSetName,
        StackName: stackName,
        NextToken: token,
        IncludePropertyValues: includePropertyValues,
      }),
    );
    pages.push(page);
    token = page.NextToken;
  } while (token);
  return pages;
}

async function changesOf(id: string, includePropertyValues = true): Promise<Record<string, ResourceChange>> {
  const out = await cfn.send(
    new DescribeChangeSetCommand({ ChangeSetName: id, IncludePropertyValues: includePropertyValues }),
  );
  return Object.fromEntries(
    (out.Changes ?? []).map((c: Change) => [c.ResourceChange!.LogicalResourceId!, c.ResourceChange!]),
  );
}

async function errorOf(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; message: string };
  }
  throw new Error('expected the call to fail');
}

const bucket = (name: string, extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::S3::Bucket',
  Properties: { BucketName: name, ...extra },
});

describe('change sets described with property values', () => {
  const destParams = {
    BucketName: 'cs-values-dst',
    SourceAccountId: '111111111111',
    ReplicationRoleName: 'cs-values-replication',
  };

  beforeAll(async () => {
    await deploy('cs-values', DESTINATION, destParams);
  }, TIMEOUT);

  test('a parameter-only update shows the bucket policy before and after, caused by the parameter', async () => {
    const id = await createChangeSet(
      'cs-values',
      DESTINATION,
      { ...destParams, ReplicationRoleName: 'cs-values-renamed' },
      'UPDATE',
    );
    const { ReplicaBucketPolicy: policy } = await changesOf(id);
    expect(policy).toMatchObject({
      Action: 'Modify',
      PhysicalResourceId: 'cs-values-dst',
      Replacement: 'False',
      Scope: ['Properties'],
    });
    // CloudFormation's two entries for a Ref to a changed parameter: Dynamic + Static.
    expect(policy!.Details!.map((d) => [d.Evaluation, d.ChangeSource, d.CausingEntity])).toEqual([
      ['Dynamic', 'DirectModification', undefined],
      ['Static', 'ParameterReference', 'ReplicationRoleName'],
    ]);
    const target = policy!.Details![1]!.Target!;
    expect(target).toMatchObject({
      Attribute: 'Properties',
      Name: 'PolicyDocument',
      RequiresRecreation: 'Never',
      Path: '/Properties/PolicyDocument', // a JSON-typed property is one value
      AttributeChangeType: 'Modify',
    });
    const before = JSON.parse(target.BeforeValue!);
    const after = JSON.parse(target.AfterValue!);
    const principalArn = (doc: {
      Statement: { Sid: string; Condition?: { ArnEquals: Record<string, string> } }[];
    }) =>
      doc.Statement.find((s) => s.Sid === 'AllowReplicationRoleToReplicate')!.Condition!.ArnEquals[
        'aws:PrincipalArn'
      ];
    expect(principalArn(before)).toBe('arn:aws:iam::111111111111:role/cs-values-replication');
    expect(principalArn(after)).toBe('arn:aws:iam::111111111111:role/cs-values-renamed');

    // The contexts are the resolved properties, before and after.
    const beforeContext = JSON.parse(policy!.BeforeContext!);
    const afterContext = JSON.parse(policy!.AfterContext!);
    expect(beforeContext.Properties).toEqual({ Bucket: 'cs-values-dst', PolicyDocument: before });
    expect(afterContext.Properties).toEqual({ Bucket: 'cs-values-dst', PolicyDocument: after });
  });

  test('every value is shown as CloudFormation prints it: scalars as text', async () => {
    const id = await createChangeSet(
      'cs-values',
      DESTINATION,
      { ...destParams, NoncurrentVersionExpirationDays: '30', BucketKeyEnabled: 'false' },
      'UPDATE',
    );
    const { ReplicaBucket: replica } = await changesOf(id);
    const byPath = Object.fromEntries(
      replica!.Details!.filter((d) => d.Evaluation === 'Static').map((d) => [d.Target!.Path, d]),
    );
    expect(
      byPath['/Properties/BucketEncryption/ServerSideEncryptionConfiguration/0/BucketKeyEnabled'],
    ).toMatchObject({
      ChangeSource: 'ParameterReference',
      CausingEntity: 'BucketKeyEnabled',
      Target: {
        Name: 'BucketEncryption',
        BeforeValue: 'true',
        AfterValue: 'false',
        AttributeChangeType: 'Modify',
      },
    });
    // An element that appears (the rule behind Fn::If on a Condition of the changed parameter):
    // Add, the whole element at its index, no BeforeValue.
    const rule = replica!.Details!.find(
      (d) => d.Evaluation === 'Static' && d.Target!.AfterValue?.includes('expire-noncurrent-versions'),
    )!;
    expect(rule).toMatchObject({
      ChangeSource: 'ParameterReference',
      CausingEntity: 'NoncurrentVersionExpirationDays',
      Target: { Name: 'LifecycleConfiguration', AttributeChangeType: 'Add' },
    });
    expect(rule.Target!.Path).toMatch(/^\/Properties\/LifecycleConfiguration\/Rules\/\d+$/);
    expect(rule.Target!.BeforeValue).toBeUndefined();
    expect(JSON.parse(rule.Target!.AfterValue!).NoncurrentVersionExpiration).toEqual({
      NoncurrentDays: '30', // a Number parameter, printed as text
    });
    expect(JSON.parse(replica!.AfterContext!)).toMatchObject({
      Properties: { VersioningConfiguration: { Status: 'Enabled' } },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  test('without IncludePropertyValues there are no contexts and no values, only the targets', async () => {
    const id = await createChangeSet(
      'cs-values',
      DESTINATION,
      { ...destParams, ReplicationRoleName: 'cs-values-other' },
      'UPDATE',
    );
    const { ReplicaBucketPolicy: policy } = await changesOf(id, false);
    expect(policy!.BeforeContext).toBeUndefined();
    expect(policy!.AfterContext).toBeUndefined();
    expect(policy!.Details).toEqual([
      {
        Target: { Attribute: 'Properties', Name: 'PolicyDocument', RequiresRecreation: 'Never' },
        Evaluation: 'Dynamic',
        ChangeSource: 'DirectModification',
      },
      {
        Target: { Attribute: 'Properties', Name: 'PolicyDocument', RequiresRecreation: 'Never' },
        Evaluation: 'Static',
        ChangeSource: 'ParameterReference',
        CausingEntity: 'ReplicationRoleName',
      },
    ]);
  });
});

describe('adds, removes and replacements in a change set', () => {
  const policyOf = (bucketRef: string) => ({
    Type: 'AWS::S3::BucketPolicy',
    Properties: {
      Bucket: { Ref: bucketRef },
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: { 'Fn::Sub': `\${${bucketRef}.Arn}/*` },
            Condition: { Bool: { 'aws:SecureTransport': false } },
          },
        ],
      },
    },
  });
  const original = {
    Resources: {
      Kept: bucket('cs-shape-kept'),
      Dropped: bucket('cs-shape-dropped', { Tags: [{ Key: 'team', Value: 'a' }] }),
      KeptPolicy: policyOf('Kept'),
    },
  };

  beforeAll(async () => {
    await deploy('cs-shape', original);
  }, TIMEOUT);

  test('an Add has only an AfterContext, a Remove only a BeforeContext; neither has Details', async () => {
    const id = await createChangeSet(
      'cs-shape',
      {
        Resources: {
          Kept: original.Resources.Kept,
          KeptPolicy: original.Resources.KeptPolicy,
          Added: bucket('cs-shape-added', { VersioningConfiguration: { Status: 'Enabled' } }),
          AddedPolicy: policyOf('Added'),
        },
      },
      {},
      'UPDATE',
    );
    const changes = await changesOf(id);
    expect(Object.keys(changes).sort()).toEqual(['Added', 'AddedPolicy', 'Dropped']);

    expect(changes.Added).toMatchObject({ Action: 'Add', Scope: [], Details: [] });
    expect(changes.Added!.BeforeContext).toBeUndefined();
    expect(JSON.parse(changes.Added!.AfterContext!)).toEqual({
      Properties: { BucketName: 'cs-shape-added', VersioningConfiguration: { Status: 'Enabled' } },
    });
    // What depends on a resource that does not exist yet is not known before execution.
    expect(JSON.parse(changes.AddedPolicy!.AfterContext!).Properties).toMatchObject({
      Bucket: KNOWN_AFTER_APPLY,
      PolicyDocument: {
        Statement: [{ Resource: KNOWN_AFTER_APPLY, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
      },
    });

    expect(changes.Dropped).toMatchObject({
      Action: 'Remove',
      PolicyAction: 'Delete',
      Scope: [],
      Details: [],
    });
    expect(changes.Dropped!.AfterContext).toBeUndefined();
    expect(JSON.parse(changes.Dropped!.BeforeContext!)).toEqual({
      Properties: { BucketName: 'cs-shape-dropped', Tags: [{ Key: 'team', Value: 'a' }] },
    });
  });

  test('a replaced bucket makes the policy on it change through a ResourceReference, known after apply', async () => {
    const id = await createChangeSet(
      'cs-shape',
      { Resources: { ...original.Resources, Kept: bucket('cs-shape-renamed') } },
      {},
      'UPDATE',
    );
    const changes = await changesOf(id);
    expect(changes.Kept).toMatchObject({
      Action: 'Modify',
      Replacement: 'True',
      PolicyAction: 'ReplaceAndDelete',
    });
    expect(changes.Kept!.Details).toEqual([
      {
        Target: {
          Attribute: 'Properties',
          Name: 'BucketName',
          RequiresRecreation: 'Always',
          Path: '/Properties/BucketName',
          BeforeValue: 'cs-shape-kept',
          AfterValue: 'cs-shape-renamed',
          AttributeChangeType: 'Modify',
        },
        Evaluation: 'Static',
        ChangeSource: 'DirectModification',
      },
    ]);
    const policy = changes.KeptPolicy!;
    expect(policy).toMatchObject({ Action: 'Modify', Replacement: 'True' });
    const bucketDetails = policy.Details!.filter((d) => d.Target!.Name === 'Bucket');
    expect(bucketDetails.map((d) => [d.Evaluation, d.ChangeSource, d.CausingEntity])).toEqual([
      ['Dynamic', 'DirectModification', undefined],
      ['Static', 'ResourceReference', 'Kept'],
    ]);
    expect(bucketDetails[1]!.Target).toMatchObject({
      RequiresRecreation: 'Always',
      BeforeValue: 'cs-shape-kept',
      AfterValue: KNOWN_AFTER_APPLY,
    });
    const resourceDetails = policy.Details!.filter((d) => d.Target!.Name === 'PolicyDocument');
    expect(resourceDetails.map((d) => [d.ChangeSource, d.CausingEntity])).toContainEqual([
      'ResourceAttribute',
      'Kept.Arn',
    ]);
  });

  test('a change to Tags is its own attribute, without a property name', async () => {
    const id = await createChangeSet(
      'cs-shape',
      {
        Resources: {
          ...original.Resources,
          Dropped: bucket('cs-shape-dropped', { Tags: [{ Key: 'team', Value: 'b' }] }),
        },
      },
      {},
      'UPDATE',
    );
    const { Dropped: dropped } = await changesOf(id);
    expect(dropped).toMatchObject({ Action: 'Modify', Scope: ['Tags'] });
    expect(dropped!.Details).toEqual([
      {
        Target: {
          Attribute: 'Tags',
          RequiresRecreation: 'Never',
          Path: '/Properties/Tags/0/Value',
          BeforeValue: 'a',
          AfterValue: 'b',
          AttributeChangeType: 'Modify',
        },
        Evaluation: 'Static',
        ChangeSource: 'DirectModification',
      },
    ]);
  });
});

describe('a change set of 120 resources', () => {
  const template = {
    Resources: Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`Bucket${String(i).padStart(3, '0')}`, bucket(`cs-many-${i}`)]),
    ),
  };

  test('comes in pages of 100 that together hold every change exactly once', async () => {
    const id = await createChangeSet('cs-many', template, {}, 'CREATE');
    const name = id.split('/')[1]!; // arn:aws:cloudformation:<region>:<account>:changeSet/<name>/<uuid>
    for (const includePropertyValues of [false, true]) {
      const pages = await describeAllPages(name, 'cs-many', includePropertyValues);
      expect(pages.map((p) => p.Changes!.length)).toEqual([100, 20]);
      expect(pages[0]!.NextToken).toEqual(expect.any(String));
      expect(pages[1]!.NextToken).toBeUndefined();
      expect(pages.map((p) => p.ChangeSetId)).toEqual([id, id]);
      const ids = pages.flatMap((p) => p.Changes!.map((c) => c.ResourceChange!.LogicalResourceId!));
      expect(new Set(ids).size).toBe(120);
      expect(ids.sort()).toEqual(Object.keys(template.Resources).sort());
      const contexts = pages.flatMap((p) => p.Changes!.map((c) => c.ResourceChange!.AfterContext));
      expect(contexts.every((c) => (includePropertyValues ? c !== undefined : c === undefined))).toBe(true);
    }
  });

  test('refuses a NextToken of another change set', async () => {
    const first = await createChangeSet('cs-many-a', template, {}, 'CREATE');
    const other = await createChangeSet('cs-many-b', template, {}, 'CREATE');
    const { NextToken } = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: first }));
    const error = await errorOf(cfn.send(new DescribeChangeSetCommand({ ChangeSetName: other, NextToken })));
    expect(error.name).toBe('ValidationError');
  });
});

describe('drift detection', () => {
  const STACK = 'drift';
  const keyPolicy = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Root',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
      {
        Sid: 'ReadOnly',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: ['kms:DescribeKey', 'kms:GetKeyPolicy'],
        Resource: '*',
      },
    ],
  };
  const template = {
    Resources: {
      Key: {
        Type: 'AWS::KMS::Key',
        Properties: {
          Description: 'drift test',
          EnableKeyRotation: true,
          KeyPolicy: keyPolicy,
          PendingWindowInDays: 7,
        },
      },
      Bucket: bucket('drift-bucket', {
        VersioningConfiguration: { Status: 'Enabled' },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            {
              ServerSideEncryptionByDefault: {
                SSEAlgorithm: 'aws:kms',
                KMSMasterKeyID: { 'Fn::GetAtt': ['Key', 'Arn'] },
              },
              BucketKeyEnabled: true,
            },
          ],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        },
        Tags: [
          { Key: 'team', Value: 'storage' },
          { Key: 'cost', Value: 'backup' },
        ],
      }),
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: 'drift-role',
          Description: 'drift test',
          MaxSessionDuration: 3600,
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sts:AssumeRole' },
            ],
          },
          Policies: [
            {
              PolicyName: 'read',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::drift-bucket/*' },
                ],
              },
            },
          ],
        },
      },
      Policy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: {
          Bucket: { Ref: 'Bucket' },
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: 'arn:aws:s3:::drift-bucket/*',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          },
        },
      },
    },
  };
  let keyId: string;

  /** DetectStackDrift, then poll as the product does; returns the status calls' answers. */
  async function detect(stackName = STACK) {
    const { StackDriftDetectionId } = await cfn.send(new DetectStackDriftCommand({ StackName: stackName }));
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const status = await cfn.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId }));
      statuses.push(status);
      if (status.DetectionStatus !== 'DETECTION_IN_PROGRESS') break;
    }
    return statuses;
  }

  async function resourceDrifts(
    filters?: ('IN_SYNC' | 'MODIFIED' | 'DELETED')[],
  ): Promise<Record<string, StackResourceDrift>> {
    const { StackResourceDrifts } = await cfn.send(
      new DescribeStackResourceDriftsCommand({ StackName: STACK, StackResourceDriftStatusFilters: filters }),
    );
    return Object.fromEntries(StackResourceDrifts!.map((d) => [d.LogicalResourceId!, d]));
  }

  beforeAll(async () => {
    await deploy(STACK, template);
    const { StackResources } = await cfn.send(new DescribeStackResourcesCommand({ StackName: STACK }));
    keyId = StackResources!.find((r) => r.LogicalResourceId === 'Key')!.PhysicalResourceId!;
  }, TIMEOUT);

  test('a stack never checked is NOT_CHECKED', async () => {
    const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: STACK }));
    expect(Stacks![0]!.DriftInformation).toEqual({ StackDriftStatus: 'NOT_CHECKED' });
    const { StackResourceDrifts } = await cfn.send(
      new DescribeStackResourceDriftsCommand({ StackName: STACK }),
    );
    expect(StackResourceDrifts).toEqual([]);
  });

  test('a freshly deployed stack is IN_SYNC; the first status call says DETECTION_IN_PROGRESS', async () => {
    const statuses = await detect();
    expect(statuses.map((s) => s.DetectionStatus)).toEqual(['DETECTION_IN_PROGRESS', 'DETECTION_COMPLETE']);
    expect(statuses[1]).toMatchObject({ StackDriftStatus: 'IN_SYNC', DriftedStackResourceCount: 0 });

    const drifts = await resourceDrifts();
    // AWS::S3::BucketPolicy is not covered by drift detection: not listed here...
    expect(Object.keys(drifts).sort()).toEqual(['Bucket', 'Key', 'Role']);
    for (const drift of Object.values(drifts)) {
      expect(drift.StackResourceDriftStatus).toBe('IN_SYNC');
      expect(drift.PropertyDifferences).toBeUndefined();
    }
    // Only what the template sets is compared; write-only properties are left out.
    const expected = JSON.parse(drifts.Key!.ExpectedProperties!);
    expect(Object.keys(expected).sort()).toEqual(['Description', 'EnableKeyRotation', 'KeyPolicy']);
    expect(JSON.parse(drifts.Key!.ActualProperties!)).toEqual(expected);

    // ...and NOT_CHECKED where AWS reports it: the stack resources.
    const { StackResources } = await cfn.send(new DescribeStackResourcesCommand({ StackName: STACK }));
    const information = Object.fromEntries(
      StackResources!.map((r) => [r.LogicalResourceId!, r.DriftInformation!.StackResourceDriftStatus]),
    );
    expect(information).toEqual({
      Key: 'IN_SYNC',
      Bucket: 'IN_SYNC',
      Role: 'IN_SYNC',
      Policy: 'NOT_CHECKED',
    });
    const { StackResourceSummaries } = await cfn.send(new ListStackResourcesCommand({ StackName: STACK }));
    expect(
      Object.fromEntries(
        StackResourceSummaries!.map((r) => [
          r.LogicalResourceId!,
          r.DriftInformation!.StackResourceDriftStatus,
        ]),
      ),
    ).toEqual(information);
    const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: STACK }));
    expect(Stacks![0]!.DriftInformation).toEqual({
      StackDriftStatus: 'IN_SYNC',
      LastCheckTimestamp: expect.any(Date),
    });

    const refused = await errorOf(
      cfn.send(new DetectStackResourceDriftCommand({ StackName: STACK, LogicalResourceId: 'Policy' })),
    );
    expect(refused.name).toBe('ValidationError');
  });

  test('versioning suspended out of band: the bucket is MODIFIED at /VersioningConfiguration/Status', async () => {
    await s3.send(
      new PutBucketVersioningCommand({
        Bucket: 'drift-bucket',
        VersioningConfiguration: { Status: 'Suspended' },
      }),
    );
    const statuses = await detect();
    expect(statuses.at(-1)).toMatchObject({
      DetectionStatus: 'DETECTION_COMPLETE',
      StackDriftStatus: 'DRIFTED',
      DriftedStackResourceCount: 1,
    });
    const drifts = await resourceDrifts(['MODIFIED']);
    expect(Object.keys(drifts)).toEqual(['Bucket']);
    expect(drifts.Bucket!.PropertyDifferences).toEqual([
      {
        PropertyPath: '/VersioningConfiguration/Status',
        ExpectedValue: 'Enabled',
        ActualValue: 'Suspended',
        DifferenceType: 'NOT_EQUAL',
      },
    ]);
    expect(JSON.parse(drifts.Bucket!.ActualProperties!).VersioningConfiguration).toEqual({
      Status: 'Suspended',
    });
    await s3.send(
      new PutBucketVersioningCommand({
        Bucket: 'drift-bucket',
        VersioningConfiguration: { Status: 'Enabled' },
      }),
    );
  });

  test('a key policy changed out of band is MODIFIED; reordered statements are not', async () => {
    const reordered = { ...keyPolicy, Statement: [...keyPolicy.Statement].reverse() };
    await kms.send(
      new PutKeyPolicyCommand({
        KeyId: keyId,
        PolicyName: 'default',
        Policy: JSON.stringify(reordered, null, 2),
      }),
    );
    let drift = (
      await cfn.send(new DetectStackResourceDriftCommand({ StackName: STACK, LogicalResourceId: 'Key' }))
    ).StackResourceDrift!;
    expect(drift.StackResourceDriftStatus).toBe('IN_SYNC');

    const narrowed = { ...keyPolicy, Statement: keyPolicy.Statement.slice(0, 1) };
    await kms.send(
      new PutKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default', Policy: JSON.stringify(narrowed) }),
    );
    drift = (
      await cfn.send(new DetectStackResourceDriftCommand({ StackName: STACK, LogicalResourceId: 'Key' }))
    ).StackResourceDrift!;
    expect(drift.StackResourceDriftStatus).toBe('MODIFIED');
    expect(drift.PropertyDifferences).toEqual([
      {
        PropertyPath: '/KeyPolicy',
        ExpectedValue: JSON.stringify(keyPolicy),
        ActualValue: JSON.stringify(narrowed),
        DifferenceType: 'NOT_EQUAL',
      },
    ]);
    const { Policy } = await kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }));
    expect(JSON.parse(Policy!)).toEqual(narrowed);
    await kms.send(
      new PutKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default', Policy: JSON.stringify(keyPolicy) }),
    );
  });

  test('a role changed out of band is MODIFIED at the property that changed', async () => {
    await iam.send(new UpdateRoleCommand({ RoleName: 'drift-role', Description: 'changed by hand' }));
    const drift = (
      await cfn.send(new DetectStackResourceDriftCommand({ StackName: STACK, LogicalResourceId: 'Role' }))
    ).StackResourceDrift!;
    expect(drift.PropertyDifferences).toEqual([
      {
        PropertyPath: '/Description',
        ExpectedValue: 'drift test',
        ActualValue: 'changed by hand',
        DifferenceType: 'NOT_EQUAL',
      },
    ]);
    await iam.send(new UpdateRoleCommand({ RoleName: 'drift-role', Description: 'drift test' }));
  });

  test('DescribeStackResourceDrifts pages with MaxResults and NextToken', async () => {
    await detect();
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await cfn.send(
        new DescribeStackResourceDriftsCommand({ StackName: STACK, MaxResults: 2, NextToken: token }),
      );
      expect(page.StackResourceDrifts!.length).toBeLessThanOrEqual(2);
      seen.push(...page.StackResourceDrifts!.map((d) => d.LogicalResourceId!));
      token = page.NextToken;
      pages++;
    } while (token);
    expect(pages).toBe(2);
    expect(seen.sort()).toEqual(['Bucket', 'Key', 'Role']);
    const error = await errorOf(
      cfn.send(new DescribeStackResourceDriftsCommand({ StackName: STACK, MaxResults: 101 })),
    );
    expect(error.name).toBe('ValidationError');
  });

  test('a bucket and a key deleted out of band are DELETED (a key pending deletion counts as deleted)', async () => {
    await s3.send(new DeleteBucketCommand({ Bucket: 'drift-bucket' }));
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }));
    const statuses = await detect();
    expect(statuses.at(-1)).toMatchObject({ StackDriftStatus: 'DRIFTED', DriftedStackResourceCount: 2 });
    const drifts = await resourceDrifts(['DELETED']);
    expect(Object.keys(drifts).sort()).toEqual(['Bucket', 'Key']);
    expect(drifts.Bucket).toMatchObject({
      PhysicalResourceId: 'drift-bucket',
      ResourceType: 'AWS::S3::Bucket',
    });
    expect(drifts.Bucket!.ExpectedProperties).toBeUndefined();
    expect(drifts.Bucket!.ActualProperties).toBeUndefined();
  });
});

describe("drift detection on the product's templates", () => {
  const SOURCE = JSON.parse(
    readFileSync(join(ROOT, 'test/golden/cross-account/s3-xrepl-invoices-source.template.json'), 'utf8'),
  );
  const BOOTSTRAP = JSON.parse(readFileSync(join(ROOT, 'templates/bootstrap.template.json'), 'utf8'));

  async function driftOf(stackName: string) {
    const { StackDriftDetectionId } = await cfn.send(new DetectStackDriftCommand({ StackName: stackName }));
    await cfn.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId }));
    const status = await cfn.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId }));
    const { StackResourceDrifts } = await cfn.send(
      new DescribeStackResourceDriftsCommand({ StackName: stackName }),
    );
    return {
      status: status.StackDriftStatus,
      resources: Object.fromEntries(StackResourceDrifts!.map((d) => [d.LogicalResourceId!, d])),
    };
  }

  beforeAll(async () => {
    await deploy('product-dst', DESTINATION, {
      BucketName: 'product-dst',
      SourceAccountId: ACCOUNT,
      ReplicationRoleName: 'product-replication',
    });
    const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: 'product-dst' }));
    const outputs = Object.fromEntries(Stacks![0]!.Outputs!.map((o) => [o.OutputKey!, o.OutputValue!]));
    await deploy('product-src', SOURCE, {
      BackupBucketArn: outputs.BucketArn!,
      BackupKmsKeyArn: outputs.KmsKeyArn!,
    });
    await deploy('product-boot', BOOTSTRAP, {
      GitHubOrg: 'acme',
      GitHubRepo: 'replication',
      BucketArns: 'arn:aws:s3:::acme-orders',
    });
  }, TIMEOUT);

  test('freshly deployed destination, source and bootstrap stacks are IN_SYNC', async () => {
    for (const [stack, checked] of [
      ['product-dst', ['ReplicaBucket', 'ReplicaKey']],
      // The alerts topic's key is checked like any key, the batch role like any role; topics, alarms
      // and their policies are not types CloudFormation drift detection covers in the harness (the
      // product compares them itself).
      ['product-src', ['AlertsKey', 'BatchReplicationRole', 'ReplicationRole', 'SourceBucket', 'SourceKey']],
      ['product-boot', ['DeployRole', 'ExecutionRole', 'GitHubOidcProvider', 'PlanRole']],
    ] as const) {
      const drift = await driftOf(stack);
      expect([stack, drift.status]).toEqual([stack, 'IN_SYNC']);
      expect(Object.keys(drift.resources).sort()).toEqual(checked);
    }
  });

  test('a replication configuration deleted out of band drifts the source bucket', async () => {
    const bucketName = (
      await cfn.send(new DescribeStackResourcesCommand({ StackName: 'product-src' }))
    ).StackResources!.find((r) => r.LogicalResourceId === 'SourceBucket')!.PhysicalResourceId!;
    await s3.send(new DeleteBucketReplicationCommand({ Bucket: bucketName }));
    const drift = await driftOf('product-src');
    expect(drift.status).toBe('DRIFTED');
    const differences = drift.resources.SourceBucket!.PropertyDifferences!;
    expect(differences.map((d) => [d.PropertyPath, d.DifferenceType, d.ActualValue])).toEqual([
      ['/ReplicationConfiguration', 'REMOVE', 'null'],
    ]);
    expect(JSON.parse(differences[0]!.ExpectedValue!).Rules[0].SourceSelectionCriteria).toEqual({
      SseKmsEncryptedObjects: { Status: 'Enabled' },
    });
  });
});

describe('drift detection refused', () => {
  test('a stack that does not exist is a ValidationError', async () => {
    const error = await errorOf(cfn.send(new DetectStackDriftCommand({ StackName: 'no-such-stack' })));
    expect(error.name).toBe('ValidationError');
    expect(error.message).toMatch(/does not exist/);
  });

  test('a stack in ROLLBACK_COMPLETE ends DETECTION_FAILED with a reason', async () => {
    const failing = {
      Resources: {
        Bucket: bucket('drift-rolled-back'),
        Policy: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Bucket: { Ref: 'Bucket' },
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/not-there` },
                  Action: 's3:GetObject',
                  Resource: 'arn:aws:s3:::drift-rolled-back/*',
                },
              ],
            },
          },
        },
      },
    };
    const id = await createChangeSet('drift-rolled-back', failing, {}, 'CREATE');
    await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: id }));
    const { StackDriftDetectionId } = await cfn.send(
      new DetectStackDriftCommand({ StackName: 'drift-rolled-back' }),
    );
    const first = await cfn.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId }));
    expect(first.DetectionStatus).toBe('DETECTION_IN_PROGRESS');
    const second = await cfn.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId }));
    expect(second.DetectionStatus).toBe('DETECTION_FAILED');
    expect(second.DetectionStatusReason).toMatch(/ROLLBACK_COMPLETE/);
  });

  test('a stack deleted while its detection runs ends DETECTION_FAILED', async () => {
    await deploy('drift-gone', { Resources: { Bucket: bucket('drift-gone') } });
    const { StackDriftDetectionId } = await cfn.send(
      new DetectStackDriftCommand({ StackName: 'drift-gone' }),
    );
    await cfn.send(new DeleteStackCommand({ StackName: 'drift-gone' }));
    await cfn.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId }));
    const status = await cfn.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId }));
    expect(status.DetectionStatus).toBe('DETECTION_FAILED');
    expect(status.DetectionStatusReason).toMatch(/does not exist/);
  });
});
