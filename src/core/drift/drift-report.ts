import type { Finding } from './expected-state.js';

export interface PropertyDifference {
  readonly path: string;
  readonly kind: string;
  readonly expected: string;
  readonly actual: string;
}

export interface ResourceDrift {
  readonly logicalId: string;
  readonly type: string;
  /** IN_SYNC, MODIFIED, DELETED or NOT_CHECKED (unknown: CloudFormation did not look). */
  readonly status: string;
  readonly differences: readonly PropertyDifference[];
}

export interface CloudFormationDrift {
  readonly status: 'IN_SYNC' | 'DRIFTED' | 'UNKNOWN';
  readonly reason?: string;
  readonly resources: readonly ResourceDrift[];
}

export interface StackDrift {
  readonly name: string;
  readonly kind: 'destination' | 'source';
  readonly account: string;
  readonly region: string;
  /** False when the stack does not exist: nothing to compare, reported as unknown. */
  readonly deployed: boolean;
  readonly cloudFormation?: CloudFormationDrift;
  /** The direct comparison of live state with the deployed template. */
  readonly findings: readonly Finding[];
}

export interface DriftReport {
  readonly topology: string;
  readonly configPath: string;
  readonly stacks: readonly StackDrift[];
}

export type DriftVerdict = 'in-sync' | 'drifted' | 'unknown';

/**
 * Drifted when anything drifted; otherwise unknown when anything could not be checked (a missing
 * stack, a failed detection, an unreadable value); in sync only when everything was seen in sync.
 * NOT_CHECKED resources count as unknown only where no direct comparison covers them.
 */
export function driftVerdict(r: DriftReport): DriftVerdict {
  const drifted = r.stacks.some(
    (s) => s.findings.some((f) => f.status === 'drifted') || s.cloudFormation?.status === 'DRIFTED',
  );
  if (drifted) return 'drifted';
  const unknown = r.stacks.some(
    (s) =>
      !s.deployed ||
      s.cloudFormation?.status === 'UNKNOWN' ||
      s.findings.some((f) => f.status === 'unknown') ||
      (s.cloudFormation?.resources ?? []).some(
        (res) => res.status === 'NOT_CHECKED' && !s.findings.some((f) => coveredBy(f, res.logicalId)),
      ),
  );
  return unknown ? 'unknown' : 'in-sync';
}

/** A bucket policy finding names the bucket policy resource or the bucket it belongs to. */
function coveredBy(f: Finding, logicalId: string): boolean {
  return f.resource === logicalId || f.subject === logicalId;
}

/** One finding as a line for a person: what, where, expected against found, and the first details. */
export function findingLine(f: Finding): string {
  const what = `${f.what}${f.subject ? ` (${f.subject})` : ''} of ${f.resource}${f.stack ? ` in ${f.stack}` : ''}`;
  const detail = f.detail?.length ? `: ${f.detail.slice(0, 3).join('; ')}` : '';
  return `${what} has drifted (expected ${f.expected ?? '—'}, found ${f.actual ?? '—'})${detail}`;
}
