import type { Topology } from '../model/topology.js';
import { DEFAULT_REPLICATION_BOUNDARY, DEFAULT_ROLES, DEFAULT_STACK_SET_ROLES } from '../model/names.js';
import { accountsOf } from '../model/accounts.js';
import { loopsAmong } from '../model/replication-loops.js';
import { wayBack } from '../model/way-back.js';
import { buildBootstrapTemplate } from '../templates/bootstrap-template.js';
import type { BootstrapSettings } from './bootstrap-settings.js';

/** Where the bootstrap goes, and with what, as StackSet terms. Pure: from settings and topologies. */
export interface DesiredStackSet {
  readonly name: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly region: string;
  readonly templateBody: string;
  /** Every parameter the action manages, the same in every account. */
  readonly parameters: Readonly<Record<string, string>>;
  readonly permissionModel: 'SELF_MANAGED' | 'SERVICE_MANAGED';
  readonly administrationRoleArn?: string;
  readonly executionRoleName?: string;
  readonly autoDeployment?: { readonly Enabled: boolean; readonly RetainStacksOnAccountRemoval: boolean };
  /** The accounts the configs name, sorted. */
  readonly accounts: readonly string[];
  /** self-managed: parameters that differ in some accounts (absent: none). */
  readonly overrides: ReadonlyMap<string, Readonly<Record<string, string>>>;
  readonly organizationalUnits: readonly string[];
  /** Facts worth a line in the report (a pattern that could not be narrowed, ...). */
  readonly notes: readonly string[];
}

export const BOOTSTRAP_CAPABILITIES = ['CAPABILITY_NAMED_IAM'] as const;

/**
 * The bootstrap StackSet for a set of topologies. Throws (as a list of problems) when the
 * topologies cannot share one bootstrap: different partitions, stack prefixes or role names.
 */
export function desiredStackSet(
  settings: BootstrapSettings,
  topologies: readonly { readonly file: string; readonly topology: Topology }[],
): { ok: true; desired: DesiredStackSet } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const first = topologies[0]!.topology;
  const mustAgree = (what: string, valueOf: (t: Topology) => string) => {
    const values = new Map<string, string>();
    for (const { file, topology } of topologies)
      if (!values.has(valueOf(topology))) values.set(valueOf(topology), file);
    if (values.size > 1)
      problems.push(
        `one bootstrap serves one ${what}, but the configs use ${[...values].map(([v, f]) => `"${v}" (${f})`).join(' and ')}: bootstrap them separately (a stack-set-name each).`,
      );
  };
  mustAgree('partition', (t) => t.partition);
  mustAgree('stack prefix (options.stackPrefix)', (t) => t.stackPrefix);
  problems.push(...loopsAmong(topologies));
  const roleNames = roleNamesOf(topologies, problems);
  if (settings.permissionModel === 'service-managed' && roleNames.perAccount.size > 0)
    problems.push(
      `accounts ${[...roleNames.perAccount.keys()].join(', ')} rename their roles in the configs (accounts.<id>.*Role): a service-managed StackSet deploys to organizational units and cannot give single accounts other names. Use the same names everywhere, or permission-model: self-managed.`,
    );

  const accounts = [...new Set(topologies.flatMap(({ topology }) => accountsOf(topology)))].sort();
  const buckets = topologies.flatMap(({ topology }) => [
    topology.source.bucket,
    ...topology.destinations.map((d) => d.bucket),
  ]);
  const bucketArns = bucketArnsOf(first.partition, buckets);
  if (!bucketArns.ok) problems.push(bucketArns.problem);
  else if (bucketArns.patterns.length > 0)
    notes.push(
      `The configs name ${new Set(buckets).size} buckets, too many to list one by one in the roles' policies: the roles may manage buckets matching ${bucketArns.patterns.map((p) => `"${p}"`).join(', ')}.`,
    );
  // Roles get the common suffix too (…-replication): the execution role may create and change the
  // roles this pattern matches, so it must never match the bootstrap's own roles.
  const rolePattern = patternOf(
    topologies.flatMap(({ topology }) => [
      topology.source.replicationRoleName,
      topology.source.batchRoleName,
      ...topology.destinations.flatMap((d) =>
        d.twoWay ? [d.twoWay.roleName, wayBack(topology, d).source.batchRoleName] : [],
      ),
    ]),
    { keepSuffix: true },
  );
  const ownRoles = [
    ...Object.values(roleNames.common),
    ...[...roleNames.perAccount.values()].flatMap((o) => Object.values(o)),
  ];
  if (!/^[\w+=,.@-]{3}/.test(rolePattern))
    problems.push(
      `the replication roles' names share no prefix (pattern "${rolePattern}"), and a pattern that starts with a wildcard would let the execution role reach roles the product does not own: bootstrap configs whose replication roles share a prefix (the default is s3-xrepl-<name>-replication) together, and the others separately.`,
    );
  const exposed = [...new Set(ownRoles)].filter((name) => globMatches(rolePattern, name));
  if (exposed.length > 0)
    problems.push(
      `the replication roles' names (pattern "${rolePattern}") would also match the bootstrap's own roles (${exposed.join(', ')}), and the execution role could rewrite them: give the replication roles (source.replicationRoleName) names that share more, such as a common suffix.`,
    );

  if (Array.isArray(settings.reuseOidcProvider))
    for (const a of settings.reuseOidcProvider)
      if (!accounts.includes(a))
        problems.push(
          `input "reuse-oidc-provider" names account ${a}, which no config uses (they use ${accounts.join(', ')}).`,
        );
  if (problems.length > 0) return { ok: false, problems };

  const { github } = settings;
  const parameters: Record<string, string> = {
    GitHubOrg: github.org,
    GitHubRepo: github.repo,
    GitHubOrgId: github.orgId ?? '',
    GitHubRepoId: github.repoId ?? '',
    DeployBranch: github.deployBranch,
    DeployEnvironment: github.deployEnvironment,
    OidcProviderArn: '',
    ReuseOidcProvider: String(settings.reuseOidcProvider === 'all'),
    StackPrefix: first.stackPrefix,
    BucketArns: bucketArns.ok ? bucketArns.arns.join(',') : '',
    ProductAccounts: accounts.join(','),
    ManagedRoleNamePattern: rolePattern,
    ReplicationBoundaryName: DEFAULT_REPLICATION_BOUNDARY,
    ...roleNames.common,
    // StackSets override only parameters the StackSet itself declares: every one an account may
    // override is declared here, with the template's default.
    StackSetAdministratorAccount: '',
    CreateStackSetAdministrationRole: 'false',
    StackSetAdministrationRoleName: DEFAULT_STACK_SET_ROLES.administrationRole,
    StackSetExecutionRoleName: DEFAULT_STACK_SET_ROLES.executionRole,
  };
  const overrides = new Map<string, Record<string, string>>(roleNames.perAccount);
  const add = (account: string, values: Record<string, string>) =>
    overrides.set(account, { ...overrides.get(account), ...values });
  const stackSets = stackSetRolesOf(topologies, problems);
  if (problems.length > 0) return { ok: false, problems };
  if (stackSets) {
    parameters.StackSetAdministrationRoleName = stackSets.administrationRoleName;
    parameters.StackSetExecutionRoleName = stackSets.executionRoleName;
    if (settings.permissionModel === 'self-managed') {
      // Only the accounts that hold StackSet destinations get a role StackSets can deploy with.
      for (const account of stackSets.destinationAccounts)
        add(account, { StackSetAdministratorAccount: stackSets.administrator });
      add(stackSets.administrator, { CreateStackSetAdministrationRole: 'true' });
    } else {
      parameters.StackSetAdministratorAccount = stackSets.administrator;
      notes.push(
        `A service-managed StackSet cannot single out account ${stackSets.administrator}: create its StackSet administration role (${stackSets.administrationRoleName}) there yourself, or bootstrap it self-managed.`,
      );
    }
  }
  if (Array.isArray(settings.reuseOidcProvider))
    for (const a of settings.reuseOidcProvider)
      overrides.set(a, { ...overrides.get(a), ReuseOidcProvider: 'true' });
  for (const [account, name] of boundaryNamesOf(topologies, problems))
    if (name !== DEFAULT_REPLICATION_BOUNDARY) add(account, { ReplicationBoundaryName: name });
  if (problems.length > 0) return { ok: false, problems };

  const selfManaged = settings.permissionModel === 'self-managed';
  return {
    ok: true,
    desired: {
      name: settings.stackSetName,
      description:
        's3-xrepl bootstrap: GitHub OIDC provider, plan and deploy roles and the CloudFormation execution role.',
      tags: { 's3-xrepl:bootstrap': settings.stackSetName },
      region: settings.region,
      templateBody: JSON.stringify(buildBootstrapTemplate()),
      parameters,
      permissionModel: selfManaged ? 'SELF_MANAGED' : 'SERVICE_MANAGED',
      ...(selfManaged && settings.administrationRoleArn
        ? { administrationRoleArn: settings.administrationRoleArn }
        : {}),
      ...(selfManaged && settings.executionRoleName ? { executionRoleName: settings.executionRoleName } : {}),
      // Accounts that leave the organization keep their roles: removing them is for a human to decide.
      ...(selfManaged
        ? {}
        : { autoDeployment: { Enabled: settings.autoDeployment, RetainStacksOnAccountRemoval: true } }),
      accounts,
      overrides,
      organizationalUnits: selfManaged ? [] : settings.organizationalUnits,
      notes,
    },
  };
}

/**
 * Configs that deploy their destinations as a StackSet: one administrator account and one pair of
 * role names for all of them, since every destination account trusts exactly that role.
 */
function stackSetRolesOf(
  topologies: readonly { readonly file: string; readonly topology: Topology }[],
  problems: string[],
):
  | {
      administrator: string;
      administrationRoleName: string;
      executionRoleName: string;
      destinationAccounts: string[];
    }
  | undefined {
  const using = topologies.filter((t) => t.topology.destinationStackSet);
  if (using.length === 0) return undefined;
  const described = (t: Topology) => {
    const s = t.destinationStackSet!;
    return `${s.account}, ${s.administrationRoleArn.slice(s.administrationRoleArn.lastIndexOf('/') + 1)}, ${s.executionRoleName}`;
  };
  const variants = new Map(using.map((t) => [described(t.topology), t.file]));
  if (variants.size > 1)
    problems.push(
      `configs with destinationStackSet must share one administrator account and role names, but they use ${[...variants].map(([v, f]) => `(${v}) in ${f}`).join(' and ')}.`,
    );
  const first = using[0]!.topology.destinationStackSet!;
  return {
    administrator: first.account,
    administrationRoleName: first.administrationRoleArn.slice(
      first.administrationRoleArn.lastIndexOf('/') + 1,
    ),
    executionRoleName: first.executionRoleName,
    destinationAccounts: [...new Set(using.flatMap((t) => t.topology.destinations.map((d) => d.account)))],
  };
}

/**
 * The permissions boundary each source account's replication roles carry (accounts.<id>.permissionsBoundary):
 * the bootstrap creates it under that name. Two configs naming two boundaries in one account cannot share it.
 */
function boundaryNamesOf(
  topologies: readonly { readonly file: string; readonly topology: Topology }[],
  problems: string[],
): Map<string, string> {
  const names = new Map<string, { name: string; file: string }>();
  for (const { file, topology } of topologies) {
    const arn = topology.source.replicationBoundaryArn;
    if (arn === undefined) continue;
    const name = arn.slice(arn.lastIndexOf('/') + 1);
    const before = names.get(topology.source.account);
    if (before && before.name !== name)
      problems.push(
        `account ${topology.source.account} has permissionsBoundary "${before.name}" in ${before.file} but "${name}" in ${file}: one account has one boundary.`,
      );
    else names.set(topology.source.account, { name, file });
  }
  return new Map([...names].map(([account, { name }]) => [account, name]));
}

/**
 * The role names, per account. The configs may rename an account's roles; the StackSet gets the
 * names most accounts use, and the others get per-account overrides. One account named two ways
 * by two configs cannot be bootstrapped.
 */
function roleNamesOf(
  topologies: readonly { readonly file: string; readonly topology: Topology }[],
  problems: string[],
): { common: Record<string, string>; perAccount: Map<string, Record<string, string>> } {
  const common: Record<string, string> = {};
  const perAccount = new Map<string, Record<string, string>>();
  const kinds = [
    ['PlanRoleName', 'planRoleArn', 'planRole'],
    ['DeployRoleName', 'deployRoleArn', 'deployRole'],
    ['ExecutionRoleName', 'executionRoleArn', 'executionRole'],
  ] as const;
  for (const [parameter, field, key] of kinds) {
    const names = new Map<string, { name: string; file: string }>();
    for (const { file, topology } of topologies)
      for (const [account, roles] of Object.entries(topology.accounts)) {
        const arn = roles[field];
        if (!arn) continue;
        const name = arn.slice(arn.lastIndexOf('/') + 1);
        const before = names.get(account);
        if (before && before.name !== name)
          problems.push(
            `account ${account} has ${key} "${before.name}" in ${before.file} but "${name}" in ${file}: one account has one set of roles.`,
          );
        else names.set(account, { name, file });
      }
    const counts = new Map<string, number>([[DEFAULT_ROLES[key], 0]]);
    for (const { name } of names.values()) counts.set(name, (counts.get(name) ?? 0) + 1);
    // Most used wins; on a tie the default, then the name the configs mention first (sort is stable).
    const def = DEFAULT_ROLES[key];
    const chosen = [...counts].sort(
      (a, b) => b[1] - a[1] || (a[0] === def ? -1 : b[0] === def ? 1 : 0),
    )[0]![0];
    common[parameter] = chosen;
    for (const [account, { name }] of names)
      if (name !== chosen) perAccount.set(account, { ...perAccount.get(account), [parameter]: name });
  }
  return { common, perAccount };
}

/**
 * The longest common prefix of the names (and, with keepSuffix, of what follows it, the longest
 * common suffix) as an IAM resource pattern: "*" when they share nothing.
 */
export function patternOf(names: readonly string[], opts: { readonly keepSuffix?: boolean } = {}): string {
  const unique = [...new Set(names)];
  if (unique.length === 1) return unique[0]!;
  let prefix = unique[0] ?? '';
  for (const n of unique) while (!n.startsWith(prefix)) prefix = prefix.slice(0, -1);
  if (!opts.keepSuffix) return `${prefix}*`;
  let suffix = unique[0] ?? '';
  for (const n of unique) while (!n.endsWith(suffix)) suffix = suffix.slice(1);
  // From a separator on (-replication, not s-replication): the next config's name still fits.
  const separator = suffix.search(/[-_.]/);
  suffix = separator < 0 ? '' : suffix.slice(separator);
  // The suffix is kept whole (s3-xrepl-orders*-replication covers s3-xrepl-orders-replication and
  // s3-xrepl-orders-batch-replication); the prefix gives way where the two would overlap.
  const shortest = Math.min(...unique.map((n) => n.length));
  return `${prefix.slice(0, Math.max(0, shortest - suffix.length))}*${suffix}`;
}

/**
 * How much of the roles' policies the bucket list may take: it appears up to four times in one
 * policy (the deploy role's reads, canary objects and canary key contexts), and IAM allows 6,144
 * characters in a managed policy (the boundary) and 10,240 in a role's inline policies.
 */
export const BUCKET_ARNS_BUDGET = 1_200;
/** A pattern must keep at least this much of a name: "ac*" would reach far beyond the product. */
const MIN_PATTERN_PREFIX = 3;

/**
 * The buckets the roles may reach, as ARNs: each bucket by name when the list fits the budget;
 * otherwise the names sharing the longest prefixes are merged into `prefix*` patterns, one merge at
 * a time, until it fits. Never `*`: when no two names share enough of a prefix, it is refused.
 */
export function bucketArnsOf(
  partition: string,
  names: readonly string[],
  budget = BUCKET_ARNS_BUDGET,
): { ok: true; arns: string[]; patterns: string[] } | { ok: false; problem: string } {
  let patterns = [...new Set(names)].sort();
  const arnsOf = (ps: readonly string[]) => ps.map((p) => `arn:${partition}:s3:::${p}`);
  while (arnsOf(patterns).join(',').length > budget) {
    let best: { at: number; prefix: string } | undefined;
    for (let i = 0; i + 1 < patterns.length; i++) {
      const prefix = commonPrefix(patterns[i]!.replace(/\*$/, ''), patterns[i + 1]!.replace(/\*$/, ''));
      if (prefix.length >= MIN_PATTERN_PREFIX && prefix.length > (best?.prefix.length ?? 0))
        best = { at: i, prefix };
    }
    if (!best)
      return {
        ok: false,
        problem: `the configs name ${patterns.length} buckets (or name patterns) that share no prefix of ${MIN_PATTERN_PREFIX} or more characters, and listing them would not fit the roles' policies: bootstrap fewer configs at once (a stack-set-name each), or give the buckets a common name prefix.`,
      };
    const merged = `${best.prefix}*`;
    patterns = [
      ...new Set([...patterns.filter((p) => !globMatches(merged, p.replace(/\*$/, ''))), merged]),
    ].sort();
  }
  return { ok: true, arns: arnsOf(patterns), patterns: patterns.filter((p) => p.endsWith('*')) };
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** IAM's resource wildcards: * any run of characters, ? one. */
export function globMatches(pattern: string, name: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`).test(name);
}
