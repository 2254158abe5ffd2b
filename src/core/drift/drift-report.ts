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
 * Drifted when anything drifted (a direct check, or a resource CloudFormation found MODIFIED or
 * DELETED, even in a detection that failed overall); otherwise unknown when anything could not be
 * checked (a missing stack, a failed detection, an unreadable value, a resource CloudFormation did
 * not check that no direct comparison covers); in sync only when everything was seen in sync.
 */
export function driftVerdict(r: DriftReport): DriftVerdict {
  const drifted = r.stacks.some(
    (s) =>
      s.findings.some((f) => f.status === 'drifted') ||
      s.cloudFormation?.status === 'DRIFTED' ||
      (s.cloudFormation?.resources ?? []).some((res) => DRIFTED_RESOURCE.has(res.status)),
  );
  if (drifted) return 'drifted';
  return r.stacks.some((s) => unchecked(s).length > 0) ? 'unknown' : 'in-sync';
}

const DRIFTED_RESOURCE = new Set(['MODIFIED', 'DELETED']);
const UNCHECKED_RESOURCE = new Set(['NOT_CHECKED', 'UNKNOWN', 'UNSUPPORTED']);

/** What in a stack could not be checked, in words; empty when everything was. */
export function unchecked(s: StackDrift): string[] {
  if (!s.deployed) return ['the stack does not exist'];
  const out: string[] = [];
  if (s.cloudFormation?.status === 'UNKNOWN')
    out.push(`CloudFormation drift detection: ${s.cloudFormation.reason ?? 'no result'}`);
  for (const res of s.cloudFormation?.resources ?? []) {
    if (!UNCHECKED_RESOURCE.has(res.status) || coveredDirectly(s, res)) continue;
    out.push(
      `${res.logicalId} (${res.type}): CloudFormation says ${res.status}, and no direct check covers it`,
    );
  }
  for (const f of s.findings.filter((x) => x.status === 'unknown'))
    out.push(
      `${f.what}${f.subject ? ` (${f.subject})` : ''} of ${f.resource}: ${(f.detail ?? ['not read']).join('; ')}`,
    );
  return out;
}

/**
 * A bucket policy is all document: the direct comparison covers it whole. Other types have
 * properties the direct checks do not read (a bucket's CORS, logging, ...), so they stay unknown.
 */
function coveredDirectly(s: StackDrift, res: ResourceDrift): boolean {
  return (
    res.type === 'AWS::S3::BucketPolicy' &&
    s.findings.some(
      (f) => f.resource === res.logicalId && f.what === 'bucket policy' && f.status !== 'unknown',
    )
  );
}

/** One finding as a line for a person: what, where, expected against found, and the first details. */
export function findingLine(f: Finding): string {
  const what = `${f.what}${f.subject ? ` (${f.subject})` : ''} of ${f.resource}${f.stack ? ` in ${f.stack}` : ''}`;
  const detail = f.detail?.length ? `: ${f.detail.slice(0, 3).join('; ')}` : '';
  return `${what} has drifted (expected ${f.expected ?? '—'}, found ${f.actual ?? '—'})${detail}`;
}
