/** "eu-backup" → "EuBackup": CloudFormation logical ids and parameter names are alphanumeric. */
export function logicalIdOf(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

export function sourceStackName(prefix: string, name: string): string {
  return `${prefix}-${name}-source`;
}

export function destinationStackName(prefix: string, name: string, destinationId: string): string {
  return `${prefix}-${name}-dst-${destinationId}`;
}

/**
 * The replication role's name is fixed up front because destination policies, deployed before
 * the role exists, must name it (see DESIGN.md §1, "Ordering trap").
 */
export function defaultReplicationRoleName(name: string): string {
  return `s3-xrepl-${name}-replication`;
}

export const DEFAULT_ROLES = {
  deployRole: 's3-xrepl-deploy',
  planRole: 's3-xrepl-plan',
  executionRole: 's3-xrepl-cfn-exec',
} as const;

export function destinationStackSetName(prefix: string, name: string): string {
  return `${prefix}-${name}-destinations`;
}

export const DEFAULT_STACK_SET_ROLES = {
  administrationRole: 's3-xrepl-stackset-admin',
  executionRole: 's3-xrepl-stackset-exec',
} as const;

/** `accounts.<id>.executionRole: none` deploys without a CloudFormation execution role. */
export const NO_EXECUTION_ROLE = 'none';
