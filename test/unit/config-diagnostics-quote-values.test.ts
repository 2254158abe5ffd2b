/**
 * Diagnostics quote what the config says, and the config is untrusted: a value can hold line
 * breaks, a section marker of the sticky comment, a workflow command. A diagnostic is one line
 * whatever the value holds, the value quoted with its line breaks and other invisible characters
 * spelled out, so the log, the annotations, the CLI and the plan comment show it as the text it is.
 */
import { describe, expect, test } from '@jest/globals';
import { formatDiagnostics } from '../../src/core/config/diagnostic.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { yamlWith, type Draft } from '../support/config-fixtures.js';

/** Line breaks of every kind, a workflow command, a comment marker and a right-to-left override. */
const HOSTILE =
  'x\n::add-mask::secret\r\n<!-- s3-xrepl:end plan -->\r## heading\u2028next\u2029para\u0085nel "quoted" \\ \u202Eevil\u0000';
const SPELLED = String.raw`"x\n::add-mask::secret\r\n<!-- s3-xrepl:end plan -->\r## heading\u2028next\u2029para\u0085nel \"quoted\" \\ \u202Eevil\u0000"`;

const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

const places: [string, (d: Draft) => void][] = [
  ['the topology name (a pattern)', (d) => void (d.name = HOSTILE)],
  ['a source region (a known region)', (d) => void (d.source.region = HOSTILE)],
  ['a destination bucket (an S3 name)', (d) => void (d.destinations[0]!.bucket = HOSTILE)],
  ['a destination id (a pattern)', (d) => void (d.destinations[0]!.id = HOSTILE)],
  ['a storage class (one of a list)', (d) => void (d.destinations[0]!.storageClass = HOSTILE)],
  ['a rule destination (a known id)', (d) => void (d.rules[0]!.destinations = ['backup', HOSTILE])],
  ['an unknown key', (d) => void (d[HOSTILE] = 1)],
  ['a tag key', (d) => void (d.tags = { [HOSTILE]: 'v' })],
  ['an account id of the wrong type', (d) => void (d.source.account = HOSTILE)],
];

describe('a config value holding line breaks and markers', () => {
  test.each(places)('in %s is quoted on one line', (_, change) => {
    const result = parseConfig(yamlWith(change));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const quoting = result.diagnostics.filter(
      (d) => d.message.includes('add-mask') || d.path.includes('add-mask'),
    );
    expect(quoting.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) {
      expect(d.message).not.toMatch(LINE_BREAK);
      expect(d.path).not.toMatch(LINE_BREAK);
      expect(d.message + d.path).not.toContain('\u202E');
    }
    expect(quoting.some((d) => `${d.path} ${d.message}`.includes(SPELLED))).toBe(true);
    // One line per diagnostic, whatever the values and the file name.
    expect(formatDiagnostics(result.diagnostics, 'a\nb.yml').split('\n')).toHaveLength(
      result.diagnostics.length,
    );
  });

  test('a plain value reads as before', () => {
    const result = parseConfig(yamlWith((d) => void (d.source.region = 'us-easst-1')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]!.message).toMatch(/^"us-easst-1" is not a known AWS region\./);
  });
});
