/**
 * The replication permission chain of DESIGN.md §1, proven with a real IAM policy evaluator over
 * the policies each example's stacks would create: every call S3 makes as the replication role is
 * allowed (identity, bucket and key policies together, cross-account rules applied); removing any
 * single Allow statement breaks at least one call; other principals are denied. For a two-way
 * example, the way back is proven too: its calls are allowed, and a statement of the source's key
 * policy that serves only the way back breaks a call back when removed (two-way-permission-chain
 * has the full proof of the way back).
 */
import type { PolicyDocument, PolicyStatement } from '../support/policy-simulator.js';
import { decisions, replicationCalls } from '../support/replication-proof.js';
import { deployWorld, type DeployedWorld } from '../support/deployed-world.js';
import { EXAMPLE_NAMES, exampleTopology } from '../support/examples.js';
import { buildTopology } from '../../src/core/model/build-topology.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { exampleText } from '../support/examples.js';
import { deployTwoWay } from '../support/two-way-world.js';

/** Every policy of the world with one statement removed, as a new world. */
function* withOneStatementRemoved(w: DeployedWorld): Generator<{ where: string; world: DeployedWorld }> {
  const without = (p: PolicyDocument, i: number): PolicyDocument => ({
    ...p,
    Statement: statementsOf(p).filter((_, j) => j !== i),
  });
  const allows = (p: PolicyDocument) =>
    statementsOf(p).flatMap((s, i) => (s.Effect === 'Allow' ? [{ s, i }] : []));
  for (const { s, i } of allows(w.rolePolicy))
    yield { where: `role policy ${s.Sid}`, world: { ...w, rolePolicy: without(w.rolePolicy, i) } };
  for (const { s, i } of allows(w.source.keyPolicy)) {
    yield {
      where: `source key policy ${s.Sid}`,
      world: { ...w, source: { ...w.source, keyPolicy: without(w.source.keyPolicy, i) } },
    };
  }
  for (const [n, d] of w.destinations.entries()) {
    const replace = (patch: Partial<typeof d>) => ({
      ...w,
      destinations: w.destinations.map((x, m) => (m === n ? { ...x, ...patch } : x)),
    });
    for (const { s, i } of allows(d.bucketPolicy))
      yield {
        where: `${d.id} bucket policy ${s.Sid}`,
        world: replace({ bucketPolicy: without(d.bucketPolicy, i) }),
      };
    for (const { s, i } of allows(d.keyPolicy)) {
      // The destination account-root statement keeps the destination's own administrators in control;
      // replication does not go through it when the role is in another account.
      if (s.Sid === 'EnableIamPoliciesOfThisAccount' && d.account !== w.roleAccount) continue;
      yield { where: `${d.id} key policy ${s.Sid}`, world: replace({ keyPolicy: without(d.keyPolicy, i) }) };
    }
  }
}

function statementsOf(p: PolicyDocument): PolicyStatement[] {
  return (Array.isArray(p.Statement) ? p.Statement : [p.Statement]) as PolicyStatement[];
}

const ADMIN: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

describe.each(EXAMPLE_NAMES)('the permission chain of example %s', (name) => {
  const topology = exampleTopology(name);
  const world = deployWorld(topology);
  const back = topology.destinations.some((d) => d.twoWay) ? deployTwoWay(topology).back : undefined;
  /** Whether removing statement `sid` from the source's key policy breaks a call of the way back. */
  const breaksTheWayBack = async (sid: string | undefined) => {
    if (!back || sid === undefined) return false;
    const [to] = back.destinations;
    const keyPolicy = {
      ...to!.keyPolicy,
      Statement: statementsOf(to!.keyPolicy).filter((x) => x.Sid !== sid),
    };
    const results = await decisions({ ...back, destinations: [{ ...to!, keyPolicy }] });
    return results.some((r) => r.decision !== 'Allowed');
  };

  test('allows every call S3 replication makes as the replication role (and, two-way, as the way-back role)', async () => {
    const results = await decisions(world);
    expect(results.length).toBeGreaterThanOrEqual(6 + 5 * topology.destinations.length);
    expect(results.filter((r) => r.decision !== 'Allowed')).toEqual([]);
    if (back) expect((await decisions(back)).filter((r) => r.decision !== 'Allowed')).toEqual([]);
  });

  test('breaks at least one call when any single Allow statement is removed', async () => {
    const survivors: string[] = [];
    let variants = 0;
    for (const { where, world: broken } of withOneStatementRemoved(world)) {
      variants++;
      const results = await decisions(broken);
      if (!results.every((r) => r.decision === 'Allowed')) continue;
      if (where.startsWith('source key policy ') && (await breaksTheWayBack(where.split(' ').at(-1))))
        continue;
      survivors.push(where);
    }
    expect(variants).toBeGreaterThanOrEqual(6);
    expect(survivors).toEqual([]);
  });

  test('breaks at least one call when any live-replication statement of the permissions boundary is removed', async () => {
    const statements = statementsOf(world.roleBoundary);
    const survivors: string[] = [];
    for (const [i, s] of statements.entries()) {
      if (s.Sid === 'BatchReplicationManifestsAndReports') continue; // backfill only
      const roleBoundary = { ...world.roleBoundary, Statement: statements.filter((_, j) => j !== i) };
      const results = await decisions({ ...world, roleBoundary });
      if (results.every((r) => r.decision === 'Allowed')) survivors.push(s.Sid ?? `#${i}`);
    }
    expect(survivors).toEqual([]);
  });

  test('denies a role of a third account, even with administrator rights, every call', async () => {
    const stranger = `arn:${world.partition}:iam::999999999999:role/${topology.source.replicationRoleName}`;
    const results = await decisions(world, stranger, [ADMIN]);
    expect(results.filter((r) => r.decision === 'Allowed')).toEqual([]);
  });
});

const CROSS_ACCOUNT = EXAMPLE_NAMES.filter((n) => {
  const t = exampleTopology(n);
  return t.destinations.some((d) => d.account !== t.source.account);
});

describe.each(CROSS_ACCOUNT)('in example %s, another role of the source account', (name) => {
  test('is denied every call into another account, even with administrator rights', async () => {
    const world = deployWorld(exampleTopology(name));
    const other = `arn:${world.partition}:iam::${world.roleAccount}:role/someone-else`;
    const results = await decisions(world, other, [ADMIN]);
    const foreign = world.destinations.filter((d) => d.account !== world.roleAccount);
    const intoForeign = results.filter((r) =>
      foreign.some((d) => r.label.endsWith(` ${d.id}`) || r.label.includes(`the ${d.id} key`)),
    );
    expect(intoForeign.length).toBeGreaterThanOrEqual(5 * foreign.length);
    expect(intoForeign.filter((r) => r.decision === 'Allowed')).toEqual([]);
  });
});

test('with a destination key that already exists and only its default policy, encrypting replicas is denied until its policy is extended', async () => {
  const text = exampleText('cross-account').replace(
    /(id: backup[\s\S]*?)kmsKey: create/,
    '$1kmsKey: arn:aws:kms:eu-central-1:222222222222:key/0a0b0c0d-1111-2222-3333-444455556666',
  );
  const parsed = parseConfig(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  const world = deployWorld(buildTopology(parsed.config));
  const results = await decisions(world);
  expect(results.filter((r) => r.decision !== 'Allowed').map((r) => r.label)).toEqual(
    expect.arrayContaining(['kms:Encrypt with the backup key', 'kms:GenerateDataKey with the backup key']),
  );
});

describe('in aws-cn, where AWS does not document which kms:ViaService form S3 presents', () => {
  // Source in Beijing, one destination in Ningxia in another account, one in Beijing in the same.
  const text = [
    'name: cn',
    'source:',
    "  account: '111111111111'",
    '  region: cn-north-1',
    '  bucket: cn-source',
    'destinations:',
    '  - id: ningxia',
    "    account: '222222222222'",
    '    region: cn-northwest-1',
    '    bucket: cn-replica-ningxia',
    '  - id: beijing',
    "    account: '111111111111'",
    '    region: cn-north-1',
    '    bucket: cn-replica-beijing',
    '    bucketKey: false',
    'rules:',
    '  - id: all',
    '    priority: 1',
    '    destinations: [ningxia, beijing]',
    '',
  ].join('\n');
  const parsed = parseConfig(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  const world = deployWorld(buildTopology(parsed.config));
  /** kms:ViaService for each KMS call, from the key's own region: `form(region)`. */
  const via = (form: (region: string) => string) => (request: { action: string; resourceArn: string }) =>
    request.action.startsWith('kms:')
      ? { 'kms:ViaService': form(request.resourceArn.split(':')[3]!) }
      : undefined;
  const denied = async (form: (region: string) => string) =>
    (await decisions(world, world.roleArn, undefined, via(form))).filter((r) => r.decision !== 'Allowed');
  const kmsCalls = replicationCalls(world).filter((c) => c.request.action.startsWith('kms:'));

  test('the world is in aws-cn and makes KMS calls in both regions', () => {
    expect(world.partition).toBe('aws-cn');
    expect(new Set(kmsCalls.map((c) => c.request.resourceArn.split(':')[3]))).toEqual(
      new Set(['cn-north-1', 'cn-northwest-1']),
    );
  });

  test('replication is allowed when S3 presents s3.<region>.amazonaws.com.cn', async () => {
    expect(await denied((r) => `s3.${r}.amazonaws.com.cn`)).toEqual([]);
  });

  test('replication is allowed when S3 presents s3.<region>.amazonaws.com', async () => {
    expect(await denied((r) => `s3.${r}.amazonaws.com`)).toEqual([]);
  });

  test.each([
    ['another service in the same region, China form', (r: string) => `ec2.${r}.amazonaws.com.cn`],
    ['another service in the same region, global form', (r: string) => `ec2.${r}.amazonaws.com`],
    [
      'S3 in the other China region',
      (r: string) => `s3.${r === 'cn-north-1' ? 'cn-northwest-1' : 'cn-north-1'}.amazonaws.com`,
    ],
    ['S3 in a region of another partition', () => 's3.us-east-1.amazonaws.com'],
  ])('no wider: every KMS call is denied through %s', async (_, form) => {
    const labels = (await denied(form)).map((r) => r.label);
    expect(labels.sort()).toEqual(
      replicationCalls(world)
        .filter((c) => c.request.action.startsWith('kms:'))
        .map((c) => c.label)
        .sort(),
    );
  });

  test('the statement synth asks the owner of an existing key to add names both forms too', () => {
    const existing = text.replace(
      '    bucket: cn-replica-ningxia',
      '    bucket: cn-replica-ningxia\n    kmsKey: arn:aws-cn:kms:cn-northwest-1:222222222222:key/0a0b0c0d-1111-2222-3333-444455556666',
    );
    const loaded = parseConfig(existing);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const [note] = synthesize(buildTopology(loaded.config)).notes;
    expect(JSON.parse(note!.slice(note!.indexOf('{'))).Condition.StringEquals['kms:ViaService']).toEqual([
      's3.cn-northwest-1.amazonaws.com.cn',
      's3.cn-northwest-1.amazonaws.com',
    ]);
  });
});
