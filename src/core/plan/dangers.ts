/**
 * What in a plan can lose data, cost money or silently stop replication, as data the report puts
 * first, each with its consequence and what to do. Destructive: a deploy refuses it unless
 * allowed (resource-change.ts); risky: a deploy makes it, and a reviewer should know what follows.
 */
import type { Plan, StackPreview } from './plan.js';
import { destructiveChanges, type DestructiveChange } from './resource-change.js';
import { replicationChanges, type RuleChange } from './rule-changes.js';

export interface StackRef {
  readonly name: string;
  readonly account: string;
  readonly region: string;
  /** `source`, or the destination's id. */
  readonly label: string;
}

export type DestructiveDanger =
  | {
      readonly kind: 'bucket-replaced';
      readonly stack: StackRef;
      readonly before: string;
      readonly after: string;
    }
  | { readonly kind: 'bucket-removed'; readonly stack: StackRef; readonly bucket: string }
  | {
      readonly kind: 'key-replaced' | 'key-removed';
      readonly stack: StackRef;
      /** Which key: the stack's own (SourceKey, ReplicaKey) or the alerts topic's (AlertsKey). */
      readonly logicalId: string;
    }
  | {
      readonly kind: 'role-replaced';
      readonly stack: StackRef;
      /** Which role: ReplicationRole, or BatchReplicationRole (backfill). */
      readonly logicalId: string;
      readonly before: string;
      readonly after: string;
    }
  | {
      readonly kind: 'role-removed';
      readonly stack: StackRef;
      readonly logicalId: string;
      readonly role: string;
    }
  | { readonly kind: 'may-replace'; readonly stack: StackRef; readonly change: DestructiveChange };

export interface RuleRef {
  readonly id: string;
  readonly destination: string;
  readonly filter: string;
}

export type RiskyDanger =
  | { readonly kind: 'rules-added' | 'rules-enabled'; readonly rules: readonly RuleRef[] }
  | { readonly kind: 'rules-removed' | 'rules-disabled'; readonly rules: readonly RuleRef[] }
  | {
      readonly kind: 'filter-changed';
      readonly rules: readonly (RuleRef & { readonly before: string })[];
    }
  | {
      readonly kind: 'storage-class-changed' | 'replication-time-changed' | 'delete-markers-changed';
      readonly rules: readonly (RuleRef & { readonly before: string; readonly after: string })[];
    };

export interface PlanDangers {
  readonly destructive: readonly DestructiveDanger[];
  readonly risky: readonly RiskyDanger[];
}

export function planDangers(plan: Plan): PlanDangers {
  return { destructive: destructiveDangers(plan), risky: riskyDangers(plan) };
}

function refOf(plan: Plan, s: StackPreview): StackRef {
  const label =
    s.kind === 'source'
      ? 'source'
      : (plan.picture.destinations.find((d) => d.stackName === s.name)?.label ?? s.name);
  return { name: s.name, account: s.account, region: s.region, label };
}

function destructiveDangers(plan: Plan): DestructiveDanger[] {
  return plan.stacks.flatMap((s) =>
    destructiveChanges(s.changes).map((d): DestructiveDanger => {
      const stack = refOf(plan, s);
      const { change } = d;
      const name = (side: 'before' | 'after', property: string) => {
        const v = change[side]?.[property];
        return typeof v === 'string' ? v : side === 'before' ? (change.physicalId ?? change.logicalId) : '?';
      };
      if (d.reason === 'may-replace') return { kind: 'may-replace', stack, change: d };
      switch (change.resourceType) {
        case 'AWS::S3::Bucket':
          return d.reason === 'remove'
            ? { kind: 'bucket-removed', stack, bucket: name('before', 'BucketName') }
            : {
                kind: 'bucket-replaced',
                stack,
                before: name('before', 'BucketName'),
                after: name('after', 'BucketName'),
              };
        case 'AWS::KMS::Key':
          return {
            kind: d.reason === 'remove' ? 'key-removed' : 'key-replaced',
            stack,
            logicalId: change.logicalId,
          };
        default:
          return d.reason === 'remove'
            ? { kind: 'role-removed', stack, logicalId: change.logicalId, role: name('before', 'RoleName') }
            : {
                kind: 'role-replaced',
                stack,
                logicalId: change.logicalId,
                before: name('before', 'RoleName'),
                after: name('after', 'RoleName'),
              };
      }
    }),
  );
}

/** Rule changes that stop, start or reprice replication; one danger per kind, naming each rule. */
function riskyDangers(plan: Plan): RiskyDanger[] {
  const changes = replicationChanges(plan);
  if (!changes) return [];
  const ref = (c: RuleChange): RuleRef => {
    const v = (c.after ?? c.before)!;
    return { id: c.id, destination: v.destination, filter: v.filter };
  };
  const changedIn = (field: 'storageClass' | 'replicationTime' | 'deleteMarkers') =>
    changes.rules
      .filter((c) => c.kind === 'changed' && c.changed.includes(field))
      .map((c) => ({ ...ref(c), before: c.before![field], after: c.after![field] }));
  const enabled = (c: RuleChange) => c.after?.status === 'enabled';
  const out: RiskyDanger[] = [];
  const push = (d: RiskyDanger) => {
    if (d.rules.length > 0) out.push(d);
  };
  // Live replication copies only what is written after a rule exists: a bucket the stack creates
  // is empty, so its first rules leave nothing behind.
  if (changes.sourceExisted) {
    // Rules an adopted source keeps ran before the import: they leave nothing new behind.
    const kept = new Set(
      (plan.adoptions ?? []).flatMap((a) =>
        a.status !== 'adopted' && a.target.place === 'source'
          ? a.review.items
              .filter((i) => i.kind === 'replicationRules' && i.fate === 'kept')
              .map((i) => i.name)
          : [],
      ),
    );
    push({
      kind: 'rules-added',
      rules: changes.rules.filter((c) => c.kind === 'added' && enabled(c) && !kept.has(c.id)).map(ref),
    });
    push({
      kind: 'rules-enabled',
      rules: changes.rules
        .filter((c) => c.kind === 'changed' && c.before?.status !== 'enabled' && enabled(c))
        .map(ref),
    });
  }
  push({
    kind: 'filter-changed',
    rules: changes.rules
      .filter((c) => c.kind === 'changed' && c.changed.includes('filter'))
      .map((c) => ({ ...ref(c), before: c.before!.filter })),
  });
  push({
    kind: 'rules-removed',
    rules: changes.rules.filter((c) => c.kind === 'removed' && c.before?.status === 'enabled').map(ref),
  });
  push({
    kind: 'rules-disabled',
    rules: changes.rules
      .filter((c) => c.kind === 'changed' && c.before?.status === 'enabled' && !enabled(c))
      .map(ref),
  });
  push({ kind: 'storage-class-changed', rules: changedIn('storageClass') });
  push({ kind: 'replication-time-changed', rules: changedIn('replicationTime') });
  push({ kind: 'delete-markers-changed', rules: changedIn('deleteMarkers') });
  return out;
}
