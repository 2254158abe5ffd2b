import type { Config, Tags } from '../config/config-types.js';
import { partitionOf, type Partition } from '../config/regions.js';
import {
  DEFAULT_REPLICATION_BOUNDARY,
  alertsTopicName,
  NO_BOUNDARY,
  DEFAULT_ROLES,
  DEFAULT_STACK_SET_ROLES,
  destinationStackSetName,
  NO_EXECUTION_ROLE,
  batchRoleNameOf,
  defaultReplicationRoleName,
  returnRoleNameOf,
  destinationStackName,
  logicalIdOf,
  sourceStackName,
} from './names.js';
import { adoptionOf } from './adoption.js';
import type { AccountRoles, KeyChoice, Monitoring, Topology } from './topology.js';

/** Applies defaults and derives names. Expects a config that passed parseConfig. */
export function buildTopology(config: Config): Topology {
  const partition = partitionOf(config.source.region);
  if (!partition) throw new Error(`internal: unvalidated region ${config.source.region}`);
  const prefix = config.options?.stackPrefix ?? 's3-xrepl';
  const bucketKeys = config.options?.bucketKeys ?? true;
  const tagsFor = (own?: Tags) => ({ ...config.tags, ...own });
  const key = (k?: string): KeyChoice =>
    k === undefined || k === 'create' ? { kind: 'create' } : { kind: 'existing', arn: k };

  const accounts: Record<string, AccountRoles> = {};
  const stackSet = config.destinationStackSet;
  const admin = stackSet ? (stackSet.account ?? config.source.account) : undefined;
  const allAccounts = [
    ...new Set([
      config.source.account,
      ...config.destinations.map((d) => d.account),
      ...(admin ? [admin] : []),
    ]),
  ];
  for (const account of allAccounts) {
    const s = config.accounts?.[account];
    accounts[account] = {
      deployRoleArn: roleArn(partition, account, s?.deployRole ?? DEFAULT_ROLES.deployRole),
      planRoleArn: roleArn(partition, account, s?.planRole ?? DEFAULT_ROLES.planRole),
      ...(s?.executionRole === NO_EXECUTION_ROLE
        ? {}
        : { executionRoleArn: roleArn(partition, account, s?.executionRole ?? DEFAULT_ROLES.executionRole) }),
    };
  }

  return {
    name: config.name,
    partition,
    stackPrefix: prefix,
    hardenTrust: config.options?.hardenTrust ?? true,
    ...(config.options?.noncurrentVersionExpirationDays !== undefined
      ? { noncurrentVersionExpirationDays: config.options.noncurrentVersionExpirationDays }
      : {}),
    source: {
      account: config.source.account,
      region: config.source.region,
      bucket: config.source.bucket,
      key: key(config.source.kmsKey),
      bucketKey: config.source.bucketKey ?? bucketKeys,
      tags: tagsFor(config.source.tags),
      stackName: sourceStackName(prefix, config.name),
      ...adoptionOf(config.source.adopt),
      replicationRoleName: config.source.replicationRoleName ?? defaultReplicationRoleName(config.name),
      batchRoleName: batchRoleNameOf(
        config.source.replicationRoleName ?? defaultReplicationRoleName(config.name),
      ),
      ...boundaryOf(
        partition,
        config.source.account,
        config.accounts?.[config.source.account]?.permissionsBoundary,
      ),
    },
    destinations: config.destinations.map((d) => ({
      id: d.id,
      logicalId: logicalIdOf(d.id),
      account: d.account,
      region: d.region,
      bucket: d.bucket,
      key: key(d.kmsKey),
      bucketKey: d.bucketKey ?? bucketKeys,
      tags: tagsFor(d.tags),
      stackName: destinationStackName(prefix, config.name, d.id),
      ...adoptionOf(d.adopt),
      ...(d.storageClass !== undefined ? { storageClass: d.storageClass } : {}),
      replicationTime: d.replicationTime !== undefined,
      metrics: d.replicationTime !== undefined || (d.metrics ?? config.monitoring?.metrics ?? true),
      ownerTranslation: d.ownerTranslation ?? false,
      ...(d.twoWay === true
        ? {
            twoWay: {
              roleName: returnRoleNameOf(
                config.source.replicationRoleName ?? defaultReplicationRoleName(config.name),
                d.id,
              ),
              ...returnBoundaryOf(
                boundaryOf(partition, d.account, config.accounts?.[d.account]?.permissionsBoundary),
              ),
            },
          }
        : {}),
    })),
    rules: config.rules.map((r) => ({
      id: r.id,
      priority: r.priority,
      ...(r.filter?.prefix !== undefined ? { prefix: r.filter.prefix } : {}),
      tags: Object.entries(r.filter?.tags ?? {}).map(([k, v]) => ({ key: k, value: v })),
      destinationIds: [...r.destinations],
      enabled: r.enabled ?? true,
      deleteMarkerReplication: r.deleteMarkerReplication ?? false,
      // A two-way destination turns it on for its own rules (replication-rules.ts, check-two-way.ts).
      replicaModificationSync: r.replicaModificationSync ?? false,
    })),
    accounts,
    monitoring: monitoringOf(config, prefix),
    ...(stackSet && admin
      ? {
          destinationStackSet: {
            name: destinationStackSetName(prefix, config.name),
            account: admin,
            region: stackSet.region ?? config.source.region,
            administrationRoleArn: roleArn(
              partition,
              admin,
              stackSet.administrationRoleName ?? DEFAULT_STACK_SET_ROLES.administrationRole,
            ),
            executionRoleName: stackSet.executionRoleName ?? DEFAULT_STACK_SET_ROLES.executionRole,
          },
        }
      : {}),
  };
}

function monitoringOf(config: Config, prefix: string): Monitoring {
  const m = config.monitoring;
  const backlog = m?.alarms?.backlog;
  const targets = (list: Monitoring['bucketNotifications']['topics'] | undefined) =>
    (list ?? []).map((t) => ({
      arn: t.arn,
      events: [...t.events],
      ...(t.prefix !== undefined ? { prefix: t.prefix } : {}),
      ...(t.suffix !== undefined ? { suffix: t.suffix } : {}),
    }));
  return {
    failureEvents: m?.failureEvents ?? true,
    alarms: {
      failedOperations: m?.alarms?.failedOperations ?? true,
      latency: m?.alarms?.latency ?? true,
      ...(backlog ? { backlog: { operations: backlog.operations, minutes: backlog.minutes ?? 30 } } : {}),
    },
    topic:
      m?.topic === undefined || m.topic === 'create'
        ? { kind: 'create', name: alertsTopicName(prefix, config.name) }
        : { kind: 'existing', arn: m.topic },
    subscriptions: (m?.subscriptions ?? []).map((s) => ({ protocol: s.protocol, endpoint: s.endpoint })),
    bucketNotifications: {
      eventBridge: m?.bucketNotifications?.eventBridge ?? false,
      topics: targets(m?.bucketNotifications?.topics),
      queues: targets(m?.bucketNotifications?.queues),
      functions: targets(m?.bucketNotifications?.functions),
    },
  };
}

/** The replication role's permissions boundary: the bootstrap's by default, a name, an ARN, or none. */
function boundaryOf(
  partition: Partition,
  account: string,
  given: string | undefined,
): { replicationBoundaryArn?: string } {
  const nameOrArn = given ?? DEFAULT_REPLICATION_BOUNDARY;
  if (nameOrArn === NO_BOUNDARY) return {};
  return {
    replicationBoundaryArn: nameOrArn.startsWith('arn:')
      ? nameOrArn
      : `arn:${partition}:iam::${account}:policy/${nameOrArn}`,
  };
}

function returnBoundaryOf(b: { replicationBoundaryArn?: string }): { boundaryArn?: string } {
  return b.replicationBoundaryArn !== undefined ? { boundaryArn: b.replicationBoundaryArn } : {};
}

function roleArn(partition: Partition, account: string, nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? nameOrArn : `arn:${partition}:iam::${account}:role/${nameOrArn}`;
}
