import type { Reporter } from './check-shape.js';
import type { Config, DestinationConfig } from './config-types.js';
import { bucketNameProblems } from './bucket-name.js';
import { printable, quote } from '../quote.js';
import { suggestion } from './did-you-mean.js';
import { checkKeyArn } from './key-arn.js';
import { checkMonitoring } from './check-monitoring.js';
import { checkTwoWay } from './check-two-way.js';
import { checkAdopt } from './check-adopt.js';
import { KNOWN_REGIONS, partitionOf } from './regions.js';
import { formatPath, type Path } from './diagnostic.js';
import {
  DEFAULT_STACK_PREFIX,
  DESTINATIONS_STACK_SET_TAG,
  NO_BOUNDARY,
  REPLICATION_ROLE_SUFFIX,
  ROLE_NAME_LIMIT,
  TOPOLOGY_STACK_TAG,
  batchRoleNameOf,
  logicalIdOf,
} from '../model/names.js';
import { PRODUCT_KEY_TAG } from '../templates/product-scope.js';
import { TAGS_PER_RESOURCE } from './tag-rules.js';
import { utf8Length } from './utf8.js';
import type { Tags } from './config-types.js';

/** S3 accepts at most 1,000 rules in one replication configuration. */
export const MAX_S3_RULES = 1000;

/** An object key has at most 1,024 bytes of UTF-8 (Amazon S3 User Guide, "Naming Amazon S3 objects"). */
export const MAX_PREFIX_BYTES = 1024;

/**
 * Rules that need more than one field, or knowledge of AWS, to decide. Runs on a config whose
 * shape may have failed in places: every field is treated as possibly absent.
 */
export function checkSemantics(config: Partial<Config>, report: Reporter): void {
  const source = config.source;
  const destinations = config.destinations ?? [];
  const sourcePartition = source?.region ? partitionOf(source.region) : undefined;

  const checkPlace = (
    path: Path,
    place: { account?: string; region?: string; bucket?: string; kmsKey?: string },
  ) => {
    if (place.region !== undefined) {
      const partition = partitionOf(place.region);
      if (!partition) {
        report.error(
          [...path, 'region'],
          `${quote(place.region)} is not a known AWS region.${suggestion(place.region, KNOWN_REGIONS)}`,
        );
      } else if (sourcePartition && partition !== sourcePartition) {
        report.error(
          [...path, 'region'],
          `${place.region} is in partition ${partition} but the source is in ${sourcePartition}: replication cannot cross partitions.`,
        );
      }
    }
    if (place.bucket !== undefined) {
      const problems = bucketNameProblems(place.bucket);
      if (problems.length > 0)
        report.error(
          [...path, 'bucket'],
          `${quote(place.bucket)} is not a valid S3 bucket name: it ${problems.join('; it ')}.`,
        );
      else if (place.bucket.includes('.')) {
        report.warning(
          [...path, 'bucket'],
          `${quote(place.bucket)} contains "." which breaks virtual-hosted-style HTTPS; prefer "-".`,
        );
      }
    }
    if (place.kmsKey !== undefined && place.kmsKey !== 'create') {
      const key = checkKeyArn(place.kmsKey);
      if (!key.ok) report.error([...path, 'kmsKey'], key.reason + '.');
      else {
        if (place.region !== undefined && key.arn.region !== place.region) {
          report.error(
            [...path, 'kmsKey'],
            `the key is in ${key.arn.region} but the bucket is in ${place.region}: S3 needs a key in the bucket's region.`,
          );
        }
        if (place.account !== undefined && key.arn.account !== place.account) {
          report.error(
            [...path, 'kmsKey'],
            `the key belongs to account ${key.arn.account} but the bucket to ${place.account}: use a key of the bucket's account.`,
          );
        }
        const partition = place.region ? partitionOf(place.region) : undefined;
        if (partition && key.arn.partition !== partition) {
          report.error(
            [...path, 'kmsKey'],
            `the key ARN is in partition ${key.arn.partition} but ${place.region} is in ${partition}.`,
          );
        }
      }
    }
  };

  if (source) checkPlace(['source'], source);

  const ids = new Map<string, number>();
  const logicalIds = new Map<string, string>();
  const buckets = new Map<string, number>();
  destinations.forEach((d: Partial<DestinationConfig> | undefined, i) => {
    if (!d) return;
    const path = ['destinations', i];
    checkPlace(path, d);
    if (d.id !== undefined) {
      const seen = ids.get(d.id);
      if (seen !== undefined)
        report.error(
          [...path, 'id'],
          `duplicate destination id ${quote(d.id)} (also destinations[${seen}].id).`,
        );
      else {
        ids.set(d.id, i);
        const logical = logicalIdOf(d.id);
        const clash = logicalIds.get(logical);
        if (clash !== undefined) {
          report.error(
            [...path, 'id'],
            `${quote(d.id)} and ${quote(clash)} give the same CloudFormation name ${quote(logical)}: rename one.`,
          );
        } else logicalIds.set(logical, d.id);
      }
    }
    if (d.bucket !== undefined) {
      if (source?.bucket === d.bucket) {
        report.error(
          [...path, 'bucket'],
          `${quote(d.bucket)} is the source bucket: a bucket cannot replicate to itself.`,
        );
      }
      const seen = buckets.get(d.bucket);
      if (seen !== undefined)
        report.error(
          [...path, 'bucket'],
          `bucket ${quote(d.bucket)} is already destinations[${seen}].bucket.`,
        );
      else buckets.set(d.bucket, i);
    }
    if (d.replicationTime && d.replicationTime.minutes !== undefined && d.replicationTime.minutes !== 15) {
      report.error(
        [...path, 'replicationTime', 'minutes'],
        `must be 15: S3 Replication Time Control accepts only 15 minutes (got ${d.replicationTime.minutes}).`,
      );
    }
  });

  checkRules(config, ids, report);
  checkStackTags(config, report);
  checkReplicationRoleName(config, report);
  checkAccounts(config, report);
  checkDestinationStackSet(config, report);
  checkMonitoring(config, report);
  checkTwoWay(config, report);
  checkAdopt(config, report);
}

function checkRules(
  config: Partial<Config>,
  destinationIds: ReadonlyMap<string, number>,
  report: Reporter,
): void {
  const rules = config.rules ?? [];
  const ruleIds = new Map<string, number>();
  const priorities = new Map<number, number>();
  const used = new Set<string>();
  // S3 rule ids are "<rule id>-<destination id>"; different pairs can spell the same id.
  const generatedIds = new Map<string, string>();
  let generated = 0;
  rules.forEach((r, i) => {
    if (!r) return;
    const path = ['rules', i];
    if (r.id !== undefined) {
      const seen = ruleIds.get(r.id);
      if (seen !== undefined)
        report.error([...path, 'id'], `duplicate rule id ${quote(r.id)} (also rules[${seen}].id).`);
      else ruleIds.set(r.id, i);
    }
    if (r.priority !== undefined) {
      const seen = priorities.get(r.priority);
      if (seen !== undefined) {
        report.error(
          [...path, 'priority'],
          `priority ${r.priority} is already used by rules[${seen}]: priorities must be unique.`,
        );
      } else priorities.set(r.priority, i);
    }
    if (r.filter?.prefix !== undefined) checkPrefix(r.filter.prefix, [...path, 'filter', 'prefix'], report);
    const tagCount = Object.keys(r.filter?.tags ?? {}).length;
    if (tagCount > 0 && r.deleteMarkerReplication === true) {
      report.error(
        [...path, 'deleteMarkerReplication'],
        'must be false when the filter has tags: S3 does not replicate delete markers for tag-based rules.',
      );
    }
    const seenHere = new Set<string>();
    (r.destinations ?? []).forEach((id, j) => {
      if (id === undefined) return;
      if (seenHere.has(id))
        report.error([...path, 'destinations', j], `destination ${quote(id)} is listed twice.`);
      seenHere.add(id);
      if (!destinationIds.has(id)) {
        const known = [...destinationIds.keys()];
        report.error(
          [...path, 'destinations', j],
          `${quote(id)} is not a destination id.${suggestion(id, known) || (known.length ? ` Known: ${known.join(', ')}.` : '')}`,
        );
      } else {
        used.add(id);
        if (r.id !== undefined && ruleIds.get(r.id) === i) {
          const s3Id = `${r.id}-${id}`;
          const clash = generatedIds.get(s3Id);
          if (clash !== undefined && clash !== `${i}`) {
            report.error(
              [...path, 'id'],
              `rules[${clash}] and this rule both generate the S3 rule id ${quote(s3Id)} (rule id + "-" + destination id): rename one.`,
            );
          }
          generatedIds.set(s3Id, `${i}`);
        }
      }
    });
    generated += seenHere.size;
  });
  if (generated > MAX_S3_RULES) {
    report.error(
      ['rules'],
      `these rules expand to ${generated} S3 rules (one per rule and destination); S3 accepts at most ${MAX_S3_RULES}.`,
    );
  }
  for (const [id, i] of destinationIds) {
    if (!used.has(id) && rules.length > 0) {
      report.warning(
        ['destinations', i, 'id'],
        `no rule replicates to ${quote(id)}: its stack is deployed but receives nothing.`,
      );
    }
  }
}

/**
 * The bootstrap's execution role may create and edit the roles these names match (always inside the
 * permissions boundary), so a name must be unmistakably the product's: never an existing role such as
 * OrganizationAccountAccessRole, which the execution role could otherwise fence in with the boundary.
 */
function checkReplicationRoleName(config: Partial<Config>, report: Reporter): void {
  const name = config.source?.replicationRoleName;
  if (name === undefined) return;
  const prefixes = [...new Set([DEFAULT_STACK_PREFIX, config.options?.stackPrefix ?? DEFAULT_STACK_PREFIX])];
  const ours = prefixes.some(
    (p) =>
      name.startsWith(`${p}-`) &&
      name.endsWith(REPLICATION_ROLE_SUFFIX) &&
      name.length > p.length + REPLICATION_ROLE_SUFFIX.length + 1,
  );
  if (!ours)
    report.error(
      ['source', 'replicationRoleName'],
      `"${name}" is not a product role name: it must look like ${prefixes.map((p) => `"${p}-…${REPLICATION_ROLE_SUFFIX}"`).join(' or ')}, because the bootstrap's execution role may create and change the roles these names match and must never reach a role the product does not own.`,
    );
  else if (batchRoleNameOf(name).length > ROLE_NAME_LIMIT)
    report.error(
      ['source', 'replicationRoleName'],
      `the backfill role is named after this one, "${batchRoleNameOf(name)}", which is ${batchRoleNameOf(name).length} characters: IAM allows ${ROLE_NAME_LIMIT}. Shorten the name by ${batchRoleNameOf(name).length - ROLE_NAME_LIMIT}.`,
    );
}

function checkAccounts(config: Partial<Config>, report: Reporter): void {
  const partition = config.source?.region ? partitionOf(config.source.region) : undefined;
  const inTopology = new Set<string>();
  if (config.source?.account) inTopology.add(config.source.account);
  if (config.destinationStackSet?.account) inTopology.add(config.destinationStackSet.account);
  for (const d of config.destinations ?? []) if (d?.account) inTopology.add(d.account);
  for (const [account, settings] of Object.entries(config.accounts ?? {})) {
    if (!inTopology.has(account)) {
      report.warning(
        ['accounts', account],
        `account ${account} is neither the source nor a destination; its settings are unused.`,
      );
    }
    for (const field of ['deployRole', 'planRole', 'executionRole'] as const) {
      const role = settings?.[field];
      if (role === undefined) continue;
      const arn = /^arn:(aws|aws-cn|aws-us-gov):iam::([0-9]{12}):role\/([\w+=,.@/-]{1,64})$/.exec(role);
      if (role.startsWith('arn:')) {
        if (!arn)
          report.error(
            ['accounts', account, field],
            `${quote(role)} is not an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME).`,
          );
        else if (partition && arn[1] !== partition) {
          report.error(
            ['accounts', account, field],
            `the role ARN is in partition ${arn[1]} but the topology is in ${partition}.`,
          );
        } else if (arn[2] !== account) {
          report.error(
            ['accounts', account, field],
            `the role is in account ${arn[2]}, not ${account}: the action assumes a role in each account directly.`,
          );
        }
      } else if (!/^[\w+=,.@-]{1,64}$/.test(role)) {
        report.error(
          ['accounts', account, field],
          `${quote(role)} is not an IAM role name (up to 64 letters, digits and +=,.@_-).`,
        );
      }
    }
    const boundary = settings?.permissionsBoundary;
    if (boundary !== undefined && boundary !== NO_BOUNDARY) {
      const arn = /^arn:(aws|aws-cn|aws-us-gov):iam::([0-9]{12}):policy\/([\w+=,.@/-]{1,128})$/.exec(
        boundary,
      );
      const path = ['accounts', account, 'permissionsBoundary'];
      if (boundary.startsWith('arn:')) {
        if (!arn)
          report.error(
            path,
            `"${boundary}" is not a managed policy ARN (arn:PARTITION:iam::ACCOUNT:policy/NAME).`,
          );
        else if (partition && arn[1] !== partition)
          report.error(path, `the policy ARN is in partition ${arn[1]} but the topology is in ${partition}.`);
        else if (arn[2] !== account)
          report.error(
            path,
            `the policy is in account ${arn[2]}, not ${account}: a permissions boundary must be in the role's own account.`,
          );
      } else if (!/^[\w+=,.@-]{1,128}$/.test(boundary))
        report.error(
          path,
          `"${boundary}" is not a managed policy name (up to 128 letters, digits and +=,.@_-), an ARN, or "none".`,
        );
    }
  }
}

/**
 * A StackSet holds one instance per account and region: two destinations there would be one
 * instance. Its own region must be in the topology's partition (StackSets do not cross them).
 */
function checkDestinationStackSet(config: Partial<Config>, report: Reporter): void {
  const set = config.destinationStackSet;
  if (!set) return;
  const seen = new Map<string, number>();
  (config.destinations ?? []).forEach((d, i) => {
    if (!d?.account || !d.region) return;
    const key = `${d.account}/${d.region}`;
    const first = seen.get(key);
    if (d.tags !== undefined)
      report.error(
        ['destinations', i, 'tags'],
        'a StackSet (destinationStackSet) has one set of tags for every instance: put them in the top-level tags.',
      );
    if (first !== undefined)
      report.error(
        ['destinations', i, 'region'],
        `destinations[${first}] is in the same account and region (${d.account}, ${printable(String(d.region))}): a StackSet (destinationStackSet) has one instance per account and region. Use separate stacks for these, or another region.`,
      );
    else seen.set(key, i);
  });
  if (set.region !== undefined) {
    const partition = partitionOf(set.region);
    const sourcePartition = config.source?.region ? partitionOf(config.source.region) : undefined;
    if (!partition)
      report.error(
        ['destinationStackSet', 'region'],
        `${quote(set.region)} is not a known AWS region.${suggestion(set.region, KNOWN_REGIONS)}`,
      );
    else if (sourcePartition && partition !== sourcePartition)
      report.error(
        ['destinationStackSet', 'region'],
        `${set.region} is in partition ${partition} but the source is in ${sourcePartition}: a StackSet cannot deploy across partitions.`,
      );
  }
}

/**
 * Each stack carries the top-level tags merged with its own, plus the tag deploy adds
 * (`s3-xrepl:topology`, or `s3-xrepl:destinations` on a StackSet), and hands them all to its
 * resources; a key the stack creates also carries `s3-xrepl:managed`. CloudFormation, IAM, S3 and
 * KMS each allow 50 tags (see tag-rules.ts), so the merged count is checked per stack, not per map.
 * IAM compares a role's tag keys without case, so the source stack's may not differ only in case.
 */
function checkStackTags(config: Partial<Config>, report: Reporter): void {
  const top: Tags = config.tags ?? {};
  const stackSet = config.destinationStackSet !== undefined;
  const creates = (kmsKey: string | undefined) => kmsKey === undefined || kmsKey === 'create';
  const stacks: { name: string; path: Path; own: Tags; createsKey: boolean; addedTag: string }[] = [];
  if (config.source)
    stacks.push({
      name: 'the source stack',
      path: ['source', 'tags'],
      own: config.source.tags ?? {},
      createsKey: creates(config.source.kmsKey),
      addedTag: TOPOLOGY_STACK_TAG,
    });
  (config.destinations ?? []).forEach((d, i) => {
    if (!d) return;
    stacks.push({
      name: stackSet
        ? `destination ${quote(String(d.id))} (a StackSet instance)`
        : `the stack of destination ${quote(String(d.id))}`,
      path: ['destinations', i, 'tags'],
      own: stackSet ? {} : (d.tags ?? {}),
      createsKey: creates(d.kmsKey),
      addedTag: stackSet ? DESTINATIONS_STACK_SET_TAG : TOPOLOGY_STACK_TAG,
    });
  });
  const reported = new Set<string>();
  for (const stack of stacks) {
    const count = Object.keys({ ...top, ...stack.own }).length;
    const added = [
      `"${stack.addedTag}" on the stack`,
      ...(stack.createsKey ? [`"${PRODUCT_KEY_TAG.key}" on its key`] : []),
    ];
    const limit = TAGS_PER_RESOURCE - added.length;
    if (count <= limit) continue;
    const ownCount = Object.keys(stack.own).length;
    const path: Path = ownCount > 0 ? stack.path : ['tags'];
    const message =
      `${stack.name} would carry ${count} tags (${Object.keys(top).length} from tags` +
      `${ownCount > 0 ? `, ${ownCount} from ${formatPath(stack.path)}` : ''}, merged); with ` +
      `${added.join(' and ')}, which s3-xrepl adds, ${stack.createsKey ? 'that key' : 'its resources'} would carry ` +
      `${count + added.length}, and CloudFormation, IAM, S3 and KMS each allow ${TAGS_PER_RESOURCE}. Remove ${count - limit}.`;
    // Top-level tags alone too many: say it once, not once per stack.
    if (ownCount === 0 && reported.has(`${limit}`)) continue;
    if (ownCount === 0) reported.add(`${limit}`);
    report.error(path, message);
  }
  if (config.source) {
    const own = config.source.tags ?? {};
    const byLowerCase = new Map<string, { key: string; path: Path }>();
    const entries: { key: string; path: Path }[] = [
      ...Object.keys(top)
        .filter((k) => !Object.hasOwn(own, k))
        .map((k) => ({ key: k, path: ['tags', k] })),
      ...Object.keys(own).map((k) => ({ key: k, path: ['source', 'tags', k] })),
    ];
    for (const entry of entries) {
      const first = byLowerCase.get(entry.key.toLowerCase());
      if (!first) {
        byLowerCase.set(entry.key.toLowerCase(), entry);
        continue;
      }
      report.error(
        entry.path,
        `tag keys ${quote(first.key)} and ${quote(entry.key)} differ only in case: IAM compares a role's tag keys ` +
          "without case, so the replication role (which carries the source stack's tags) cannot have both. Keep one.",
        { atKey: true },
      );
    }
  }
}

/**
 * A prefix longer than any object key can never match, and S3 reads the replication configuration
 * as XML: control characters there are refused or changed (a carriage return arrives as a line
 * feed; Amazon S3 User Guide, "XML related object key constraints"), so the rule would not select
 * the keys it names.
 */
function checkPrefix(prefix: string, path: Path, report: Reporter): void {
  const bytes = utf8Length(prefix);
  if (bytes > MAX_PREFIX_BYTES)
    report.error(
      path,
      `is ${bytes} bytes in UTF-8; an S3 object key, and so a prefix that can match one, has at most ${MAX_PREFIX_BYTES}.`,
    );
  const control = /[\p{Cc}\uFFFE\uFFFF]/u.exec(prefix);
  if (control)
    report.error(
      path,
      `${quote(prefix)} contains the control character ${quote(control[0])}: S3 receives replication rules as XML, ` +
        'which refuses or changes control characters, so the rule would not select the keys it names.',
    );
}
