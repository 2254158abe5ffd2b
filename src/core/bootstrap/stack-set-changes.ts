import type { DesiredStackSet } from './bootstrap-targets.js';

/** What CloudFormation says about the StackSet now (read by the shell). */
export interface CurrentStackSet {
  readonly templateBody: string;
  readonly parameters: Readonly<Record<string, string>>;
  readonly permissionModel: string;
  readonly administrationRoleArn?: string;
  readonly executionRoleName?: string;
  readonly autoDeployment?: { readonly Enabled?: boolean; readonly RetainStacksOnAccountRemoval?: boolean };
  /** Absent when not read (then tags are not compared). */
  readonly tags?: Readonly<Record<string, string>>;
  readonly instances: readonly CurrentInstance[];
}

export interface CurrentInstance {
  readonly account: string;
  readonly region: string;
  /** CURRENT, OUTDATED or INOPERABLE. */
  readonly status: string;
  readonly detailedStatus?: string;
  readonly statusReason?: string;
  readonly organizationalUnitId?: string;
  /** The instance's stack in its account, once it has one. */
  readonly stackId?: string;
  readonly overrides: Readonly<Record<string, string>>;
}

/** One StackSet operation, in the order they must run (each waits for the one before). */
export type StackSetStep =
  | { readonly kind: 'create-stack-set' }
  | { readonly kind: 'update-stack-set'; readonly why: readonly string[] }
  | {
      readonly kind: 'create-instances';
      readonly accounts: readonly string[];
      readonly overrides: Readonly<Record<string, string>>;
      /** Absent: the StackSet's own region. */
      readonly regions?: readonly string[];
      /** What the instance is, for reports (its overrides are too many to list). */
      readonly label?: string;
    }
  | { readonly kind: 'deploy-to-ous'; readonly organizationalUnits: readonly string[] }
  | {
      readonly kind: 'update-instances';
      readonly accounts: readonly string[];
      readonly overrides: Readonly<Record<string, string>>;
      readonly why: string;
      /** service-managed: the accounts are addressed within these OUs. */
      readonly organizationalUnits?: readonly string[];
      /** Absent: the StackSet's own region. */
      readonly regions?: readonly string[];
      readonly label?: string;
    };

export interface StackSetChanges {
  readonly steps: readonly StackSetStep[];
  /** Instances in accounts no config names: left in place (their roles may be in use). */
  readonly unmanaged: readonly CurrentInstance[];
}

/**
 * The operations that bring the StackSet from what it is to what the configs need. Never removes
 * an instance: bootstrap roles may be in use by other workflows, and removing them is a human call.
 */
export function stackSetChanges(
  desired: DesiredStackSet,
  current: CurrentStackSet | undefined,
): { ok: true; changes: StackSetChanges } | { ok: false; problem: string } {
  if (!current) {
    return {
      ok: true,
      changes: { steps: [{ kind: 'create-stack-set' }, ...instanceSteps(desired, [])], unmanaged: [] },
    };
  }
  if (current.permissionModel !== desired.permissionModel)
    return {
      ok: false,
      problem: `StackSet ${desired.name} is ${current.permissionModel}, not ${desired.permissionModel}: a StackSet's permission model cannot change. Set permission-model to match, or use another stack-set-name.`,
    };
  const why = stackSetDifferences(desired, current);
  const steps: StackSetStep[] = why.length > 0 ? [{ kind: 'update-stack-set', why }] : [];
  const here = current.instances.filter((i) => i.region === desired.region);
  steps.push(...instanceSteps(desired, here, why.length > 0));
  const wanted = new Set(desired.accounts);
  const unmanaged =
    desired.permissionModel === 'SELF_MANAGED'
      ? current.instances.filter((i) => !wanted.has(i.account) || i.region !== desired.region)
      : [];
  return { ok: true, changes: { steps, unmanaged } };
}

function stackSetDifferences(desired: DesiredStackSet, current: CurrentStackSet): string[] {
  const why: string[] = [];
  if (canonicalJson(current.templateBody) !== canonicalJson(desired.templateBody))
    why.push('the bootstrap template changed');
  const names = [...new Set([...Object.keys(desired.parameters), ...Object.keys(current.parameters)])].sort();
  const changed = names.filter((n) => (desired.parameters[n] ?? '') !== (current.parameters[n] ?? ''));
  if (changed.length > 0) why.push(`parameters changed: ${changed.join(', ')}`);
  if (current.tags && tagsDiffer(current.tags, desired.tags)) why.push('tags changed');
  if (desired.administrationRoleArn && desired.administrationRoleArn !== current.administrationRoleArn)
    why.push('the administration role changed');
  if (desired.executionRoleName && desired.executionRoleName !== current.executionRoleName)
    why.push('the execution role name changed');
  if (
    desired.autoDeployment &&
    (desired.autoDeployment.Enabled !== current.autoDeployment?.Enabled ||
      desired.autoDeployment.RetainStacksOnAccountRemoval !==
        current.autoDeployment?.RetainStacksOnAccountRemoval)
  )
    why.push('auto-deployment changed');
  return why;
}

function instanceSteps(
  desired: DesiredStackSet,
  existing: readonly CurrentInstance[],
  stackSetUpdated = false,
): StackSetStep[] {
  if (desired.permissionModel === 'SERVICE_MANAGED') {
    const reached = new Set(existing.map((i) => i.organizationalUnitId));
    const missing = desired.organizationalUnits.filter((ou) => !reached.has(ou));
    const steps: StackSetStep[] =
      missing.length > 0 ? [{ kind: 'deploy-to-ous', organizationalUnits: missing }] : [];
    // Instances a failed operation left behind are retried, as self-managed ones are below.
    const stale = stackSetUpdated
      ? []
      : existing.filter((i) => i.status !== 'CURRENT' && i.organizationalUnitId);
    if (stale.length > 0)
      steps.push({
        kind: 'update-instances',
        accounts: stale.map((i) => i.account),
        overrides: {},
        why: `they are ${[...new Set(stale.map((i) => i.status))].join(', ')}`,
        organizationalUnits: [...new Set(stale.map((i) => i.organizationalUnitId!))],
      });
    return steps;
  }
  const byAccount = new Map(existing.map((i) => [i.account, i]));
  const create = new Map<string, string[]>();
  const update = new Map<string, { accounts: string[]; why: Set<string> }>();
  for (const account of desired.accounts) {
    const overrides = desired.overrides.get(account) ?? {};
    const key = JSON.stringify(overrides);
    const instance = byAccount.get(account);
    if (!instance) {
      create.set(key, [...(create.get(key) ?? []), account]);
      continue;
    }
    const reasons: string[] = [];
    if (JSON.stringify(sorted(instance.overrides)) !== JSON.stringify(sorted(overrides)))
      reasons.push('its parameter overrides changed');
    // An UpdateStackSet already retries every instance.
    else if (instance.status !== 'CURRENT' && !stackSetUpdated) reasons.push(`it is ${instance.status}`);
    if (reasons.length === 0) continue;
    const group = update.get(key) ?? { accounts: [], why: new Set<string>() };
    group.accounts.push(account);
    for (const r of reasons) group.why.add(r);
    update.set(key, group);
  }
  return [
    ...[...create].map(([key, accounts]) => ({
      kind: 'create-instances' as const,
      accounts,
      overrides: JSON.parse(key) as Record<string, string>,
    })),
    ...[...update].map(([key, g]) => ({
      kind: 'update-instances' as const,
      accounts: g.accounts,
      overrides: JSON.parse(key) as Record<string, string>,
      why: [...g.why].join('; '),
    })),
  ];
}

/** A StackSet update carries its tags to every instance stack: a change there is a change. */
export function tagsDiffer(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): boolean {
  return JSON.stringify(sorted(a)) !== JSON.stringify(sorted(b));
}

function sorted(o: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

/** Templates compared as data: key order and whitespace do not count. */
export function canonicalJson(text: string): string {
  try {
    return JSON.stringify(sortKeys(JSON.parse(text)));
  } catch {
    return text;
  }
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, sortKeys(x)]),
    );
  return v;
}
