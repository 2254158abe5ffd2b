import type { Reporter } from './check-shape.js';
import type { AdoptConfig, Config } from './config-types.js';
import type { Path } from './diagnostic.js';
import { quote } from '../quote.js';
import { ADOPTED_KINDS } from '../model/adoption.js';

/** Lifecycle rule ids the product's buckets carry themselves (templates/bucket.ts). */
const PRODUCT_LIFECYCLE_IDS = new Set(['s3-xrepl-canary-backstop', 'expire-noncurrent-versions']);

/**
 * `adopt:` on the source and each destination. The names themselves can only be checked against
 * the live bucket (mode plan does); here: nothing both kept and dropped, nothing named twice, no
 * kept name the template already uses, and nothing named that the template never touches.
 */
export function checkAdopt(config: Partial<Config>, report: Reporter): void {
  const generatedRuleIds = new Set<string>();
  for (const r of config.rules ?? [])
    for (const d of r?.destinations ?? []) if (r?.id !== undefined) generatedRuleIds.add(`${r.id}-${d}`);

  const check = (adopt: AdoptConfig | undefined, path: Path, end: 'source' | 'destination') => {
    if (!adopt) return;
    for (const kind of ADOPTED_KINDS) {
      const kept = new Set<string>();
      (adopt.keep?.[kind] ?? []).forEach((name, i) => {
        const at = [...path, 'keep', kind, i];
        if (kept.has(name)) report.error(at, `${quote(name)} is listed twice.`);
        kept.add(name);
        if (kind === 'replicationRules' && generatedRuleIds.has(name))
          report.error(
            at,
            `${quote(name)} is also a rule id the config generates: S3 needs unique rule ids.`,
          );
        if (kind === 'lifecycleRules' && PRODUCT_LIFECYCLE_IDS.has(name))
          report.error(at, `${quote(name)} is a lifecycle rule the product writes itself: do not keep it.`);
      });
      const dropped = new Set<string>();
      (adopt.drop?.[kind] ?? []).forEach((name, i) => {
        const at = [...path, 'drop', kind, i];
        if (dropped.has(name)) report.error(at, `${quote(name)} is listed twice.`);
        dropped.add(name);
        if (kept.has(name)) report.error(at, `${quote(name)} is both kept and dropped: choose one.`);
      });
      // The destination template writes no replication or notification configuration: CloudFormation
      // leaves those as they are, so naming them would promise something nobody does.
      if (end === 'destination' && (kind === 'replicationRules' || kind === 'notifications'))
        for (const side of ['keep', 'drop'] as const)
          if ((adopt[side]?.[kind] ?? []).length > 0)
            report.error(
              [...path, side, kind],
              `a destination stack does not write ${kind === 'replicationRules' ? 'replication rules' : 'event notifications'}: the bucket keeps its own, so there is nothing to ${side}.`,
            );
    }
    if (end === 'source' && (adopt.keep?.replicationRules ?? []).length > 0)
      report.warning(
        [...path, 'keep', 'replicationRules'],
        'kept rules will run as the replication role of this topology (S3 takes one role per configuration), which ' +
          "reaches only this topology's destinations: a kept rule to another bucket fails for every object. Plan names each.",
      );
  };

  check(config.source?.adopt, ['source', 'adopt'], 'source');
  // A StackSet deploys one template to every instance, and StackSets import only through their
  // own operation, which deploy does not run.
  if (config.destinationStackSet)
    (config.destinations ?? []).forEach((d, i) => {
      if (d?.adopt)
        report.error(
          ['destinations', i, 'adopt'],
          'destinations deployed as a StackSet (destinationStackSet) cannot adopt an existing bucket: deploy this destination as its own stack, or let the StackSet create a new bucket.',
        );
    });
  (config.destinations ?? []).forEach((d, i) => {
    // A two-way destination's stack writes the bucket's replication configuration too (its way back),
    // which the destination review does not compare: refused rather than replace live rules unseen.
    if (d?.adopt && d.twoWay === true)
      report.error(
        ['destinations', i, 'adopt'],
        'a two-way destination (twoWay: true) cannot adopt an existing bucket yet: its stack writes the ' +
          "bucket's replication rules (the way back), which would replace the bucket's own. Adopt it one-way " +
          'first, then turn twoWay on.',
      );
    check(d?.adopt, ['destinations', i, 'adopt'], 'destination');
  });
}
