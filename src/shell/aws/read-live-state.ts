import {
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand } from '@aws-sdk/client-kms';
import {
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetBucketVersioningCommand,
} from '@aws-sdk/client-s3';
import {
  absent,
  liveEncryptionOf,
  read,
  unreadable,
  type ExpectedState,
  type LiveBucket,
  type LiveKey,
  type LiveRole,
  type LiveState,
  type Observed,
} from '../../core/drift/expected-state.js';
import type { S3ReplicationConfiguration } from '../../core/drift/replication-config.js';
import type { AccountClients } from './clients.js';

/** Errors that mean "this does not exist", per service; anything else leaves the value unknown. */
const ABSENT = new Set([
  'NoSuchBucket',
  'NoSuchBucketPolicy',
  'ServerSideEncryptionConfigurationNotFoundError',
  'ReplicationConfigurationNotFoundError',
  'NotFoundException',
  'NoSuchEntity',
  'NoSuchEntityException',
]);

export async function observe<T>(what: () => Promise<T | undefined>): Promise<Observed<T>> {
  try {
    const v = await what();
    return v === undefined ? absent() : read(v);
  } catch (e) {
    const name = (e as Error).name;
    return ABSENT.has(name) ? absent(name) : unreadable(`${name}: ${(e as Error).message}`);
  }
}

/** Reads, through S3, KMS and IAM, the live values of everything an expected state names. */
export async function readLiveState(
  expected: ExpectedState,
  c: Pick<AccountClients, 's3' | 'kms' | 'iam'>,
): Promise<LiveState> {
  const buckets: Record<string, LiveBucket> = {};
  const keys: Record<string, LiveKey> = {};
  const roles: Record<string, LiveRole> = {};
  await Promise.all([
    ...expected.buckets.map(async (b) => {
      const Bucket = b.name;
      const [versioning, encryption, policy, replication] = await Promise.all([
        observe(async () => (await c.s3.send(new GetBucketVersioningCommand({ Bucket }))).Status),
        observe(async () => {
          const out = await c.s3.send(new GetBucketEncryptionCommand({ Bucket }));
          return out.ServerSideEncryptionConfiguration
            ? liveEncryptionOf(
                out.ServerSideEncryptionConfiguration as Parameters<typeof liveEncryptionOf>[0],
              )
            : undefined;
        }),
        observe(async () => (await c.s3.send(new GetBucketPolicyCommand({ Bucket }))).Policy),
        observe(
          async () =>
            (await c.s3.send(new GetBucketReplicationCommand({ Bucket }))).ReplicationConfiguration as
              S3ReplicationConfiguration | undefined,
        ),
      ]);
      buckets[b.logicalId] = { versioning, encryption, policy, replication };
    }),
    ...expected.keys.map(async (k) => {
      const KeyId = k.keyId;
      if (!KeyId) return;
      const [keyState, rotation, policy] = await Promise.all([
        observe(async () => (await c.kms.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata?.KeyState),
        observe(
          async () => (await c.kms.send(new GetKeyRotationStatusCommand({ KeyId }))).KeyRotationEnabled,
        ),
        observe(
          async () => (await c.kms.send(new GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }))).Policy,
        ),
      ]);
      keys[k.logicalId] = { keyState, rotation, policy };
    }),
    ...expected.roles.map(async (r) => {
      const RoleName = r.name;
      const [inlinePolicies, trustPolicy, managedPolicyArns] = await Promise.all([
        observe(async () => {
          const docs: Record<string, unknown> = {};
          let Marker: string | undefined;
          do {
            const page = await c.iam.send(new ListRolePoliciesCommand({ RoleName, Marker }));
            for (const PolicyName of page.PolicyNames ?? [])
              docs[PolicyName] = (
                await c.iam.send(new GetRolePolicyCommand({ RoleName, PolicyName }))
              ).PolicyDocument;
            Marker = page.IsTruncated ? page.Marker : undefined;
          } while (Marker);
          return docs;
        }),
        observe(
          async () => (await c.iam.send(new GetRoleCommand({ RoleName }))).Role?.AssumeRolePolicyDocument,
        ),
        observe(async () => {
          const arns: string[] = [];
          let Marker: string | undefined;
          do {
            const page = await c.iam.send(new ListAttachedRolePoliciesCommand({ RoleName, Marker }));
            arns.push(...(page.AttachedPolicies ?? []).map((p) => p.PolicyArn!));
            Marker = page.IsTruncated ? page.Marker : undefined;
          } while (Marker);
          return arns;
        }),
      ]);
      roles[r.logicalId] = { inlinePolicies, trustPolicy, managedPolicyArns };
    }),
  ]);
  return { buckets, keys, roles };
}
