import { describe, expect, it } from '@jest/globals';
import { loadTopology } from '../../src/core/load-topology.js';
import { offlinePlan, changedParameters } from '../../src/core/plan/offline-plan.js';
import { summarizePlan, type Plan } from '../../src/core/plan/plan.js';
import type { ResourceChange } from '../../src/core/plan/resource-change.js';
import { diffStack, diffTemplates, sameValue } from '../../src/core/plan/template-diff.js';
import { normalizedText } from '../../src/core/plan/normalized-json.js';
import { countChanges, diffLines, unifiedDiff, type DiffLine } from '../../src/core/report/line-diff.js';
import { planVerdict } from '../../src/core/report/render-plan.js';
import { DESTINATION_TEMPLATE_FILE, synthesize, type StackPlan } from '../../src/core/synth/synthesize.js';
import type { Template } from '../../src/core/templates/cfn.js';
import { EXAMPLE_NAMES, exampleText, exampleTopology } from '../support/examples.js';

/** Deterministic pseudo-random numbers, so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomLines(random: () => number, length: number, alphabet: number): string[] {
  return Array.from({ length }, () => `line ${Math.floor(random() * alphabet)}`);
}

/** The two sides a diff describes: context and removals make the old text, context and additions the new. */
function sides(diff: readonly DiffLine[]): { before: string[]; after: string[] } {
  return {
    before: diff.filter((l) => l.op !== '+').map((l) => l.text),
    after: diff.filter((l) => l.op !== '-').map((l) => l.text),
  };
}

/** Longest common subsequence by trying every subsequence of `a`: only for very short arrays. */
function bruteForceLcs(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << a.length; mask++) {
    const picked = a.filter((_, i) => mask & (1 << i));
    if (picked.length <= best) continue;
    let j = 0;
    for (const x of b) if (j < picked.length && picked[j] === x) j++;
    if (j === picked.length) best = picked.length;
  }
  return best;
}

describe('diffLines', () => {
  it('finds no change between identical texts', () => {
    const text = ['{', '  "a": 1,', '  "b": 2', '}'];
    const diff = diffLines(text, [...text]);
    expect(diff.every((l) => l.op === ' ')).toBe(true);
    expect(sides(diff)).toEqual({ before: text, after: text });
    expect(countChanges(diff)).toEqual({ added: 0, removed: 0 });
    expect(unifiedDiff(diff)).toBe('');
  });

  it('shows a single line edit as one removal and one addition in place', () => {
    const diff = diffLines(['a', 'b', 'c'], ['a', 'B', 'c']);
    expect(diff).toEqual([
      { op: ' ', text: 'a' },
      { op: '-', text: 'b' },
      { op: '+', text: 'B' },
      { op: ' ', text: 'c' },
    ]);
    expect(countChanges(diff)).toEqual({ added: 1, removed: 1 });
  });

  it('shows an all-new and an all-gone text as pure additions and removals', () => {
    expect(diffLines([], ['x', 'y'])).toEqual([
      { op: '+', text: 'x' },
      { op: '+', text: 'y' },
    ]);
    expect(diffLines(['x', 'y'], [])).toEqual([
      { op: '-', text: 'x' },
      { op: '-', text: 'y' },
    ]);
  });

  it('changes as few lines as possible (checked against brute force on short random texts)', () => {
    const random = seeded(7);
    for (let round = 0; round < 600; round++) {
      const a = randomLines(random, Math.floor(random() * 8), 3);
      const b = randomLines(random, Math.floor(random() * 8), 3);
      const diff = diffLines(a, b);
      const { added, removed } = countChanges(diff);
      expect(sides(diff)).toEqual({ before: a, after: b });
      expect(added + removed).toBe(a.length + b.length - 2 * bruteForceLcs(a, b));
    }
  });

  it('reproduces both sides for random texts of every size below the LCS limit', () => {
    const random = seeded(11);
    for (const size of [1, 10, 100, 600]) {
      for (let round = 0; round < 5; round++) {
        const a = randomLines(random, size, 20);
        const b =
          random() < 0.5 ? randomLines(random, size, 20) : a.map((l) => (random() < 0.1 ? `${l}!` : l));
        expect(sides(diffLines(a, b))).toEqual({ before: a, after: b });
      }
    }
  });

  it('falls back to a block replacement above the cell limit, still describing both sides exactly', () => {
    const random = seeded(13);
    for (const [head, middle, tail] of [
      [0, 2_100, 0],
      [5, 2_050, 7],
      [40, 2_500, 1],
    ] as const) {
      const common = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} ${i}`);
      // Lines from a small alphabet: the middles share many lines, which the fallback does not match.
      const a = [...common(head, 'head'), ...randomLines(random, middle, 50), ...common(tail, 'tail')];
      const b = [...common(head, 'head'), ...randomLines(random, middle + 3, 50), ...common(tail, 'tail')];
      const diff = diffLines(a, b);
      expect(sides(diff)).toEqual({ before: a, after: b });
      expect(diff.slice(0, head).every((l) => l.op === ' ')).toBe(true);
      expect(diff.slice(diff.length - tail).every((l) => l.op === ' ')).toBe(true);
    }
  });
});

describe('unifiedDiff', () => {
  const before = Array.from({ length: 20 }, (_, i) => `line ${i}`);
  const after = before.map((l, i) => (i === 2 || i === 15 ? `${l} edited` : l));

  it('keeps `context` lines around each change and splits distant changes into hunks', () => {
    const text = unifiedDiff(diffLines(before, after), 2);
    expect(text.split('\n')).toEqual([
      '@@',
      ' line 0',
      ' line 1',
      '-line 2',
      '+line 2 edited',
      ' line 3',
      ' line 4',
      '@@',
      ' line 13',
      ' line 14',
      '-line 15',
      '+line 15 edited',
      ' line 16',
      ' line 17',
    ]);
  });

  it('shows everything as one hunk with unlimited context', () => {
    const lines = unifiedDiff(diffLines(before, after), Infinity).split('\n');
    expect(lines[0]).toBe('@@');
    expect(lines.filter((l) => l === '@@')).toHaveLength(1);
    expect(lines).toHaveLength(1 + 20 + 2);
  });

  // BUG (src/core/report/line-diff.ts, unifiedDiff): for every changed line it marks the lines
  // within `context` one by one, so render-plan.ts's `unifiedDiff(diff, Infinity)` (used for every
  // new or removed watched property) costs O(n²): an offline plan of a new 1,000-rule source bucket
  // (syntheticConfig, 35,000 lines of replication rules) took 745 s to render.
  it('renders a new 3,000-line property in linear time with unlimited context', () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => `"rule-${i}"`);
    const diff = diffLines([], lines);
    const started = performance.now();
    const text = unifiedDiff(diff, Infinity);
    const elapsed = performance.now() - started;
    expect(text.split('\n')).toHaveLength(3_001);
    expect(elapsed).toBeLessThan(1_000);
  }, 60_000);
});

const bucket = (props: Record<string, unknown>) => ({ Type: 'AWS::S3::Bucket', Properties: props });
const template = (resources: Record<string, unknown>, extra: Partial<Template> = {}): Template =>
  ({
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'test',
    ...extra,
    Resources: resources,
  }) as Template;

const summaryOf = (changes: readonly ResourceChange[]) =>
  changes.map((c) => [c.logicalId, c.resourceType, c.action, c.replacement, c.properties]);

describe('diffTemplates', () => {
  const before = template({
    Data: bucket({ BucketName: 'data-a', Tags: [{ Key: 'team', Value: 'a' }] }),
    Key: { Type: 'AWS::KMS::Key', Properties: { Description: 'one', KeySpec: 'SYMMETRIC_DEFAULT' } },
    Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'r' } },
    Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 't' } },
    Same: bucket({ BucketName: 'same', VersioningConfiguration: { Status: 'Enabled' } }),
  });
  const after = template({
    Data: bucket({ BucketName: 'data-b' }),
    Key: { Type: 'AWS::KMS::Key', Properties: { KeySpec: 'SYMMETRIC_DEFAULT', Description: 'two' } },
    Topic: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 't' } },
    Same: bucket({ VersioningConfiguration: { Status: 'Enabled' }, BucketName: 'same' }),
    New: bucket({ BucketName: 'new' }),
  });

  it('lists additions, modifications, removals and type changes', () => {
    expect(summaryOf(diffTemplates(before, after))).toEqual([
      ['Data', 'AWS::S3::Bucket', 'Modify', 'True', ['BucketName', 'Tags']],
      ['Key', 'AWS::KMS::Key', 'Modify', 'False', ['Description']],
      ['Topic', 'AWS::SNS::Topic', 'Remove', undefined, []],
      ['Topic', 'AWS::SQS::Queue', 'Add', undefined, []],
      ['New', 'AWS::S3::Bucket', 'Add', undefined, []],
      ['Role', 'AWS::IAM::Role', 'Remove', undefined, []],
    ]);
  });

  it('carries the properties of both sides', () => {
    const changes = diffTemplates(before, after);
    const data = changes.find((c) => c.logicalId === 'Data')!;
    expect(data.before).toEqual(before.Resources.Data!.Properties);
    expect(data.after).toEqual(after.Resources.Data!.Properties);
    expect(changes.find((c) => c.logicalId === 'Role')!.before).toEqual({ RoleName: 'r' });
    expect(changes.find((c) => c.logicalId === 'New')!.after).toEqual({ BucketName: 'new' });
  });

  it('replaces on exactly the create-only properties of each type', () => {
    const cases: [string, string, boolean][] = [
      ['AWS::S3::Bucket', 'BucketName', true],
      ['AWS::S3::Bucket', 'ObjectLockEnabled', true],
      ['AWS::S3::Bucket', 'VersioningConfiguration', false],
      ['AWS::KMS::Key', 'KeySpec', true],
      ['AWS::KMS::Key', 'KeyPolicy', false],
      ['AWS::IAM::Role', 'RoleName', true],
      ['AWS::IAM::Role', 'Policies', false],
      ['AWS::S3::BucketPolicy', 'Bucket', true],
      ['AWS::S3::BucketPolicy', 'PolicyDocument', false],
    ];
    for (const [type, property, replaces] of cases) {
      const [change] = diffTemplates(
        template({ R: { Type: type, Properties: { [property]: 'old' } } }),
        template({ R: { Type: type, Properties: { [property]: 'new' } } }),
      );
      expect([type, property, change!.replacement]).toEqual([type, property, replaces ? 'True' : 'False']);
    }
  });

  it('treats every resource as added when there is no template before', () => {
    const changes = diffTemplates(undefined, after);
    expect(changes.map((c) => [c.logicalId, c.action])).toEqual(
      Object.keys(after.Resources).map((id) => [id, 'Add']),
    );
  });
});

describe('sameValue', () => {
  it('ignores key order and respects list order and types', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});

describe('diffStack: parameters whose values change', () => {
  const destination = synthesize(exampleTopology('two-destinations')).templates.get(
    DESTINATION_TEMPLATE_FILE,
  )!;
  const affected = (parameters: string[]) =>
    Object.fromEntries(
      diffStack(destination, destination, new Set(parameters)).map((c) => [
        c.logicalId,
        [c.action, c.replacement, c.properties],
      ]),
    );

  it('reach the properties that Ref or Fn::Sub them, and replace what they name', () => {
    expect(affected(['BucketName'])).toEqual({
      ReplicaKey: ['Modify', 'False', ['Description', 'KeyPolicy']],
      ReplicaBucket: ['Modify', 'True', ['BucketName']],
      ReplicaBucketPolicy: ['Modify', 'False', ['PolicyDocument']],
    });
  });

  it('reach the properties using Fn::If on a condition that reads them', () => {
    expect(affected(['OwnerTranslation'])).toEqual({
      ReplicaBucketPolicy: ['Modify', 'False', ['PolicyDocument']],
    });
    expect(affected(['NoncurrentVersionExpirationDays'])).toEqual({
      ReplicaBucket: ['Modify', 'False', ['LifecycleConfiguration']],
    });
    expect(affected(['BucketKeyEnabled'])).toEqual({
      ReplicaKey: ['Modify', 'False', ['KeyPolicy']],
      ReplicaBucket: ['Modify', 'False', ['BucketEncryption']],
    });
    expect(affected(['SourceAccountId'])).toEqual({
      ReplicaKey: ['Modify', 'False', ['KeyPolicy']],
      ReplicaBucketPolicy: ['Modify', 'False', ['PolicyDocument']],
    });
  });

  it('follow conditions that read other conditions, and skip what only looks like a reference', () => {
    const t = template(
      {
        ByChain: bucket({ Tags: { 'Fn::If': ['Both', [{ Key: 'k', Value: 'v' }], []] } }),
        ByMap: bucket({ BucketName: { 'Fn::Sub': ['${name}-x', { name: { Ref: 'Stage' } }] } }),
        Deep: bucket({ A: { B: [{ C: { Ref: 'Stage' } }] } }),
        Literal: bucket({ BucketName: { 'Fn::Sub': '${!Stage}-${Other.Arn}-${AWS::Region}' } }),
        Unrelated: bucket({ BucketName: { Ref: 'Other' } }),
      },
      {
        Conditions: {
          IsProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] },
          Both: { 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Equals': ['a', 'a'] }] },
        },
      },
    );
    expect(summaryOf(diffStack(t, t, new Set(['Stage'])))).toEqual([
      ['ByChain', 'AWS::S3::Bucket', 'Modify', 'False', ['Tags']],
      ['ByMap', 'AWS::S3::Bucket', 'Modify', 'True', ['BucketName']],
      ['Deep', 'AWS::S3::Bucket', 'Modify', 'False', ['A']],
    ]);
  });

  it('merges parameter-driven properties into a change the template already makes', () => {
    const edited = structuredClone(destination) as { Resources: Record<string, { Properties: object }> };
    edited.Resources.ReplicaBucket!.Properties = {
      ...edited.Resources.ReplicaBucket!.Properties,
      VersioningConfiguration: { Status: 'Suspended' },
    };
    const changes = diffStack(destination, edited as unknown as Template, new Set(['BucketName']));
    expect(changes.filter((c) => c.logicalId === 'ReplicaBucket').map((c) => c.properties)).toEqual([
      ['BucketName', 'VersioningConfiguration'],
    ]);
  });

  it('adds nothing with no parameter changed or no template before', () => {
    expect(diffStack(destination, destination, new Set())).toEqual([]);
    expect(diffStack(undefined, destination, new Set(['BucketName'])).map((c) => c.action)).toEqual(
      Object.keys(destination.Resources).map(() => 'Add'),
    );
  });

  // BUG (src/core/plan/template-diff.ts, diffStack/readsAny): only Properties are searched for
  // parameter reads, not a resource's own `Condition`. KmsKeyArn '' → an existing key's ARN turns
  // CreateKey false, so CloudFormation removes ReplicaKey (a destructive change); diffStack lists
  // only ReplicaBucket's BucketEncryption and the guard sees nothing destructive.
  it('sees a resource whose Condition reads a changed parameter (a key that leaves the stack)', () => {
    const changes = diffStack(destination, destination, new Set(['KmsKeyArn']));
    expect(changes.map((c) => c.logicalId)).toContain('ReplicaKey');
  });
});

function offline(baseText: string | undefined, text: string): Plan {
  const load = (t: string) => {
    const loaded = loadTopology(t);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    return loaded.topology;
  };
  const topology = load(text);
  return offlinePlan({
    topology,
    synthesis: synthesize(topology),
    base: baseText === undefined ? undefined : synthesize(load(baseText)),
    configPath: 'config.yml',
    allowDestructive: false,
    reason: 'no OIDC token',
    comparedWith: 'the base branch',
  });
}

describe('offlinePlan', () => {
  it.each(EXAMPLE_NAMES)('of %s against itself changes nothing', (name) => {
    const plan = offline(exampleText(name), exampleText(name));
    expect(plan.stacks.length).toBeGreaterThan(1);
    expect(plan.stacks.map((s) => [s.name, s.status, s.changes])).toEqual(
      plan.stacks.map((s) => [s.name, 'unchanged', []]),
    );
    expect(summarizePlan(plan).hasChanges).toBe(false);
    expect(planVerdict(plan)).toBe(`✅ **No changes**: all ${plan.stacks.length} stacks match the config.`);
    expect(plan.basis).toEqual({ kind: 'offline', reason: 'no OIDC token', comparedWith: 'the base branch' });
  });

  it('creates every stack when the config is new', () => {
    const plan = offline(undefined, exampleText('cross-account'));
    expect(plan.stacks.map((s) => s.status)).toEqual(plan.stacks.map(() => 'create'));
    expect(plan.stacks.flatMap((s) => s.changes).every((c) => c.action === 'Add')).toBe(true);
  });

  it('turns a renamed destination bucket into a replacement a deploy refuses', () => {
    const base = exampleText('cross-account');
    const plan = offline(
      base,
      base.replace('acme-invoices-backup-eu-central-1', 'acme-invoices-vault-eu-central-1'),
    );
    const summary = summarizePlan(plan);
    expect(
      summary.destructive.map((d) => [d.stack.name, d.changes.map((c) => [c.change.logicalId, c.reason])]),
    ).toEqual([['s3-xrepl-invoices-dst-backup', [['ReplicaBucket', 'replace']]]]);
    expect(planVerdict(plan, summary)).toMatch(
      /^⛔ \*\*Destructive changes blocked\*\*: 1 destructive change/,
    );
  });

  // BUG (src/core/plan/offline-plan.ts): the source stack reads the destination's BucketArn and
  // KmsKeyArn outputs; `changedParameters` compares only the {fromStack, output} references, so
  // when the destination bucket is replaced the source stack (replication rules and role policy
  // naming the old bucket) is reported 'unchanged'. The live plan marks it 'pending-inputs'.
  it('does not call a source stack unchanged when a destination it reads is replaced', () => {
    const base = exampleText('cross-account');
    const plan = offline(
      base,
      base.replace('acme-invoices-backup-eu-central-1', 'acme-invoices-vault-eu-central-1'),
    );
    const source = plan.stacks.find((s) => s.kind === 'source')!;
    expect(source.status).not.toBe('unchanged');
    expect(source.changes.map((c) => c.logicalId)).toEqual(
      expect.arrayContaining(['ReplicationRole', 'SourceBucket']),
    );
  });

  // BUG (src/core/plan/template-diff.ts, see diffStack above), through the offline plan.
  it('reports the removal of a destination key when the destination moves to an existing key', () => {
    const base = exampleText('cross-account');
    const arn = 'arn:aws:kms:eu-central-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const text = base.replace(
      /(bucket: acme-invoices-backup-eu-central-1\n\s+kmsKey: )create/,
      (_m, prefix: string) => `${prefix}${arn}`,
    );
    expect(text).toContain(arn);
    const plan = offline(base, text);
    expect(
      summarizePlan(plan).destructive.flatMap((d) => d.changes.map((c) => c.change.logicalId)),
    ).toContain('ReplicaKey');
  });
});

describe('changedParameters', () => {
  const stack = (parameters: StackPlan['parameters']): StackPlan => ({
    name: 's',
    kind: 'destination',
    account: '1',
    region: 'r',
    template: 't',
    parameters,
    tags: {},
  });

  it('names the parameters whose value differs, appears or disappears', () => {
    expect(
      changedParameters(
        stack({ A: 'x', B: 'y', Gone: 'z', Ref: { fromStack: 'd', output: 'Arn' } }),
        stack({ A: 'x', B: 'Y', New: 'n', Ref: { fromStack: 'd', output: 'Arn' } }),
      ),
    ).toEqual(new Set(['B', 'Gone', 'New']));
    expect(
      changedParameters(
        stack({ R: { fromStack: 'd', output: 'A' } }),
        stack({ R: { fromStack: 'd', output: 'B' } }),
      ),
    ).toEqual(new Set(['R']));
  });

  it('finds the renamed bucket in the synthesized manifests', () => {
    const base = synthesize(exampleTopology('two-destinations')).manifest.stacks;
    const loaded = loadTopology(
      exampleText('two-destinations').replace('acme-orders-dr-us-west-2', 'acme-orders-dr2-us-west-2'),
    );
    if (!loaded.ok) throw new Error('the edited example is invalid');
    const now = synthesize(loaded.topology).manifest.stacks;
    expect(now.map((s, i) => [s.name, [...changedParameters(base[i]!, s)]])).toEqual([
      ['s3-xrepl-orders-dst-dr', ['BucketName']],
      ['s3-xrepl-orders-dst-analytics', []],
      ['s3-xrepl-orders-source', []],
    ]);
  });
});

describe('normalizedText', () => {
  const allow = {
    Sid: 'Replicate',
    Effect: 'Allow',
    Action: ['s3:ReplicateObject', 's3:ReplicateDelete'],
    Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::a/*'],
  };
  const deny = {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: '*',
  };
  const policy = (statements: object[]) => ({ Version: '2012-10-17', Statement: statements });
  const same = (a: unknown, b: unknown) => normalizedText(a) === normalizedText(b);

  it('ignores the order of actions, resources and principals', () => {
    const reordered = {
      ...allow,
      Action: [...allow.Action].reverse(),
      Resource: [...allow.Resource].reverse(),
    };
    expect(same(policy([allow, deny]), policy([reordered, deny]))).toBe(true);
    const principals = (p: string[]) => ({ ...allow, Principal: { AWS: p } });
    expect(same(policy([principals(['arn:1', 'arn:2'])]), policy([principals(['arn:2', 'arn:1'])]))).toBe(
      true,
    );
  });

  it('ignores whether a policy is JSON text or an object, and key order', () => {
    const text = JSON.stringify({ Statement: [deny], Version: '2012-10-17' });
    expect(same(policy([deny]), text)).toBe(true);
  });

  // Statement order carries no meaning in IAM: a policy whose statements CloudFormation (or a
  // template refactoring) lists in another order is not a policy change.
  it('ignores the order of statements', () => {
    expect(same(policy([allow, deny]), policy([deny, allow]))).toBe(true);
  });

  it('keeps a real edit, as the one line a diff of the two texts shows', () => {
    const widened = { ...allow, Action: [...allow.Action, 's3:ObjectOwnerOverrideToBucketOwner'] };
    const before = normalizedText(policy([allow, deny]));
    const after = normalizedText(policy([widened, deny]));
    expect(after).toContain('"s3:ObjectOwnerOverrideToBucketOwner"');
    const diff = diffLines(before.split('\n'), after.split('\n'));
    expect(diff.filter((l) => l.op !== ' ').map((l) => `${l.op}${l.text.trim()}`)).toEqual([
      '+"s3:ObjectOwnerOverrideToBucketOwner",',
    ]);
  });
});
