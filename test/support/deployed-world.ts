/**
 * A topology as it would stand in AWS after a deploy, computed offline: every template resolved
 * with its stack's parameters (source parameters from destination outputs), giving the concrete
 * policies S3 and KMS would evaluate. Used by the permission-chain proof.
 */
import type { Topology } from '../../src/core/model/topology.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import type { PolicyDocument } from './policy-simulator.js';
import { asPolicyDocument } from './policy-simulator.js';
import { resolveTemplate, type Resolved } from './resolve-template.js';
import { bootstrapParameters, bootstrappedAccount } from './bootstrapped-account.js';

export interface DeployedDestination {
  readonly id: string;
  readonly account: string;
  readonly region: string;
  readonly bucketArn: string;
  readonly keyArn: string;
  readonly bucketPolicy: PolicyDocument;
  readonly keyPolicy: PolicyDocument;
  readonly ownerTranslation: boolean;
  readonly bucketKey: boolean;
}

export interface DeployedWorld {
  readonly partition: string;
  readonly roleArn: string;
  readonly roleAccount: string;
  readonly rolePolicy: PolicyDocument;
  /** The role's permissions boundary: the bootstrap's, as bootstrap would deploy it for this topology. */
  readonly roleBoundary: PolicyDocument;
  readonly source: {
    bucketArn: string;
    keyArn: string;
    keyPolicy: PolicyDocument;
    bucketPolicy: PolicyDocument;
    bucketKey: boolean;
    region: string;
  };
  readonly destinations: readonly DeployedDestination[];
}

/** A key that exists before the stacks: its policy holds only the account-root statement. */
export function defaultKeyPolicy(partition: string, account: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Default',
        Effect: 'Allow',
        Principal: { AWS: `arn:${partition}:iam::${account}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

const fakeKeyId = (n: number) => `${String(n).padStart(8, '0')}-1111-2222-3333-444444444444`;

export function deployWorld(topology: Topology): DeployedWorld {
  const synthesis = synthesize(topology);
  const { partition } = topology;
  const outputs = new Map<string, Record<string, string>>();
  const destinations: DeployedDestination[] = [];

  synthesis.manifest.stacks.forEach((stack, i) => {
    if (stack.kind !== 'destination') return;
    const d = topology.destinations.find((x) => x.stackName === stack.name)!;
    const resolved = resolveTemplate(synthesis.templates.get(stack.template)!, {
      accountId: stack.account,
      region: stack.region,
      partition,
      stackName: stack.name,
      // A two-way destination's first phase: the source's key is not there yet (two-way-world.ts has the rest).
      parameters: Object.fromEntries(
        Object.entries(stack.parameters).map(([k, v]) => [k, typeof v === 'string' ? v : (v.orElse ?? '')]),
      ),
      // AlertsKey: a two-way destination watches its way back with a topic and key of its own.
      physicalIds: { ReplicaKey: fakeKeyId(i), ReplicaBucket: d.bucket, AlertsKey: fakeKeyId(500 + i) },
    });
    outputs.set(stack.name, resolved.outputs);
    const keyPolicy = resolved.resources.ReplicaKey
      ? asPolicyDocument(resolved.resources.ReplicaKey.Properties.KeyPolicy, `${d.id} key policy`)
      : defaultKeyPolicy(partition, d.account);
    destinations.push({
      id: d.id,
      account: d.account,
      region: d.region,
      bucketArn: resolved.outputs.BucketArn!,
      keyArn: resolved.outputs.KmsKeyArn!,
      bucketPolicy: asPolicyDocument(
        resolved.resources.ReplicaBucketPolicy!.Properties.PolicyDocument,
        `${d.id} bucket policy`,
      ),
      keyPolicy,
      ownerTranslation: d.ownerTranslation,
      bucketKey: d.bucketKey,
    });
  });

  const sourceStack = synthesis.manifest.stacks.at(-1)!;
  const parameters: Record<string, string> = {};
  for (const [name, value] of Object.entries(sourceStack.parameters)) {
    parameters[name] = typeof value === 'string' ? value : outputs.get(value.fromStack)![value.output]!;
  }
  const src = resolveTemplate(synthesis.templates.get(sourceStack.template)!, {
    accountId: sourceStack.account,
    region: sourceStack.region,
    partition,
    stackName: sourceStack.name,
    parameters,
    physicalIds: {
      SourceKey: fakeKeyId(999),
      AlertsKey: fakeKeyId(998),
      SourceBucket: topology.source.bucket,
    },
  });
  const role = src.resources.ReplicationRole!.Properties as { Policies: { PolicyDocument: Resolved }[] };
  return {
    partition,
    roleArn: src.outputs.ReplicationRoleArn!,
    roleAccount: topology.source.account,
    rolePolicy: asPolicyDocument(role.Policies[0]!.PolicyDocument, 'replication role policy'),
    roleBoundary: bootstrappedAccount(
      topology.source.account,
      bootstrapParameters([topology], topology.source.account),
      partition,
    ).boundary.policy,
    source: {
      bucketArn: src.outputs.BucketArn!,
      keyArn: src.outputs.KmsKeyArn!,
      keyPolicy: src.resources.SourceKey
        ? asPolicyDocument(src.resources.SourceKey.Properties.KeyPolicy, 'source key policy')
        : defaultKeyPolicy(partition, topology.source.account),
      bucketPolicy: asPolicyDocument(
        src.resources.SourceBucketPolicy!.Properties.PolicyDocument,
        'source bucket policy',
      ),
      bucketKey: topology.source.bucketKey,
      region: topology.source.region,
    },
    destinations,
  };
}
