/**
 * Fixtures for the config validation tests: one valid base config, as an object to change and dump
 * and as hand-written YAML whose line numbers the location tests rely on, plus small helpers that
 * turn a parse result into readable assertions.
 */
import { dump } from 'js-yaml';
import type { Diagnostic } from '../../src/core/config/diagnostic.js';
import { parseConfig, type ParseResult } from '../../src/core/config/parse-config.js';

/** A config under construction: known fields typed loosely, any other key allowed (for typos). */
export interface Draft {
  [key: string]: unknown;
  name?: unknown;
  source: DraftNode;
  destinations: DraftNode[];
  rules: DraftRule[];
  accounts?: Record<string, DraftNode>;
  tags?: Record<string, unknown>;
  options?: DraftNode;
}
export interface DraftNode {
  [key: string]: unknown;
}
export interface DraftRule {
  [key: string]: unknown;
  destinations?: unknown;
  filter?: { prefix?: unknown; tags?: Record<string, unknown> };
}

export const SOURCE_ACCOUNT = '111111111111';
export const BACKUP_ACCOUNT = '222222222222';
export const ANALYTICS_ACCOUNT = '333333333333';

/** A valid key ARN for destinations[0] (backup: account 222222222222, us-west-2). */
export const BACKUP_KEY_ARN = 'arn:aws:kms:us-west-2:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** One source in us-east-1, two destinations in two other accounts, one rule using both. */
export function baseDraft(): Draft {
  return {
    name: 'demo',
    source: { account: SOURCE_ACCOUNT, region: 'us-east-1', bucket: 'demo-source' },
    destinations: [
      { id: 'backup', account: BACKUP_ACCOUNT, region: 'us-west-2', bucket: 'demo-backup' },
      { id: 'analytics', account: ANALYTICS_ACCOUNT, region: 'eu-west-1', bucket: 'demo-analytics' },
    ],
    rules: [{ id: 'everything', priority: 1, destinations: ['backup', 'analytics'] }],
  };
}

/** The base config with one change applied, as YAML text. */
export function yamlWith(change: (draft: Draft) => void): string {
  const draft = baseDraft();
  change(draft);
  return dump(draft);
}

/** The same config as baseDraft, written by hand; the line numbers in the comments are relied on. */
export const BASE_YAML = [
  'name: demo', //                             1
  'source:', //                                2
  "  account: '111111111111'", //              3
  '  region: us-east-1', //                    4
  '  bucket: demo-source', //                  5
  'destinations:', //                          6
  '  - id: backup', //                         7
  "    account: '222222222222'", //            8
  '    region: us-west-2', //                  9
  '    bucket: demo-backup', //                10
  '  - id: analytics', //                      11
  "    account: '333333333333'", //            12
  '    region: eu-west-1', //                  13
  '    bucket: demo-analytics', //             14
  'rules:', //                                 15
  '  - id: everything', //                     16
  '    priority: 1', //                        17
  '    destinations: [backup, analytics]', //  18
  '',
].join('\n');

/** BASE_YAML with one exact piece of text replaced; throws if the text is not there exactly once. */
export function baseYamlWith(find: string, replace: string): string {
  const at = BASE_YAML.indexOf(find);
  if (at < 0 || BASE_YAML.indexOf(find, at + 1) >= 0)
    throw new Error(`fixture: ${JSON.stringify(find)} must occur exactly once in BASE_YAML`);
  return BASE_YAML.slice(0, at) + replace + BASE_YAML.slice(at + find.length);
}

export const parse = (text: string): ParseResult => parseConfig(text);

export function errorsOf(result: ParseResult): readonly Diagnostic[] {
  return result.ok ? [] : result.diagnostics.filter((d) => d.severity === 'error');
}

export function warningsOf(result: ParseResult): readonly Diagnostic[] {
  return (result.ok ? result.warnings : result.diagnostics).filter((d) => d.severity === 'warning');
}

const messageMatcher = (message: string | RegExp) =>
  typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message);

/** THEN the config is refused with exactly this one error (the diff shows every diagnostic if not). */
export function expectOnlyError(text: string, path: string, message: string | RegExp): Diagnostic {
  const result = parse(text);
  expect(result.ok).toBe(false);
  const errors = errorsOf(result);
  expect(errors).toEqual([
    expect.objectContaining({ severity: 'error', path, message: messageMatcher(message) }),
  ]);
  return errors[0]!;
}

/** THEN the config is refused and one of its errors is this one (others may follow from the change). */
export function expectErrorAmong(text: string, path: string, message: string | RegExp): Diagnostic {
  const result = parse(text);
  expect(result.ok).toBe(false);
  const errors = errorsOf(result);
  expect(errors).toContainEqual(
    expect.objectContaining({ severity: 'error', path, message: messageMatcher(message) }),
  );
  return errors.find((d) => d.path === path)!;
}

/** THEN the config is accepted, with exactly these warnings (none when omitted). */
export function expectAccepted(text: string, warnings: { path: string; message: string | RegExp }[] = []) {
  const result = parse(text);
  expect(result.ok ? [] : result.diagnostics).toEqual([]);
  expect(warningsOf(result)).toEqual(
    warnings.map((w) =>
      expect.objectContaining({ severity: 'warning', path: w.path, message: messageMatcher(w.message) }),
    ),
  );
  if (!result.ok) throw new Error('unreachable');
  return result;
}
