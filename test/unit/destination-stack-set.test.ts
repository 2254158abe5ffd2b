/**
 * `destinationStackSet`, without AWS: what the config accepts and refuses, the model it builds,
 * the StackSet operations planned for the destinations, and the roles bootstrap gives the accounts.
 */
import { describe, expect, it } from '@jest/globals';
import { bootstrapSettings as settings } from '../support/bootstrap-fixtures.js';
import { desiredStackSet } from '../../src/core/bootstrap/bootstrap-targets.js';
import type { CurrentStackSet } from '../../src/core/bootstrap/stack-set-changes.js';
import { loadTopology } from '../../src/core/load-topology.js';
import { accountsOf } from '../../src/core/model/accounts.js';
import type { Topology } from '../../src/core/model/topology.js';
import { destinationSteps, type DestinationInstance } from '../../src/core/stacksets/destination-steps.js';
import { ANALYTICS_ACCOUNT, BACKUP_ACCOUNT, SOURCE_ACCOUNT, yamlWith } from '../support/config-fixtures.js';

type Draft = Parameters<Parameters<typeof yamlWith>[0]>[0];

function load(change: (d: Draft) => void) {
  return loadTopology(yamlWith(change));
}

function topologyOf(change: (d: Draft) => void): Topology {
  const loaded = load(change);
  if (!loaded.ok) throw new Error(`fixture: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.topology;
}

describe('the config', () => {
  it('GIVEN destinationStackSet: {} THEN the source account administers it in the source region, with the narrow roles', () => {
    const t = topologyOf((d) => (d.destinationStackSet = {}));
    expect(t.destinationStackSet).toEqual({
      name: 's3-xrepl-demo-destinations',
      account: SOURCE_ACCOUNT,
      region: t.source.region,
      administrationRoleArn: `arn:aws:iam::${SOURCE_ACCOUNT}:role/s3-xrepl-stackset-admin`,
      executionRoleName: 's3-xrepl-stackset-exec',
    });
  });

  it('GIVEN another administrator account THEN the action also works in that account', () => {
    const t = topologyOf((d) => (d.destinationStackSet = { account: '777777777777', region: 'eu-west-1' }));
    expect(accountsOf(t)).toContain('777777777777');
    expect(t.accounts['777777777777']?.deployRoleArn).toBe('arn:aws:iam::777777777777:role/s3-xrepl-deploy');
  });

  it('GIVEN two destinations in one account and region THEN refuses, at the second, naming the first', () => {
    const loaded = load((d) => {
      d.destinationStackSet = {};
      d.destinations[1]!.account = d.destinations[0]!.account;
      d.destinations[1]!.region = d.destinations[0]!.region;
    });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.diagnostics.map((x) => [x.path, x.message])).toContainEqual([
      'destinations[1].region',
      expect.stringContaining('destinations[0] is in the same account and region'),
    ]);
  });

  it('GIVEN per-destination tags THEN refuses them: a StackSet has one set of tags', () => {
    const loaded = load((d) => {
      d.destinationStackSet = {};
      d.destinations[0]!.tags = { tier: 'gold' };
    });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.diagnostics.find((x) => x.path === 'destinations[0].tags')?.message).toContain(
      'one set of tags for every instance',
    );
  });

  it('GIVEN the same two destinations without destinationStackSet THEN they are fine (separate stacks)', () => {
    const loaded = load((d) => {
      d.destinations[1]!.account = d.destinations[0]!.account;
      d.destinations[1]!.region = d.destinations[0]!.region;
    });
    expect(loaded.ok).toBe(true);
  });

  it.each([
    ['us-east-9', 'is not a known AWS region'],
    ['cn-north-1', 'a StackSet cannot deploy across partitions'],
  ])('GIVEN the StackSet region %s THEN refuses it: %s', (region, message) => {
    const loaded = load((d) => (d.destinationStackSet = { region }));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.diagnostics.find((x) => x.path === 'destinationStackSet.region')?.message).toContain(
      message,
    );
  });
});

describe('destinationSteps', () => {
  const instances: DestinationInstance[] = [
    {
      destinationId: 'backup',
      stackName: 'b',
      account: BACKUP_ACCOUNT,
      region: 'us-west-2',
      parameters: { BucketName: 'b1', X: '1' },
    },
    {
      destinationId: 'analytics',
      stackName: 'a',
      account: ANALYTICS_ACCOUNT,
      region: 'eu-west-1',
      parameters: { BucketName: 'a1', X: '1' },
    },
  ];
  const declaring = (...names: string[]) =>
    JSON.stringify({
      Parameters: Object.fromEntries(names.map((n) => [n, { Type: 'String' }])),
      Resources: { A: { Type: 'AWS::S3::Bucket' } },
    });
  const template = declaring('BucketName', 'X');
  const current = (over: Partial<CurrentStackSet> = {}): CurrentStackSet => ({
    templateBody: template,
    parameters: { BucketName: 'b1', X: '1' },
    permissionModel: 'SELF_MANAGED',
    instances: instances.map((i) => ({
      account: i.account,
      region: i.region,
      status: 'CURRENT',
      overrides: i.parameters,
    })),
    ...over,
  });

  it('GIVEN no StackSet THEN creates it, then one instance per destination with all its parameters as overrides', () => {
    const planned = destinationSteps(template, instances, undefined);
    expect(planned.steps).toEqual([
      { kind: 'create-stack-set' },
      ...instances.map((i) => ({
        kind: 'create-instances',
        accounts: [i.account],
        regions: [i.region],
        overrides: i.parameters,
        label: `destination ${i.destinationId} (${i.account}, ${i.region})`,
      })),
    ]);
    // StackSets overrides only parameters the StackSet declares: it holds the first one's as placeholders.
    expect(planned.parameters).toEqual(instances[0]!.parameters);
  });

  it('GIVEN everything as the config says THEN no operation, and the StackSet parameters stay as they are', () => {
    const planned = destinationSteps(
      template,
      instances,
      current({ parameters: { BucketName: 'old', X: '0' } }),
    );
    expect(planned.steps).toEqual([]);
    expect(planned.parameters).toEqual({ BucketName: 'old', X: '0' });
  });

  it('GIVEN the template differs only in key order THEN it is the same template', () => {
    const reordered = JSON.stringify(
      {
        Resources: { A: { Type: 'AWS::S3::Bucket' } },
        Parameters: { X: { Type: 'String' }, BucketName: { Type: 'String' } },
      },
      null,
      2,
    );
    expect(destinationSteps(reordered, instances, current()).steps).toEqual([]);
  });

  it('GIVEN one destination with a changed parameter THEN only its instance is updated, naming the parameter', () => {
    const changed = [
      instances[0]!,
      { ...instances[1]!, parameters: { ...instances[1]!.parameters, X: '2' } },
    ];
    expect(destinationSteps(template, changed, current()).steps).toEqual([
      expect.objectContaining({
        kind: 'update-instances',
        accounts: [ANALYTICS_ACCOUNT],
        why: 'parameters changed: X',
      }),
    ]);
  });

  it('GIVEN a changed template THEN the StackSet is updated once, and an OUTDATED instance is not retried twice', () => {
    const outdated = current({
      templateBody: JSON.stringify({ Resources: {} }),
      instances: current().instances.map((i, n) => (n === 0 ? { ...i, status: 'OUTDATED' } : i)),
    });
    expect(destinationSteps(template, instances, outdated).steps).toEqual([
      { kind: 'update-stack-set', why: ['the destination template changed'] },
    ]);
  });

  it('GIVEN a template that adds a parameter and drops one THEN the StackSet declares exactly the new ones, so overrides of the new one are accepted', () => {
    const next = instances.map((i) => ({
      ...i,
      parameters: { BucketName: i.parameters.BucketName!, Y: `y-${i.destinationId}` },
    }));
    const planned = destinationSteps(declaring('BucketName', 'Y'), next, current());
    expect(planned.steps[0]).toEqual({ kind: 'update-stack-set', why: ['the destination template changed'] });
    // Kept where it was (a placeholder), the new one from the first destination, X gone.
    expect(planned.parameters).toEqual({ BucketName: 'b1', Y: 'y-backup' });
  });

  it('GIVEN other tags THEN the StackSet is updated (its tags reach every instance); tags not read are not compared', () => {
    const tagged = current({ tags: { app: 'ledger' } });
    expect(destinationSteps(template, instances, tagged, { app: 'ledger' }).steps).toEqual([]);
    expect(destinationSteps(template, instances, tagged, { app: 'orders' }).steps).toEqual([
      { kind: 'update-stack-set', why: ['tags changed'] },
    ]);
    expect(destinationSteps(template, instances, current(), { app: 'orders' }).steps).toEqual([]);
  });

  it('GIVEN an OUTDATED instance and nothing else THEN it is retried', () => {
    const outdated = current({
      instances: current().instances.map((i, n) => (n === 1 ? { ...i, status: 'OUTDATED' } : i)),
    });
    expect(destinationSteps(template, instances, outdated).steps).toEqual([
      expect.objectContaining({
        kind: 'update-instances',
        accounts: [ANALYTICS_ACCOUNT],
        why: 'it is OUTDATED',
      }),
    ]);
  });

  it('GIVEN an instance no destination matches THEN it is reported and never touched', () => {
    const extra = { account: '888888888888', region: 'us-east-1', status: 'CURRENT', overrides: {} };
    const planned = destinationSteps(
      template,
      instances,
      current({ instances: [...current().instances, extra] }),
    );
    expect(planned.steps).toEqual([]);
    expect(planned.unmanaged).toEqual([extra]);
  });
});

describe('bootstrap for configs with destinationStackSet', () => {
  const withSet = topologyOf((d) => (d.destinationStackSet = {}));

  it('THEN only the destination accounts get the execution role, trusting the administrator, which gets the administration role', () => {
    const made = desiredStackSet(settings(), [{ file: 'a.yml', topology: withSet }]);
    if (!made.ok) throw new Error(made.problems.join('\n'));
    expect(made.desired.parameters).toMatchObject({
      StackSetAdministrationRoleName: 's3-xrepl-stackset-admin',
      StackSetExecutionRoleName: 's3-xrepl-stackset-exec',
    });
    // Declared on the StackSet (StackSets override only declared parameters), empty but where overridden.
    expect(made.desired.parameters.StackSetAdministratorAccount).toBe('');
    expect(made.desired.parameters.CreateStackSetAdministrationRole).toBe('false');
    expect(Object.fromEntries(made.desired.overrides)).toEqual({
      [BACKUP_ACCOUNT]: { StackSetAdministratorAccount: SOURCE_ACCOUNT },
      [ANALYTICS_ACCOUNT]: { StackSetAdministratorAccount: SOURCE_ACCOUNT },
      [SOURCE_ACCOUNT]: { CreateStackSetAdministrationRole: 'true' },
    });
  });

  it('GIVEN two configs with different administrators THEN refuses, naming both', () => {
    const other = topologyOf((d) => {
      d.name = 'other';
      d.destinationStackSet = { account: '777777777777' };
    });
    const made = desiredStackSet(settings(), [
      { file: 'a.yml', topology: withSet },
      { file: 'b.yml', topology: other },
    ]);
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.problems.join('\n')).toMatch(/one administrator account.*a\.yml.*b\.yml/);
  });

  it('GIVEN service-managed THEN every account may hold the execution role, and a note says who creates the administration role', () => {
    const made = desiredStackSet(
      settings({ permissionModel: 'service-managed', organizationalUnits: ['ou-ab12-cdefgh34'] }),
      [{ file: 'a.yml', topology: withSet }],
    );
    if (!made.ok) throw new Error(made.problems.join('\n'));
    expect(made.desired.parameters.StackSetAdministratorAccount).toBe(SOURCE_ACCOUNT);
    expect(made.desired.notes.join('\n')).toContain(
      `create its StackSet administration role (s3-xrepl-stackset-admin)`,
    );
  });
});
