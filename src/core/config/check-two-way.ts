import type { Reporter } from './check-shape.js';
import type { Config } from './config-types.js';
import { quote } from '../quote.js';
import {
  ROLE_NAME_LIMIT,
  batchRoleNameOf,
  defaultReplicationRoleName,
  returnRoleNameOf,
} from '../model/names.js';
import { FROM_SOURCE } from '../model/backfill-from.js';
import { s3RuleIdOf } from '../model/monitoring.js';
import { WAY_BACK } from '../model/way-back.js';

/**
 * S3 does not replicate an object that is itself a replica to further destinations (Amazon S3 User
 * Guide, "Replicating metadata changes with replica modification sync" and "What does Amazon S3
 * replicate?"), so a two-way pair keeps two buckets in sync and nothing more: a write on the
 * destination reaches the source and stops there.
 */
export function checkTwoWay(config: Partial<Config>, report: Reporter): void {
  const destinations = config.destinations ?? [];
  const twoWay = destinations.flatMap((d, i) => (d?.twoWay === true ? [{ d, i }] : []));
  if (twoWay.length === 0) return;
  const first = twoWay[0]!;

  for (const { d, i } of twoWay.slice(1)) {
    report.error(
      ['destinations', i, 'twoWay'],
      `only one destination per topology can be two-way (already destinations[${first.i}]): S3 does not replicate ` +
        `a replica further, so a write on ${quote(d.bucket ?? d.id ?? '')} would reach the source but never ` +
        `${quote(first.d.bucket ?? first.d.id ?? '')}. Keep one two-way pair per topology.`,
    );
  }
  if (config.destinationStackSet !== undefined) {
    report.error(
      ['destinations', first.i, 'twoWay'],
      'a two-way destination holds its own replication role and rules, which the destinations StackSet ' +
        '(one template for every instance) does not deploy: remove destinationStackSet or twoWay.',
    );
  }
  const oneWay = destinations.flatMap((d) => (d && d.twoWay !== true && d.id !== undefined ? [d.id] : []));
  if (oneWay.length > 0 && twoWay.length === 1) {
    report.warning(
      ['destinations', first.i, 'twoWay'],
      `writes made on ${quote(first.d.bucket ?? '')} reach the source but not ${oneWay.map((id) => quote(id)).join(', ')}: ` +
        'S3 does not replicate a replica further.',
    );
  }

  const twoWayIds = new Set(twoWay.flatMap(({ d }) => (d.id !== undefined ? [d.id] : [])));
  for (const { d, i } of twoWay) {
    if (d.id !== undefined && !(config.rules ?? []).some((r) => r?.destinations?.includes(d.id!)))
      report.error(
        ['destinations', i, 'twoWay'],
        `no rule replicates to ${quote(d.id)}, so there is no rule to mirror for its way back (S3 wants at least one): ` +
          'name it in a rule, or drop twoWay.',
      );
  }
  for (const { d, i } of twoWay) {
    if (d.id !== FROM_SOURCE) continue;
    report.error(
      ['destinations', i, 'id'],
      `a two-way destination cannot be called ${quote(FROM_SOURCE)}: backfill-from (--from) ${quote(FROM_SOURCE)} ` +
        "means the source bucket's objects, so this destination's way back could not be backfilled. Choose another id.",
    );
  }
  checkWayBackRuleIds(config, twoWayIds, report);
  (config.rules ?? []).forEach((r, i) => {
    if (!r || r.replicaModificationSync !== false) return;
    const named = (r.destinations ?? []).find((id) => twoWayIds.has(id));
    if (named !== undefined) {
      report.error(
        ['rules', i, 'replicaModificationSync'],
        `must be true (or omitted) for a rule that replicates to the two-way destination ${quote(named)}: ` +
          'without it, metadata changed on a replica (tags, ACLs, lock settings) never flows back to the source.',
      );
    }
  });

  if (config.name !== undefined) {
    const base = config.source?.replicationRoleName ?? defaultReplicationRoleName(config.name);
    for (const { d, i } of twoWay) {
      if (d.id === undefined) continue;
      const name = returnRoleNameOf(base, d.id);
      if (name.length > ROLE_NAME_LIMIT) {
        report.error(
          ['destinations', i, 'id'],
          `the role this destination replicates back with would be named ${quote(name)}, ${name.length} characters; ` +
            `IAM allows ${ROLE_NAME_LIMIT}. Shorten the id, the topology name or source.replicationRoleName.`,
        );
      } else if (batchRoleNameOf(name).length > ROLE_NAME_LIMIT) {
        report.error(
          ['destinations', i, 'id'],
          `the role that backfills this destination's way back would be named ${quote(batchRoleNameOf(name))}, ` +
            `${batchRoleNameOf(name).length} characters; IAM allows ${ROLE_NAME_LIMIT}. Shorten the id by ` +
            `${batchRoleNameOf(name).length - ROLE_NAME_LIMIT}, or the topology name or source.replicationRoleName.`,
        );
      }
    }
  }
}

/**
 * The way back mirrors each rule to the two-way destination as the S3 rule "<rule id>-to-source"
 * (way-back.ts), and names its alarms after it. A one-way rule can spell the same id ("logs" to a
 * destination "to-source", or "logs-to" to "source"): then two rules share an alarm name, which
 * CloudFormation refuses where the pair shares an account and region, and every report shows two rows
 * under one name.
 */
function checkWayBackRuleIds(
  config: Partial<Config>,
  twoWayIds: ReadonlySet<string>,
  report: Reporter,
): void {
  const forward = new Map<string, { rule: string; destination: string }>();
  for (const r of config.rules ?? [])
    for (const id of r?.destinations ?? [])
      if (r?.id !== undefined && id !== undefined)
        forward.set(s3RuleIdOf({ id: r.id }, { id }), { rule: r.id, destination: id });
  (config.rules ?? []).forEach((r, i) => {
    if (r?.id === undefined || !(r.destinations ?? []).some((id) => twoWayIds.has(id))) return;
    const back = s3RuleIdOf({ id: r.id }, { id: WAY_BACK.id });
    const clash = forward.get(back);
    if (clash)
      report.error(
        ['rules', i, 'id'],
        `this rule's way back would be the S3 rule ${quote(back)}, the same id as rule ${quote(clash.rule)}'s copy to ` +
          `${quote(clash.destination)} (rule id + "-" + destination id): their alarms and report rows would share a name. ` +
          'Rename one of the rules, or that destination.',
      );
  });
}
