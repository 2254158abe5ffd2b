/**
 * How a bootstrap StackSet is run: who administers it, where it goes, and how fast. Read from the
 * action's inputs or the CLI's flags; everything here is checked before any AWS call.
 */

export type PermissionModel = 'self-managed' | 'service-managed';

/** A count of accounts, or a percentage of them (StackSets take either, never both). */
export type Amount =
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'percentage'; readonly value: number };

export interface OperationPreferencesSettings {
  readonly maxConcurrent: Amount;
  readonly failureTolerance: Amount;
  /** strict: StackSets lowers concurrency so failures never pass the tolerance; soft: it does not. */
  readonly concurrencyMode: 'strict' | 'soft';
  readonly regionConcurrency: 'sequential' | 'parallel';
}

export interface GitHubTrust {
  readonly org: string;
  readonly repo: string;
  /** With both ids, the roles trust the immutable subject form repo:ORG@ORGID/REPO@REPOID. */
  readonly orgId?: string;
  readonly repoId?: string;
  readonly deployBranch: string;
  readonly deployEnvironment: string;
}

export interface BootstrapSettings {
  readonly stackSetName: string;
  /** Where the StackSet lives and its one instance per account goes (IAM is global). */
  readonly region: string;
  readonly permissionModel: PermissionModel;
  /** delegated-admin: the calling account is an Organizations delegated administrator. */
  readonly callAs: 'self' | 'delegated-admin';
  /** self-managed: the administration role; absent for AWS's default name. */
  readonly administrationRoleArn?: string;
  /** self-managed: the execution role in each target; absent for AWS's default name. */
  readonly executionRoleName?: string;
  /** service-managed: the organizational units (or the root) to deploy to. */
  readonly organizationalUnits: readonly string[];
  /** service-managed: accounts joining those OUs get an instance; leaving keeps their stack (roles). */
  readonly autoDeployment: boolean;
  readonly preferences: OperationPreferencesSettings;
  readonly github: GitHubTrust;
  /** Accounts that already hold GitHub's OIDC provider (an account can hold only one), or all. */
  readonly reuseOidcProvider: 'all' | 'none' | readonly string[];
}

export const DEFAULT_PREFERENCES: OperationPreferencesSettings = {
  maxConcurrent: { kind: 'percentage', value: 25 },
  failureTolerance: { kind: 'percentage', value: 10 },
  concurrencyMode: 'strict',
  regionConcurrency: 'sequential',
};

/** "3" or "25%"; undefined when the text is neither (the caller says what is wrong and where). */
export function parseAmount(text: string, opts: { readonly allowZero: boolean }): Amount | undefined {
  const m = /^(\d{1,3})(%?)$/.exec(text.trim());
  if (!m) return undefined;
  const value = Number(m[1]);
  if (m[2] === '%')
    return value <= 100 && (value > 0 || opts.allowZero) ? { kind: 'percentage', value } : undefined;
  return value > 0 || opts.allowZero ? { kind: 'count', value } : undefined;
}

export function formatAmount(a: Amount): string {
  return a.kind === 'count' ? String(a.value) : `${a.value}%`;
}

/** The request shape of StackSetOperationPreferences. */
export function operationPreferences(p: OperationPreferencesSettings) {
  return {
    ...(p.maxConcurrent.kind === 'count'
      ? { MaxConcurrentCount: p.maxConcurrent.value }
      : { MaxConcurrentPercentage: p.maxConcurrent.value }),
    ...(p.failureTolerance.kind === 'count'
      ? { FailureToleranceCount: p.failureTolerance.value }
      : { FailureTolerancePercentage: p.failureTolerance.value }),
    ConcurrencyMode: p.concurrencyMode === 'strict' ? 'STRICT_FAILURE_TOLERANCE' : 'SOFT_FAILURE_TOLERANCE',
    RegionConcurrencyType: p.regionConcurrency === 'sequential' ? 'SEQUENTIAL' : 'PARALLEL',
  } as const;
}

/** What the settings get wrong, each naming the input; empty when they are usable. */
export function checkBootstrapSettings(s: BootstrapSettings): string[] {
  const problems: string[] = [];
  if (!/^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(s.stackSetName))
    problems.push(
      `input "stack-set-name" is "${s.stackSetName}": a StackSet name starts with a letter and has only letters, digits and hyphens (at most 128).`,
    );
  if (/-destinations$/.test(s.stackSetName))
    problems.push(
      `input "stack-set-name" is "${s.stackSetName}": names ending in -destinations are the destinations' StackSets, which each account's deploy role may change; the bootstrap StackSet must not be one of them.`,
    );
  if (s.permissionModel === 'service-managed') {
    if (s.organizationalUnits.length === 0)
      problems.push(
        'input "organizational-units" is empty: a service-managed StackSet deploys to organizational units (ou-… or the root r-…).',
      );
    for (const ou of s.organizationalUnits)
      if (!/^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$/.test(ou))
        problems.push(
          `input "organizational-units" has "${ou}": not an organizational unit id (ou-…) or root id (r-…).`,
        );
    if (s.administrationRoleArn || s.executionRoleName)
      problems.push(
        'inputs "administration-role-arn" and "execution-role-name" are for self-managed StackSets: service-managed ones use the roles Organizations creates.',
      );
    if (Array.isArray(s.reuseOidcProvider))
      problems.push(
        'input "reuse-oidc-provider" lists accounts: a service-managed StackSet deploys to organizational units, so use all or none.',
      );
  } else {
    if (s.organizationalUnits.length > 0)
      problems.push(
        'input "organizational-units" is set, but permission-model is self-managed: self-managed StackSets deploy to the accounts the configs name. Use permission-model: service-managed.',
      );
    if (s.callAs === 'delegated-admin')
      problems.push(
        'input "call-as" is delegated-admin, which only service-managed StackSets accept (permission-model: service-managed).',
      );
  }
  if (!s.github.org || !s.github.repo)
    problems.push(
      'the repository to trust is unknown: set input "repository" (OWNER/REPO); on a runner it defaults to this one.',
    );
  if (Boolean(s.github.orgId) !== Boolean(s.github.repoId))
    problems.push('the immutable subject form needs both the owner id and the repository id.');
  return problems;
}
