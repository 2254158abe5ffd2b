import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event } from 'js-yaml';
import type { Path, SourceLocation } from './diagnostic.js';

/** What the YAML text said at a path: where it starts and, for scalars, the raw text. */
export interface NodeInfo {
  readonly location: SourceLocation;
  readonly raw?: string;
  /**
   * Set when the value is written elsewhere and reaches this path through an alias (`*name`) or a
   * merge key (`<<: *name`): where that alias or merge key is. `location` stays where the value is
   * written, the one place to change it.
   */
  readonly via?: { readonly location: SourceLocation; readonly kind: 'alias' | 'merge' };
}

export type LocationIndex = ReadonlyMap<string, NodeInfo>;

/** The map key for a path; shared with the validator so both sides agree. */
export function pathKey(path: Path): string {
  return JSON.stringify(path);
}

/**
 * Aliases and merge keys can make a small text stand for a very large tree; past this many entries
 * reached through them, the index stops following them (values there point at the alias instead).
 */
const EXPANDED_ENTRIES_BUDGET = 200_000;

/** 0-based offset → 1-based line and column. */
export function locator(source: string): (offset: number) => SourceLocation {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
}

/** Where a scalar's value begins (not its anchor or tag: a message about the value points at it). */
function valueStart(
  ev: Event & { readonly valueStart: number; readonly anchorStart: number; readonly tagStart: number },
): number {
  return ev.valueStart >= 0 ? ev.valueStart : Math.max(ev.anchorStart, ev.tagStart, 0);
}

/** Where an event's node begins in the text (its anchor or tag, if it has one), or -1. */
export function eventStart(ev: Event): number {
  switch (ev.type) {
    case EVENT_ID.SCALAR: {
      // Anchor and tag come before the value when present.
      let start = ev.valueStart;
      if (ev.tagStart >= 0 && (start < 0 || ev.tagStart < start)) start = ev.tagStart;
      if (ev.anchorStart >= 0 && (start < 0 || ev.anchorStart < start)) start = ev.anchorStart;
      return start;
    }
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return ev.start;
    case EVENT_ID.ALIAS:
      return ev.anchorStart - 1; // the "*"
    default:
      return -1;
  }
}

/**
 * js-yaml's loader drops source positions, so the event stream (which keeps offsets) is walked to
 * record where each value, and each mapping key, begins. Keys are recorded under the path of their
 * value with a `#key` suffix so "unknown key" errors point at the key itself. Aliases and merge
 * keys (`<<`) are followed the way the loader follows them, so every path the loaded value has is
 * found here too. Only the first document is indexed (a config is one document).
 *
 * Pass the events of the parse that loaded the value to avoid parsing the text again.
 */
export function indexLocations(source: string, parsed?: readonly Event[]): LocationIndex {
  const index = new Map<string, NodeInfo>();
  let events: readonly Event[];
  try {
    events = parsed ?? parseEvents(source, {});
  } catch {
    return index; // the loader reports the syntax error itself
  }
  const root = events.findIndex((ev) => ev.type === EVENT_ID.DOCUMENT) + 1;
  if (root <= 0 || root >= events.length || events[root]!.type === EVENT_ID.POP) return index;

  const locate = locator(source);
  const structure = describeStructure(source, events, locate);
  let expanded = 0;

  type Via = NodeInfo['via'];
  const set = (key: string, info: NodeInfo) => {
    if (info.via) expanded++;
    index.set(key, info);
  };
  // Path keys are built as text, the way pathKey spells them: `["rules",0` + `]`.
  const child = (open: string, part: string | number) =>
    `${open}${open === '[' ? '' : ','}${JSON.stringify(part)}`;

  const walk = (i: number, open: string, via: Via, depth: number): void => {
    const ev = events[i]!;
    const key = open + ']';
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        const info: NodeInfo = {
          location: locate(valueStart(ev)),
          raw: source.slice(ev.valueStart, ev.valueEnd),
        };
        set(key, via ? { ...info, via } : info);
        return;
      }
      case EVENT_ID.ALIAS: {
        const target = structure.aliasTarget.get(i);
        const here = locate(eventStart(ev));
        if (target === undefined || expanded >= EXPANDED_ENTRIES_BUDGET || depth > 50) {
          set(key, { location: here });
          return;
        }
        walk(target, open, via ?? { location: here, kind: 'alias' }, depth + 1);
        return;
      }
      case EVENT_ID.SEQUENCE: {
        set(key, via ? { location: locate(ev.start), via } : { location: locate(ev.start) });
        let n = 0;
        for (const item of structure.children(i)) {
          if (via && expanded >= EXPANDED_ENTRIES_BUDGET) return;
          walk(item, child(open, n++), via, depth + 1);
        }
        return;
      }
      case EVENT_ID.MAPPING: {
        set(key, via ? { location: locate(ev.start), via } : { location: locate(ev.start) });
        for (const pair of structure.pairs(i, depth)) {
          if ((via || pair.merge) && expanded >= EXPANDED_ENTRIES_BUDGET) return;
          const pairVia: Via = via ?? (pair.merge ? { location: pair.merge, kind: 'merge' } : undefined);
          const keyEvent = events[pair.key]!;
          const open2 = child(open, pair.name);
          const keyInfo: NodeInfo = {
            location: locate(keyEvent.type === EVENT_ID.SCALAR ? valueStart(keyEvent) : 0),
            raw: pair.name,
          };
          set(open2 + ']#key', pairVia ? { ...keyInfo, via: pairVia } : keyInfo);
          walk(pair.value, open2, pairVia, depth + 1);
        }
        return;
      }
      default:
        return;
    }
  };
  walk(root, '[', undefined, 0);
  return index;
}

/** One key: value pair of a mapping as the loader sees it, merged keys included. */
interface Pair {
  readonly name: string;
  /** Event index of the key scalar and of the value node. */
  readonly key: number;
  readonly value: number;
  /** Where the `<<` that brought this pair in is, for a merged pair. */
  readonly merge?: SourceLocation;
}

/**
 * The tree the event stream describes: where each collection ends, what each alias refers to
 * (the last anchor of that name before it, as YAML says), and the pairs of each mapping with merge
 * keys applied: the mapping's own keys win, then the merged mappings in order, the first one first.
 */
function describeStructure(
  source: string,
  events: readonly Event[],
  locate: (offset: number) => SourceLocation,
) {
  const end = new Int32Array(events.length);
  const aliasTarget = new Map<number, number>();
  const anchors = new Map<string, number>();
  const open: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) open.push(i);
    else if (ev.type === EVENT_ID.POP) {
      const start = open.pop();
      if (start !== undefined) end[start] = i;
    } else end[i] = i;
    if (
      (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE || ev.type === EVENT_ID.SCALAR) &&
      ev.anchorStart >= 0
    )
      anchors.set(source.slice(ev.anchorStart, ev.anchorEnd), i);
    if (ev.type === EVENT_ID.ALIAS) {
      const target = anchors.get(source.slice(ev.anchorStart, ev.anchorEnd));
      // An alias inside the node it names (a cycle) is not followed.
      if (target !== undefined && !(end[target] === 0 && open.includes(target))) aliasTarget.set(i, target);
    }
  }
  const children = (i: number): number[] => {
    const out: number[] = [];
    for (let j = i + 1; j < end[i]!; j = end[j]! + 1) out.push(j);
    return out;
  };
  const resolve = (i: number): number => {
    const target = events[i]!.type === EVENT_ID.ALIAS ? aliasTarget.get(i) : i;
    return target ?? -1;
  };
  const isMergeKey = (ev: Event): boolean =>
    ev.type === EVENT_ID.SCALAR &&
    ((ev.style === SCALAR_STYLE.PLAIN && ev.tagStart < 0 && getScalarValue(source, ev) === '<<') ||
      (ev.tagStart >= 0 && source.slice(ev.tagStart, ev.tagEnd) === '!!merge'));

  const pairs = (i: number, depth: number): Pair[] => {
    const own: Pair[] = [];
    const merges: { from: number; at: SourceLocation }[] = [];
    const items = children(i);
    for (let n = 0; n + 1 < items.length; n += 2) {
      const k = items[n]!;
      const v = items[n + 1]!;
      const keyEvent = events[k]!;
      if (keyEvent.type !== EVENT_ID.SCALAR) continue; // a complex key: the loader refuses or stringifies it
      if (isMergeKey(keyEvent)) {
        const at = locate(Math.max(eventStart(keyEvent), 0));
        const source = resolve(v);
        if (source < 0) continue;
        if (events[source]!.type === EVENT_ID.SEQUENCE)
          for (const item of children(source)) merges.push({ from: resolve(item), at });
        else merges.push({ from: source, at });
        continue;
      }
      own.push({ name: getScalarValue(source, keyEvent), key: k, value: v });
    }
    if (merges.length === 0 || depth > 50) return own;
    const seen = new Set(own.map((p) => p.name));
    const out = [...own];
    for (const m of merges) {
      if (m.from < 0 || events[m.from]!.type !== EVENT_ID.MAPPING) continue;
      for (const p of pairs(m.from, depth + 1)) {
        if (seen.has(p.name)) continue;
        seen.add(p.name);
        // The `<<` of this mapping brought it in, however the merged mapping got it.
        out.push({ ...p, merge: m.at });
      }
    }
    return out;
  };
  return { aliasTarget, children, pairs };
}

/**
 * The key as written, for a key js-yaml turned into a number and back (e.g. an unquoted account id
 * 012345678901 arrives as "12345678901"); undefined when the key was loaded as written.
 */
export function rawKeyOf(index: LocationIndex, parent: Path, loadedKey: string): string | undefined {
  const prefix = pathKey(parent).slice(0, -1);
  for (const [k, info] of index) {
    if (!k.endsWith('#key') || !k.startsWith(prefix) || info.raw === undefined || info.raw === loadedKey)
      continue;
    if (
      pathKey([...parent, info.raw]) + '#key' === k &&
      /^[0-9]+$/.test(info.raw) &&
      Number(info.raw) === Number(loadedKey)
    ) {
      return info.raw;
    }
  }
  return undefined;
}
