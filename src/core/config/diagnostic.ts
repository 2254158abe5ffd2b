import { printable, quote } from '../quote.js';

/** Where in the config file a value came from; line and column are 1-based. */
export interface SourceLocation {
  readonly line: number;
  readonly column: number;
}

/** One problem found in a config. `path` is the JSON-ish path, e.g. `destinations[1].region`. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly path: string;
  readonly message: string;
  readonly location?: SourceLocation;
}

export type Path = readonly (string | number)[];

/** An error found after the config was read (in the topology or the templates), before it is located. */
export interface Problem {
  readonly path: Path;
  readonly message: string;
  /**
   * Where to point instead, the first the config writes, when it does not write `path`: a
   * default nobody wrote has no line of its own.
   */
  readonly orElse?: readonly Path[];
}

/** Renders a path the way users write it: `destinations[1].region`, `accounts["111111111111"]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${quote(part)}]`;
  }
  return out === '' ? '(root)' : out;
}

export function formatDiagnostic(d: Diagnostic, file?: string): string {
  // A file name is untrusted text too: one diagnostic, one line.
  const where = [file === undefined ? undefined : printable(file), d.location?.line, d.location?.column]
    .filter((x) => x !== undefined)
    .join(':');
  return `${where === '' ? '' : `${where}: `}${d.severity} ${d.path}: ${d.message}`;
}

/** Human text for a list of diagnostics, capped so a broken file does not flood the log. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], file?: string, cap = 50): string {
  const shown = diagnostics.slice(0, cap).map((d) => formatDiagnostic(d, file));
  if (diagnostics.length > cap) shown.push(`… and ${diagnostics.length - cap} more`);
  return shown.join('\n');
}
