/**
 * Issue 20: a two-way pair's permission chain, proven both ways with the IAM policy evaluator for a
 * cross-account, cross-region pair. Forth is the source's role into the destination, back is the
 * destination's way-back role into the source; each direction allows every call S3 makes, each
 * Allow statement the way back adds is needed by some call, and other principals are denied.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PolicyDocument, PolicyStatement } from '../support/policy-simulator.js';
import { simulate } from '../support/policy-simulator.js';
import { decisions } from '../support/replication-proof.js';
import { deployTwoWay, pairConfig } from '../support/two-way-world.js';
import type { DeployedWorld } from '../support/deployed-world.js';
import { runCfnLint } from '../support/cfn-lint.js';
import { loadTopology } from '../../src/core/load-topology.js';
import { renderSynthesisFiles } from '../../src/core/synth/render-files.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import type { Topology } from '../../src/core/model/topology.js';

const PAIR = pairConfig('deleteMarkerReplication: true');

function topologyOf(text: string): Topology {
  const loaded = loadTopology(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.topology;
}

const statementsOf = (p: PolicyDocument) =>
  (Array.isArray(p.Statement) ? p.Statement : [p.Statement]) as PolicyStatement[];
const without = (p: PolicyDocument, sid: string): PolicyDocument => ({
  ...p,
  Statement: statementsOf(p).filter((s) => s.Sid !== sid),
});
const ADMIN: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};
const refused = async (w: DeployedWorld) => (await decisions(w)).filter((r) => r.decision !== 'Allowed');

describe.each([
  ['with S3 Bucket Keys', PAIR],
  ['without S3 Bucket Keys', PAIR.replace('name: orders\n', 'name: orders\noptions:\n  bucketKeys: false\n')],
])('a cross-account, cross-region two-way pair, %s', (_, text) => {
  const topology = topologyOf(text);
  const { forth, back, phase1 } = deployTwoWay(topology);

  test('allows every call S3 makes, in both directions', async () => {
    expect(await refused(forth)).toEqual([]);
    expect(await refused(back)).toEqual([]);
    expect((await decisions(back)).length).toBeGreaterThanOrEqual(11);
  });

  test('both rules sync replica modifications and select SSE-KMS objects, and the way back is mirrored from the rule', () => {
    const synthesis = synthesize(topology);
    const source = synthesis.templates.get(`${topology.source.stackName}.template.json`)!;
    const destination = synthesis.templates.get(`${topology.destinations[0]!.stackName}.template.json`)!;
    const rulesOf = (bucket: unknown) => JSON.stringify(bucket);
    for (const t of [rulesOf(source.Resources.SourceBucket), rulesOf(destination.Resources.ReplicaBucket)]) {
      expect(t).toContain('"ReplicaModifications":{"Status":"Enabled"}');
      expect(t).toContain('"SseKmsEncryptedObjects":{"Status":"Enabled"}');
    }
    expect(rulesOf(destination.Resources.ReplicaBucket)).toContain('"Id":"everything-to-source"');
  });

  test('the first deploy of the destination has no way back yet: no role, no rules, nothing that names the source key', () => {
    expect(phase1.conditions.ReplicatesBack).toBe(false);
    expect(phase1.resources.WayBackReplicationRole).toBeUndefined();
    expect(phase1.resources.ReplicaBucket!.Properties.ReplicationConfiguration).toBeUndefined();
  });

  test.each([
    [
      'the source bucket policy',
      (w: DeployedWorld, sid: string) => ({
        ...w,
        destinations: [
          { ...w.destinations[0]!, bucketPolicy: without(w.destinations[0]!.bucketPolicy, sid) },
        ],
      }),
      (w: DeployedWorld) => w.destinations[0]!.bucketPolicy,
    ],
    [
      'the source key policy',
      (w: DeployedWorld, sid: string) => ({
        ...w,
        destinations: [{ ...w.destinations[0]!, keyPolicy: without(w.destinations[0]!.keyPolicy, sid) }],
      }),
      (w: DeployedWorld) => w.destinations[0]!.keyPolicy,
    ],
    [
      'the way-back role policy',
      (w: DeployedWorld, sid: string) => ({ ...w, rolePolicy: without(w.rolePolicy, sid) }),
      (w: DeployedWorld) => w.rolePolicy,
    ],
  ])(
    'removing any Allow statement for the way back from %s breaks a call back',
    async (_where, remove, policyOf) => {
      // The source's own account-root key statement is not for the way back (its role is in another account).
      const forWayBack = statementsOf(policyOf(back))
        .filter((s) => s.Effect === 'Allow' && s.Sid !== 'EnableIamPoliciesOfThisAccount')
        .map((s) => s.Sid!);
      expect(forWayBack.length).toBeGreaterThan(0);
      const survivors: string[] = [];
      for (const sid of forWayBack) if ((await refused(remove(back, sid))).length === 0) survivors.push(sid);
      expect(survivors).toEqual([]);
    },
  );

  test("the way back's grants on the source serve no other role of the destination account, even an administrator", async () => {
    const other = `arn:aws:iam::${back.roleAccount}:role/someone-else`;
    const intoSource = (await decisions(back, other, [ADMIN])).filter((r) =>
      / to-source|the to-source key/.test(r.label),
    );
    expect(intoSource.length).toBeGreaterThanOrEqual(5);
    expect(intoSource.filter((r) => r.decision === 'Allowed')).toEqual([]);
  });

  test('the way-back role can neither write into its own bucket nor read source objects', async () => {
    const replicaInOwn = await simulate(
      {
        action: 's3:ReplicateObject',
        resourceArn: `${back.source.bucketArn}/data/x`,
        principalArn: back.roleArn,
      },
      {
        identityPolicies: [back.rolePolicy],
        resourcePolicy: back.source.bucketPolicy,
        resourceAccount: back.roleAccount,
        permissionBoundaries: [back.roleBoundary],
      },
    );
    const readSource = await simulate(
      {
        action: 's3:GetObjectVersionForReplication',
        resourceArn: `${forth.source.bucketArn}/data/x`,
        principalArn: back.roleArn,
      },
      {
        identityPolicies: [back.rolePolicy],
        resourcePolicy: forth.source.bucketPolicy,
        resourceAccount: forth.roleAccount,
        permissionBoundaries: [back.roleBoundary],
      },
    );
    expect([replicaInOwn, readSource]).toEqual(['ImplicitlyDenied', 'ImplicitlyDenied']);
  });
});

test('a same-account pair needs no resource-policy grants for the way back: the role policy suffices', async () => {
  const topology = topologyOf(PAIR.replace("account: '222222222222'", "account: '111111111111'"));
  const { forth, back } = deployTwoWay(topology);
  expect(await refused(forth)).toEqual([]);
  expect(await refused(back)).toEqual([]);
  const sids = [
    ...statementsOf(back.destinations[0]!.bucketPolicy),
    ...statementsOf(back.destinations[0]!.keyPolicy),
  ].map((s) => s.Sid);
  expect(sids.filter((s) => s?.startsWith('AllowWayBack'))).toEqual([]);
});

test("a two-way pair's templates pass AWS's cfn-lint with no finding", async () => {
  const dir = mkdtempSync(join(tmpdir(), 's3-xrepl-two-way-lint-'));
  const files: string[] = [];
  for (const [name, text] of renderSynthesisFiles(synthesize(topologyOf(PAIR)))) {
    if (!name.endsWith('.template.json')) continue;
    files.push(join(dir, name));
    writeFileSync(join(dir, name), text);
  }
  expect(files.length).toBe(3);
  const findings = await runCfnLint(files);
  expect(findings.map((f) => `${f.level} ${f.rule} ${f.file}:${f.line ?? '?'} ${f.message}`)).toEqual([]);
}, 120_000);
