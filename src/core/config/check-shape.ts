import type { Diagnostic, Path } from './diagnostic.js';
import { formatPath } from './diagnostic.js';
import { quote } from '../quote.js';
import { suggestion } from './did-you-mean.js';
import type { Shape } from './shape.js';
import { pathKey, rawKeyOf, type LocationIndex, type NodeInfo } from './yaml-locations.js';

export interface Reporter {
  error(path: Path, message: string, opts?: { atKey?: boolean }): void;
  warning(path: Path, message: string): void;
  readonly diagnostics: Diagnostic[];
}

/**
 * Collects diagnostics and gives each the line and column of its path. The location index is a
 * second walk over the YAML, so it is built only when the first diagnostic needs it (a valid config
 * never builds it unless a check needs what the text said: see `checkShape`).
 */
export function createReporter(locations: () => LocationIndex): Reporter {
  const diagnostics: Diagnostic[] = [];
  const push = (severity: Diagnostic['severity'], path: Path, message: string, atKey = false) => {
    const index = locations();
    const key = pathKey(path);
    const info = (atKey ? index.get(key + '#key') : undefined) ?? index.get(key) ?? nearest(index, path);
    diagnostics.push({
      severity,
      path: formatPath(path),
      message: info?.via ? `${message} ${viaText(info.via)}` : message,
      ...(info ? { location: info.location } : {}),
    });
  };
  // A missing property has no position of its own: point at the object that lacks it.
  const nearest = (index: LocationIndex, path: Path) => {
    for (let n = path.length - 1; n >= 0; n--) {
      const hit = index.get(pathKey(path.slice(0, n)));
      if (hit) return hit;
    }
    return undefined;
  };
  return {
    diagnostics,
    error: (path, message, opts) => push('error', path, message, opts?.atKey ?? false),
    warning: (path, message) => push('warning', path, message),
  };
}

/** A value shared through an alias or a merge key is written once: say how it reached this path. */
function viaText(via: NonNullable<NodeInfo['via']>): string {
  return via.kind === 'merge'
    ? `(merged in by the "<<" at line ${via.location.line})`
    : `(through the alias at line ${via.location.line})`;
}

const typeName = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a mapping'
        : `the ${typeof v} ${typeof v === 'string' ? quote(v) : JSON.stringify(v)}`;

/**
 * Walks `value` against `shape`, reporting every mismatch, and returns the value with accounts
 * normalised to strings (or undefined where the value is unusable). It never throws on user input.
 */
export function checkShape(
  value: unknown,
  shape: Shape,
  path: Path,
  ctx: { report: Reporter; locations: () => LocationIndex },
): unknown {
  const { report } = ctx;
  switch (shape.type) {
    case 'account': {
      if (typeof value === 'number') {
        // YAML turned an unquoted id into a number. Twelve digits with no leading zero survive any
        // YAML reader; a leading zero is already lost here and in every other tool that reads the file.
        const raw = ctx.locations().get(pathKey(path))?.raw ?? String(value);
        if (/^[1-9][0-9]{11}$/.test(raw)) return raw;
        report.error(
          path,
          /^0/.test(raw)
            ? `account id ${raw} must be in quotes ("${raw}"): unquoted, YAML reads it as the number ${value} and drops the leading zero.`
            : `account id ${raw} must be 12 digits, written in quotes ("${raw}").`,
        );
        return undefined;
      }
      if (typeof value !== 'string' || !/^[0-9]{12}$/.test(value)) {
        report.error(path, `must be a 12-digit AWS account id in quotes, got ${typeName(value)}.`);
        return undefined;
      }
      return value;
    }
    case 'string': {
      if (typeof value !== 'string') {
        report.error(path, `must be a string, got ${typeName(value)}.`);
        return undefined;
      }
      if (LONE_SURROGATE.test(value)) {
        report.error(path, `${quote(value)} is not valid Unicode (a lone UTF-16 surrogate): AWS refuses it.`);
        return undefined;
      }
      if (shape.enum && !shape.enum.includes(value)) {
        report.error(
          path,
          `${quote(value)} is not one of ${shape.enum.join(', ')}.${suggestion(value, shape.enum)}`,
        );
        return undefined;
      }
      const problem =
        shape.minLength !== undefined && value.length < shape.minLength
          ? shape.minLength === 1
            ? 'must not be empty.'
            : `must be at least ${shape.minLength} characters long.`
          : shape.maxLength !== undefined && value.length > shape.maxLength
            ? `must be at most ${shape.maxLength} characters long (it has ${value.length}).`
            : shape.pattern && !new RegExp(shape.pattern, 'u').test(value)
              ? `${quote(value)} is not valid: ${shape.patternHint ?? `must match ${shape.pattern}`}.`
              : undefined;
      if (problem !== undefined) {
        report.error(path, shape.explain?.(value) ?? problem);
        return undefined;
      }
      return value;
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        report.error(path, `must be a whole number, got ${typeName(value)}.`);
        return undefined;
      }
      if (
        (shape.minimum !== undefined && value < shape.minimum) ||
        (shape.maximum !== undefined && value > shape.maximum)
      ) {
        report.error(
          path,
          `must be between ${shape.minimum ?? '-∞'} and ${shape.maximum ?? '∞'}, got ${value}.`,
        );
        return undefined;
      }
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') {
        report.error(path, `must be true or false, got ${typeName(value)}.`);
        return undefined;
      }
      return value;
    case 'array': {
      if (!Array.isArray(value)) {
        report.error(path, `must be a list, got ${typeName(value)}.`);
        return undefined;
      }
      if (shape.minItems !== undefined && value.length < shape.minItems) {
        report.error(path, `must have at least ${shape.minItems} item${shape.minItems === 1 ? '' : 's'}.`);
      }
      if (shape.maxItems !== undefined && value.length > shape.maxItems) {
        report.error(path, `must have at most ${shape.maxItems} items (it has ${value.length}).`);
      }
      // Aliases let a short text repeat a long list many times over: past the limit, stop looking.
      const items = shape.maxItems !== undefined ? value.slice(0, shape.maxItems) : value;
      return items.map((item, i) => checkShape(item, shape.items, [...path, i], ctx));
    }
    case 'map': {
      if (!isPlainObject(value)) {
        report.error(path, `must be a mapping, got ${typeName(value)}.`);
        return undefined;
      }
      const entries = Object.entries(value);
      if (shape.maxEntries !== undefined && entries.length > shape.maxEntries) {
        report.error(path, `must have at most ${shape.maxEntries} entries (it has ${entries.length}).`);
      }
      const out: Record<string, unknown> = {};
      for (const [k, v] of shape.maxEntries !== undefined ? entries.slice(0, shape.maxEntries) : entries) {
        if (!usableKey(k, path, report)) continue;
        const keyTooLong = shape.keyMaxLength !== undefined && k.length > shape.keyMaxLength;
        if (keyTooLong || (shape.keyPattern && !new RegExp(shape.keyPattern, 'u').test(k))) {
          const raw = keyTooLong ? undefined : rawKeyOf(ctx.locations(), path, k);
          if (raw !== undefined) {
            report.error(
              [...path, raw],
              `key ${raw} must be in quotes ("${raw}"): unquoted, YAML reads it as the number ${k}.`,
              {
                atKey: true,
              },
            );
            continue;
          }
          report.error(
            [...path, k],
            shape.explainKey?.(k) ??
              `key ${quote(k)} is not valid: ${shape.keyHint ?? `must match ${shape.keyPattern}`}.`,
            { atKey: true },
          );
          continue;
        }
        const checked = checkShape(v, shape.values, [...path, k], ctx);
        if (checked !== undefined) out[k] = checked;
      }
      return out;
    }
    case 'object': {
      if (!isPlainObject(value)) {
        report.error(path, `must be a mapping, got ${typeName(value)}.`);
        return undefined;
      }
      const known = Object.keys(shape.properties);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (!usableKey(k, path, report)) continue;
        if (shape.extensionPrefix !== undefined && k.startsWith(shape.extensionPrefix)) continue;
        const child = Object.hasOwn(shape.properties, k) ? shape.properties[k] : undefined;
        if (!child) {
          const extensions =
            shape.extensionPrefix === undefined
              ? ''
              : ` Keys starting with "${shape.extensionPrefix}" are ignored (a place for YAML anchors).`;
          report.error(
            [...path, k],
            `unknown key ${quote(k)}.${suggestion(k, known) || ` Allowed: ${known.join(', ')}.`}${extensions}`,
            { atKey: true },
          );
          continue;
        }
        const checked = checkShape(v, child, [...path, k], ctx);
        if (checked !== undefined) out[k] = checked;
      }
      for (const req of shape.required ?? []) {
        if (!(req in value))
          report.error(
            [...path, req],
            `required key "${req}" is missing: ${shape.properties[req]?.description ?? ''}`.trim(),
          );
      }
      return out;
    }
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A UTF-16 surrogate without its pair: no valid Unicode text contains one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Keys a JavaScript object cannot hold as data (`__proto__` would set the prototype and vanish) or
 * that are not valid Unicode are refused by name, never dropped in silence.
 */
function usableKey(key: string, path: Path, report: Reporter): boolean {
  if (key === '__proto__') {
    report.error([...path, key], 'the key "__proto__" cannot be used: rename it.', { atKey: true });
    return false;
  }
  if (LONE_SURROGATE.test(key)) {
    report.error([...path, key], `the key ${quote(key)} is not valid Unicode (a lone UTF-16 surrogate).`, {
      atKey: true,
    });
    return false;
  }
  return true;
}
