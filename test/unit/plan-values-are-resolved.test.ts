/**
 * A plan shows the values that will apply: every stack resolved from what it has deployed and what
 * this branch asks, with only what a deploy alone can tell left as a named placeholder.
 */
import { describe, expect, it } from '@jest/globals';
import { offlinePlan } from '../../src/core/plan/offline-plan.js';
import { permissionChanges } from '../../src/core/plan/permissions.js';
import type { Plan } from '../../src/core/plan/plan.js';
import { labelsOf, withResolvedValues } from '../../src/core/plan/resolve-plan.js';
import { afterDeploy, notReadOffline, resolveStacks } from '../../src/core/plan/stack-values.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { deployedWorld, editedExample, livePlan } from '../support/plan-scenarios.js';

const SOURCE = 's3-xrepl-orders-source';
const DR = 's3-xrepl-orders-dst-dr';
const TEMPLATE_EXPRESSION = /Fn::|"Ref"|AWS::NoValue|\$\{|KNOWN_AFTER_APPLY/;

const roleStatement = (plan: Plan, sid: string) => {
  const role = plan.stacks.find((s) => s.name === SOURCE)!.values!.after!.ReplicationRole!;
  const policy = (role.properties.Policies as { PolicyDocument: { Statement: { Sid: string }[] } }[])[0]!;
  return policy.PolicyDocument.Statement.find((s) => s.Sid === sid) as unknown as {
    Resource: string | string[];
  };
};

describe('GIVEN nothing is deployed yet (a first deploy)', () => {
  const plan = livePlan(editedExample(), new Map());

  it('THEN every value is resolved: no template expression is left in any stack', () => {
    for (const s of plan.stacks) expect(JSON.stringify(s.values)).not.toMatch(TEMPLATE_EXPRESSION);
  });

  it('THEN a bucket ARN follows from its name, and a new key is the one named placeholder', () => {
    expect(roleStatement(plan, 'CheckDestinationVersioning').Resource).toEqual([
      'arn:aws:s3:::acme-orders-dr-us-west-2',
      'arn:aws:s3:::acme-orders-analytics-eu-west-1',
    ]);
    expect(roleStatement(plan, 'EncryptReplicasInUsWest2WithBucketKeys').Resource).toEqual([
      afterDeploy('dr key ARN'),
    ]);
    expect(plan.stacks.find((s) => s.name === SOURCE)!.unknownValues).toEqual(
      expect.arrayContaining([afterDeploy('dr key ARN'), afterDeploy('source key ARN')]),
    );
  });

  it("THEN conditions are evaluated: a destination in the source's account grants nothing in its policies", () => {
    const same = editedExample(["account: '222222222222'", "account: '111111111111'"]);
    const dr = livePlan(same, new Map()).stacks.find((s) => s.name === DR)!;
    const statements = (
      dr.values!.after!.ReplicaBucketPolicy!.properties.PolicyDocument as {
        Statement: { Sid: string }[];
      }
    ).Statement.map((s) => s.Sid);
    expect(statements).toEqual(['DenyInsecureTransport']);
  });
});

describe('GIVEN the example is deployed', () => {
  const world = deployedWorld(editedExample());
  const deployedKey = world.get(DR)!.outputs.KmsKeyArn!;

  it('WHEN a destination bucket is renamed THEN the key that is not replaced keeps its ARN', () => {
    const plan = livePlan(
      editedExample(['bucket: acme-orders-dr-us-west-2', 'bucket: acme-orders-dr2-us-west-2']),
      world,
    );
    expect(roleStatement(plan, 'EncryptReplicasInUsWest2WithBucketKeys').Resource).toEqual([deployedKey]);
    expect(JSON.stringify(plan)).not.toContain('known after deploy');
  });

  it('WHEN the role policy changes only through a parameter THEN its statements show the change', () => {
    const plan = livePlan(
      editedExample(['bucket: acme-orders-dr-us-west-2', 'bucket: acme-orders-dr2-us-west-2']),
      world,
    );
    const source = plan.stacks.find((s) => s.name === SOURCE)!;
    expect(source.changes.find((c) => c.logicalId === 'ReplicationRole')?.properties).toEqual(['Policies']);
    const changed = permissionChanges(plan).filter((c) => c.place.stack === SOURCE);
    expect(changed.map((c) => [c.kind, c.after?.sid])).toEqual([
      ['changed', 'ReplicateIntoDestinations'],
      ['changed', 'CheckDestinationVersioning'],
      ['changed', 'EncryptReplicasInUsWest2WithBucketKeys'],
    ]);
  });

  it('WHEN a key is replaced THEN its ARN is known only after deploy, on every side that reads it', () => {
    const topology = editedExample();
    const synthesis = synthesize(topology);
    const labels = labelsOf(topology);
    const resolved = resolveStacks(
      synthesis.manifest.stacks.map((plan) => ({
        plan,
        label: labels.get(plan.name)!,
        template: synthesis.templates.get(plan.template)!,
        deployed: world.get(plan.name)!,
        renewed: new Set(plan.name === DR ? ['ReplicaKey'] : []),
      })),
      { partition: 'aws', offline: false },
    );
    expect(resolved.get(DR)!.outputs.KmsKeyArn).toBe(afterDeploy('dr key ARN'));
    expect(resolved.get(SOURCE)!.parameters.DrKmsKeyArn).toBe(afterDeploy('dr key ARN'));
    expect(resolved.get(SOURCE)!.parameters.AnalyticsKmsKeyArn).toBe(
      world.get(SOURCE)!.parameters.AnalyticsKmsKeyArn,
    );
  });

  it('WHEN a stack exists but what it deployed was not read THEN its values are not guessed', () => {
    const topology = editedExample();
    const synthesis = synthesize(topology);
    const plan = livePlan(topology, world);
    const bare: Plan = {
      ...plan,
      stacks: plan.stacks.map(({ values: _values, unknownValues: _unknown, ...s }) => s),
    };
    const again = withResolvedValues(bare, { topology, synthesis, deployed: new Map(), offline: false });
    expect(again.stacks.every((s) => s.values === undefined)).toBe(true);
  });
});

describe('GIVEN no AWS credentials (an offline plan)', () => {
  const base = editedExample();
  const plan = (head = base) =>
    offlinePlan({
      topology: head,
      synthesis: synthesize(head),
      base: synthesize(base),
      configPath: 'c.yml',
      allowDestructive: false,
      reason: 'fork',
      comparedWith: 'main',
    });

  it('THEN a deployed key reads "not read offline" on both sides, and nothing changes', () => {
    const p = plan();
    expect(p.stacks.every((s) => s.status === 'unchanged' && s.changes.length === 0)).toBe(true);
    expect(roleStatement(p, 'EncryptReplicasInUsWest2WithBucketKeys').Resource).toEqual([
      notReadOffline('dr key ARN'),
    ]);
  });

  it("THEN a changed prefix changes the source bucket's rules and nothing else", () => {
    const p = plan(editedExample(['prefix: orders/', 'prefix: orders-v2/']));
    expect(p.stacks.flatMap((s) => s.changes.map((c) => `${s.name} ${c.logicalId} ${c.properties}`))).toEqual(
      [`${SOURCE} SourceBucket ReplicationConfiguration`],
    );
  });
});
