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
  return `${DEFAULT_STACK_PREFIX}-${name}${REPLICATION_ROLE_SUFFIX}`;
}

export const DEFAULT_STACK_PREFIX = 's3-xrepl';
/** Every replication role's name ends so: the bootstrap's role-name pattern keeps it as a suffix. */
export const REPLICATION_ROLE_SUFFIX = '-replication';

/**
 * The S3 Batch Replication (backfill) role is named after the replication role, keeping its prefix
 * and its -replication suffix, so the bootstrap's role-name pattern covers both and its execution
 * role can create it (always inside the permissions boundary).
 */
export const BATCH_ROLE_SUFFIX = '-batch-replication';
export function batchRoleNameOf(replicationRoleName: string): string {
  const stem = replicationRoleName.endsWith(REPLICATION_ROLE_SUFFIX)
    ? replicationRoleName.slice(0, -REPLICATION_ROLE_SUFFIX.length)
    : replicationRoleName;
  return `${stem}${BATCH_ROLE_SUFFIX}`;
}
/**
 * The role a two-way destination replicates back to the source with, in the destination's account,
 * named after the source's replication role (same prefix, same suffix) so the bootstrap's role-name
 * pattern covers it and the source's bucket and key policies can name it before it exists.
 */
export const RETURN_ROLE_SUFFIX = '-return-replication';
export function returnRoleNameOf(replicationRoleName: string, destinationId: string): string {
  const stem = replicationRoleName.endsWith(REPLICATION_ROLE_SUFFIX)
    ? replicationRoleName.slice(0, -REPLICATION_ROLE_SUFFIX.length)
    : replicationRoleName;
  return `${stem}-${destinationId}${RETURN_ROLE_SUFFIX}`;
}
/** IAM's limit on a role name. */
export const ROLE_NAME_LIMIT = 64;

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
/** `accounts.<id>.permissionsBoundary: none` deploys the replication role without a boundary. */
export const NO_BOUNDARY = 'none';

/**
 * Change-set names: plan and deploy each create, execute and delete only their own (the bootstrap
 * roles hold them to these prefixes with cloudformation:ChangeSetName), so a pull request's plan can
 * never prepare, delete or be mistaken for a deploy's change set.
 */
export const PLAN_CHANGE_SET_PREFIX = 's3-xrepl-plan-';
export const DEPLOY_CHANGE_SET_PREFIX = 's3-xrepl-deploy-';

/** The permissions boundary the bootstrap creates in each account; every replication role carries it. */
export const DEFAULT_REPLICATION_BOUNDARY = 's3-xrepl-replication-boundary';

/** The SNS topic the source stack creates for failure events and alarms (the bootstrap's roles reach `<prefix>-*` topics). */
export function alertsTopicName(prefix: string, name: string): string {
  return `${prefix}-${name}-replication-alerts`;
}

/**
 * The topic a two-way destination's stack creates for its way back's failure events and alarms, in
 * the destination's account and region (alarms and S3 notify topics of their own region only).
 */
export function returnAlertsTopicName(prefix: string, name: string, destinationId: string): string {
  return `${prefix}-${name}-${destinationId}-return-alerts`;
}

/**
 * The start of verify's short-lived queue for failure events (the shell adds a random suffix: SQS
 * refuses a name deleted in the last minute): `<prefix>-verify-*`, the only queues the bootstrap's
 * roles reach.
 */
export function verifyQueuePrefix(prefix: string, name: string): string {
  return `${prefix}-verify-${name}`.slice(0, 70);
}
/** Deploy tags every stack with its topology's name, and a destination StackSet with its own name. */
export const TOPOLOGY_STACK_TAG = 's3-xrepl:topology';
export const DESTINATIONS_STACK_SET_TAG = 's3-xrepl:destinations';
