/**
 * Compares IAM, S3 bucket and KMS key policy documents by meaning, not by text: S3, KMS and IAM
 * hand a policy back re-serialized, sometimes reshaped, so a string comparison would report drift
 * where there is none. Each statement is normalized, then statements are matched whole.
 *
 * What counts as the same (IAM User Guide, "IAM JSON policy elements"):
 * - statement order, and the order of actions, resources, principals and condition values;
 * - a single string and a one-element list, wherever IAM accepts either;
 * - `Principal: "*"` and `Principal: {AWS: "*"}` ("the following elements are equivalent");
 * - an account id and its root ARN as AWS principal: they "behave the same way", and "when you save
 *   a resource-based policy that includes the shortened account ID, the service might convert it
 *   to the principal ARN";
 * - action names and condition key names in any letter case ("The prefix and the action name are
 *   case insensitive"; "Condition key names are not case-sensitive");
 * - condition values given as JSON booleans or numbers and as their text (`false` and `"false"`).
 * Version matters only when both documents state it: AWS reads a missing one as 2008-10-17, but
 * a service that echoes back what it stored may simply leave it out. A policy's `Id` is ignored:
 * it names the document and grants nothing.
 */

export interface Statement {
  readonly Sid?: string;
  readonly Effect?: string;
  readonly Principal?: unknown;
  readonly NotPrincipal?: unknown;
  readonly Action?: unknown;
  readonly NotAction?: unknown;
  readonly Resource?: unknown;
  readonly NotResource?: unknown;
  readonly Condition?: unknown;
  readonly [element: string]: unknown;
}

export interface PolicyComparison {
  readonly equal: boolean;
  /** In the expected policy, not in the live one. */
  readonly missing: Statement[];
  /** In the live policy, not in the expected one. */
  readonly unexpected: Statement[];
  /** Set when both documents state a Version and they differ. */
  readonly version?: { readonly expected: string; readonly actual: string };
}

/**
 * A policy as a service returns it: JSON text (S3 GetBucketPolicy, KMS GetKeyPolicy) or the
 * URL-encoded JSON text IAM returns from GetRolePolicy and GetRole (RFC 3986).
 */
export function parsePolicyText(text: string): unknown {
  const trimmed = text.trim();
  // Encoded JSON starts with %7B; plain JSON may hold a literal "%" that must not be decoded.
  const json = trimmed.startsWith('{') ? trimmed : decodeURIComponent(trimmed);
  try {
    return JSON.parse(json);
  } catch (e) {
    throw new Error(`not a policy document: ${(e as Error).message}`);
  }
}

/** `expected` and `actual` may each be a document, its text, or undefined/null for "no policy". */
export function comparePolicies(expected: unknown, actual: unknown): PolicyComparison {
  const want = documentOf(expected, 'expected');
  const have = documentOf(actual, 'actual');

  const pool = new Map<string, Statement[]>();
  for (const s of have.statements) {
    const key = canonicalKey(s);
    pool.set(key, [...(pool.get(key) ?? []), s]);
  }
  const missing: Statement[] = [];
  for (const s of want.statements) {
    const same = pool.get(canonicalKey(s));
    if (same && same.length > 0) same.shift();
    else missing.push(s);
  }
  const unexpected = [...pool.values()].flat();
  const version =
    want.version !== undefined && have.version !== undefined && want.version !== have.version
      ? { expected: want.version, actual: have.version }
      : undefined;
  return {
    equal: missing.length === 0 && unexpected.length === 0 && version === undefined,
    missing,
    unexpected,
    ...(version ? { version } : {}),
  };
}

/**
 * One line for a report, e.g.
 * `"Sid": Allow kms:Encrypt, kms:GenerateDataKey for AWS arn:aws:iam::111111111111:root on * when 3 conditions hold`.
 */
export function describeStatement(s: Statement): string {
  const sid = s.Sid !== undefined ? `"${s.Sid}"` : '(no Sid)';
  const actions =
    s.Action !== undefined ? list(s.Action).join(', ') : `all but ${list(s.NotAction).join(', ')}`;
  const principal = describePrincipal(s.Principal, s.NotPrincipal);
  const resources =
    s.Resource !== undefined || s.NotResource !== undefined ? ` on ${describeResources(s)}` : '';
  const conditions = isObject(s.Condition)
    ? Object.values(s.Condition).reduce<number>(
        (n, keys) => n + (isObject(keys) ? Object.keys(keys).length : 0),
        0,
      )
    : 0;
  const when = conditions > 0 ? ` when ${conditions} condition${conditions === 1 ? '' : 's'} hold` : '';
  return `${sid}: ${s.Effect ?? '?'} ${actions}${principal}${resources}${when}`;
}

// ---- parsing ----

interface Document {
  readonly statements: Statement[];
  readonly version?: string;
}

function documentOf(input: unknown, side: string): Document {
  if (input === undefined || input === null || input === '') return { statements: [] };
  const doc = typeof input === 'string' ? parsePolicyText(input) : input;
  if (!isObject(doc)) throw new Error(`${side} policy: not a JSON object`);
  const raw = doc.Statement;
  const statements = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  statements.forEach((s, i) => {
    if (!isObject(s)) throw new Error(`${side} policy: Statement[${i}] is not an object`);
  });
  return {
    statements: statements as Statement[],
    ...(typeof doc.Version === 'string' ? { version: doc.Version } : {}),
  };
}

// ---- normalization ----

function canonicalKey(s: Statement): string {
  return stableJson(normalizeStatement(s));
}

function normalizeStatement(s: Statement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [element, value] of Object.entries(s)) {
    if (value === undefined) continue;
    switch (element) {
      case 'Action':
      case 'NotAction':
        out[element] = set(value, (a) => a.toLowerCase());
        break;
      case 'Resource':
      case 'NotResource':
        out[element] = set(value);
        break;
      case 'Principal':
      case 'NotPrincipal':
        out[element] = normalizePrincipal(value);
        break;
      case 'Condition':
        out[element] = normalizeCondition(value);
        break;
      default:
        out[element] = value;
    }
  }
  return out;
}

function normalizePrincipal(principal: unknown): unknown {
  if (principal === '*') return { AWS: ['*'] };
  if (!isObject(principal)) return principal;
  const out: Record<string, string[]> = {};
  for (const [kind, ids] of Object.entries(principal)) {
    out[kind] = set(ids, kind === 'AWS' ? accountIdOfRoot : (id) => id);
  }
  return out;
}

/** `arn:<partition>:iam::<id>:root` and `<id>` name the same principal: the account. */
function accountIdOfRoot(principal: string): string {
  return /^arn:[a-z-]+:iam::(\d{12}):root$/.exec(principal)?.[1] ?? principal;
}

function normalizeCondition(condition: unknown): unknown {
  if (!isObject(condition)) return condition;
  const out: Record<string, Record<string, string[]>> = {};
  for (const [operator, keys] of Object.entries(condition)) {
    if (!isObject(keys)) return condition;
    const normalized: Record<string, string[]> = {};
    for (const [key, values] of Object.entries(keys)) normalized[key.toLowerCase()] = set(values);
    out[operator] = normalized;
  }
  return out;
}

/** A value IAM reads as a set of strings: one string or a list, order and repeats irrelevant. */
function set(value: unknown, map: (v: string) => string = (v) => v): string[] {
  const items = Array.isArray(value) ? value : [value];
  return [...new Set(items.map((v) => map(typeof v === 'string' ? v : stableJson(v))))].sort();
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// ---- description ----

function describePrincipal(principal: unknown, notPrincipal: unknown): string {
  if (principal === undefined && notPrincipal === undefined) return '';
  const which = principal !== undefined ? 'for' : 'for all but';
  const p = principal ?? notPrincipal;
  if (p === '*') return ` ${which} *`;
  if (!isObject(p)) return ` ${which} ${stableJson(p)}`;
  const parts = Object.entries(p).map(([kind, ids]) => `${kind} ${list(ids).join(', ')}`);
  return ` ${which} ${parts.join('; ')}`;
}

function describeResources(s: Statement): string {
  return s.Resource !== undefined ? list(s.Resource).join(', ') : `all but ${list(s.NotResource).join(', ')}`;
}

function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map((v) => (typeof v === 'string' ? v : stableJson(v)));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
