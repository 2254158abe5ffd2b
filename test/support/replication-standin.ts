/**
 * The decision-making half of the harness's S3 replication stand-in; test/REPLICATION.md is its spec.
 *
 * moto (patched by test/support/moto/replication.py) queues every new object version and delete
 * marker that a bucket's replication configuration selects, and marks the version PENDING. This
 * side polls that queue and decides each job as S3 would, acting as the configuration's role:
 * it reads the LIVE role, bucket and key policies, key states and bucket versioning through the
 * emulator's real IAM, S3 and KMS APIs, evaluates every call S3 would make with the tests' IAM policy
 * simulator (test/support/policy-simulator.ts), and posts one verdict per destination. moto then
 * writes the replicas and sets the source version COMPLETED or FAILED.
 *
 *   const replication = startReplication(moto);        // polls every 50 ms
 *   await s3.send(new PutObjectCommand(...));          // source reads PENDING
 *   await replication.drain();                         // source reads COMPLETED or FAILED
 *   replication.log.at(-1)?.destinations[0]?.reason;   // why it FAILED: call, principal, policy
 *   await replication.stop();
 *
 * Several stand-ins on one server would decide the same job twice: start one per server.
 */
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { DescribeKeyCommand, GetKeyPolicyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { withFailureEvents } from './replication-events.js';
import {
  asPolicyDocument,
  simulate,
  type Decision,
  type PolicyDocument,
  type PolicyStatement,
} from './policy-simulator.js';

// ------------------------------------------------------------------------------------------------
// What moto's queue holds (test/support/moto/replication.py)
// ------------------------------------------------------------------------------------------------

export interface JobSource {
  readonly bucket: string;
  readonly key: string;
  readonly versionId: string;
  readonly account: string;
  readonly region: string;
  readonly partition: string;
}

/** The source version as S3 stores it, read when the job is handed out. */
export interface ObjectFacts {
  readonly encryption: string | null;
  /** The key id as the object records it (a key ARN when the bucket default names one). */
  readonly kmsKeyId: string | null;
  readonly bucketKeyEnabled: boolean;
  readonly tags: Readonly<Record<string, string>>;
  readonly size: number;
  readonly storageClass: string;
}

/** One destination, from the highest-priority matching rule that targets its bucket. */
export interface JobDestination {
  readonly ruleId: string | null;
  readonly priority: number;
  readonly bucket: string;
  readonly bucketArn: string;
  readonly account: string | null;
  readonly replicaKmsKeyId: string | null;
  readonly storageClass: string | null;
  readonly ownerOverride: boolean;
  /** Where the bucket lives now; null when it does not exist. */
  readonly owner: { readonly account: string; readonly region: string } | null;
}

export interface ReplicationJob {
  readonly id: number;
  /** `replica-tags`: replica modification sync carries a replica's changed tags to the origin. */
  readonly kind: 'object' | 'delete-marker' | 'replica-tags';
  readonly source: JobSource;
  readonly role: string;
  readonly destinations: readonly JobDestination[];
  /** Epoch ms of the write that created the version (moto's clock; same machine). */
  readonly enqueuedAt: number;
  /** Object jobs only; null when the version was deleted before it was replicated. */
  readonly object?: ObjectFacts | null;
}

/**
 * Failure reasons: S3's own names (user guide, "Amazon S3 replication failure reasons") where S3 has
 * one for the case; SrcKmsKeyNotFound, SrcKmsKeyNotPermitted, SrcListBucketNotPermitted,
 * DstOwnerOverrideNotPermitted, DstKmsKeyWrongRegion, DstKmsKeyNotPermitted and StandInError are
 * the harness's (S3 names no reason for a denied KMS call).
 */
export type FailureCode =
  | 'AssumeRoleNotPermitted'
  | 'SrcVersionNotFound'
  | 'SrcGetObjectNotPermitted'
  | 'SrcGetTaggingNotPermitted'
  | 'SrcListBucketNotPermitted'
  | 'SrcKmsKeyNotFound'
  | 'SrcKmsKeyInvalidState'
  | 'SrcKmsKeyNotPermitted'
  | 'DstBucketNotFound'
  | 'DstBucketUnversioned'
  | 'DstPutObjectNotPermitted'
  | 'DstPutTaggingNotPermitted'
  | 'DstOwnerOverrideNotPermitted'
  | 'DstDelObjNotPermitted'
  // The origin no longer holds the version whose replica's tags changed (the harness's own).
  | 'DstVersionNotFound'
  | 'DstKmsKeyNotFound'
  | 'DstKmsKeyInvalidState'
  | 'DstKmsKeyWrongRegion'
  | 'DstKmsKeyNotPermitted'
  | 'StandInError'
  // The Batch Operations stand-in: a call of the job's batch role was denied (S3's error code).
  | 'AccessDenied';

/** One step S3 takes for a job, as evaluated; the log keeps every one, passed or not. */
export interface Check {
  /** The destination bucket the step is for; absent for steps on the source side. */
  readonly destination?: string;
  readonly step: string;
  readonly ok: boolean;
  readonly code?: FailureCode;
  readonly action?: string;
  readonly principal?: string;
  readonly resource?: string;
  readonly decision?: Decision;
  /** What was evaluated; on a denial, which policy has no Allow or holds the Deny. */
  readonly detail: string;
}

export interface DestinationVerdict {
  readonly bucket: string;
  readonly status: 'COMPLETED' | 'FAILED';
  /** The first failing step's code and detail. */
  readonly code?: FailureCode;
  readonly reason?: string;
  /** The replica key's ARN, resolved by DescribeKey, for SSEKMSKeyId. */
  readonly replicaKmsKeyArn?: string;
  /** The destination bucket's default BucketKeyEnabled, which replicas follow. */
  readonly bucketKeyEnabled?: boolean;
  readonly replicateTags?: boolean;
}

/** A finished job, as moto recorded it (also served at GET /_harness/replication/log). */
export interface ReplicationRecord extends Omit<ReplicationJob, 'destinations'> {
  readonly status: 'COMPLETED' | 'FAILED';
  readonly destinations: readonly (JobDestination & DestinationVerdict)[];
  readonly checks: readonly Check[];
  readonly finishedAt: number;
  /** From the write of the source version to its final status. */
  readonly latencyMs: number;
  /** Failure events S3 sent, or could not send, for FAILED destinations (replication-events.ts). */
  readonly events?: readonly {
    readonly destination: string;
    readonly target: string;
    readonly failureReason: string;
    readonly delivered: boolean;
    readonly why?: string;
  }[];
}

// ------------------------------------------------------------------------------------------------
// Live state, read through the emulator's real APIs, in the account that owns each resource
// ------------------------------------------------------------------------------------------------

export interface LiveRole {
  readonly trust: PolicyDocument;
  readonly policies: readonly PolicyDocument[];
  /** The role's permissions boundary, when it has one: every Allow must be in it too. */
  readonly boundary?: PolicyDocument;
}

interface LiveKey {
  readonly arn: string;
  readonly account: string;
  readonly region: string;
  readonly state: string;
  readonly policy: PolicyDocument;
}

const ARN = /^arn:([^:]+):([^:]+):([^:]*):(\d{12})?:(.*)$/;

function arnParts(arn: string): { region: string; account: string } | undefined {
  const m = ARN.exec(arn);
  return m ? { region: m[3]!, account: m[4] ?? '' } : undefined;
}

/** IAM returns policy documents URL-encoded; S3 and KMS return them as JSON text. */
function parsePolicy(text: string, what: string): PolicyDocument {
  const json = text.trimStart().startsWith('{') ? text : decodeURIComponent(text);
  return asPolicyDocument(JSON.parse(json) as unknown, what);
}

interface ClientConfig {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly maxAttempts: number;
}

type Handler = (args: { request: unknown }) => Promise<unknown>;

/** The one middlewareStack.add overload used here; the SDK's union of overloads is not callable. */
interface MiddlewareStack {
  add(middleware: (next: Handler) => Handler, options: { step: 'build'; name: string }): void;
}

const errorName = (e: unknown): string => (e as { name?: string }).name ?? '';

/** Also read by the Batch Operations stand-in (batch-standin.ts), for the batch role. */
export class LiveAws {
  private readonly clients = new Map<string, S3Client | KMSClient | IAMClient>();

  constructor(private readonly endpoint: string) {}

  private client<C extends S3Client | KMSClient | IAMClient>(
    key: string,
    account: string,
    make: (config: ClientConfig) => C,
  ): C {
    const id = `${key}/${account}`;
    const hit = this.clients.get(id);
    if (hit) return hit as C;
    const client = make({
      endpoint: this.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'replication-standin', secretAccessKey: 'replication-standin' },
      maxAttempts: 2,
    });
    (client.middlewareStack as unknown as MiddlewareStack).add(
      (next) => async (args) => {
        // moto picks a request's account from this header before anything else.
        const request = args.request as { headers?: Record<string, string> };
        if (request.headers) request.headers['x-moto-account-id'] = account;
        return next(args);
      },
      { step: 'build', name: 'replicationStandInAccount' },
    );
    this.clients.set(id, client);
    return client;
  }

  private s3(account: string): S3Client {
    return this.client('s3', account, (c) => new S3Client({ ...c, forcePathStyle: true }));
  }

  private kms(account: string, region: string): KMSClient {
    return this.client(`kms/${region}`, account, (c) => new KMSClient({ ...c, region }));
  }

  private iam(account: string): IAMClient {
    return this.client('iam', account, (c) => new IAMClient(c));
  }

  async role(roleArn: string): Promise<LiveRole | undefined> {
    const parts = arnParts(roleArn);
    const name = roleArn.split('/').at(-1);
    if (!parts || !name) return undefined;
    const iam = this.iam(parts.account);
    let lists: [{ trust: string; boundaryArn?: string }, string[], { PolicyArn?: string }[]];
    try {
      lists = await Promise.all([
        iam.send(new GetRoleCommand({ RoleName: name })).then((r) => ({
          trust: r.Role!.AssumeRolePolicyDocument!,
          ...(r.Role!.PermissionsBoundary?.PermissionsBoundaryArn
            ? { boundaryArn: r.Role!.PermissionsBoundary.PermissionsBoundaryArn }
            : {}),
        })),
        iam.send(new ListRolePoliciesCommand({ RoleName: name })).then((r) => r.PolicyNames ?? []),
        iam
          .send(new ListAttachedRolePoliciesCommand({ RoleName: name }))
          .then((r) => r.AttachedPolicies ?? []),
      ]);
    } catch (e) {
      if (errorName(e) === 'NoSuchEntityException' || errorName(e) === 'NoSuchEntity') return undefined;
      throw e;
    }
    const [{ trust: trustText, boundaryArn }, inline, attached] = lists;
    const managed = async (PolicyArn: string) => {
      const policy = await iam.send(new GetPolicyCommand({ PolicyArn }));
      const version = await iam.send(
        new GetPolicyVersionCommand({ PolicyArn, VersionId: policy.Policy!.DefaultVersionId! }),
      );
      return parsePolicy(version.PolicyVersion!.Document!, `managed policy ${PolicyArn}`);
    };
    const policies = [
      ...(await Promise.all(
        inline.map(async (policyName) => {
          const out = await iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: policyName }));
          return parsePolicy(out.PolicyDocument!, `inline policy ${policyName} of ${roleArn}`);
        }),
      )),
      ...(await Promise.all(attached.map(({ PolicyArn }) => managed(PolicyArn!)))),
    ];
    return {
      trust: parsePolicy(trustText, `trust policy of ${roleArn}`),
      policies,
      ...(boundaryArn ? { boundary: await managed(boundaryArn) } : {}),
    };
  }

  async bucketPolicy(bucket: string, account: string): Promise<PolicyDocument | undefined> {
    try {
      const out = await this.s3(account).send(new GetBucketPolicyCommand({ Bucket: bucket }));
      return parsePolicy(out.Policy!, `bucket policy of ${bucket}`);
    } catch (e) {
      if (errorName(e) === 'NoSuchBucketPolicy') return undefined;
      throw e;
    }
  }

  async versioning(bucket: string, account: string): Promise<string | undefined> {
    return (await this.s3(account).send(new GetBucketVersioningCommand({ Bucket: bucket }))).Status;
  }

  async bucketKeyByDefault(bucket: string, account: string): Promise<boolean> {
    try {
      const out = await this.s3(account).send(new GetBucketEncryptionCommand({ Bucket: bucket }));
      return out.ServerSideEncryptionConfiguration?.Rules?.[0]?.BucketKeyEnabled === true;
    } catch (e) {
      if (errorName(e) === 'ServerSideEncryptionConfigurationNotFoundError') return false;
      throw e;
    }
  }

  /** A key id, key ARN, alias or alias ARN, resolved in the account and region given (or its ARN's). */
  async key(keyId: string, account: string, region: string): Promise<LiveKey | undefined> {
    const parts = arnParts(keyId);
    const kms = this.kms(parts?.account || account, parts?.region || region);
    try {
      const meta = (await kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata!;
      const policy = await kms.send(new GetKeyPolicyCommand({ KeyId: meta.KeyId!, PolicyName: 'default' }));
      const arn = meta.Arn!;
      return {
        arn,
        account: meta.AWSAccountId!,
        region: arnParts(arn)!.region,
        state: meta.KeyState ?? (meta.Enabled ? 'Enabled' : 'Disabled'),
        policy: parsePolicy(policy.Policy!, `key policy of ${arn}`),
      };
    } catch (e) {
      if (errorName(e) === 'NotFoundException') return undefined;
      throw e;
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Authorization: one call, evaluated with the simulator, and who is to blame when it is denied
// ------------------------------------------------------------------------------------------------

export interface AuthCall {
  readonly destination?: string;
  readonly step: string;
  readonly code: FailureCode;
  readonly action: string;
  readonly resource: string;
  readonly context?: Readonly<Record<string, string>>;
  readonly identity: readonly PolicyDocument[];
  /** The principal's permissions boundary, if its role has one. */
  readonly boundary?: PolicyDocument | undefined;
  readonly identityLabel: string;
  readonly resourcePolicy: PolicyDocument | undefined;
  readonly resourceLabel: string;
  readonly resourceAccount: string;
}

const allowOnly = (statement: PolicyDocument['Statement']): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statement,
});

/**
 * Which side denied: each side is evaluated again with the other side replaced by one that cannot
 * be at fault: the identity side against a resource policy that delegates to the principal's
 * account (IAM policies then decide), the resource side with an identity policy that grants exactly
 * this call. A side that still fails is at fault.
 */
async function blame(principal: string, call: AuthCall): Promise<string> {
  const request = {
    principalArn: principal,
    action: call.action,
    resourceArn: call.resource,
    context: call.context,
  };
  const [, partition, account] = /^arn:([^:]+):[^:]+::(\d{12}):/.exec(principal) ?? [];
  const delegatingResourcePolicy = allowOnly({
    Effect: 'Allow',
    Principal: { AWS: `arn:${partition}:iam::${account}:root` },
    Action: call.action,
    Resource: call.action.startsWith('kms:') ? '*' : call.resource,
  });
  const grantingIdentity = allowOnly({ Effect: 'Allow', Action: call.action, Resource: call.resource });
  const identitySide = await simulate(request, {
    identityPolicies: call.identity,
    resourcePolicy: delegatingResourcePolicy,
    resourceAccount: call.resourceAccount,
  });
  // The role's own policies allow it, but its permissions boundary does not.
  const boundarySide =
    identitySide === 'Allowed' && call.boundary
      ? await simulate(request, {
          identityPolicies: call.identity,
          resourcePolicy: delegatingResourcePolicy,
          resourceAccount: call.resourceAccount,
          permissionBoundaries: [call.boundary],
        })
      : 'Allowed';
  const resourceSide = await simulate(request, {
    identityPolicies: [grantingIdentity],
    ...(call.resourcePolicy ? { resourcePolicy: call.resourcePolicy } : {}),
    resourceAccount: call.resourceAccount,
  });
  const fault = (label: string, decision: Decision) =>
    decision === 'ExplicitlyDenied' ? `${label} denies it explicitly` : `${label} has no Allow for it`;
  const faults = [
    ...(identitySide === 'Allowed' ? [] : [fault(call.identityLabel, identitySide)]),
    ...(boundarySide === 'Allowed'
      ? []
      : [fault(`the permissions boundary of ${call.identityLabel}`, boundarySide)]),
    ...(resourceSide === 'Allowed' ? [] : [fault(call.resourceLabel, resourceSide)]),
  ];
  return faults.length > 0
    ? faults.join('; ')
    : `neither ${call.identityLabel} nor ${call.resourceLabel} has an Allow for it`;
}

export async function authorize(principal: string, call: AuthCall): Promise<Check> {
  const decision = await simulate(
    { principalArn: principal, action: call.action, resourceArn: call.resource, context: call.context },
    {
      identityPolicies: call.identity,
      ...(call.resourcePolicy ? { resourcePolicy: call.resourcePolicy } : {}),
      ...(call.boundary ? { permissionBoundaries: [call.boundary] } : {}),
      resourceAccount: call.resourceAccount,
    },
  );
  const head = `${call.action} on ${call.resource} as ${principal}: ${decision}`;
  const base = {
    ...(call.destination ? { destination: call.destination } : {}),
    step: call.step,
    action: call.action,
    principal,
    resource: call.resource,
    decision,
  };
  if (decision === 'Allowed') return { ...base, ok: true, detail: head };
  return { ...base, ok: false, code: call.code, detail: `${head}: ${await blame(principal, call)}` };
}

const passed = (step: string, detail: string, destination?: string): Check => ({
  ...(destination ? { destination } : {}),
  step,
  ok: true,
  detail,
});

const failed = (step: string, code: FailureCode, detail: string, destination?: string): Check => ({
  ...(destination ? { destination } : {}),
  step,
  ok: false,
  code,
  detail,
});

// ------------------------------------------------------------------------------------------------
// The trust policy: S3 (s3.amazonaws.com) must be allowed to assume the role
// ------------------------------------------------------------------------------------------------

const glob = (pattern: string, flags = ''): RegExp =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    flags,
  );

const asArray = <T>(v: T | readonly T[] | undefined): readonly T[] =>
  v === undefined ? [] : Array.isArray(v) ? (v as readonly T[]) : [v as T];

/** The condition operators a trust policy for S3 plausibly uses, on the keys S3 sends. */
const TRUST_OPERATORS: Record<string, (actual: string, wanted: string) => boolean> = {
  stringequals: (a, w) => a === w,
  stringlike: (a, w) => glob(w).test(a),
  arnequals: (a, w) => a === w,
  arnlike: (a, w) => glob(w).test(a),
};

function trustStatementApplies(
  statement: PolicyStatement,
  context: Readonly<Record<string, string>>,
): { applies: boolean; unsupported?: string } {
  const principal = statement.Principal as { Service?: string | string[] } | string | undefined;
  const servicePrincipal =
    principal === '*' ||
    (typeof principal === 'object' && asArray(principal.Service).includes('s3.amazonaws.com'));
  const actions = asArray(statement.Action);
  const actionMatches = actions.some((a) => glob(a, 'i').test('sts:AssumeRole'));
  if (!servicePrincipal || !actionMatches) return { applies: false };
  for (const [operator, keys] of Object.entries(statement.Condition ?? {})) {
    const test = TRUST_OPERATORS[operator.toLowerCase()];
    for (const [key, wanted] of Object.entries(keys)) {
      const actual = Object.entries(context).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
      if (!test || actual === undefined) return { applies: false, unsupported: `${operator} ${key}` };
      if (!asArray(wanted).some((w) => test(actual, String(w)))) return { applies: false };
    }
  }
  return { applies: true };
}

function trustCheck(job: ReplicationJob, role: LiveRole | undefined): Check {
  const step = 'S3 assumes the replication role';
  if (!role) return failed(step, 'AssumeRoleNotPermitted', `role ${job.role} does not exist`);
  const context = {
    'aws:SourceAccount': job.source.account,
    'aws:SourceArn': `arn:${job.source.partition}:s3:::${job.source.bucket}`,
  };
  const verdicts = asArray(role.trust.Statement).map((s) => ({ s, ...trustStatementApplies(s, context) }));
  if (verdicts.some((v) => v.applies && v.s.Effect === 'Deny')) {
    return failed(step, 'AssumeRoleNotPermitted', `the trust policy of ${job.role} denies s3.amazonaws.com`);
  }
  if (verdicts.some((v) => v.applies && v.s.Effect === 'Allow')) {
    return passed(step, `the trust policy of ${job.role} lets s3.amazonaws.com assume it`);
  }
  const unsupported = verdicts.flatMap((v) => (v.unsupported ? [v.unsupported] : []));
  return failed(
    step,
    'AssumeRoleNotPermitted',
    `the trust policy of ${job.role} does not let s3.amazonaws.com call sts:AssumeRole` +
      (unsupported.length > 0
        ? ` (conditions the stand-in does not evaluate: ${unsupported.join(', ')})`
        : ''),
  );
}

// ------------------------------------------------------------------------------------------------
// The steps of one job, per DESIGN.md §1
// ------------------------------------------------------------------------------------------------

interface JobContext {
  readonly job: ReplicationJob;
  readonly aws: LiveAws;
  readonly role: LiveRole | undefined;
  readonly identityLabel: string;
}

const s3Arn = (partition: string, bucket: string, key?: string) =>
  `arn:${partition}:s3:::${bucket}${key === undefined ? '' : `/${key}`}`;

const urlSuffix = (partition: string) => (partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com');

function keyStateCheck(
  key: LiveKey | undefined,
  keyId: string,
  codes: { missing: FailureCode; state: FailureCode },
  step: string,
  destination?: string,
): Check {
  if (!key) return failed(step, codes.missing, `KMS key ${keyId} does not exist`, destination);
  if (key.state !== 'Enabled') {
    return failed(step, codes.state, `KMS key ${key.arn} is ${key.state}`, destination);
  }
  return passed(step, `KMS key ${key.arn} is Enabled`, destination);
}

const withTags = (object: ObjectFacts | undefined) =>
  object !== undefined && Object.keys(object.tags).length > 0;

/** Reads of one source object: the version, its tags, and the key that decrypts it. */
async function sourceObjectChecks(ctx: JobContext, object: ObjectFacts): Promise<Check[]> {
  const { job, aws } = ctx;
  const src = job.source;
  const objectArn = s3Arn(src.partition, src.bucket, src.key);
  const [bucketPolicy, key] = await Promise.all([
    aws.bucketPolicy(src.bucket, src.account),
    object.kmsKeyId ? aws.key(object.kmsKeyId, src.account, src.region) : undefined,
  ]);
  const onSourceBucket = {
    identity: ctx.role?.policies ?? [],
    boundary: ctx.role?.boundary,
    identityLabel: ctx.identityLabel,
    resourcePolicy: bucketPolicy,
    resourceLabel: `the source bucket policy of ${src.bucket}`,
    resourceAccount: src.account,
    resource: objectArn,
  };
  const reads = [
    authorize(job.role, {
      ...onSourceBucket,
      step: 'read the source version',
      code: 'SrcGetObjectNotPermitted',
      action: 's3:GetObjectVersionForReplication',
    }),
    ...(withTags(object)
      ? [
          authorize(job.role, {
            ...onSourceBucket,
            step: "read the source version's tags",
            code: 'SrcGetTaggingNotPermitted',
            action: 's3:GetObjectVersionTagging',
          }),
        ]
      : []),
  ];
  const checks = await Promise.all(reads);
  if (!object.kmsKeyId) return checks;
  const step = 'decrypt the source version';
  const codes = { missing: 'SrcKmsKeyNotFound', state: 'SrcKmsKeyInvalidState' } as const;
  const state = keyStateCheck(key, object.kmsKeyId, codes, step);
  if (!key || !state.ok) return [...checks, state];
  const decrypt = await authorize(job.role, {
    step,
    code: 'SrcKmsKeyNotPermitted',
    action: 'kms:Decrypt',
    resource: key.arn,
    // With an S3 Bucket Key the data key is the bucket's: its context is the bucket ARN.
    context: {
      'kms:EncryptionContext:aws:s3:arn': object.bucketKeyEnabled
        ? s3Arn(src.partition, src.bucket)
        : objectArn,
      'kms:ViaService': `s3.${src.region}.${urlSuffix(src.partition)}`,
    },
    identity: ctx.role?.policies ?? [],
    boundary: ctx.role?.boundary,
    identityLabel: ctx.identityLabel,
    resourcePolicy: key.policy,
    resourceLabel: `the source key policy of ${key.arn}`,
    resourceAccount: key.account,
  });
  return [...checks, state, decrypt];
}

async function sourceMarkerChecks(ctx: JobContext): Promise<Check[]> {
  const { job, aws } = ctx;
  const src = job.source;
  // DESIGN.md §1: the role lists the source bucket to replicate delete markers.
  return [
    await authorize(job.role, {
      step: 'list the source bucket for the delete marker',
      code: 'SrcListBucketNotPermitted',
      action: 's3:ListBucket',
      resource: s3Arn(src.partition, src.bucket),
      identity: ctx.role?.policies ?? [],
      boundary: ctx.role?.boundary,
      identityLabel: ctx.identityLabel,
      resourcePolicy: await aws.bucketPolicy(src.bucket, src.account),
      resourceLabel: `the source bucket policy of ${src.bucket}`,
      resourceAccount: src.account,
    }),
  ];
}

interface DestinationOutcome {
  readonly checks: readonly Check[];
  readonly replicaKmsKeyArn?: string;
  readonly bucketKeyEnabled?: boolean;
}

interface Owner {
  readonly account: string;
  readonly region: string;
}

interface WriteStep {
  readonly action: string;
  readonly code: FailureCode;
  readonly step: string;
}

/** The writes into one destination bucket: it exists, is versioned, and its policy allows them. */
async function destinationWriteChecks(
  ctx: JobContext,
  d: JobDestination,
  owner: Owner,
  writes: readonly WriteStep[],
): Promise<Check[]> {
  const step = 'find the versioned destination bucket';
  const [versioning, policy] = await Promise.all([
    ctx.aws.versioning(d.bucket, owner.account),
    ctx.aws.bucketPolicy(d.bucket, owner.account),
  ]);
  const versioned =
    versioning === 'Enabled'
      ? passed(step, `bucket ${d.bucket} (${owner.account}, ${owner.region}) is versioned`, d.bucket)
      : failed(
          step,
          'DstBucketUnversioned',
          `versioning of bucket ${d.bucket} is ${versioning ?? 'never enabled'}`,
          d.bucket,
        );
  const on = {
    destination: d.bucket,
    identity: ctx.role?.policies ?? [],
    boundary: ctx.role?.boundary,
    identityLabel: ctx.identityLabel,
    resourcePolicy: policy,
    resourceLabel: policy
      ? `the destination bucket policy of ${d.bucket} (account ${owner.account})`
      : `the destination bucket ${d.bucket} (account ${owner.account}), which has no bucket policy,`,
    resourceAccount: owner.account,
    resource: s3Arn(ctx.job.source.partition, d.bucket, ctx.job.source.key),
  };
  const allowed = await Promise.all(writes.map((w) => authorize(ctx.job.role, { ...on, ...w })));
  return [versioned, ...allowed];
}

async function replicaKeyChecks(
  ctx: JobContext,
  d: JobDestination,
  owner: Owner,
): Promise<DestinationOutcome> {
  const step = 'encrypt the replica with the replica key';
  if (!d.replicaKmsKeyId) {
    return { checks: [failed(step, 'DstKmsKeyNotFound', 'the rule names no ReplicaKmsKeyID', d.bucket)] };
  }
  // A bare key id or alias resolves in the role's account (S3 acts as the role), in the bucket's region.
  const roleAccount = arnParts(ctx.job.role)?.account ?? ctx.job.source.account;
  const [key, bucketKeyEnabled] = await Promise.all([
    ctx.aws.key(d.replicaKmsKeyId, roleAccount, owner.region),
    ctx.aws.bucketKeyByDefault(d.bucket, owner.account),
  ]);
  const codes = { missing: 'DstKmsKeyNotFound', state: 'DstKmsKeyInvalidState' } as const;
  const state = keyStateCheck(key, d.replicaKmsKeyId, codes, step, d.bucket);
  if (!key || !state.ok) return { checks: [state] };
  if (key.region !== owner.region) {
    const detail = `KMS key ${key.arn} is in ${key.region}; S3 encrypts replicas for ${d.bucket} in ${owner.region}`;
    return { checks: [state, failed(step, 'DstKmsKeyWrongRegion', detail, d.bucket)] };
  }
  const partition = ctx.job.source.partition;
  const context = {
    'kms:EncryptionContext:aws:s3:arn': bucketKeyEnabled
      ? d.bucketArn
      : s3Arn(partition, d.bucket, ctx.job.source.key),
    'kms:ViaService': `s3.${owner.region}.${urlSuffix(partition)}`,
  };
  // DESIGN.md §1: with S3 Bucket Keys on replicas, S3 also decrypts the bucket-level data key.
  const actions = ['kms:Encrypt', 'kms:GenerateDataKey', ...(bucketKeyEnabled ? ['kms:Decrypt'] : [])];
  const allowed = await Promise.all(
    actions.map((action) =>
      authorize(ctx.job.role, {
        destination: d.bucket,
        step,
        code: 'DstKmsKeyNotPermitted',
        action,
        resource: key.arn,
        context,
        identity: ctx.role?.policies ?? [],
        boundary: ctx.role?.boundary,
        identityLabel: ctx.identityLabel,
        resourcePolicy: key.policy,
        resourceLabel: `the destination key policy of ${key.arn}`,
        resourceAccount: key.account,
      }),
    ),
  );
  return { checks: [state, ...allowed], replicaKmsKeyArn: key.arn, bucketKeyEnabled };
}

const bucketMissing = (d: JobDestination): DestinationOutcome => ({
  checks: [
    failed(
      'find the versioned destination bucket',
      'DstBucketNotFound',
      `bucket ${d.bucket} does not exist`,
      d.bucket,
    ),
  ],
});

async function destinationObjectChecks(
  ctx: JobContext,
  d: JobDestination,
  object: ObjectFacts,
): Promise<DestinationOutcome> {
  if (!d.owner) return bucketMissing(d);
  const writes: WriteStep[] = [
    { action: 's3:ReplicateObject', code: 'DstPutObjectNotPermitted', step: 'write the replica' },
    ...(withTags(object)
      ? [
          {
            action: 's3:ReplicateTags',
            code: 'DstPutTaggingNotPermitted' as const,
            step: "write the replica's tags",
          },
        ]
      : []),
    ...(d.ownerOverride
      ? [
          {
            action: 's3:ObjectOwnerOverrideToBucketOwner',
            code: 'DstOwnerOverrideNotPermitted' as const,
            step: 'hand the replica to the destination owner',
          },
        ]
      : []),
  ];
  const [checks, key] = await Promise.all([
    destinationWriteChecks(ctx, d, d.owner, writes),
    object.kmsKeyId ? replicaKeyChecks(ctx, d, d.owner) : undefined,
  ]);
  return key ? { ...key, checks: [...checks, ...key.checks] } : { checks };
}

async function destinationMarkerChecks(ctx: JobContext, d: JobDestination): Promise<DestinationOutcome> {
  if (!d.owner) return bucketMissing(d);
  const write = {
    action: 's3:ReplicateDelete',
    code: 'DstDelObjNotPermitted' as const,
    step: 'write the delete marker',
  };
  return { checks: await destinationWriteChecks(ctx, d, d.owner, [write]) };
}

interface Decided {
  readonly destinations: readonly DestinationVerdict[];
  readonly checks: readonly Check[];
}

function verdictFor(
  d: JobDestination,
  checks: readonly Check[],
  outcome: DestinationOutcome,
  tagged: boolean,
) {
  const firstFailure = checks.find((c) => !c.ok);
  return {
    bucket: d.bucket,
    status: firstFailure ? ('FAILED' as const) : ('COMPLETED' as const),
    ...(firstFailure ? { code: firstFailure.code!, reason: firstFailure.detail } : {}),
    ...(outcome.replicaKmsKeyArn ? { replicaKmsKeyArn: outcome.replicaKmsKeyArn } : {}),
    ...(outcome.bucketKeyEnabled !== undefined ? { bucketKeyEnabled: outcome.bucketKeyEnabled } : {}),
    replicateTags: tagged,
  };
}

/**
 * Every step is evaluated, not only up to the first failure, so the log shows all that is wrong;
 * a destination's verdict names the first failing step, source steps first.
 */
async function decideJob(job: ReplicationJob, aws: LiveAws): Promise<Decided> {
  const role = await aws.role(job.role);
  const ctx: JobContext = { job, aws, role, identityLabel: `the role policy of ${job.role}` };
  const assumed = trustCheck(job, role);
  if (job.kind === 'object' && !job.object) {
    const gone = failed(
      'read the source version',
      'SrcVersionNotFound',
      'the source version was deleted first',
    );
    const checks = [assumed, gone];
    return {
      checks,
      destinations: job.destinations.map((d) => verdictFor(d, checks, { checks: [] }, false)),
    };
  }
  if (job.kind === 'replica-tags') return decideReplicaTags(ctx, assumed);
  const object = job.object ?? undefined;
  const [sourceChecks, outcomes] = await Promise.all([
    object ? sourceObjectChecks(ctx, object) : sourceMarkerChecks(ctx),
    Promise.all(
      job.destinations.map((d) =>
        object ? destinationObjectChecks(ctx, d, object) : destinationMarkerChecks(ctx, d),
      ),
    ),
  ]);
  const onSource = [assumed, ...sourceChecks];
  return {
    checks: [...onSource, ...outcomes.flatMap((o) => o.checks)],
    destinations: job.destinations.map((d, i) =>
      verdictFor(d, [...onSource, ...outcomes[i]!.checks], outcomes[i]!, withTags(object)),
    ),
  };
}

/**
 * Replica modification sync of tags: S3 reads the replica's tags as the replica bucket's role and
 * writes them onto the origin's version; no object is copied and no key is used.
 */
async function decideReplicaTags(ctx: JobContext, assumed: Check): Promise<Decided> {
  const src = ctx.job.source;
  const read = await authorize(ctx.job.role, {
    step: "read the replica's changed tags",
    code: 'SrcGetTaggingNotPermitted',
    action: 's3:GetObjectVersionTagging',
    resource: s3Arn(src.partition, src.bucket, src.key),
    identity: ctx.role?.policies ?? [],
    boundary: ctx.role?.boundary,
    identityLabel: ctx.identityLabel,
    resourcePolicy: await ctx.aws.bucketPolicy(src.bucket, src.account),
    resourceLabel: `the bucket policy of ${src.bucket}`,
    resourceAccount: src.account,
  });
  const write = {
    action: 's3:ReplicateTags',
    code: 'DstPutTaggingNotPermitted' as const,
    step: "write the tags onto the origin's version",
  };
  const outcomes = await Promise.all(
    ctx.job.destinations.map(async (d): Promise<DestinationOutcome> =>
      d.owner ? { checks: await destinationWriteChecks(ctx, d, d.owner, [write]) } : bucketMissing(d),
    ),
  );
  const onSource = [assumed, read];
  return {
    checks: [...onSource, ...outcomes.flatMap((o) => o.checks)],
    destinations: ctx.job.destinations.map((d, i) =>
      verdictFor(d, [...onSource, ...outcomes[i]!.checks], outcomes[i]!, true),
    ),
  };
}

// ------------------------------------------------------------------------------------------------
// The poller
// ------------------------------------------------------------------------------------------------

export interface ReplicationOptions {
  /** How often the queue is polled; default 50 ms. */
  readonly intervalMs?: number;
  /** A job is decided no sooner than this long after its version was written; default 0. */
  readonly delayMs?: number;
  /** drain() gives up after this long; default 30 s. */
  readonly drainTimeoutMs?: number;
}

export interface ReplicationStandIn {
  /** Stops polling; resolves once the job in hand is posted. */
  stop(): Promise<void>;
  /** Resolves when the queue is empty; rejects on a stand-in error or when the queue stays busy. */
  drain(): Promise<void>;
  /** Every job this stand-in finished, oldest first. */
  readonly log: readonly ReplicationRecord[];
}

class HarnessApi {
  constructor(private readonly endpoint: string) {}

  private async call<T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.endpoint}/_harness/replication/${route}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    const text = await response.text();
    if (!response.ok || !text.startsWith('{')) {
      throw new Error(
        `replication stand-in: ${method} /_harness/replication/${route} answered HTTP ${response.status}: ` +
          `${text.slice(0, 300)} (is the server started with its patches, i.e. not startMoto({ patches: false })?)`,
      );
    }
    return JSON.parse(text) as T;
  }

  async pending(): Promise<ReplicationJob[]> {
    return (await this.call<{ jobs: ReplicationJob[] }>('GET', 'pending')).jobs;
  }

  async complete(id: number, decided: Decided): Promise<ReplicationRecord> {
    return (await this.call<{ record: ReplicationRecord }>('POST', 'complete', { id, ...decided })).record;
  }
}

/** A job the stand-in could not decide: FAILED loudly, never mistaken for a policy denial. */
function standInFailure(job: ReplicationJob, error: unknown): Decided {
  const detail = `the stand-in could not decide: ${error instanceof Error ? error.message : String(error)}`;
  return {
    checks: [failed('decide the job', 'StandInError', detail)],
    destinations: job.destinations.map((d) => ({
      bucket: d.bucket,
      status: 'FAILED',
      code: 'StandInError',
      reason: detail,
    })),
  };
}

export function startReplication(
  moto: { readonly endpoint: string },
  options: ReplicationOptions = {},
): ReplicationStandIn {
  const intervalMs = options.intervalMs ?? 50;
  const delayMs = options.delayMs ?? 0;
  const drainTimeoutMs = options.drainTimeoutMs ?? 30_000;
  const api = new HarnessApi(moto.endpoint);
  const aws = new LiveAws(moto.endpoint);
  const log: ReplicationRecord[] = [];
  const errors: unknown[] = [];
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // Cycles run one after another (timer and drain() alike), so a job is never decided twice.
  let chain: Promise<unknown> = Promise.resolve();

  /** One pass over the queue; returns how many jobs it saw (decided or not yet due). */
  const cycle = async (): Promise<number> => {
    const jobs = await api.pending();
    for (const job of jobs.filter((j) => Date.now() - j.enqueuedAt >= delayMs)) {
      let decided: Decided;
      try {
        // What S3 would also do: send its failure event, with the reason, where it may (replication-events.ts).
        decided = await withFailureEvents(job, await decideJob(job, aws), moto.endpoint);
      } catch (error) {
        errors.push(error);
        decided = standInFailure(job, error);
      }
      log.push(await api.complete(job.id, decided));
    }
    return jobs.length;
  };

  const runCycle = (): Promise<number> => {
    const next = chain.then(cycle);
    chain = next.catch((error: unknown) => errors.push(error));
    return next;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(
      () =>
        void runCycle()
          .catch(() => undefined)
          .finally(schedule),
      intervalMs,
    );
  };
  schedule();

  const throwIfErrors = () => {
    if (errors.length === 0) return;
    const seen = errors.splice(0);
    throw new Error(
      `replication stand-in failed ${seen.length} time(s): ` +
        seen.map((e) => (e instanceof Error ? e.message : String(e))).join(' | '),
    );
  };

  return {
    log,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await chain;
    },
    async drain() {
      const deadline = Date.now() + drainTimeoutMs;
      for (;;) {
        const seen = await runCycle().catch((error: unknown) => {
          throwIfErrors();
          throw error;
        });
        throwIfErrors();
        if (seen === 0) return;
        if (Date.now() > deadline) {
          throw new Error(`replication stand-in: jobs still pending after ${drainTimeoutMs} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, 20)));
      }
    },
  };
}
