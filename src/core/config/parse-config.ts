import { load } from 'js-yaml';
import { createReporter } from './check-shape.js';
import { checkShape } from './check-shape.js';
import { checkSemantics } from './check-semantics.js';
import { configShape } from './config-shape.js';
import type { Config } from './config-types.js';
import type { Diagnostic } from './diagnostic.js';
import { indexLocations } from './yaml-locations.js';

export type ParseResult =
  | { readonly ok: true; readonly config: Config; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** YAML text → checked Config, or every problem found in one pass. Pure: never throws on input. */
export function parseConfig(text: string): ParseResult {
  if (!/^[ \t]*[^#\s]/m.test(text)) {
    return {
      ok: false,
      diagnostics: [{ severity: 'error', path: '(root)', message: 'the config file is empty.' }],
    };
  }
  let value: unknown;
  try {
    value = load(text);
  } catch (e) {
    const mark = (e as { mark?: { line?: number; column?: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? (e instanceof Error ? e.message : String(e));
    return {
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          path: '(root)',
          message: `not valid YAML: ${reason}`,
          ...(mark?.line !== undefined
            ? { location: { line: mark.line + 1, column: (mark.column ?? 0) + 1 } }
            : {}),
        },
      ],
    };
  }
  if (value === undefined || value === null) {
    return {
      ok: false,
      diagnostics: [{ severity: 'error', path: '(root)', message: 'the config file is empty.' }],
    };
  }
  const locations = indexLocations(text);
  const report = createReporter(locations);
  const checked = checkShape(value, configShape, [], { report, locations }) as Partial<Config> | undefined;
  if (checked) checkSemantics(checked, report);
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !checked) return { ok: false, diagnostics: sortByLocation(report.diagnostics) };
  return { ok: true, config: checked as Config, warnings: sortByLocation(report.diagnostics) };
}

function sortByLocation(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      (a.location?.line ?? Infinity) - (b.location?.line ?? Infinity) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}
