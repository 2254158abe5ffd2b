import type { ResourceChange } from './resource-change.js';

/**
 * The properties that make or break replication: a reviewer must see exactly how they change.
 * Everything else is listed by name only.
 */
const WATCHED: readonly { type: string; property: string; label: string }[] = [
  { type: 'AWS::IAM::Role', property: 'Policies', label: 'replication role policy' },
  { type: 'AWS::S3::BucketPolicy', property: 'PolicyDocument', label: 'bucket policy' },
  { type: 'AWS::KMS::Key', property: 'KeyPolicy', label: 'key policy' },
  { type: 'AWS::S3::Bucket', property: 'ReplicationConfiguration', label: 'replication rules' },
];

export interface WatchedChange {
  readonly logicalId: string;
  readonly label: string;
  /** Pretty, normalized JSON text; absent when the property did not exist on that side. */
  readonly before?: string;
  readonly after?: string;
}

/** Before/after texts of the watched properties a change touches, normalized so only meaning differs. */
export function watchedChanges(change: ResourceChange): WatchedChange[] {
  const out: WatchedChange[] = [];
  for (const w of WATCHED) {
    if (w.type !== change.resourceType) continue;
    const before = change.before?.[w.property];
    const after = change.after?.[w.property];
    const b = before === undefined ? undefined : normalizedText(before);
    const a = after === undefined ? undefined : normalizedText(after);
    if (b === a) continue;
    out.push({
      logicalId: change.logicalId,
      label: w.label,
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
    });
  }
  return out;
}

/** A property value as stable, readable JSON: policy text parsed, keys sorted, action lists sorted. */
export function normalizedText(value: unknown): string {
  return JSON.stringify(normalize(parseIfJson(value)), null, 2);
}

function parseIfJson(v: unknown): unknown {
  if (typeof v !== 'string' || !/^\s*[{[]/.test(v)) return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
}

/** Lists whose order carries no meaning in IAM: actions, resources, principals. */
const UNORDERED_KEYS = new Set(['Action', 'NotAction', 'Resource', 'NotResource', 'AWS', 'Service']);

/**
 * Statement order carries no meaning: sorted by Sid (then by content), so a reordering shows no
 * diff and an edited statement stays where its Sid puts it.
 */
function sortStatements(items: unknown[]): unknown[] {
  const sid = (x: unknown) =>
    typeof x === 'object' && x !== null ? String((x as { Sid?: unknown }).Sid ?? '') : '';
  return items
    .map((x) => ({ x, sid: sid(x), text: JSON.stringify(x) }))
    .sort((a, b) =>
      a.sid === b.sid ? (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) : a.sid < b.sid ? -1 : 1,
    )
    .map((e) => e.x);
}

function normalize(v: unknown, key?: string): unknown {
  v = parseIfJson(v);
  if (Array.isArray(v)) {
    const items = v.map((x) => normalize(x));
    if (key === 'Statement') return sortStatements(items);
    return key && UNORDERED_KEYS.has(key) && items.every((x) => typeof x === 'string')
      ? [...(items as string[])].sort()
      : items;
  }
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, normalize(o[k], k)]),
    );
  }
  return v;
}
