/**
 * The bootstrap template as it stands in one account once deployed: every policy resolved with the
 * parameters the bootstrap mode computes for a set of configs (or only the required ones, as a hand
 * deployment gives them), ready for the IAM policy evaluator.
 */
import { bootstrapSettings } from './bootstrap-fixtures.js';
import { asPolicyDocument, type PolicyDocument } from './policy-simulator.js';
import { resolveTemplate, type Resolved } from './resolve-template.js';
import { bucketArnsOf, desiredStackSet } from '../../src/core/bootstrap/bootstrap-targets.js';
import { accountsOf } from '../../src/core/model/accounts.js';
import type { Topology } from '../../src/core/model/topology.js';
import { buildBootstrapTemplate } from '../../src/core/templates/bootstrap-template.js';

export interface BootstrapRole {
  readonly arn: string;
  /** Every statement the role holds, inline and attached. */
  readonly policy: PolicyDocument;
  readonly inline: PolicyDocument;
  readonly managed: readonly PolicyDocument[];
}

export interface BootstrappedAccount {
  readonly account: string;
  readonly parameters: Readonly<Record<string, string>>;
  readonly roles: Readonly<Record<'plan' | 'deploy' | 'execution', BootstrapRole>>;
  readonly boundary: { arn: string; policy: PolicyDocument };
}

/** The parameters `mode: bootstrap` would give this account's instance, for these configs. */
export function bootstrapParameters(
  topologies: readonly Topology[],
  account: string,
): Record<string, string> {
  const planned = desiredStackSet(
    bootstrapSettings(),
    topologies.map((topology, i) => ({ file: `configs/${i}.yml`, topology })),
  );
  if (!planned.ok) throw new Error(`bootstrap refused the fixture configs: ${planned.problems.join('; ')}`);
  return { ...planned.desired.parameters, ...planned.desired.overrides.get(account) };
}

/**
 * Just the parameters that decide the replication boundary (buckets and accounts), for topologies
 * a test deploys that one bootstrap could not serve together (they rename one account's roles).
 */
export function boundaryParameters(topologies: readonly Topology[]): Record<string, string> {
  const buckets = topologies.flatMap((t) => [t.source.bucket, ...t.destinations.map((d) => d.bucket)]);
  const arns = bucketArnsOf(topologies[0]!.partition, buckets);
  if (!arns.ok) throw new Error(arns.problem);
  return {
    GitHubOrg: 'acme',
    GitHubRepo: 'infra',
    BucketArns: arns.arns.join(','),
    ProductAccounts: [...new Set(topologies.flatMap(accountsOf))].sort().join(','),
  };
}

export function bootstrappedAccount(
  account: string,
  parameters: Readonly<Record<string, string>>,
  partition = 'aws',
): BootstrappedAccount {
  const resolved = resolveTemplate(buildBootstrapTemplate(), {
    accountId: account,
    region: 'us-east-1',
    partition,
    parameters,
    stackName: 'StackSet-s3-xrepl-bootstrap-0000',
  });
  const managedPolicies = new Map(
    Object.values(resolved.resources)
      .filter((r) => r.Type === 'AWS::IAM::ManagedPolicy')
      .map((r) => [
        `arn:${partition}:iam::${account}:policy/${String(r.Properties.ManagedPolicyName)}`,
        asPolicyDocument(r.Properties.PolicyDocument, String(r.Properties.ManagedPolicyName)),
      ]),
  );
  const roleOf = (logicalId: string) => {
    const r = resolved.resources[logicalId]!;
    const [inline] = r.Properties.Policies as { PolicyDocument: Resolved }[];
    const own = asPolicyDocument(inline!.PolicyDocument, `${logicalId} policy`);
    const managed = ((r.Properties.ManagedPolicyArns ?? []) as string[]).map((arn) => {
      const document = managedPolicies.get(arn);
      if (!document) throw new Error(`${logicalId} attaches ${arn}, which the template does not create`);
      return document;
    });
    const statements = (d: PolicyDocument) => (Array.isArray(d.Statement) ? d.Statement : [d.Statement]);
    return {
      arn: `arn:${partition}:iam::${account}:role/${String(r.Properties.RoleName)}`,
      // Inline and attached policies are evaluated together, as one identity policy.
      policy: { Version: '2012-10-17', Statement: [own, ...managed].flatMap(statements) },
      inline: own,
      managed,
    };
  };
  const boundary = resolved.resources.ReplicationBoundary!;
  return {
    account,
    parameters,
    roles: { plan: roleOf('PlanRole'), deploy: roleOf('DeployRole'), execution: roleOf('ExecutionRole') },
    boundary: {
      arn: `arn:${partition}:iam::${account}:policy/${String(boundary.Properties.ManagedPolicyName)}`,
      policy: asPolicyDocument(boundary.Properties.PolicyDocument, 'boundary'),
    },
  };
}
