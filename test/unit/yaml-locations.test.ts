/**
 * Where diagnostics point in the YAML text, and what happens when the text is not a config at all:
 * syntax errors, an empty file, duplicate keys. Line numbers refer to BASE_YAML in
 * test/support/config-fixtures.ts (1-based, as editors show them).
 */
import { formatDiagnostic, formatDiagnostics } from '../../src/core/config/diagnostic.js';
import {
  BASE_YAML,
  baseYamlWith,
  expectAccepted,
  expectErrorAmong,
  expectOnlyError,
  parse,
} from '../support/config-fixtures.js';

describe('locations of values', () => {
  test('points an unknown region at the value', () => {
    const d = expectOnlyError(
      baseYamlWith('region: us-east-1', 'region: us-est-1'),
      'source.region',
      'us-east-1',
    );
    expect(d.location).toEqual({ line: 4, column: 11 });
  });

  test('points a destination bucket that is the source bucket at the value', () => {
    const text = baseYamlWith('bucket: demo-backup', 'bucket: demo-source');
    const d = expectOnlyError(text, 'destinations[0].bucket', 'is the source bucket');
    expect(d.location).toEqual({ line: 10, column: 13 });
  });

  test('points a duplicate destination id at the second id', () => {
    const text = baseYamlWith('- id: analytics', '- id: backup').replace('[backup, analytics]', '[backup]');
    const d = expectOnlyError(text, 'destinations[1].id', 'duplicate destination id "backup"');
    expect(d.location).toEqual({ line: 11, column: 9 });
  });

  test('points an unknown destination id at the item of the flow list', () => {
    const text = baseYamlWith('[backup, analytics]', '[backup, analytcs]');
    const d = expectOnlyError(text, 'rules[0].destinations[1]', 'Did you mean "analytics"?');
    expect(d.location).toEqual({ line: 18, column: 28 });
  });

  test('points a wrong type at the value', () => {
    const text = baseYamlWith('priority: 1', 'priority: high');
    const d = expectOnlyError(text, 'rules[0].priority', 'must be a whole number');
    expect(d.location).toEqual({ line: 17, column: 15 });
  });

  test('points a quoted account id at its first character inside the quotes', () => {
    const text = baseYamlWith("'222222222222'", "'2222222222'");
    const d = expectOnlyError(text, 'destinations[0].account', '12-digit');
    expect(d.location).toEqual({ line: 8, column: 15 });
  });

  test('points the rule-count error at the rules list', () => {
    const rules = Array.from(
      { length: 501 },
      (_, i) => `  - id: r${i}\n    priority: ${i}\n    destinations: [backup, analytics]`,
    ).join('\n');
    const text = BASE_YAML.slice(0, BASE_YAML.indexOf('rules:')) + `rules:\n${rules}\n`;
    const d = expectOnlyError(text, 'rules', '1002');
    expect(d.location).toEqual({ line: 16, column: 3 });
  });

  test('points the unused-destination warning at the destination id', () => {
    const { warnings } = expectAccepted(baseYamlWith('[backup, analytics]', '[backup]'), [
      { path: 'destinations[1].id', message: 'no rule replicates to "analytics"' },
    ]);
    expect(warnings[0]!.location).toEqual({ line: 11, column: 9 });
  });
});

describe('locations of keys', () => {
  test('points an unknown key at the key itself', () => {
    const text = baseYamlWith('  bucket: demo-source', '  bucket: demo-source\n  kmskey: create');
    const d = expectOnlyError(text, 'source.kmskey', 'Did you mean "kmsKey"?');
    expect(d.location).toEqual({ line: 6, column: 3 });
  });

  test('points an unknown key inside a list item at the key itself', () => {
    const text = baseYamlWith(
      '    bucket: demo-backup',
      '    bucket: demo-backup\n    storageclass: GLACIER',
    );
    const d = expectOnlyError(text, 'destinations[0].storageclass', 'Did you mean "storageClass"?');
    expect(d.location).toEqual({ line: 11, column: 5 });
  });

  test('points an invalid accounts key at the key itself', () => {
    const text = `${BASE_YAML}accounts:\n  prod:\n    deployRole: deployer\n`;
    const d = expectOnlyError(text, 'accounts.prod', 'a 12-digit account id');
    expect(d.location).toEqual({ line: 20, column: 3 });
  });
});

describe('locations of missing keys', () => {
  test('points a missing source key at the source mapping', () => {
    const text = baseYamlWith('  bucket: demo-source\n', '');
    const d = expectOnlyError(text, 'source.bucket', 'required key "bucket" is missing');
    expect(d.location).toEqual({ line: 3, column: 3 });
  });

  test('points a missing key of a list item at that item', () => {
    const text = baseYamlWith('    bucket: demo-analytics\n', '');
    const d = expectOnlyError(text, 'destinations[1].bucket', 'required key "bucket" is missing');
    expect(d.location).toEqual({ line: 11, column: 5 });
  });

  test('points a missing top-level key at the start of the document', () => {
    const text = baseYamlWith('name: demo\n', '');
    const d = expectOnlyError(text, 'name', 'required key "name" is missing');
    expect(d.location).toEqual({ line: 1, column: 1 });
  });
});

describe('every problem in one run', () => {
  test('reports five independent errors, sorted by line', () => {
    // GIVEN five unrelated mistakes; the semantic ones (region, bucket) are found after the shape ones
    const text = baseYamlWith('name: demo', 'name: Demo')
      .replace('region: us-east-1', 'region: us-est-1')
      .replace('bucket: demo-backup', 'bucket: Demo-Backup')
      .replace('region: eu-west-1', 'region: eu-west-1\n    storageclass: GLACIER')
      .replace('priority: 1', 'priority: first');
    const result = parse(text);
    expect(result.ok).toBe(false);
    const diagnostics = result.ok ? [] : result.diagnostics;
    // THEN all five are reported, in the order of the file
    expect(diagnostics.map((d) => [d.location?.line, d.path])).toEqual([
      [1, 'name'],
      [4, 'source.region'],
      [10, 'destinations[0].bucket'],
      [14, 'destinations[1].storageclass'],
      [18, 'rules[0].priority'],
    ]);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  test('sorts diagnostics on one line by column', () => {
    const text = baseYamlWith('[backup, analytics]', '[zzz, yyy]');
    const result = parse(text);
    const diagnostics = result.ok ? [] : result.diagnostics.filter((d) => d.severity === 'error');
    expect(diagnostics.map((d) => [d.path, d.location])).toEqual([
      ['rules[0].destinations[0]', { line: 18, column: 20 }],
      ['rules[0].destinations[1]', { line: 18, column: 25 }],
    ]);
  });
});

describe('text that is not a config', () => {
  test('reports a YAML syntax error as one diagnostic with its line and column', () => {
    const text = baseYamlWith('  region: us-east-1', ' region: us-east-1');
    const result = parse(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.diagnostics).toEqual([
      {
        severity: 'error',
        path: '(root)',
        message: expect.stringMatching(/^not valid YAML: .*indentation/),
        location: { line: 4, column: 2 },
      },
    ]);
  });

  test('reports an unclosed flow list as one diagnostic with a location', () => {
    const text = baseYamlWith('[backup, analytics]', '[backup, analytics');
    const result = parse(text);
    expect(result.ok ? [] : result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: '(root)',
        message: expect.stringContaining('not valid YAML'),
        location: expect.objectContaining({ line: expect.any(Number), column: expect.any(Number) }),
      }),
    ]);
  });

  test('reports a duplicate top-level key with the line of the second one', () => {
    const result = parse(`name: other\n${BASE_YAML}`);
    expect(result.ok ? [] : result.diagnostics).toEqual([
      {
        severity: 'error',
        path: '(root)',
        message: expect.stringMatching(/not valid YAML: .*duplicated mapping key/),
        location: { line: 2, column: 1 },
      },
    ]);
  });

  test('reports a duplicate nested key with its line', () => {
    const text = baseYamlWith('  bucket: demo-source', '  bucket: demo-source\n  region: us-east-2');
    const result = parse(text);
    expect(result.ok ? [] : result.diagnostics).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('duplicated mapping key'),
        location: { line: 6, column: 3 },
      }),
    ]);
  });

  test.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n\n'],
    ['a file with only comments', '# nothing here yet\n'],
    ['a document marker alone', '---\n'],
    ['an explicit null', '~\n'],
  ])('reports %s as an empty config', (_, text) => {
    const result = parse(text);
    expect(result.ok ? [] : result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: '(root)',
        message: expect.stringContaining('the config file is empty'),
      }),
    ]);
  });

  test('never throws, whatever the text', () => {
    for (const text of [
      '{',
      ']',
      '- - -',
      ': :',
      '\t',
      'a: *missing',
      '!!binary x',
      '%YAML 9.9\n---\na: 1',
    ]) {
      expect(() => parse(text)).not.toThrow();
      expect(parse(text).ok).toBe(false);
    }
  });
});

describe('formatting diagnostics', () => {
  test('renders file:line:column, severity, path and message', () => {
    const d = expectErrorAmong(
      baseYamlWith('region: us-east-1', 'region: us-est-1'),
      'source.region',
      'us-east-1',
    );
    expect(formatDiagnostic(d, 'replication.yml')).toBe(
      'replication.yml:4:11: error source.region: "us-est-1" is not a known AWS region. Did you mean "us-east-1"?',
    );
  });

  test('caps a long list of diagnostics', () => {
    const d = { severity: 'error', path: 'name', message: 'm' } as const;
    const text = formatDiagnostics(
      Array.from({ length: 53 }, () => d),
      undefined,
      50,
    );
    expect(text.split('\n')).toHaveLength(51);
    expect(text).toMatch(/… and 3 more$/);
  });
});
