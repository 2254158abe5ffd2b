import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';
import type { Path, SourceLocation } from './diagnostic.js';

/** What the YAML text said at a path: where it starts and, for scalars, the raw text. */
export interface NodeInfo {
  readonly location: SourceLocation;
  readonly raw?: string;
}

export type LocationIndex = ReadonlyMap<string, NodeInfo>;

/** The map key for a path; shared with the validator so both sides agree. */
export function pathKey(path: Path): string {
  return JSON.stringify(path);
}

/**
 * js-yaml's loader drops source positions, so the event stream (which keeps offsets) is walked
 * once more to record where each value, and each mapping key, begins. Keys are recorded under
 * the path of their value with a `#key` suffix so "unknown key" errors point at the key itself.
 */
export function indexLocations(source: string): LocationIndex {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const locate = (offset: number): SourceLocation => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };

  const index = new Map<string, NodeInfo>();
  let events: Event[];
  try {
    events = parseEvents(source, {});
  } catch {
    return index; // the loader reports the syntax error itself
  }

  type Frame = { kind: 'seq'; path: Path; next: number } | { kind: 'map'; path: Path; key?: string };
  const stack: Frame[] = [];

  const childPath = (): Path | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.kind === 'seq') return [...top.path, top.next++];
    if (top.key === undefined) return undefined; // this node is a key
    const p = [...top.path, top.key];
    top.key = undefined;
    return p;
  };

  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        const top = stack[stack.length - 1];
        const path = childPath();
        const start = ev.valueStart >= 0 ? ev.valueStart : Math.max(ev.anchorStart, ev.tagStart, 0);
        if (path === undefined && top?.kind === 'map') {
          top.key = getScalarValue(source, ev);
          index.set(pathKey([...top.path, top.key]) + '#key', { location: locate(start), raw: top.key });
        } else if (path) {
          index.set(pathKey(path), {
            location: locate(start),
            raw: source.slice(ev.valueStart, ev.valueEnd),
          });
        }
        break;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const path = childPath() ?? [];
        index.set(pathKey(path), { location: locate(ev.start) });
        stack.push(ev.type === EVENT_ID.MAPPING ? { kind: 'map', path } : { kind: 'seq', path, next: 0 });
        break;
      }
      case EVENT_ID.ALIAS:
        childPath();
        break;
      case EVENT_ID.POP:
        stack.pop();
        break;
      default:
        break;
    }
  }
  return index;
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
