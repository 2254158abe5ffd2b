/**
 * Every call S3 replication makes as the replication role, for one object version (DESIGN.md §1),
 * and the decision a real IAM policy evaluator gives each over a deployed world's policies: the
 * role's policy within its permissions boundary, the bucket or key policy, cross-account rules.
 */
import type { PolicyDocument, SimPolicies, SimRequest } from './policy-simulator.js';
import { simulate } from './policy-simulator.js';
import type { DeployedWorld } from './deployed-world.js';

export interface Call {
  readonly label: string;
  readonly request: Omit<SimRequest, 'principalArn'>;
  readonly policies: (w: DeployedWorld) => SimPolicies;
}

/** Every call S3 replication makes as the role, for one object version, per DESIGN.md §1. */
export function replicationCalls(w: DeployedWorld): Call[] {
  const src = w.source;
  const object = `${src.bucketArn}/data/report.csv`;
  const identity = (ww: DeployedWorld) => [ww.rolePolicy];
  const onSourceBucket = (ww: DeployedWorld): SimPolicies => ({
    identityPolicies: identity(ww),
    resourcePolicy: ww.source.bucketPolicy,
    resourceAccount: ww.roleAccount,
  });
  const calls: Call[] = [
    {
      label: 's3:GetReplicationConfiguration on the source bucket',
      request: { action: 's3:GetReplicationConfiguration', resourceArn: src.bucketArn },
      policies: onSourceBucket,
    },
    {
      label: 's3:ListBucket on the source bucket',
      request: { action: 's3:ListBucket', resourceArn: src.bucketArn },
      policies: onSourceBucket,
    },
    ...['s3:GetObjectVersionForReplication', 's3:GetObjectVersionAcl', 's3:GetObjectVersionTagging'].map(
      (action) => ({
        label: `${action} on a source object`,
        request: { action, resourceArn: object },
        policies: onSourceBucket,
      }),
    ),
    {
      label: 'kms:Decrypt with the source key for a source object',
      request: {
        action: 'kms:Decrypt',
        resourceArn: src.keyArn,
        context: { 'kms:EncryptionContext:aws:s3:arn': src.bucketKey ? src.bucketArn : object },
      },
      policies: (ww) => ({
        identityPolicies: identity(ww),
        resourcePolicy: ww.source.keyPolicy,
        resourceAccount: ww.roleAccount,
      }),
    },
  ];
  w.destinations.forEach((d, i) => {
    const replica = `${d.bucketArn}/data/report.csv`;
    const onBucket = (ww: DeployedWorld): SimPolicies => ({
      identityPolicies: identity(ww),
      resourcePolicy: ww.destinations[i]!.bucketPolicy,
      resourceAccount: d.account,
    });
    const onKey = (ww: DeployedWorld): SimPolicies => ({
      identityPolicies: identity(ww),
      resourcePolicy: ww.destinations[i]!.keyPolicy,
      resourceAccount: d.account,
    });
    const context = { 'kms:EncryptionContext:aws:s3:arn': d.bucketKey ? d.bucketArn : replica };
    const objectActions = [
      's3:ReplicateObject',
      's3:ReplicateDelete',
      's3:ReplicateTags',
      ...(d.ownerTranslation ? ['s3:ObjectOwnerOverrideToBucketOwner'] : []),
    ];
    calls.push(
      ...objectActions.map((action) => ({
        label: `${action} into ${d.id}`,
        request: { action, resourceArn: replica },
        policies: onBucket,
      })),
      {
        label: `s3:GetBucketVersioning on ${d.id}`,
        request: { action: 's3:GetBucketVersioning', resourceArn: d.bucketArn },
        policies: onBucket,
      },
      ...['kms:Encrypt', 'kms:GenerateDataKey', ...(d.bucketKey ? ['kms:Decrypt'] : [])].map((action) => ({
        label: `${action} with the ${d.id} key`,
        request: { action, resourceArn: d.keyArn, context },
        policies: onKey,
      })),
    );
  });
  return calls;
}

export async function decisions(
  w: DeployedWorld,
  principalArn = w.roleArn,
  identityOverride?: PolicyDocument[],
  /** Context over the evaluator's defaults for a call (e.g. another kms:ViaService), or nothing. */
  contextFor?: (request: Call['request']) => SimRequest['context'],
) {
  const calls = replicationCalls(w);
  return Promise.all(
    calls.map(async (c) => {
      const policies = c.policies(w);
      const extra = contextFor?.(c.request);
      const decision = await simulate(
        { ...c.request, principalArn, ...(extra ? { context: { ...c.request.context, ...extra } } : {}) },
        identityOverride
          ? { ...policies, identityPolicies: identityOverride }
          : // The replication role carries the bootstrap's permissions boundary: the chain must hold inside it.
            { ...policies, permissionBoundaries: [w.roleBoundary] },
      );
      return { label: c.label, decision };
    }),
  );
}

/** The decision for every replication call the role makes in this world. */
export const replicationDecisions = (w: DeployedWorld) => decisions(w);
