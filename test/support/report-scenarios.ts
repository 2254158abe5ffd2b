/**
 * Every report with a golden file (test/golden-reports/), made from the two-destination example:
 * the plans of plan-scenarios.ts, the deploy that follows a first plan, a verify that failed
 * because the dr key's policy lost its replication statement, and the drift check that finds it.
 */
import type { DriftReport, StackDrift } from '../../src/core/drift/drift-report.js';
import {
  compareState,
  expectedState,
  read,
  type ExpectedState,
  type LiveState,
} from '../../src/core/drift/expected-state.js';
import { replicationFromCfn } from '../../src/core/drift/replication-config.js';
import type { Topology } from '../../src/core/model/topology.js';
import { labelsOf } from '../../src/core/plan/resolve-plan.js';
import type { DeployedStack } from '../../src/core/plan/stack-values.js';
import type { ReportParts } from '../../src/core/report/budget.js';
import type { DeployReport } from '../../src/core/report/deploy-report.js';
import { renderDeploy } from '../../src/core/report/render-deploy-summary.js';
import { renderDrift } from '../../src/core/report/render-drift.js';
import { renderPlan } from '../../src/core/report/render-plan.js';
import { renderVerify } from '../../src/core/report/render-verify.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { resolveTemplate } from '../../src/core/templates/resolve.js';
import type { VerifyReport } from '../../src/core/verify/verification.js';
import { CONFIG_PATH, PLAN_SCENARIOS, deployedWorld, editedExample } from './plan-scenarios.js';

export const COMMIT = 'abcdef1234567890abcdef1234567890abcdef12';
export const RUN_URL = 'https://github.com/acme/orders/actions/runs/4242';
const ctx = { commit: COMMIT, runUrl: RUN_URL };

/** What each deployed stack's template says its resources are, resolved (keys by the ARNs KMS gave). */
function expectedStates(
  topology: Topology,
  world: ReadonlyMap<string, DeployedStack>,
): Map<string, ExpectedState> {
  const out = new Map<string, ExpectedState>();
  for (const s of synthesize(topology).manifest.stacks) {
    const d = world.get(s.name)!;
    const keyArn = d.outputs.KmsKeyArn!;
    const keyId = keyArn.slice(keyArn.lastIndexOf('/') + 1);
    const resolved = resolveTemplate(d.template, {
      partition: topology.partition,
      region: s.region,
      accountId: s.account,
      stackName: s.name,
      parameters: d.parameters,
      resources: {
        ReplicaKey: { physicalId: keyId },
        SourceKey: { physicalId: keyId },
        // The alerts topic's own key: its id only needs to differ from the bucket key's.
        AlertsKey: { physicalId: `${keyId.slice(0, -4)}a1e7` },
      },
    });
    out.set(s.name, expectedState(resolved, s.name));
  }
  return out;
}

/** Live state equal to what is expected: every value read back as deployed. */
function liveAsDeployed(e: ExpectedState): LiveState {
  return {
    buckets: Object.fromEntries(
      e.buckets.map((b) => [
        b.logicalId,
        {
          versioning: read(b.versioning ?? 'Enabled'),
          ...(b.encryption
            ? {
                encryption: read({
                  algorithm: b.encryption.algorithm,
                  ...(b.encryption.kmsKeyArn ? { kmsKeyId: b.encryption.kmsKeyArn } : {}),
                  bucketKey: b.encryption.bucketKey,
                }),
              }
            : {}),
          ...(b.policy ? { policy: read<unknown>(b.policy.document) } : {}),
          ...(b.replication !== undefined ? { replication: read(replicationFromCfn(b.replication)) } : {}),
        },
      ]),
    ),
    keys: Object.fromEntries(
      e.keys.map((k) => [
        k.logicalId,
        {
          keyState: read(k.enabled ? 'Enabled' : 'Disabled'),
          rotation: read(k.rotation),
          policy: read<unknown>(k.policy),
        },
      ]),
    ),
    roles: Object.fromEntries(
      e.roles.map((r) => [
        r.logicalId,
        {
          inlinePolicies: read<Readonly<Record<string, unknown>>>(r.inlinePolicies),
          ...(r.trustPolicy !== undefined ? { trustPolicy: read<unknown>(r.trustPolicy) } : {}),
          managedPolicyArns: read<readonly string[]>(r.managedPolicyArns),
        },
      ]),
    ),
  };
}

const DR = 's3-xrepl-orders-dst-dr';

/**
 * The deployed two-destination example, after someone removed the replication statement from the
 * dr key's policy (and CloudFormation's drift detection saw the key policy change too).
 */
export function driftedWorld(): DriftReport {
  const topology = editedExample();
  const world = deployedWorld(topology);
  const stacks: StackDrift[] = [...expectedStates(topology, world)].map(([name, expected]) => {
    let live = liveAsDeployed(expected);
    if (name === DR) {
      const key = expected.keys[0]!;
      const policy = key.policy as { Version: string; Statement: { Sid: string }[] };
      const trimmed = {
        ...policy,
        Statement: policy.Statement.filter((s) => s.Sid !== 'AllowReplicationRoleToEncryptReplicas'),
      };
      live = {
        ...live,
        keys: {
          ...live.keys,
          [key.logicalId]: { ...live.keys![key.logicalId], policy: read<unknown>(JSON.stringify(trimmed)) },
        },
      };
    }
    const s = synthesize(topology).manifest.stacks.find((x) => x.name === name)!;
    return {
      name,
      kind: s.kind,
      account: s.account,
      region: s.region,
      deployed: true,
      cloudFormation:
        name === DR
          ? {
              status: 'DRIFTED',
              resources: [
                {
                  logicalId: 'ReplicaKey',
                  type: 'AWS::KMS::Key',
                  status: 'MODIFIED',
                  differences: [
                    {
                      path: '/KeyPolicy/Statement/1',
                      kind: 'REMOVE',
                      expected: JSON.stringify(
                        (expected.keys[0]!.policy as { Statement: unknown[] }).Statement[0],
                      ),
                      actual: '',
                    },
                  ],
                },
                { logicalId: 'ReplicaBucket', type: 'AWS::S3::Bucket', status: 'IN_SYNC', differences: [] },
                {
                  logicalId: 'ReplicaBucketPolicy',
                  type: 'AWS::S3::BucketPolicy',
                  status: 'NOT_CHECKED',
                  differences: [],
                },
              ],
            }
          : { status: 'IN_SYNC', resources: [] },
      findings: compareState(expected, live),
    };
  });
  return { topology: topology.name, configPath: CONFIG_PATH, stacks };
}

/** The dr canary FAILED: verify compared the chain with its stacks and found the dr key's policy changed. */
export function failedVerify(): VerifyReport {
  const drift = driftedWorld();
  const dr = drift.stacks.find((s) => s.name === DR)!;
  const base = {
    checks: [],
    hints: [],
    leftBehind: [],
  };
  return {
    topology: drift.topology,
    configPath: CONFIG_PATH,
    destinations: [
      {
        ...base,
        destinationId: 'dr',
        account: '222222222222',
        region: 'us-west-2',
        bucket: 'acme-orders-dr-us-west-2',
        status: 'fail',
        replicationStatus: 'FAILED',
        key: 'orders/.s3-xrepl-canary/4242/dr',
        versionId: 'v1.dr',
        checks: [
          {
            name: 'replication status of the source version',
            ok: false,
            expected: 'COMPLETED',
            actual: 'FAILED',
          },
        ],
        brokenLinks: [{ ...dr, findings: dr.findings.filter((f) => f.status === 'drifted') }],
      },
      {
        ...base,
        destinationId: 'analytics',
        account: '333333333333',
        region: 'eu-west-1',
        bucket: 'acme-orders-analytics-eu-west-1',
        status: 'pass',
        replicationStatus: 'COMPLETED',
        latencyMs: 8200,
        key: 'exports/.s3-xrepl-canary/4242/analytics',
        versionId: 'v1.analytics',
        checks: [
          {
            name: 'replication status of the source version',
            ok: true,
            expected: 'COMPLETED',
            actual: 'COMPLETED',
          },
          {
            name: 'replica encrypted with the destination key',
            ok: true,
            expected: 'aws:kms',
            actual: 'aws:kms',
          },
        ],
      },
    ],
  };
}

/** The deploy after the first plan: every stack created through its change set. */
export function firstDeploy(): DeployReport {
  const topology = editedExample();
  const world = deployedWorld(topology);
  const synthesis = synthesize(topology);
  const seconds = [61, 58, 34];
  return {
    topology: topology.name,
    configPath: CONFIG_PATH,
    seconds: 61 + 34 + 2,
    destinationIds: Object.fromEntries(topology.destinations.map((d) => [d.stackName, d.id])),
    stacks: synthesis.manifest.stacks.map((s, i) => ({
      name: s.name,
      kind: s.kind,
      account: s.account,
      region: s.region,
      result: 'created',
      stackId: `arn:aws:cloudformation:${s.region}:${s.account}:stack/${s.name}/0000000${i}-0000-4000-8000-000000000000`,
      changes: Object.entries(synthesis.templates.get(s.template)!.Resources).map(([logicalId, r]) => ({
        logicalId,
        resourceType: r.Type,
        action: 'Add' as const,
        properties: [],
      })),
      outputs: world.get(s.name)!.outputs,
      seconds: seconds[i]!,
    })),
  };
}

/** Every golden report, by file name (without extension). */
export const GOLDEN_REPORTS: Readonly<Record<string, () => ReportParts>> = {
  ...Object.fromEntries(
    Object.entries(PLAN_SCENARIOS).map(([name, plan]) => [name, () => renderPlan(plan(), ctx)]),
  ),
  'deploy-first': () => renderDeploy(firstDeploy(), ctx),
  'verify-failed': () => renderVerify(failedVerify(), { ...ctx, labels: labelsOf(editedExample()) }),
  drift: () =>
    renderDrift(driftedWorld(), {
      ...ctx,
      labels: labelsOf(editedExample()),
      firstSeen: new Map([[`${DR}|ReplicaKey|key policy|`, '2026-12-01T03:00:00.000Z']]),
    }),
};
