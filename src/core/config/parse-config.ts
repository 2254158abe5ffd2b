import {
  CORE_SCHEMA,
  EVENT_ID,
  constructFromEvents,
  mergeTag,
  parseEvents,
  type Event,
  type YAMLException,
} from 'js-yaml';
import { createReporter } from './check-shape.js';
import { checkShape } from './check-shape.js';
import { checkSemantics } from './check-semantics.js';
import { configShape } from './config-shape.js';
import type { Config } from './config-types.js';
import type { Diagnostic, SourceLocation } from './diagnostic.js';
import { utf8Length } from './utf8.js';
import { eventStart, indexLocations, locator } from './yaml-locations.js';

export type ParseResult =
  | { readonly ok: true; readonly config: Config; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * The largest config file read. Everything a config says (rule ids, prefixes, tags) lands in the
 * source template, which CloudFormation caps at 1 MB, so a file twice that size cannot be a config
 * that deploys; the rest is room for comments. Parsing is what costs: a 5.9 MB file took 3.5 s of
 * CPU and 412 MiB before this cap.
 */
export const MAX_CONFIG_BYTES = 2 * 1024 * 1024;

/**
 * Aliases (`*name`) per config. Each one can stand for a whole subtree, which is how a small file
 * asks for unbounded work; a config has at most 1,000 rules and 100 destinations, and even one
 * alias per field of each stays far below this.
 */
export const MAX_ALIASES = 10_000;

/** YAML 1.2 core schema plus merge keys (`<<: *defaults`), which people use to share settings. */
const SCHEMA = CORE_SCHEMA.withTags(mergeTag);

/** YAML text → checked Config, or every problem found in one pass. Pure: never throws on input. */
export function parseConfig(text: string): ParseResult {
  const refused = (message: string, location?: SourceLocation): ParseResult => ({
    ok: false,
    diagnostics: [{ severity: 'error', path: '(root)', message, ...(location ? { location } : {}) }],
  });
  if (text.length > MAX_CONFIG_BYTES || utf8Length(text) > MAX_CONFIG_BYTES) {
    return refused(
      `the config file is ${utf8Length(text).toLocaleString('en-US')} bytes; the limit is ` +
        `${MAX_CONFIG_BYTES.toLocaleString('en-US')} (2 MiB). Everything a config says ends up in the ` +
        `source template, which CloudFormation caps at 1 MB, so a larger file cannot deploy: split the ` +
        `topology, or move long comments out of the file.`,
    );
  }
  if (!/^[ \t]*[^#\s]/m.test(text)) return refused('the config file is empty.');

  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, {});
    const aliases = events.filter((ev) => ev.type === EVENT_ID.ALIAS);
    if (aliases.length > MAX_ALIASES) {
      return refused(
        `the config uses ${aliases.length.toLocaleString('en-US')} aliases (*name); the limit is ` +
          `${MAX_ALIASES.toLocaleString('en-US')}. Each alias repeats a whole subtree, so a few can ask ` +
          `for unbounded work; no config needs this many.`,
        locator(text)(eventStart(aliases[MAX_ALIASES]!)),
      );
    }
    documents = constructFromEvents(events, {
      source: text,
      schema: SCHEMA,
      // js-yaml's default (10,000) would refuse 1,000 rules that each merge ten shared settings.
      maxTotalMergeKeys: 100_000,
    });
  } catch (e) {
    const mark = (e as Partial<YAMLException>).mark;
    const reason = (e as { reason?: string }).reason ?? (e instanceof Error ? e.message : String(e));
    return refused(
      `not valid YAML: ${reason}`,
      mark?.line !== undefined ? { line: mark.line + 1, column: (mark.column ?? 0) + 1 } : undefined,
    );
  }
  // A stray `---` at the end leaves an empty document behind: only documents with content count.
  const filled = documents.flatMap((value, n) =>
    value === undefined || value === null ? [] : [{ value, n }],
  );
  if (filled.length === 0) return refused('the config file is empty.');
  if (filled.length > 1) {
    return refused(
      'the file holds more than one YAML document (a second one starts here, after "---"): a config file ' +
        'is one document. Put each topology in its own file.',
      documentStart(text, events, filled[1]!.n),
    );
  }

  const locations = lazy(() => indexLocations(text, events));
  const report = createReporter(locations);
  const checked = checkShape(filled[0]!.value, configShape, [], { report, locations }) as
    Partial<Config> | undefined;
  if (checked) checkSemantics(checked, report);
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !checked) return { ok: false, diagnostics: sortByLocation(report.diagnostics) };
  return { ok: true, config: checked as Config, warnings: sortByLocation(report.diagnostics) };
}

/** The line of the `---` that starts document `n` (0-based), or of its first node. */
function documentStart(text: string, events: readonly Event[], n: number): SourceLocation | undefined {
  let seen = -1;
  for (let i = 0; i < events.length; i++) {
    if (events[i]!.type !== EVENT_ID.DOCUMENT || ++seen !== n) continue;
    const first = events.slice(i + 1).find((ev) => eventStart(ev) >= 0);
    if (!first) return undefined;
    const offset = eventStart(first);
    const marker = text.lastIndexOf('\n---', offset);
    return locator(text)(marker >= 0 ? marker + 1 : offset);
  }
  return undefined;
}

/** The value of `make`, computed on first call. */
export function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

export function sortByLocation(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      (a.location?.line ?? Infinity) - (b.location?.line ?? Infinity) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}
