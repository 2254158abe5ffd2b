import type { CurrentInstance, StackSetStep } from './stack-set-changes.js';

/** One instance's result in one operation. */
export interface InstanceResult {
  readonly account: string;
  readonly region: string;
  /** PENDING, RUNNING, SUCCEEDED, FAILED or CANCELLED. */
  readonly status: string;
  readonly reason?: string;
  readonly organizationalUnitId?: string;
}

export interface OperationOutcome {
  readonly step: StackSetStep;
  readonly operationId?: string;
  /** SUCCEEDED, FAILED or STOPPED; CREATED for CreateStackSet, which has no operation. */
  readonly status: string;
  readonly reason?: string;
  readonly results: readonly InstanceResult[];
}

export interface BootstrapResult {
  readonly stackSetName: string;
  readonly region: string;
  readonly permissionModel: 'SELF_MANAGED' | 'SERVICE_MANAGED';
  /** The accounts the configs name. */
  readonly accounts: readonly string[];
  readonly operations: readonly OperationOutcome[];
  /** Steps not started because an operation before them failed. */
  readonly notStarted: readonly StackSetStep[];
  /** Every instance after the run, as ListStackInstances reports it. */
  readonly instances: readonly CurrentInstance[];
  /** Instances in accounts no config names: left in place. */
  readonly unmanaged: readonly CurrentInstance[];
  readonly notes: readonly string[];
}

export interface InstanceLine {
  readonly account: string;
  readonly region: string;
  /** ok: CURRENT; failed: this run's operation failed there; outdated: not current for another reason; missing: no instance. */
  readonly state: 'ok' | 'failed' | 'cancelled' | 'outdated' | 'missing';
  readonly detail: string;
}

export interface BootstrapVerdict {
  readonly ok: boolean;
  readonly lines: readonly InstanceLine[];
}

/**
 * One line per account the configs name: current, or why not. A failure names the cause the
 * operation gave for that account (missing execution role, a resource that failed, ...).
 */
export function bootstrapVerdict(result: BootstrapResult): BootstrapVerdict {
  const lastResult = new Map<string, InstanceResult>();
  for (const op of result.operations)
    for (const r of op.results) lastResult.set(`${r.account}/${r.region}`, r);
  const instanceOf = new Map(result.instances.map((i) => [`${i.account}/${i.region}`, i]));
  const lines: InstanceLine[] = result.accounts.map((account) => {
    const key = `${account}/${result.region}`;
    const instance = instanceOf.get(key);
    const last = lastResult.get(key);
    if (last?.status === 'FAILED')
      return {
        account,
        region: result.region,
        state: 'failed',
        detail: last.reason ?? instance?.statusReason ?? 'no reason given',
      };
    if (last?.status === 'CANCELLED')
      return {
        account,
        region: result.region,
        state: 'cancelled',
        detail: 'not attempted: the operation stopped after failures reached the failure tolerance',
      };
    if (!instance)
      return {
        account,
        region: result.region,
        state: 'missing',
        detail:
          result.permissionModel === 'SERVICE_MANAGED'
            ? "no instance: the account is not in the organizational units given, or it is the organization's management account (service-managed StackSets never deploy there)"
            : 'no instance',
      };
    if (instance.status !== 'CURRENT')
      return {
        account,
        region: result.region,
        state: 'outdated',
        detail: `${instance.status}${instance.detailedStatus ? ` (${instance.detailedStatus})` : ''}${instance.statusReason ? `: ${instance.statusReason}` : ''}`,
      };
    return {
      account,
      region: result.region,
      state: 'ok',
      detail: last ? `${last.status} in this run` : 'already current',
    };
  });
  const failedOperation = result.operations.some((o) => o.status === 'FAILED' || o.status === 'STOPPED');
  return { ok: !failedOperation && lines.every((l) => l.state === 'ok'), lines };
}
