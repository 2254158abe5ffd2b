/**
 * Reads back, through the real S3, KMS, IAM and CloudFormation APIs of the emulator, what a
 * deploy left in each account, and what the templates said it should be, so tests compare the two.
 */
import {
  CloudFormationClient,
  DescribeStackEventsCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { GetRolePolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import { GetKeyPolicyCommand, GetKeyRotationStatusCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetBucketVersioningCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The emulator acts in the account of the role whose credentials sign a request. */
export async function credentialsFor(endpoint: string, account: string): Promise<Credentials> {
  const sts = new STSClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  const out = await sts.send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: `arn:aws:iam::${account}:role/test-reader`,
      RoleSessionName: 'test-reader',
      WebIdentityToken: 'test',
    }),
  );
  const c = out.Credentials!;
  return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
}

export class AccountView {
  readonly cfn: CloudFormationClient;
  readonly s3: S3Client;
  readonly kms: KMSClient;
  readonly iam: IAMClient;

  constructor(endpoint: string, region: string, credentials: Credentials) {
    const common = { endpoint, region, credentials };
    this.cfn = new CloudFormationClient(common);
    this.s3 = new S3Client({ ...common, forcePathStyle: true });
    this.kms = new KMSClient(common);
    this.iam = new IAMClient(common);
  }

  static async of(endpoint: string, account: string, region: string): Promise<AccountView> {
    return new AccountView(endpoint, region, await credentialsFor(endpoint, account));
  }

  async stack(name: string): Promise<Stack | undefined> {
    try {
      return (await this.cfn.send(new DescribeStacksCommand({ StackName: name }))).Stacks?.[0];
    } catch {
      return undefined;
    }
  }

  async physicalIds(stackName: string): Promise<Record<string, string>> {
    const out = await this.cfn.send(new DescribeStackResourcesCommand({ StackName: stackName }));
    return Object.fromEntries(
      (out.StackResources ?? []).map((r) => [r.LogicalResourceId!, r.PhysicalResourceId!]),
    );
  }

  /** When the stack's last operation completed, from its own events. */
  async completedAt(stackName: string): Promise<Date> {
    const out = await this.cfn.send(new DescribeStackEventsCommand({ StackName: stackName }));
    const done = (out.StackEvents ?? []).find(
      (e) => e.LogicalResourceId === stackName && /_COMPLETE$/.test(e.ResourceStatus ?? ''),
    );
    if (!done?.Timestamp) throw new Error(`${stackName} has no completion event`);
    return done.Timestamp;
  }

  async bucket(name: string) {
    const versioning = await this.s3.send(new GetBucketVersioningCommand({ Bucket: name }));
    const encryption = await this.s3.send(new GetBucketEncryptionCommand({ Bucket: name }));
    const policy = await this.s3
      .send(new GetBucketPolicyCommand({ Bucket: name }))
      .then((p) => JSON.parse(p.Policy!) as unknown)
      .catch(() => undefined);
    const replication = await this.s3
      .send(new GetBucketReplicationCommand({ Bucket: name }))
      .then((r) => r.ReplicationConfiguration)
      .catch(() => undefined);
    return {
      versioning: versioning.Status,
      sse: encryption.ServerSideEncryptionConfiguration?.Rules?.[0],
      policy,
      replication,
    };
  }

  async key(keyId: string) {
    const policy = await this.kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }));
    const rotation = await this.kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }));
    return { policy: JSON.parse(policy.Policy!) as unknown, rotation: rotation.KeyRotationEnabled };
  }

  async rolePolicy(roleName: string, policyName: string): Promise<unknown> {
    const out = await this.iam.send(new GetRolePolicyCommand({ RoleName: roleName, PolicyName: policyName }));
    return JSON.parse(decodeURIComponent(out.PolicyDocument!));
  }
}

/**
 * A replication rule as CloudFormation declares it, spelled as the S3 API returns it: CloudFormation
 * says Id, TagFilter and And.TagFilters where S3 says ID, Tag and And.Tags.
 */
export function asS3ApiRules(rules: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return rules.map(({ Id, Filter, ...rest }) => {
    const f = (Filter ?? {}) as {
      TagFilter?: unknown;
      And?: { TagFilters?: unknown } & Record<string, unknown>;
    };
    const filter: Record<string, unknown> = { ...f };
    if (f.TagFilter !== undefined) {
      delete filter.TagFilter;
      filter.Tag = f.TagFilter;
    }
    if (f.And?.TagFilters !== undefined) {
      const { TagFilters, ...and } = f.And;
      filter.And = { ...and, Tags: TagFilters };
    }
    return { ID: Id, Filter: filter, ...rest };
  });
}

/**
 * Policies compared as documents: statement order, and the order of actions, resources and
 * principals, carry no meaning; a single value and a one-element list are the same.
 */
export function normalizePolicy(policy: unknown): unknown {
  const sortDeep = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const items = v.map(sortDeep);
      if (items.length === 1) return items[0];
      return items
        .map((x) => JSON.stringify(x))
        .sort()
        .map((s) => JSON.parse(s) as unknown);
    }
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, x]) => [k, sortDeep(x)]),
      );
    }
    return v;
  };
  return sortDeep(policy);
}
