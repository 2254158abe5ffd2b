/**
 * The permission chain a plan changes, statement by statement (in the spirit of `cdk diff`'s IAM
 * statement changes): the replication role's policy and trust, the bucket policies and the key
 * policies, each statement added, removed or changed, with its effect, principal, actions,
 * resources and conditions as they will apply (resolved values, see stack-values.ts).
 */
import type { Plan, StackPreview } from './plan.js';
import { keyWords, shownValue, type StackValues } from './stack-values.js';
import { parseIfJson } from './normalized-json.js';

export type PolicyKind = 'role policy' | 'trust policy' | 'bucket policy' | 'key policy';

export interface PolicyPlace {
  readonly stack: string;
  readonly account: string;
  readonly region: string;
  readonly logicalId: string;
  readonly kind: PolicyKind;
  /** What the policy is on, in words: `role s3-xrepl-orders-replication`, `bucket acme-dr`, `dr key`. */
  readonly subject: string;
}

export interface StatementView {
  readonly sid?: string;
  readonly effect: string;
  /** `*`, account and role ARNs, `service s3.amazonaws.com`; `not …` for NotPrincipal. */
  readonly principals: readonly string[];
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  /** One per condition value: `StringEquals kms:ViaService = s3.us-west-2.amazonaws.com`. */
  readonly conditions: readonly string[];
}

export type StatementChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface StatementChange {
  readonly place: PolicyPlace;
  readonly kind: StatementChangeKind;
  readonly before?: StatementView;
  readonly after?: StatementView;
}

interface Policy {
  readonly place: PolicyPlace;
  readonly statements: readonly StatementView[];
}

/**
 * Every statement of every policy the plan touches, changed or not when `all` (a first deploy shows
 * the whole chain), otherwise only those added, removed or changed. Source account first, then the
 * destinations in deploy order.
 */
export function permissionChanges(plan: Plan, opts: { readonly all?: boolean } = {}): StatementChange[] {
  const out: StatementChange[] = [];
  const ordered = [
    ...plan.stacks.filter((s) => s.kind === 'source'),
    ...plan.stacks.filter((s) => s.kind !== 'source'),
  ];
  for (const stack of ordered) {
    const label = stack.kind === 'source' ? 'source' : labelOf(plan, stack);
    const before = policiesOf(stack, sideOf(stack, 'before'), label);
    const after = policiesOf(stack, sideOf(stack, 'after'), label);
    for (const key of [...new Set([...before.keys(), ...after.keys()])]) {
      const was = before.get(key);
      const now = after.get(key);
      out.push(
        ...statementChanges(now?.place ?? was!.place, was?.statements ?? [], now?.statements ?? []).filter(
          (c) => opts.all || c.kind !== 'unchanged',
        ),
      );
    }
  }
  return out;
}

function labelOf(plan: Plan, stack: StackPreview): string {
  return plan.picture.destinations.find((d) => d.stackName === stack.name)?.label ?? stack.name;
}

/**
 * One side of a stack: its resolved values, or, where those could not be worked out, what its
 * changes carry (changed resources only).
 */
function sideOf(stack: StackPreview, side: 'before' | 'after'): StackValues {
  if (stack.values) return (side === 'before' ? stack.values.before : stack.values.after) ?? {};
  const out: Record<string, { type: string; properties: Readonly<Record<string, unknown>> }> = {};
  for (const c of stack.changes) {
    const props = c[side];
    if (props) out[c.logicalId] = { type: c.resourceType, properties: props };
  }
  return out;
}

function policiesOf(stack: StackPreview, values: StackValues, label: string): Map<string, Policy> {
  const out = new Map<string, Policy>();
  const add = (logicalId: string, kind: PolicyKind, subject: string, document: unknown, name = '') => {
    const place: PolicyPlace = {
      stack: stack.name,
      account: stack.account,
      region: stack.region,
      logicalId,
      kind,
      subject,
    };
    out.set(`${logicalId}|${kind}|${name}`, { place, statements: statementsOf(document) });
  };
  for (const [logicalId, r] of Object.entries(values)) {
    const p = r.properties;
    switch (r.type) {
      case 'AWS::IAM::Role': {
        const role = `role ${text(p.RoleName) ?? logicalId}`;
        if (p.AssumeRolePolicyDocument !== undefined)
          add(logicalId, 'trust policy', role, p.AssumeRolePolicyDocument);
        for (const policy of Array.isArray(p.Policies) ? (p.Policies as unknown[]) : []) {
          if (!isObject(policy)) continue;
          const name = text(policy.PolicyName) ?? '';
          add(logicalId, 'role policy', `${role}, policy ${name}`, policy.PolicyDocument, name);
        }
        break;
      }
      case 'AWS::S3::BucketPolicy':
        add(logicalId, 'bucket policy', `bucket ${text(p.Bucket) ?? logicalId}`, p.PolicyDocument);
        break;
      case 'AWS::KMS::Key':
        add(logicalId, 'key policy', keyWords(label, logicalId), p.KeyPolicy);
        break;
    }
  }
  return out;
}

/** Statements matched by Sid (else by content): added, removed, changed, unchanged. */
function statementChanges(
  place: PolicyPlace,
  before: readonly StatementView[],
  after: readonly StatementView[],
): StatementChange[] {
  const key = (s: StatementView) => s.sid ?? JSON.stringify(s);
  const was = new Map(before.map((s) => [key(s), s]));
  const out: StatementChange[] = [];
  for (const s of after) {
    const old = was.get(key(s));
    was.delete(key(s));
    if (!old) out.push({ place, kind: 'added', after: s });
    else
      out.push({
        place,
        kind: JSON.stringify(old) === JSON.stringify(s) ? 'unchanged' : 'changed',
        before: old,
        after: s,
      });
  }
  for (const s of was.values()) out.push({ place, kind: 'removed', before: s });
  return out;
}

/** A policy document (or its JSON text) as statement views; nothing when it is not one. */
export function statementsOf(document: unknown): StatementView[] {
  const doc = parseIfJson(document);
  if (!isObject(doc)) return [];
  const raw = doc.Statement;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter(isObject).map(viewOf);
}

function viewOf(s: Readonly<Record<string, unknown>>): StatementView {
  const sid = text(s.Sid);
  return {
    ...(sid !== undefined ? { sid } : {}),
    effect: text(s.Effect) ?? '?',
    principals: [...principals(s.Principal), ...principals(s.NotPrincipal).map((p) => `not ${p}`)],
    actions: [...strings(s.Action).sort(), ...strings(s.NotAction).map((a) => `not ${a}`)],
    resources: [...strings(s.Resource), ...strings(s.NotResource).map((r) => `not ${r}`)],
    conditions: conditions(s.Condition),
  };
}

function principals(p: unknown): string[] {
  if (p === undefined) return [];
  if (!isObject(p) || isIntrinsic(p)) return [shownValue(p)];
  return Object.entries(p).flatMap(([kind, ids]) =>
    strings(ids).map((id) => (kind === 'AWS' ? id : `${kind.toLowerCase()} ${id}`)),
  );
}

function conditions(c: unknown): string[] {
  if (!isObject(c)) return [];
  return Object.entries(c).flatMap(([op, keys]) =>
    isObject(keys)
      ? Object.entries(keys).flatMap(([k, v]) => strings(v).map((x) => `${op} ${k} = ${x}`))
      : [`${op} ${shownValue(keys)}`],
  );
}

function strings(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map(shownValue);
}

const isIntrinsic = (v: Readonly<Record<string, unknown>>) =>
  Object.keys(v).length === 1 && Object.keys(v).some((k) => k === 'Ref' || k.startsWith('Fn::'));
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const isObject = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
