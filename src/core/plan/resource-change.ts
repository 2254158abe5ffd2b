/** One resource change of a change set, in the words the plan and the deploy guard need. */
export interface ResourceChange {
  readonly logicalId: string;
  readonly physicalId?: string;
  readonly resourceType: string;
  readonly action: 'Add' | 'Modify' | 'Remove' | 'Import' | 'Dynamic';
  /** CloudFormation's answer to "will this resource be replaced?". */
  readonly replacement?: 'True' | 'False' | 'Conditional';
  /** Top-level properties whose change drives the action, where CloudFormation says. */
  readonly properties: readonly string[];
  /**
   * The resource's properties before and after, where known: CloudFormation's BeforeContext and
   * AfterContext (resolved values) on a live plan, template properties on an offline one.
   */
  readonly before?: Readonly<Record<string, unknown>>;
  readonly after?: Readonly<Record<string, unknown>>;
}

/**
 * Properties whose change makes CloudFormation replace the resource, for the types this tool
 * creates (from each type's schema, `createOnlyProperties`). Used where no change set can say.
 */
export const REPLACEMENT_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::S3::Bucket': ['BucketName', 'ObjectLockEnabled'],
  'AWS::S3::BucketPolicy': ['Bucket'],
  'AWS::KMS::Key': ['KeySpec', 'KeyUsage', 'MultiRegion', 'Origin'],
  'AWS::IAM::Role': ['RoleName', 'Path'],
  'AWS::IAM::OIDCProvider': ['Url'],
};

/** Resources whose loss or replacement loses data or breaks replication. */
const PROTECTED_TYPES = new Set(['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::IAM::Role']);

export type DestructiveReason = 'remove' | 'replace' | 'may-replace';

export interface DestructiveChange {
  readonly change: ResourceChange;
  readonly reason: DestructiveReason;
}

/** Replace or remove of a bucket, a key or the replication role: refused unless the user opts in. */
export function destructiveChanges(changes: readonly ResourceChange[]): DestructiveChange[] {
  const out: DestructiveChange[] = [];
  for (const change of changes) {
    if (!PROTECTED_TYPES.has(change.resourceType)) continue;
    if (change.action === 'Remove') out.push({ change, reason: 'remove' });
    else if (change.action === 'Modify' && change.replacement === 'True')
      out.push({ change, reason: 'replace' });
    else if (change.action === 'Modify' && change.replacement === 'Conditional')
      out.push({ change, reason: 'may-replace' });
  }
  return out;
}

export function describeDestructive(d: DestructiveChange): string {
  const what = `${d.change.logicalId} (${d.change.resourceType}${d.change.physicalId ? ` ${d.change.physicalId}` : ''})`;
  const props = d.change.properties.length > 0 ? `, because of ${d.change.properties.join(', ')}` : '';
  switch (d.reason) {
    case 'remove':
      return `${what} would be removed from the stack`;
    case 'replace':
      return `${what} would be replaced${props}`;
    case 'may-replace':
      return `${what} may be replaced${props}`;
  }
}

/** Every stack this tool owns protects its data-bearing resources from replacement and removal. */
export function protectiveStackPolicy(): string {
  return JSON.stringify({
    Statement: [
      { Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' },
      {
        Effect: 'Deny',
        Action: ['Update:Replace', 'Update:Delete'],
        Principal: '*',
        Resource: '*',
        Condition: { StringEquals: { ResourceType: [...PROTECTED_TYPES] } },
      },
    ],
  });
}

/** Used only for the one update the user allowed to be destructive. */
export function permissiveStackPolicy(): string {
  return JSON.stringify({
    Statement: [{ Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' }],
  });
}
