/**
 * The config validator end to end: the shipped examples and the base fixture are valid, and the
 * result's contract holds (errors refuse the config, warnings do not). The rules themselves are
 * tested one by one in config-shape.test.ts, config-rules.test.ts and yaml-locations.test.ts.
 */
import { parseConfig } from '../../src/core/config/parse-config.js';
import {
  BASE_YAML,
  baseDraft,
  expectAccepted,
  expectErrorAmong,
  expectOnlyError,
  yamlWith,
} from '../support/config-fixtures.js';
import { EXAMPLE_NAMES, exampleText } from '../support/examples.js';

describe('the shipped examples', () => {
  test('there is at least one example', () => {
    expect(EXAMPLE_NAMES.length).toBeGreaterThan(0);
  });

  test.each(EXAMPLE_NAMES)('examples/%s.yml parses with no errors and no warnings', (name) => {
    const result = parseConfig(exampleText(name));
    expect(result.ok ? result.warnings : result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('the result contract', () => {
  test('the base fixture, dumped or hand-written, parses to the same config', () => {
    const dumped = parseConfig(yamlWith(() => {}));
    const written = parseConfig(BASE_YAML);
    expect(dumped).toEqual({ ok: true, config: baseDraft(), warnings: [] });
    expect(written).toEqual(dumped);
  });

  test('a config with only warnings is accepted, with the warnings alongside the config', () => {
    const result = parseConfig(yamlWith((c) => (c.source.bucket = 'demo.source')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.source.bucket).toBe('demo.source');
    expect(result.warnings.map((w) => [w.severity, w.path])).toEqual([['warning', 'source.bucket']]);
  });

  test('a config with errors and warnings is refused and reports both', () => {
    const result = parseConfig(
      yamlWith((c) => {
        c.source.bucket = 'demo.source';
        c.source.region = 'us-est-1';
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => [d.severity, d.path])).toEqual([
      ['error', 'source.region'],
      ['warning', 'source.bucket'],
    ]);
  });

  test('every diagnostic of a broken config has a location', () => {
    const result = parseConfig(
      yamlWith((c) => {
        c.name = 'X';
        c.source.kmskey = 'create';
        c.destinations[1]!.bucket = 'demo-backup';
        c.rules[0]!.destinations = ['backup', 'analytics', 'nowhere'];
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toHaveLength(4);
    for (const d of result.diagnostics)
      expect(d.location).toEqual(expect.objectContaining({ line: expect.any(Number) }));
  });
});

describe('keys and text that cannot be carried faithfully', () => {
  test('a tag named __proto__ is refused by name, not dropped', () => {
    const text = yamlWith((c) => (c.tags = { app: 'y' })).replace("  app: 'y'", "  __proto__: x\n  app: 'y'");
    expectOnlyError(text, 'tags.__proto__', 'the key "__proto__" cannot be used');
  });

  test('a top-level __proto__ key is refused, not read as a property of the schema', () => {
    const text = `${yamlWith(() => {})}__proto__:\n  name: other\n`;
    expectOnlyError(text, '__proto__', 'the key "__proto__" cannot be used');
  });

  test('a lone UTF-16 surrogate in a value is refused: AWS refuses invalid Unicode', () => {
    const text = yamlWith((c) => (c.tags = { app: 'a' })).replace('app: a', 'app: "a\\ud800b"');
    expectOnlyError(text, 'tags.app', 'not valid Unicode (a lone UTF-16 surrogate)');
  });

  test('a lone surrogate in a key is refused', () => {
    const text = yamlWith((c) => (c.tags = { app: 'a' })).replace('app: a', '"a\\udc00": a');
    expectErrorAmong(text, 'tags["a\\uDC00"]', 'is not valid Unicode');
  });

  test('a pair of surrogates (an emoji) is valid text', () => {
    const text = yamlWith((c) => (c.rules[0]!.filter = { prefix: 'a' })).replace(
      'prefix: a',
      'prefix: "\\ud83d\\ude00/"',
    );
    expectAccepted(text);
  });
});
