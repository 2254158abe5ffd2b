/** The bootstrap StackSet, planned without AWS: settings, targets, the steps, the verdict and its report. */
import { describe, expect, it } from '@jest/globals';
import { bootstrapSettings as settings } from '../support/bootstrap-fixtures.js';
import {
  DEFAULT_PREFERENCES,
  checkBootstrapSettings,
  operationPreferences,
  parseAmount,
  type BootstrapSettings,
} from '../../src/core/bootstrap/bootstrap-settings.js';
import {
  BUCKET_ARNS_BUDGET,
  bucketArnsOf,
  desiredStackSet,
  globMatches,
  patternOf,
  type DesiredStackSet,
} from '../../src/core/bootstrap/bootstrap-targets.js';
import {
  stackSetChanges,
  type CurrentInstance,
  type CurrentStackSet,
  type StackSetChanges,
} from '../../src/core/bootstrap/stack-set-changes.js';
import {
  bootstrapVerdict,
  type BootstrapResult,
  type OperationOutcome,
} from '../../src/core/bootstrap/bootstrap-result.js';
import { loadTopology } from '../../src/core/load-topology.js';
import { buildBootstrapTemplate } from '../../src/core/templates/bootstrap-template.js';
import type { Topology } from '../../src/core/model/topology.js';
import { renderAll } from '../../src/core/report/budget.js';
import { renderBootstrap } from '../../src/core/report/render-bootstrap.js';
import { ANALYTICS_ACCOUNT, BACKUP_ACCOUNT, SOURCE_ACCOUNT, yamlWith } from '../support/config-fixtures.js';
import { checkMarkdown } from '../support/markdown-check.js';

const OTHER_ACCOUNT = '444444444444';
const STRANGER_ACCOUNT = '999999999999';
const OU_A = 'ou-ab12-cdefgh34';
const OU_B = 'ou-ab12-ijklmn56';

const serviceManaged = (over: Partial<BootstrapSettings> = {}) =>
  settings({ permissionModel: 'service-managed', organizationalUnits: [OU_A], ...over });

function topologyOf(text: string): Topology {
  const loaded = loadTopology(text);
  if (!loaded.ok) throw new Error(`fixture config is invalid: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.topology;
}

/** demo: 111 → 222, 333 (buckets demo-source, demo-backup, demo-analytics). */
const demo = (change: Parameters<typeof yamlWith>[0] = () => {}) => ({
  file: 'configs/demo.yml',
  topology: topologyOf(yamlWith(change)),
});

/** other: 444 → 222 (buckets demo-other-source, demo-other-backup). */
const other = (change: Parameters<typeof yamlWith>[0] = () => {}) => ({
  file: 'configs/other.yml',
  topology: topologyOf(
    yamlWith((d) => {
      d.name = 'other';
      d.source = { account: OTHER_ACCOUNT, region: 'us-east-1', bucket: 'demo-other-source' };
      d.destinations = [
        { id: 'backup', account: BACKUP_ACCOUNT, region: 'us-west-2', bucket: 'demo-other-backup' },
      ];
      d.rules = [{ id: 'everything', priority: 1, destinations: ['backup'] }];
      change(d);
    }),
  ),
});

function desiredOf(s: BootstrapSettings, topologies = [demo()]): DesiredStackSet {
  const made = desiredStackSet(s, topologies);
  if (!made.ok) throw new Error(`fixture: ${made.problems.join('\n')}`);
  return made.desired;
}

function problemsOf(s: BootstrapSettings, topologies: Parameters<typeof desiredStackSet>[1]): string[] {
  const made = desiredStackSet(s, topologies);
  expect(made.ok).toBe(false);
  return made.ok ? [] : made.problems;
}

function instance(account: string, over: Partial<CurrentInstance> = {}): CurrentInstance {
  return { account, region: 'us-east-1', status: 'CURRENT', overrides: {}, ...over };
}

/** What CloudFormation would describe after the desired StackSet was fully applied. */
function currentOf(desired: DesiredStackSet, over: Partial<CurrentStackSet> = {}): CurrentStackSet {
  return {
    templateBody: desired.templateBody,
    parameters: { ...desired.parameters },
    permissionModel: desired.permissionModel,
    ...(desired.autoDeployment ? { autoDeployment: { ...desired.autoDeployment } } : {}),
    instances: desired.accounts.map((a) => instance(a, { overrides: desired.overrides.get(a) ?? {} })),
    ...over,
  };
}

function changesOf(desired: DesiredStackSet, current: CurrentStackSet | undefined): StackSetChanges {
  const changed = stackSetChanges(desired, current);
  if (!changed.ok) throw new Error(`expected a plan, got: ${changed.problem}`);
  return changed.changes;
}

/** Every key order reversed, at every depth: the same data, written differently. */
function reversedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .reverse()
        .map(([k, x]) => [k, reversedKeys(x)]),
    );
  return v;
}

describe('parseAmount', () => {
  it('reads a count and a percentage', () => {
    expect(parseAmount('3', { allowZero: false })).toEqual({ kind: 'count', value: 3 });
    expect(parseAmount(' 25% ', { allowZero: false })).toEqual({ kind: 'percentage', value: 25 });
    expect(parseAmount('100%', { allowZero: false })).toEqual({ kind: 'percentage', value: 100 });
  });

  it('accepts zero only where zero is allowed (a failure tolerance, not a concurrency)', () => {
    expect(parseAmount('0', { allowZero: false })).toBeUndefined();
    expect(parseAmount('0%', { allowZero: false })).toBeUndefined();
    expect(parseAmount('0', { allowZero: true })).toEqual({ kind: 'count', value: 0 });
    expect(parseAmount('0%', { allowZero: true })).toEqual({ kind: 'percentage', value: 0 });
  });

  it.each(['101%', 'x', '', '3.5', '-1', '25 %', '1000'])('refuses %p', (text) => {
    expect(parseAmount(text, { allowZero: true })).toBeUndefined();
  });
});

describe('operationPreferences', () => {
  it('GIVEN counts, strict and sequential THEN only the Count fields and the strict, sequential enums are set', () => {
    expect(
      operationPreferences({
        maxConcurrent: { kind: 'count', value: 4 },
        failureTolerance: { kind: 'count', value: 1 },
        concurrencyMode: 'strict',
        regionConcurrency: 'sequential',
      }),
    ).toEqual({
      MaxConcurrentCount: 4,
      FailureToleranceCount: 1,
      ConcurrencyMode: 'STRICT_FAILURE_TOLERANCE',
      RegionConcurrencyType: 'SEQUENTIAL',
    });
  });

  it('GIVEN percentages, soft and parallel THEN only the Percentage fields and the soft, parallel enums are set', () => {
    expect(
      operationPreferences({
        maxConcurrent: { kind: 'percentage', value: 50 },
        failureTolerance: { kind: 'percentage', value: 0 },
        concurrencyMode: 'soft',
        regionConcurrency: 'parallel',
      }),
    ).toEqual({
      MaxConcurrentPercentage: 50,
      FailureTolerancePercentage: 0,
      ConcurrencyMode: 'SOFT_FAILURE_TOLERANCE',
      RegionConcurrencyType: 'PARALLEL',
    });
  });

  it('mixes a count with a percentage when the settings do', () => {
    const p = operationPreferences({
      ...DEFAULT_PREFERENCES,
      maxConcurrent: { kind: 'count', value: 2 },
    });
    expect(p).toMatchObject({ MaxConcurrentCount: 2, FailureTolerancePercentage: 10 });
    expect(p).not.toHaveProperty('MaxConcurrentPercentage');
    expect(p).not.toHaveProperty('FailureToleranceCount');
  });
});

describe('checkBootstrapSettings', () => {
  it('accepts the defaults (self-managed) and a service-managed StackSet with an OU and the root', () => {
    expect(checkBootstrapSettings(settings())).toEqual([]);
    expect(checkBootstrapSettings(serviceManaged({ organizationalUnits: [OU_A, 'r-ab12'] }))).toEqual([]);
    expect(checkBootstrapSettings(serviceManaged({ callAs: 'delegated-admin' }))).toEqual([]);
  });

  it('GIVEN service-managed without organizational units THEN names the input', () => {
    expect(checkBootstrapSettings(serviceManaged({ organizationalUnits: [] }))).toEqual([
      expect.stringContaining('input "organizational-units" is empty'),
    ]);
  });

  it('GIVEN ids that are not OU or root ids THEN names each one', () => {
    const problems = checkBootstrapSettings(
      serviceManaged({ organizationalUnits: [OU_A, 'ou-XYZ', '123456789012'] }),
    );
    expect(problems).toEqual([
      expect.stringContaining('"ou-XYZ"'),
      expect.stringContaining('"123456789012"'),
    ]);
    expect(problems.join('\n')).not.toContain(OU_A);
  });

  it('GIVEN service-managed with an administration role or an execution role name THEN refuses them', () => {
    for (const roles of [
      { administrationRoleArn: 'arn:aws:iam::111111111111:role/admin' },
      { executionRoleName: 'exec' },
    ])
      expect(checkBootstrapSettings(serviceManaged(roles))).toEqual([
        expect.stringContaining('"administration-role-arn" and "execution-role-name" are for self-managed'),
      ]);
  });

  it('GIVEN service-managed with a list of accounts reusing an OIDC provider THEN asks for all or none', () => {
    expect(checkBootstrapSettings(serviceManaged({ reuseOidcProvider: [SOURCE_ACCOUNT] }))).toEqual([
      expect.stringContaining('input "reuse-oidc-provider" lists accounts'),
    ]);
    expect(checkBootstrapSettings(serviceManaged({ reuseOidcProvider: 'all' }))).toEqual([]);
  });

  it('GIVEN self-managed with organizational units THEN points to service-managed', () => {
    expect(checkBootstrapSettings(settings({ organizationalUnits: [OU_A] }))).toEqual([
      expect.stringMatching(/"organizational-units" is set, but permission-model is self-managed/),
    ]);
  });

  it('GIVEN self-managed called as delegated admin THEN refuses it', () => {
    expect(checkBootstrapSettings(settings({ callAs: 'delegated-admin' }))).toEqual([
      expect.stringContaining('input "call-as" is delegated-admin'),
    ]);
  });

  it('reports every problem at once', () => {
    const problems = checkBootstrapSettings(
      serviceManaged({
        stackSetName: '9-bad_name',
        organizationalUnits: [],
        executionRoleName: 'exec',
        github: { org: '', repo: '', deployBranch: 'main', deployEnvironment: '', orgId: '1' },
      }),
    );
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(
      /stack-set-name[\s\S]*organizational-units[\s\S]*execution-role-name/,
    );
  });
});

describe('desiredStackSet', () => {
  it('GIVEN two configs THEN the accounts are their union, sorted, once each', () => {
    const desired = desiredOf(settings(), [other(), demo()]);
    expect(desired.accounts).toEqual([SOURCE_ACCOUNT, BACKUP_ACCOUNT, ANALYTICS_ACCOUNT, OTHER_ACCOUNT]);
    expect(desired.permissionModel).toBe('SELF_MANAGED');
    expect(desired.organizationalUnits).toEqual([]);
    expect(desired).not.toHaveProperty('autoDeployment');
  });

  it('GIVEN a few buckets THEN the roles may reach exactly those, by ARN, and the accounts the configs span', () => {
    const desired = desiredOf(settings(), [demo(), other()]);
    expect(desired.parameters.BucketArns!.split(',')).toEqual(
      ['demo-analytics', 'demo-backup', 'demo-other-backup', 'demo-other-source', 'demo-source'].map(
        (b) => `arn:aws:s3:::${b}`,
      ),
    );
    expect(desired.parameters.ProductAccounts).toBe(desired.accounts.join(','));
    expect(desired.parameters.ManagedRoleNamePattern).toBe('s3-xrepl-*-replication');
    expect(desired.notes).toEqual([]);
  });

  it('GIVEN more buckets than the policies can list THEN the names sharing the longest prefixes become patterns, and a note says which', () => {
    const names = Array.from({ length: 40 }, (_, i) => `acme-orders-${String(i).padStart(2, '0')}-replica`);
    const merged = bucketArnsOf('aws', [...names, 'payments-eu', 'payments-us']);
    if (!merged.ok) throw new Error(merged.problem);
    expect(merged.arns.join(',').length).toBeLessThanOrEqual(BUCKET_ARNS_BUDGET);
    for (const name of [...names, 'payments-eu', 'payments-us'])
      expect(merged.arns.some((arn) => globMatches(arn, `arn:aws:s3:::${name}`))).toBe(true);
    expect(merged.arns.every((arn) => /^arn:aws:s3:::[a-z0-9][a-z0-9.-]{2,}\*?$/.test(arn))).toBe(true);
    expect(merged.patterns.length).toBeGreaterThan(0);
  });

  it('GIVEN too many buckets sharing no prefix THEN it refuses rather than reach every bucket', () => {
    const names = Array.from(
      { length: 60 },
      (_, i) => `${String.fromCharCode(97 + (i % 26))}${i}-bucket-with-a-long-name`,
    );
    const refused = bucketArnsOf('aws', names, 300);
    expect(refused.ok).toBe(false);
  });
  it('GIVEN one config THEN the pattern covers its replication and backfill roles, and nothing wider', () => {
    const desired = desiredOf(settings(), [demo()]);
    const pattern = desired.parameters.ManagedRoleNamePattern!;
    expect(pattern).toBe('s3-xrepl-demo*-replication');
    expect(globMatches(pattern, 's3-xrepl-demo-replication')).toBe(true);
    expect(globMatches(pattern, 's3-xrepl-demo-batch-replication')).toBe(true);
    expect(globMatches(pattern, 's3-xrepl-deploy')).toBe(false);
  });

  it('keeps a single name exact and narrows several to their longest common prefix', () => {
    expect(patternOf(['acme-orders'])).toBe('acme-orders');
    expect(patternOf(['acme-orders', 'acme-orders'])).toBe('acme-orders');
    expect(patternOf(['acme-orders-eu', 'acme-orders-us', 'acme-order'])).toBe('acme-order*');
  });

  it('narrows role names by their common suffix too, without the two overlapping', () => {
    expect(
      patternOf(['s3-xrepl-orders-replication', 's3-xrepl-invoices-replication'], { keepSuffix: true }),
    ).toBe('s3-xrepl-*-replication');
    expect(patternOf(['ab', 'abb'], { keepSuffix: true })).toBe('ab*');
    expect(patternOf(['x-orders', 'x-invoices'], { keepSuffix: true })).toBe('x-*');
    // A name that is another's suffix-extended form keeps the whole suffix, the prefix giving way.
    expect(
      patternOf(['s3-xrepl-orders-replication', 's3-xrepl-orders-batch-replication'], { keepSuffix: true }),
    ).toBe('s3-xrepl-orders*-replication');
    expect(globMatches('s3-xrepl-*-replication', 's3-xrepl-deploy')).toBe(false);
    expect(globMatches('s3-xrepl-*-replication', 's3-xrepl-orders-replication')).toBe(true);
    expect(globMatches('a.b?', 'a.bc')).toBe(true);
    expect(globMatches('a.b?', 'axbc')).toBe(false);
  });

  it('GIVEN replication roles whose common pattern matches the bootstrap roles THEN refuses, naming them', () => {
    const problems = problemsOf(settings(), [
      demo((d) => {
        d.source.replicationRoleName = 's3-xrepl-orders-replication';
        d.accounts = { [SOURCE_ACCOUNT]: { deployRole: 's3-xrepl-ci-replication' } };
      }),
      other((d) => (d.source.replicationRoleName = 's3-xrepl-invoices-replication')),
    ]);
    expect(problems).toEqual([expect.stringContaining('pattern "s3-xrepl-*-replication"')]);
    expect(problems[0]).toContain('s3-xrepl-ci-replication');
  });

  it('GIVEN buckets with no common prefix THEN each is named exactly, never "*"', () => {
    const desired = desiredOf(settings(), [
      demo((d) => {
        d.source = { account: SOURCE_ACCOUNT, region: 'us-east-1', bucket: 'alpha-source' };
        d.destinations = [
          { id: 'backup', account: BACKUP_ACCOUNT, region: 'us-west-2', bucket: 'beta-backup' },
        ];
        d.rules = [{ id: 'everything', priority: 1, destinations: ['backup'] }];
      }),
    ]);
    expect(desired.parameters.BucketArns).toBe('arn:aws:s3:::alpha-source,arn:aws:s3:::beta-backup');
    expect(desired.notes).toEqual([]);
  });

  it('sets every template parameter from the settings and the configs', () => {
    const desired = desiredOf(
      settings({
        github: { org: 'acme', repo: 'infra', deployBranch: 'release', deployEnvironment: 'prod' },
      }),
    );
    expect(desired.parameters).toEqual({
      GitHubOrg: 'acme',
      GitHubRepo: 'infra',
      GitHubOrgId: '',
      GitHubRepoId: '',
      DeployBranch: 'release',
      DeployEnvironment: 'prod',
      OidcProviderArn: '',
      ReuseOidcProvider: 'false',
      StackPrefix: 's3-xrepl',
      BucketArns: 'arn:aws:s3:::demo-analytics,arn:aws:s3:::demo-backup,arn:aws:s3:::demo-source',
      ProductAccounts: desired.accounts.join(','),
      ManagedRoleNamePattern: 's3-xrepl-demo*-replication',
      ReplicationBoundaryName: 's3-xrepl-replication-boundary',
      PlanRoleName: 's3-xrepl-plan',
      DeployRoleName: 's3-xrepl-deploy',
      ExecutionRoleName: 's3-xrepl-cfn-exec',
      StackSetAdministratorAccount: '',
      CreateStackSetAdministrationRole: 'false',
      StackSetAdministrationRoleName: 's3-xrepl-stackset-admin',
      StackSetExecutionRoleName: 's3-xrepl-stackset-exec',
    });
    // Every parameter an account may override must be declared on the StackSet itself.
    expect(Object.keys(desired.parameters).sort()).toEqual(
      Object.keys(buildBootstrapTemplate().Parameters!).sort(),
    );
  });

  it('GIVEN configs with different stack prefixes THEN refuses, naming both files', () => {
    const problems = problemsOf(settings(), [demo(), other((d) => (d.options = { stackPrefix: 'acme' }))]);
    expect(problems).toEqual([expect.stringContaining('stack prefix')]);
    expect(problems[0]).toContain('"s3-xrepl" (configs/demo.yml)');
    expect(problems[0]).toContain('"acme" (configs/other.yml)');
  });

  it("GIVEN two configs naming one account's role differently THEN refuses, naming the account, both names and both files", () => {
    const problems = problemsOf(settings(), [
      demo(),
      other((d) => {
        d.accounts = {
          [OTHER_ACCOUNT]: { planRole: 'acme-plan' },
          [BACKUP_ACCOUNT]: { planRole: 'acme-plan' },
        };
      }),
    ]);
    expect(problems).toEqual([expect.stringContaining(`account ${BACKUP_ACCOUNT}`)]);
    expect(problems[0]).toMatch(/"s3-xrepl-plan" in configs\/demo\.yml/);
    expect(problems[0]).toMatch(/"acme-plan" in configs\/other\.yml/);
  });

  it('GIVEN one account with renamed roles THEN the StackSet keeps the common names and that account overrides them', () => {
    const desired = desiredOf(settings({ reuseOidcProvider: [ANALYTICS_ACCOUNT] }), [
      demo((d) => (d.accounts = { [ANALYTICS_ACCOUNT]: { planRole: 'acme-plan' } })),
    ]);
    expect(desired.parameters.PlanRoleName).toBe('s3-xrepl-plan');
    expect(Object.fromEntries(desired.overrides)).toEqual({
      [ANALYTICS_ACCOUNT]: { PlanRoleName: 'acme-plan', ReuseOidcProvider: 'true' },
    });
  });

  it('GIVEN service-managed and an account with renamed roles THEN refuses, since OUs get one set of names', () => {
    const problems = problemsOf(serviceManaged(), [
      demo((d) => (d.accounts = { [ANALYTICS_ACCOUNT]: { planRole: 'acme-plan' } })),
    ]);
    expect(problems).toEqual([expect.stringContaining(`accounts ${ANALYTICS_ACCOUNT} rename their roles`)]);
  });

  it('GIVEN configs that agree on renamed roles THEN the StackSet creates those names', () => {
    const renamed = (d: { accounts?: Record<string, Record<string, unknown>> }, accounts: string[]) => {
      d.accounts = Object.fromEntries(accounts.map((a) => [a, { deployRole: 'acme-deploy' }]));
    };
    const desired = desiredOf(settings(), [
      demo((d) => renamed(d, [SOURCE_ACCOUNT, BACKUP_ACCOUNT, ANALYTICS_ACCOUNT])),
      other((d) => renamed(d, [OTHER_ACCOUNT, BACKUP_ACCOUNT])),
    ]);
    expect(desired.parameters.DeployRoleName).toBe('acme-deploy');
  });

  it('GIVEN two custom names used by as many accounts THEN the default wins, else the one mentioned first', () => {
    const named =
      (names: Record<string, string>) => (d: { accounts?: Record<string, Record<string, unknown>> }) => {
        d.accounts = Object.fromEntries(Object.entries(names).map(([a, n]) => [a, { deployRole: n }]));
      };
    // 111 and 222 renamed two ways, 333 keeps the default: one each, the default wins.
    const withDefault = desiredOf(settings(), [
      demo(named({ [SOURCE_ACCOUNT]: 'first', [BACKUP_ACCOUNT]: 'second' })),
    ]);
    expect(withDefault.parameters.DeployRoleName).toBe('s3-xrepl-deploy');
    // Every account renamed, two ways, as many times: the name the config mentions first wins, whatever the order of the accounts.
    for (const order of [
      { [SOURCE_ACCOUNT]: 'first', [BACKUP_ACCOUNT]: 'second', [ANALYTICS_ACCOUNT]: 'first' },
      { [BACKUP_ACCOUNT]: 'second', [SOURCE_ACCOUNT]: 'first', [ANALYTICS_ACCOUNT]: 'second' },
    ]) {
      const first = Object.values(order)[0]!;
      const desired = desiredOf(settings(), [
        demo((d) => {
          named(order)(d);
          d.accounts![OTHER_ACCOUNT] = { deployRole: first === 'first' ? 'second' : 'first' };
        }),
      ]);
      expect(desired.parameters.DeployRoleName).toBe(first);
    }
  });

  it('GIVEN reuse-oidc-provider names an account no config uses THEN refuses, listing the accounts used', () => {
    const problems = problemsOf(settings({ reuseOidcProvider: [BACKUP_ACCOUNT, STRANGER_ACCOUNT] }), [
      demo(),
    ]);
    expect(problems).toEqual([
      expect.stringContaining(`names account ${STRANGER_ACCOUNT}, which no config uses`),
    ]);
    expect(problems[0]).toContain(`${SOURCE_ACCOUNT}, ${BACKUP_ACCOUNT}, ${ANALYTICS_ACCOUNT}`);
  });

  it('GIVEN reuse "all" THEN ReuseOidcProvider is true for the StackSet and no account overrides it', () => {
    const desired = desiredOf(settings({ reuseOidcProvider: 'all' }));
    expect(desired.parameters.ReuseOidcProvider).toBe('true');
    expect([...desired.overrides]).toEqual([]);
  });

  it('GIVEN reuse for a list of accounts THEN only those accounts override ReuseOidcProvider', () => {
    const desired = desiredOf(settings({ reuseOidcProvider: [BACKUP_ACCOUNT] }));
    expect(desired.parameters.ReuseOidcProvider).toBe('false');
    expect([...desired.overrides]).toEqual([[BACKUP_ACCOUNT, { ReuseOidcProvider: 'true' }]]);
  });

  it('GIVEN service-managed THEN targets the OUs, retains stacks on removal and carries no self-managed roles', () => {
    const desired = desiredOf(serviceManaged({ autoDeployment: false }));
    expect(desired).toMatchObject({
      permissionModel: 'SERVICE_MANAGED',
      organizationalUnits: [OU_A],
      autoDeployment: { Enabled: false, RetainStacksOnAccountRemoval: true },
    });
    expect(desired).not.toHaveProperty('administrationRoleArn');
    expect(desired).not.toHaveProperty('executionRoleName');
  });
});

describe('stackSetChanges', () => {
  const reusing = settings({ reuseOidcProvider: [BACKUP_ACCOUNT] });

  it('GIVEN no StackSet THEN creates it, then adds instances grouped by their overrides', () => {
    const changes = changesOf(desiredOf(reusing), undefined);
    expect(changes.steps).toEqual([
      { kind: 'create-stack-set' },
      { kind: 'create-instances', accounts: [SOURCE_ACCOUNT, ANALYTICS_ACCOUNT], overrides: {} },
      { kind: 'create-instances', accounts: [BACKUP_ACCOUNT], overrides: { ReuseOidcProvider: 'true' } },
    ]);
    expect(changes.unmanaged).toEqual([]);
  });

  it('GIVEN the StackSet and its instances as desired THEN there is nothing to do', () => {
    const desired = desiredOf(reusing);
    expect(changesOf(desired, currentOf(desired))).toEqual({ steps: [], unmanaged: [] });
  });

  it('GIVEN the same template written with other key order and spacing THEN it is not a change', () => {
    const desired = desiredOf(settings());
    const rewritten = JSON.stringify(reversedKeys(JSON.parse(desired.templateBody)), null, 2);
    expect(rewritten).not.toBe(desired.templateBody);
    expect(changesOf(desired, currentOf(desired, { templateBody: rewritten })).steps).toEqual([]);
  });

  it('GIVEN a changed template THEN one update-stack-set, which also reaches every instance', () => {
    const desired = desiredOf(settings());
    const old = { ...(JSON.parse(desired.templateBody) as Record<string, unknown>), Description: 'older' };
    expect(changesOf(desired, currentOf(desired, { templateBody: JSON.stringify(old) })).steps).toEqual([
      { kind: 'update-stack-set', why: ['the bootstrap template changed'] },
    ]);
  });

  it('GIVEN one parameter changed THEN the update names that parameter', () => {
    const desired = desiredOf(settings());
    const current = currentOf(desired, { parameters: { ...desired.parameters, DeployBranch: 'trunk' } });
    expect(changesOf(desired, current).steps).toEqual([
      { kind: 'update-stack-set', why: ['parameters changed: DeployBranch'] },
    ]);
  });

  it('GIVEN auto-deployment changed on a service-managed StackSet THEN it is updated', () => {
    const desired = desiredOf(serviceManaged());
    const current = currentOf(desired, {
      autoDeployment: { Enabled: false, RetainStacksOnAccountRemoval: true },
      instances: [instance(SOURCE_ACCOUNT, { organizationalUnitId: OU_A })],
    });
    expect(changesOf(desired, current).steps).toEqual([
      { kind: 'update-stack-set', why: ['auto-deployment changed'] },
    ]);
  });

  it('GIVEN an OUTDATED instance THEN only that account is updated, saying why', () => {
    const desired = desiredOf(settings());
    const current = currentOf(desired, {
      instances: [
        instance(SOURCE_ACCOUNT),
        instance(BACKUP_ACCOUNT, { status: 'OUTDATED' }),
        instance(ANALYTICS_ACCOUNT),
      ],
    });
    expect(changesOf(desired, current).steps).toEqual([
      { kind: 'update-instances', accounts: [BACKUP_ACCOUNT], overrides: {}, why: 'it is OUTDATED' },
    ]);
  });

  it('GIVEN an OUTDATED instance and a StackSet update THEN the update alone retries it', () => {
    const desired = desiredOf(settings());
    const current = currentOf(desired, {
      parameters: { ...desired.parameters, GitHubRepo: 'old' },
      instances: [
        instance(SOURCE_ACCOUNT),
        instance(BACKUP_ACCOUNT, { status: 'OUTDATED' }),
        instance(ANALYTICS_ACCOUNT),
      ],
    });
    expect(changesOf(desired, current).steps.map((s) => s.kind)).toEqual(['update-stack-set']);
  });

  it('GIVEN overrides that changed THEN the account is updated with the new overrides, even after a StackSet update', () => {
    const desired = desiredOf(reusing);
    const current = currentOf(desired, {
      parameters: { ...desired.parameters, GitHubRepo: 'old' },
      instances: [instance(SOURCE_ACCOUNT), instance(BACKUP_ACCOUNT), instance(ANALYTICS_ACCOUNT)],
    });
    expect(changesOf(desired, current).steps).toEqual([
      { kind: 'update-stack-set', why: ['parameters changed: GitHubRepo'] },
      {
        kind: 'update-instances',
        accounts: [BACKUP_ACCOUNT],
        overrides: { ReuseOidcProvider: 'true' },
        why: 'its parameter overrides changed',
      },
    ]);
  });

  it('GIVEN an override no longer wanted THEN the account is updated with no overrides', () => {
    const desired = desiredOf(settings());
    const current = currentOf(desired, {
      instances: [
        instance(SOURCE_ACCOUNT),
        instance(BACKUP_ACCOUNT, { overrides: { ReuseOidcProvider: 'true' } }),
        instance(ANALYTICS_ACCOUNT),
      ],
    });
    expect(changesOf(desired, current).steps).toEqual([
      {
        kind: 'update-instances',
        accounts: [BACKUP_ACCOUNT],
        overrides: {},
        why: 'its parameter overrides changed',
      },
    ]);
  });

  it('GIVEN instances in accounts or regions no config names THEN they are unmanaged and no step names them', () => {
    const desired = desiredOf(settings());
    const stranger = instance(STRANGER_ACCOUNT, { status: 'OUTDATED' });
    const elsewhere = instance(SOURCE_ACCOUNT, { region: 'eu-west-1', status: 'OUTDATED' });
    const current = currentOf(desired, {
      instances: [instance(SOURCE_ACCOUNT), instance(BACKUP_ACCOUNT), stranger, elsewhere],
    });
    const changes = changesOf(desired, current);
    expect(changes.unmanaged).toEqual([stranger, elsewhere]);
    expect(changes.steps).toEqual([
      { kind: 'create-instances', accounts: [ANALYTICS_ACCOUNT], overrides: {} },
    ]);
  });

  it('GIVEN service-managed with an OU that has no instance THEN deploys to that OU only', () => {
    const desired = desiredOf(serviceManaged({ organizationalUnits: [OU_A, OU_B] }));
    const current = currentOf(desired, {
      instances: [instance(SOURCE_ACCOUNT, { organizationalUnitId: OU_A })],
    });
    const changes = changesOf(desired, current);
    expect(changes.steps).toEqual([{ kind: 'deploy-to-ous', organizationalUnits: [OU_B] }]);
    expect(changes.unmanaged).toEqual([]);
  });

  it('GIVEN service-managed and no StackSet THEN creates it and deploys to every OU', () => {
    const desired = desiredOf(serviceManaged({ organizationalUnits: [OU_A, OU_B] }));
    expect(changesOf(desired, undefined).steps).toEqual([
      { kind: 'create-stack-set' },
      { kind: 'deploy-to-ous', organizationalUnits: [OU_A, OU_B] },
    ]);
  });

  // A failed operation leaves the StackSet itself updated and its instances OUTDATED: a re-run
  // sees no StackSet difference, so something else must retry them, as it does for self-managed.
  it('GIVEN service-managed with an OUTDATED instance in a reached OU and nothing else changed THEN a step retries it', () => {
    const desired = desiredOf(serviceManaged());
    const current = currentOf(desired, {
      instances: [
        instance(SOURCE_ACCOUNT, { organizationalUnitId: OU_A }),
        instance(BACKUP_ACCOUNT, {
          organizationalUnitId: OU_A,
          status: 'OUTDATED',
          detailedStatus: 'FAILED',
        }),
      ],
    });
    expect(changesOf(desired, current).steps).toEqual([
      {
        kind: 'update-instances',
        accounts: [BACKUP_ACCOUNT],
        overrides: {},
        why: 'they are OUTDATED',
        organizationalUnits: [OU_A],
      },
    ]);
  });

  it('GIVEN a StackSet of the other permission model THEN refuses, since it cannot change', () => {
    const desired = desiredOf(serviceManaged());
    const changed = stackSetChanges(desired, currentOf(desiredOf(settings())));
    expect(changed).toEqual({
      ok: false,
      problem: expect.stringContaining('is SELF_MANAGED, not SERVICE_MANAGED'),
    });
  });
});

describe('bootstrapVerdict and renderBootstrap', () => {
  const createStep = { kind: 'create-instances' as const, accounts: [SOURCE_ACCOUNT], overrides: {} };

  function result(over: Partial<BootstrapResult> = {}): BootstrapResult {
    return {
      stackSetName: 's3-xrepl-bootstrap',
      region: 'us-east-1',
      permissionModel: 'SELF_MANAGED',
      accounts: [SOURCE_ACCOUNT, BACKUP_ACCOUNT, ANALYTICS_ACCOUNT],
      operations: [],
      notStarted: [],
      instances: [instance(SOURCE_ACCOUNT), instance(BACKUP_ACCOUNT), instance(ANALYTICS_ACCOUNT)],
      unmanaged: [],
      notes: [],
      ...over,
    };
  }

  const operation = (status: string, results: OperationOutcome['results']): OperationOutcome => ({
    step: createStep,
    operationId: 's3-xrepl-run-1-2',
    status,
    results,
  });

  const REASON =
    "Account 222222222222 should have 'AWSCloudFormationStackSetExecutionRole' role with trust relationship to Role 'AWSCloudFormationStackSetAdministrationRole'.";

  it('GIVEN every instance CURRENT and nothing run THEN ok, every account already current', () => {
    const verdict = bootstrapVerdict(result());
    expect(verdict.ok).toBe(true);
    expect(verdict.lines.map((l) => [l.account, l.state, l.detail])).toEqual([
      [SOURCE_ACCOUNT, 'ok', 'already current'],
      [BACKUP_ACCOUNT, 'ok', 'already current'],
      [ANALYTICS_ACCOUNT, 'ok', 'already current'],
    ]);
    const text = renderAll(renderBootstrap(result()));
    expect(text).toContain(
      '✅ **Bootstrapped**: all 3 accounts the configs name have a current instance (nothing to change).',
    );
    expect(checkMarkdown(text)).toEqual([]);
  });

  it('GIVEN a FAILED result THEN that account failed with the reason StackSets gave, and the run is not ok', () => {
    const r = result({
      operations: [
        operation('SUCCEEDED', [
          { account: SOURCE_ACCOUNT, region: 'us-east-1', status: 'SUCCEEDED' },
          { account: BACKUP_ACCOUNT, region: 'us-east-1', status: 'FAILED', reason: REASON },
        ]),
      ],
      instances: [
        instance(SOURCE_ACCOUNT),
        instance(BACKUP_ACCOUNT, { status: 'OUTDATED', statusReason: 'older reason' }),
        instance(ANALYTICS_ACCOUNT),
      ],
    });
    const verdict = bootstrapVerdict(r);
    expect(verdict.ok).toBe(false);
    expect(verdict.lines).toEqual([
      { account: SOURCE_ACCOUNT, region: 'us-east-1', state: 'ok', detail: 'SUCCEEDED in this run' },
      { account: BACKUP_ACCOUNT, region: 'us-east-1', state: 'failed', detail: REASON },
      { account: ANALYTICS_ACCOUNT, region: 'us-east-1', state: 'ok', detail: 'already current' },
    ]);
  });

  it('GIVEN a FAILED result without a reason THEN falls back to the instance status reason', () => {
    const r = result({
      operations: [operation('FAILED', [{ account: BACKUP_ACCOUNT, region: 'us-east-1', status: 'FAILED' }])],
      instances: [
        instance(BACKUP_ACCOUNT, { status: 'OUTDATED', statusReason: 'ResourceLogicalId:PlanRole' }),
      ],
    });
    expect(bootstrapVerdict(r).lines[1]).toMatchObject({
      state: 'failed',
      detail: 'ResourceLogicalId:PlanRole',
    });
  });

  it('GIVEN a CANCELLED result THEN the account was not attempted', () => {
    const r = result({
      operations: [
        operation('FAILED', [
          { account: SOURCE_ACCOUNT, region: 'us-east-1', status: 'FAILED', reason: 'boom' },
          { account: ANALYTICS_ACCOUNT, region: 'us-east-1', status: 'CANCELLED' },
        ]),
      ],
    });
    expect(bootstrapVerdict(r).lines[2]).toMatchObject({
      state: 'cancelled',
      detail: expect.stringContaining('failure tolerance'),
    });
  });

  it('GIVEN a missing instance THEN says so, and for service-managed says the account is outside the OUs', () => {
    const instances = [instance(SOURCE_ACCOUNT), instance(BACKUP_ACCOUNT)];
    const self = bootstrapVerdict(result({ instances }));
    expect(self.ok).toBe(false);
    expect(self.lines[2]).toEqual({
      account: ANALYTICS_ACCOUNT,
      region: 'us-east-1',
      state: 'missing',
      detail: 'no instance',
    });
    const service = bootstrapVerdict(result({ instances, permissionModel: 'SERVICE_MANAGED' }));
    expect(service.lines[2]).toMatchObject({
      state: 'missing',
      detail:
        "no instance: the account is not in the organizational units given, or it is the organization's management account (service-managed StackSets never deploy there)",
    });
  });

  it('GIVEN an instance only in another region THEN the account is missing here', () => {
    const r = result({
      instances: [
        instance(SOURCE_ACCOUNT),
        instance(BACKUP_ACCOUNT),
        instance(ANALYTICS_ACCOUNT, { region: 'eu-west-1' }),
      ],
    });
    expect(bootstrapVerdict(r).lines[2]).toMatchObject({ state: 'missing' });
  });

  it('GIVEN an OUTDATED instance this run did not touch THEN it is outdated, with its detailed status and reason', () => {
    const r = result({
      instances: [
        instance(SOURCE_ACCOUNT),
        instance(BACKUP_ACCOUNT, {
          status: 'INOPERABLE',
          detailedStatus: 'FAILED',
          statusReason: 'role deleted',
        }),
        instance(ANALYTICS_ACCOUNT),
      ],
    });
    const verdict = bootstrapVerdict(r);
    expect(verdict.ok).toBe(false);
    expect(verdict.lines[1]).toMatchObject({
      state: 'outdated',
      detail: 'INOPERABLE (FAILED): role deleted',
    });
  });

  it('GIVEN every account current but an operation that FAILED THEN the run is not ok', () => {
    const r = result({ operations: [operation('FAILED', [])] });
    expect(bootstrapVerdict(r).ok).toBe(false);
  });

  it('renders the verdict, one row per account and the failures in a CAUTION block, as valid Markdown', () => {
    const hostile = 'Template error: `Fn::If` | <details> *broken*\nsecond line';
    const r = result({
      operations: [
        operation('FAILED', [
          { account: BACKUP_ACCOUNT, region: 'us-east-1', status: 'FAILED', reason: hostile },
          { account: ANALYTICS_ACCOUNT, region: 'us-east-1', status: 'CANCELLED' },
        ]),
      ],
      notStarted: [
        { kind: 'create-instances', accounts: [OTHER_ACCOUNT], overrides: { ReuseOidcProvider: 'true' } },
      ],
      unmanaged: [instance(STRANGER_ACCOUNT)],
      notes: ['The buckets share no common name prefix'],
    });
    const parts = renderBootstrap(r);
    const text = renderAll(parts);
    expect(parts.head[0]).toBe(
      '### s3-xrepl bootstrap · StackSet `s3-xrepl-bootstrap` · us-east-1 · self-managed',
    );
    expect(parts.head[1]).toBe('❌ **Bootstrap incomplete**: 2 of 3 accounts are not current.');
    const caution = parts.head.find((b) => b.startsWith('> [!CAUTION]'))!;
    expect(caution.split('\n')).toEqual([
      '> [!CAUTION]',
      expect.stringMatching(
        /^> - \*\*222222222222\*\* \(us-east-1\): Template error: \\`Fn::If\\` \\\| \\<details\\>/,
      ),
      expect.stringMatching(/^> - \*\*333333333333\*\* \(us-east-1\): not attempted/),
    ]);
    expect(caution).toContain('second line');
    const rows = text.split('\n').filter((l) => /^\| \d{12} \| us-east-1 \| /.test(l));
    expect(rows.map((l) => l.split(' | ').slice(0, 3))).toEqual([
      [`| ${SOURCE_ACCOUNT}`, 'us-east-1', '✅ current'],
      [`| ${BACKUP_ACCOUNT}`, 'us-east-1', '❌ failed'],
      [`| ${ANALYTICS_ACCOUNT}`, 'us-east-1', '⏹️ cancelled'],
      // The operation's own results follow in its details block.
      [`| ${BACKUP_ACCOUNT}`, 'us-east-1', 'FAILED'],
      [`| ${ANALYTICS_ACCOUNT}`, 'us-east-1', 'CANCELLED'],
    ]);
    // Unescaped pipes would add table cells.
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
    expect(text).toContain(
      `were not removed (their roles may be in use; an update of the whole StackSet still reaches them): ${STRANGER_ACCOUNT} (us-east-1)`,
    );
    expect(text).toContain(
      `Not started, because an operation before them failed: add instances in ${OTHER_ACCOUNT} with ReuseOidcProvider=true`,
    );
    expect(text).toContain('> The buckets share no common name prefix');
    expect(parts.details.map((d) => d.summary)).toEqual([
      `add instances in ${SOURCE_ACCOUNT}: FAILED (operation <code>s3-xrepl-run-1-2</code>)`,
    ]);
    expect(checkMarkdown(text)).toEqual([]);
  });

  it('renders service-managed StackSets as such, and a run that changed things without "nothing to change"', () => {
    const r = result({
      permissionModel: 'SERVICE_MANAGED',
      operations: [
        operation('SUCCEEDED', [
          { account: SOURCE_ACCOUNT, region: 'us-east-1', status: 'SUCCEEDED', organizationalUnitId: OU_A },
        ]),
      ],
    });
    const parts = renderBootstrap(r);
    expect(parts.head[0]).toMatch(/· service-managed$/);
    expect(parts.head[1]).toBe(
      '✅ **Bootstrapped**: all 3 accounts the configs name have a current instance.',
    );
    expect(checkMarkdown(renderAll(parts))).toEqual([]);
  });
});

describe('a failed operation with every account current', () => {
  it('names the operation and its reason in the verdict, not "0 accounts"', () => {
    const parts = renderBootstrap({
      stackSetName: 's3-xrepl-bootstrap',
      region: 'us-east-1',
      permissionModel: 'SELF_MANAGED',
      accounts: ['111111111111'],
      operations: [
        {
          step: { kind: 'update-stack-set', why: ['the bootstrap template changed'] },
          operationId: 'op-1',
          status: 'STOPPED',
          reason: 'stopped by a user',
          results: [],
        },
      ],
      notStarted: [],
      instances: [{ account: '111111111111', region: 'us-east-1', status: 'CURRENT', overrides: {} }],
      unmanaged: [],
      notes: [],
    });
    expect(parts.head[1]).toBe(
      '❌ **Bootstrap incomplete**: update every instance (the bootstrap template changed) ended STOPPED (stopped by a user).',
    );
  });
});
