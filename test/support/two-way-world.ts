/**
 * A two-way pair as it would stand in AWS after its three deploy phases (destination, source,
 * destination again with the source's key), computed offline like deployed-world.ts: one world
 * for each direction, so the permission-chain proof runs the same calls both ways.
 */
import type { Topology } from '../../src/core/model/topology.js';
import { resolveParameters } from '../../src/core/plan/resolve-parameters.js';
import { synthesize, type StackPlan } from '../../src/core/synth/synthesize.js';
import { WAY_BACK, wayBack } from '../../src/core/model/way-back.js';
import { WAY_BACK_OUTPUTS, WAY_BACK_ROLE } from '../../src/core/templates/way-back.js';
import { asPolicyDocument } from './policy-simulator.js';
import { resolveTemplate, type Resolved, type ResolvedTemplate } from './resolve-template.js';
import { bootstrapParameters, bootstrappedAccount } from './bootstrapped-account.js';
import { defaultKeyPolicy, type DeployedWorld } from './deployed-world.js';

const keyId = (n: number) => `${String(n).padStart(8, '0')}-1111-2222-3333-444444444444`;

export interface TwoWayWorlds {
  /** Source → destination, with the destination's policies as they stand after phase 3. */
  readonly forth: DeployedWorld;
  /** Destination → source: the way-back role, the destination as source, the source as destination. */
  readonly back: DeployedWorld;
  /** The destination stack after phase 1: the way back is off. */
  readonly phase1: ResolvedTemplate;
  /** The destination stack after phase 3: the way back on, with its batch role and monitoring. */
  readonly phase3: ResolvedTemplate;
}

export function deployTwoWay(topology: Topology): TwoWayWorlds {
  const synthesis = synthesize(topology);
  const { partition } = topology;
  const d = topology.destinations.find((x) => x.twoWay)!;
  const outputs = new Map<string, Record<string, string>>();
  const resolve = (stack: StackPlan, physicalIds: Record<string, string>) => {
    const r = resolveTemplate(synthesis.templates.get(stack.template)!, {
      accountId: stack.account,
      region: stack.region,
      partition,
      stackName: stack.name,
      parameters: resolveParameters(stack.name, stack.parameters, outputs),
      physicalIds,
    });
    outputs.set(stack.name, r.outputs);
    return r;
  };
  const destinationIds = {
    ReplicaKey: keyId(1),
    ReplicaBucket: d.bucket,
    [WAY_BACK_ROLE]: d.twoWay!.roleName,
    AlertsKey: keyId(2),
  };
  const [destinationStack, sourceStack] = [
    synthesis.manifest.stacks.find((s) => s.name === d.stackName)!,
    synthesis.manifest.stacks.find((s) => s.kind === 'source')!,
  ];
  const phase1 = resolve(destinationStack, destinationIds);
  const src = resolve(sourceStack, {
    SourceKey: keyId(999),
    AlertsKey: keyId(998),
    SourceBucket: topology.source.bucket,
  });
  const dst = resolve(
    synthesis.manifest.wayBack!.find((s) => s.name === d.stackName)!,
    destinationIds,
  );

  const keyPolicyOf = (r: ResolvedTemplate, id: string, account: string, what: string) =>
    r.resources[id]
      ? asPolicyDocument(r.resources[id].Properties.KeyPolicy, what)
      : defaultKeyPolicy(partition, account);
  const bucketPolicyOf = (r: ResolvedTemplate, id: string, what: string) =>
    asPolicyDocument(r.resources[id]!.Properties.PolicyDocument, what);
  const inlinePolicy = (r: ResolvedTemplate, id: string, what: string) =>
    asPolicyDocument(
      (r.resources[id]!.Properties as { Policies: { PolicyDocument: Resolved }[] }).Policies[0]!
        .PolicyDocument,
      what,
    );
  const boundaryIn = (account: string) =>
    bootstrappedAccount(account, bootstrapParameters([topology], account), partition).boundary.policy;

  const sourceSide = {
    bucketArn: src.outputs.BucketArn!,
    keyArn: src.outputs.KmsKeyArn!,
    keyPolicy: keyPolicyOf(src, 'SourceKey', topology.source.account, 'source key policy'),
    bucketPolicy: bucketPolicyOf(src, 'SourceBucketPolicy', 'source bucket policy'),
    bucketKey: topology.source.bucketKey,
    region: topology.source.region,
  };
  const destinationSide = {
    bucketArn: dst.outputs.BucketArn!,
    keyArn: dst.outputs.KmsKeyArn!,
    keyPolicy: keyPolicyOf(dst, 'ReplicaKey', d.account, `${d.id} key policy`),
    bucketPolicy: bucketPolicyOf(dst, 'ReplicaBucketPolicy', `${d.id} bucket policy`),
    bucketKey: d.bucketKey,
    region: d.region,
  };
  return {
    phase1,
    phase3: dst,
    forth: {
      partition,
      roleArn: src.outputs.ReplicationRoleArn!,
      roleAccount: topology.source.account,
      rolePolicy: inlinePolicy(src, 'ReplicationRole', 'replication role policy'),
      roleBoundary: boundaryIn(topology.source.account),
      source: sourceSide,
      destinations: [
        { id: d.id, account: d.account, ownerTranslation: d.ownerTranslation, ...destinationSide },
      ],
    },
    back: {
      partition,
      roleArn: dst.outputs[WAY_BACK_OUTPUTS.roleArn]!,
      roleAccount: d.account,
      rolePolicy: inlinePolicy(dst, WAY_BACK_ROLE, 'way-back role policy'),
      roleBoundary: boundaryIn(d.account),
      source: destinationSide,
      destinations: [
        {
          id: WAY_BACK.id,
          account: topology.source.account,
          ownerTranslation: wayBack(topology, d).destinations[0]!.ownerTranslation,
          ...sourceSide,
        },
      ],
    },
  };
}

/**
 * The pair the two-way tests share: a source in eu-west-1 of 111111111111 and its two-way
 * destination `us` in us-east-1 of 222222222222, with one rule; `ruleLines` add to that rule.
 */
export function pairConfig(...ruleLines: string[]): string {
  return [
    'name: orders',
    'source:',
    "  account: '111111111111'",
    '  region: eu-west-1',
    '  bucket: acme-orders-eu-west-1',
    'destinations:',
    '  - id: us',
    "    account: '222222222222'",
    '    region: us-east-1',
    '    bucket: acme-orders-us-east-1',
    '    twoWay: true',
    'rules:',
    '  - id: everything',
    '    priority: 1',
    '    destinations: [us]',
    ...ruleLines.map((l) => `    ${l}`),
    '',
  ].join('\n');
}
