import {
  describeDestructive,
  destructiveChanges,
  permissiveStackPolicy,
  protectiveStackPolicy,
  type DestructiveReason,
  type ResourceChange,
} from '../../src/core/plan/resource-change.js';

const PROTECTED = ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::IAM::Role'] as const;
const UNPROTECTED = [
  'AWS::S3::BucketPolicy',
  'AWS::KMS::Alias',
  'AWS::IAM::Policy',
  'AWS::SNS::Topic',
] as const;
const ACTIONS = ['Add', 'Modify', 'Remove', 'Import', 'Dynamic'] as const;
const REPLACEMENTS = [undefined, 'False', 'True', 'Conditional'] as const;

const rc = (
  resourceType: string,
  action: ResourceChange['action'],
  replacement?: ResourceChange['replacement'],
  extra: Partial<ResourceChange> = {},
): ResourceChange => ({
  logicalId: 'Thing',
  resourceType,
  action,
  ...(replacement ? { replacement } : {}),
  properties: [],
  ...extra,
});

/** The rule, stated independently of the code: what each protected change is refused as. */
function expectedReason(action: string, replacement: string | undefined): DestructiveReason | undefined {
  if (action === 'Remove') return 'remove';
  if (action === 'Modify' && replacement === 'True') return 'replace';
  if (action === 'Modify' && replacement === 'Conditional') return 'may-replace';
  return undefined;
}

const table = PROTECTED.flatMap((type) =>
  ACTIONS.flatMap((action) =>
    REPLACEMENTS.map((replacement) => [
      type,
      action,
      replacement ?? '(none)',
      expectedReason(action, replacement),
    ]),
  ),
);

describe('which changes are destructive', () => {
  test.each(table)('%s, %s, replacement %s → %s', (type, action, replacement, reason) => {
    const change = rc(
      type!,
      action as ResourceChange['action'],
      replacement === '(none)' ? undefined : (replacement as ResourceChange['replacement']),
    );
    expect(destructiveChanges([change])).toEqual(reason ? [{ change, reason }] : []);
  });

  test.each(UNPROTECTED)('no change to an %s is ever destructive', (type) => {
    const all = ACTIONS.flatMap((action) => REPLACEMENTS.map((r) => rc(type, action, r)));
    expect(destructiveChanges(all)).toEqual([]);
  });

  test('the destructive changes of a mixed change set are kept in order, and the rest dropped', () => {
    const changes = [
      rc('AWS::S3::Bucket', 'Modify', 'False', { logicalId: 'A' }),
      rc('AWS::KMS::Key', 'Remove', undefined, { logicalId: 'B' }),
      rc('AWS::SNS::Topic', 'Remove', undefined, { logicalId: 'C' }),
      rc('AWS::S3::Bucket', 'Modify', 'True', { logicalId: 'D' }),
      rc('AWS::IAM::Role', 'Add', undefined, { logicalId: 'E' }),
    ];
    expect(destructiveChanges(changes).map((d) => `${d.change.logicalId}:${d.reason}`)).toEqual([
      'B:remove',
      'D:replace',
    ]);
  });
});

describe('how a destructive change is described', () => {
  test('with the physical id and the properties that force it', () => {
    const [bucket] = destructiveChanges([
      rc('AWS::S3::Bucket', 'Modify', 'True', {
        logicalId: 'ReplicaBucket',
        physicalId: 'invoices-replica',
        properties: ['BucketName', 'ObjectLockEnabled'],
      }),
    ]);
    expect(describeDestructive(bucket!)).toBe(
      'ReplicaBucket (AWS::S3::Bucket invoices-replica) would be replaced, because of BucketName, ObjectLockEnabled',
    );
  });

  test('a possible replacement says "may", and a removal names no properties', () => {
    const [role, key] = destructiveChanges([
      rc('AWS::IAM::Role', 'Modify', 'Conditional', { logicalId: 'Role', properties: ['RoleName'] }),
      rc('AWS::KMS::Key', 'Remove', undefined, {
        logicalId: 'Key',
        physicalId: 'k-1',
        properties: ['Ignored'],
      }),
    ]);
    expect(describeDestructive(role!)).toBe('Role (AWS::IAM::Role) may be replaced, because of RoleName');
    expect(describeDestructive(key!)).toBe('Key (AWS::KMS::Key k-1) would be removed from the stack');
  });

  test('a replacement without known properties gives no "because"', () => {
    const [d] = destructiveChanges([rc('AWS::KMS::Key', 'Modify', 'True', { logicalId: 'Key' })]);
    expect(describeDestructive(d!)).toBe('Key (AWS::KMS::Key) would be replaced');
  });
});

describe('stack policies', () => {
  test('the protective policy allows every update but denies replacing or deleting buckets, keys and roles', () => {
    expect(JSON.parse(protectiveStackPolicy())).toEqual({
      Statement: [
        { Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' },
        {
          Effect: 'Deny',
          Action: ['Update:Replace', 'Update:Delete'],
          Principal: '*',
          Resource: '*',
          Condition: {
            StringEquals: { ResourceType: ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::IAM::Role'] },
          },
        },
      ],
    });
  });

  test('the permissive policy allows every update and denies nothing', () => {
    expect(JSON.parse(permissiveStackPolicy())).toEqual({
      Statement: [{ Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' }],
    });
  });

  test('the protective policy denies exactly the changes the deploy guard refuses', () => {
    const deny = (
      JSON.parse(protectiveStackPolicy()) as { Statement: Record<string, unknown>[] }
    ).Statement.find((s) => s.Effect === 'Deny') as {
      Condition: { StringEquals: { ResourceType: string[] } };
    };
    const guarded = new Set(
      [...PROTECTED, ...UNPROTECTED].filter((t) => destructiveChanges([rc(t, 'Remove')]).length > 0),
    );
    expect(new Set(deny.Condition.StringEquals.ResourceType)).toEqual(guarded);
  });

  test('both policies are compact JSON well under the 16 KB stack policy limit', () => {
    for (const p of [protectiveStackPolicy(), permissiveStackPolicy()]) {
      expect(p).toBe(JSON.stringify(JSON.parse(p)));
      expect(Buffer.byteLength(p)).toBeLessThan(16_384);
    }
  });
});
