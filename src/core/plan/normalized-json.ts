/**
 * Property values as stable, readable JSON, so that two values differ only where their meaning does:
 * policy text parsed, keys sorted, and lists whose order IAM ignores sorted. Used wherever a report
 * compares or shows policies and rules (drift's diffs, the plan's permission and rule tables).
 */
/** A property value as stable, readable JSON: policy text parsed, keys sorted, action lists sorted. */
export function normalizedText(value: unknown): string {
  return JSON.stringify(normalize(parseIfJson(value)), null, 2);
}

/** Policy documents arrive as JSON text or as objects; either reads as the object. */
export function parseIfJson(v: unknown): unknown {
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
