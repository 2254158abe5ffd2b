/**
 * YAML as people write it: merge keys and aliases to share settings, a stray document marker, and
 * files that are not one config at all (several documents, far too large, alias bombs). Legal
 * files are read as the loader reads them; every refusal says where.
 */
import { createReporter } from '../../src/core/config/check-shape.js';
import { checkShape } from '../../src/core/config/check-shape.js';
import { checkSemantics } from '../../src/core/config/check-semantics.js';
import { configShape } from '../../src/core/config/config-shape.js';
import { MAX_ALIASES, MAX_CONFIG_BYTES } from '../../src/core/config/parse-config.js';
import { indexLocations, pathKey, type LocationIndex } from '../../src/core/config/yaml-locations.js';
import { loadTopology } from '../../src/core/load-topology.js';
import { CORE_SCHEMA, load, mergeTag } from 'js-yaml';
import {
  BASE_YAML,
  baseDraft,
  errorsOf,
  expectAccepted,
  expectOnlyError,
  parse,
  yamlWith,
} from '../support/config-fixtures.js';
import { deployWorld } from '../support/deployed-world.js';
import { replicationDecisions } from '../support/replication-proof.js';

/** Destinations and rules sharing settings through an anchor in an `x-` key, the compose way. */
const MERGED = [
  'x-destination: &destination', //                 1
  "  account: '222222222222'", //                    2
  '  region: us-west-2', //                          3
  '  replicationTime: { minutes: 15 }', //           4
  'x-rule: &rule', //                                5
  '  destinations: [backup, archive]', //            6
  '  deleteMarkerReplication: true', //              7
  'name: demo', //                                   8
  'source:', //                                      9
  "  account: '111111111111'", //                    10
  '  region: us-east-1', //                          11
  '  bucket: demo-source', //                        12
  'destinations:', //                                13
  '  - <<: *destination', //                         14
  '    id: backup', //                               15
  '    bucket: demo-backup', //                      16
  '  - <<: *destination', //                         17
  '    id: archive', //                              18
  '    bucket: demo-archive', //                     19
  '    region: eu-west-1', //                        20
  'rules:', //                                       21
  '  - <<: *rule', //                                22
  '    id: logs', //                                 23
  '    priority: 1', //                              24
  '    filter: { prefix: logs/ }', //                25
  '  - <<: *rule', //                                26
  '    id: data', //                                 27
  '    priority: 2', //                              28
  '    filter: { prefix: data/ }', //                29
  '',
].join('\n');

const mergedWith = (find: string, replace: string) => {
  expect(MERGED).toContain(find);
  return MERGED.replace(find, replace);
};

describe('merge keys (<<) share settings between destinations and between rules', () => {
  test('GIVEN destinations and rules that merge shared settings THEN the config reads as if each wrote them out', () => {
    const result = expectAccepted(MERGED);
    expect(result.config.destinations).toEqual([
      {
        id: 'backup',
        account: '222222222222',
        region: 'us-west-2',
        bucket: 'demo-backup',
        replicationTime: { minutes: 15 },
      },
      // The mapping's own keys win over merged ones.
      {
        id: 'archive',
        account: '222222222222',
        region: 'eu-west-1',
        bucket: 'demo-archive',
        replicationTime: { minutes: 15 },
      },
    ]);
    expect(result.config.rules.map((r) => [r.id, r.destinations, r.deleteMarkerReplication])).toEqual([
      ['logs', ['backup', 'archive'], true],
      ['data', ['backup', 'archive'], true],
    ]);
    expect(result.config).not.toHaveProperty('x-destination');
  });

  test('GIVEN that config THEN it synthesizes, and replication is allowed by every policy on the way', async () => {
    const loaded = loadTopology(MERGED);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const results = await replicationDecisions(deployWorld(loaded.topology));
    expect(results.filter((r) => r.decision !== 'Allowed')).toEqual([]);
  });

  test('a required key present only through the merge is not missing', () => {
    // `account` and `region` come from the anchor alone.
    expect(errorsOf(parse(MERGED))).toEqual([]);
  });

  test('a bad merged value points at the line where it is written, and says which merge brought it', () => {
    const result = parse(mergedWith('  region: us-west-2', '  region: us-wst-2'));
    // Only backup takes the region from the anchor: archive sets its own.
    expect(errorsOf(result)).toEqual([
      {
        severity: 'error',
        path: 'destinations[0].region',
        message: expect.stringMatching(/not a known AWS region.* \(merged in by the "<<" at line 14\)$/),
        location: { line: 3, column: 11 },
      },
    ]);
  });

  test('a merged value refused for two destinations is reported for each, through its own merge', () => {
    const result = parse(mergedWith("  account: '222222222222'", "  account: '2222'"));
    expect(
      errorsOf(result).map((d) => [d.path, d.location?.line, d.message.match(/line \d+\)$/)?.[0]]),
    ).toEqual([
      ['destinations[0].account', 2, 'line 14)'],
      ['destinations[1].account', 2, 'line 17)'],
    ]);
  });

  test('a merged key the shape does not know points at that key in the anchor, once per merge', () => {
    const text = mergedWith(
      '  replicationTime: { minutes: 15 }',
      '  replicationTime: { minutes: 15 }\n  storageclass: GLACIER',
    );
    expect(errorsOf(parse(text))).toEqual([
      expect.objectContaining({
        path: 'destinations[0].storageclass',
        message:
          'unknown key "storageclass". Did you mean "storageClass"? (merged in by the "<<" at line 15)',
        location: { line: 5, column: 3 },
      }),
      expect.objectContaining({
        path: 'destinations[1].storageclass',
        message: expect.stringContaining('(merged in by the "<<" at line 18)'),
        location: { line: 5, column: 3 },
      }),
    ]);
  });

  test('a rule whose merged destinations name an unknown id points at the item in the anchor', () => {
    const text = mergedWith('[backup, archive]', '[backup, archiv]');
    const errors = errorsOf(parse(text));
    expect(errors.map((d) => [d.path, d.location])).toEqual([
      ['rules[0].destinations[1]', { line: 6, column: 26 }],
      ['rules[1].destinations[1]', { line: 6, column: 26 }],
    ]);
  });

  test('a key missing from both the mapping and the merge points at the mapping', () => {
    const d = expectOnlyError(
      mergedWith('    bucket: demo-archive\n', ''),
      'destinations[1].bucket',
      'required key "bucket" is missing',
    );
    expect(d.location).toEqual({ line: 17, column: 5 });
  });

  test('a list of merges: the first mapping that has a key wins, as YAML says', () => {
    const text = [
      'x-a: &a { region: us-west-2 }',
      'x-b: &b { region: eu-west-1, bucketKey: false }',
      ...BASE_YAML.replace('  - id: backup', '  - <<: [*a, *b]\n    id: backup')
        .replace('    region: us-west-2\n    bucket: demo-backup', '    bucket: demo-backup')
        .split('\n'),
    ].join('\n');
    const result = expectAccepted(text);
    expect(result.config.destinations[0]).toEqual({
      id: 'backup',
      account: '222222222222',
      region: 'us-west-2',
      bucket: 'demo-backup',
      bucketKey: false,
    });
  });

  test('an anchor on the first destination, merged into the second, works the same without x- keys', () => {
    const text = BASE_YAML.replace('  - id: backup', '  - &first\n    id: backup').replace(
      "  - id: analytics\n    account: '333333333333'\n    region: eu-west-1",
      '  - <<: *first\n    id: analytics',
    );
    const result = expectAccepted(text);
    expect(result.config.destinations[1]).toEqual({
      id: 'analytics',
      account: '222222222222',
      region: 'us-west-2',
      bucket: 'demo-analytics',
    });
  });

  test('an unknown top-level key that is not an x- key is still refused, and the message says x- keys are ignored', () => {
    expectOnlyError(`${BASE_YAML}defaults: {}\n`, 'defaults', 'Keys starting with "x-" are ignored');
  });

  test('a merge of something that is not a mapping is refused with its line', () => {
    const result = parse(
      `x-list: &list [1]\n${BASE_YAML.replace('  - id: backup', '  - <<: *list\n    id: backup')}`,
    );
    expect(result.ok ? [] : result.diagnostics).toEqual([
      expect.objectContaining({
        path: '(root)',
        message: expect.stringContaining('cannot merge mappings'),
        location: { line: 8, column: 5 },
      }),
    ]);
  });
});

describe('aliases', () => {
  test('an aliased value is read, and a bad one points at its anchor, saying which alias brought it', () => {
    const text = BASE_YAML.replace('  region: us-east-1', '  region: &r us-est-1').replace(
      '    region: us-west-2',
      '    region: *r',
    );
    const result = parse(text);
    expect(
      errorsOf(result).map((d) => [d.path, d.location, d.message.endsWith('(through the alias at line 9)')]),
    ).toEqual([
      ['source.region', { line: 4, column: 14 }, false],
      ['destinations[0].region', { line: 4, column: 14 }, true],
    ]);
  });

  test('an unquoted account id behind an alias is judged by the text of its anchor', () => {
    const text = BASE_YAML.replace("  account: '111111111111'", '  account: &acct 011111111111').replace(
      "    account: '222222222222'",
      '    account: *acct',
    );
    const errors = errorsOf(parse(text));
    expect(errors.map((d) => [d.path, d.message.includes('must be in quotes ("011111111111")')])).toEqual([
      ['source.account', true],
      ['destinations[0].account', true],
    ]);
  });

  test('the location index follows aliases and merges to every path the loader produces', () => {
    const index = indexLocations(MERGED);
    const paths: string[] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(pathKey(path));
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value !== null && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(load(MERGED, { schema: CORE_SCHEMA.withTags(mergeTag) }), []);
    expect(paths.filter((p) => !index.has(p))).toEqual([]);
  });

  test('a cycle through an alias is neither followed forever nor a crash', () => {
    expect(() => parse(`x-a: &a\n  b: *a\n${BASE_YAML}`)).not.toThrow();
    expect(() => indexLocations(`x-a: &a\n  b: *a\n${BASE_YAML}`)).not.toThrow();
  });
});

describe('documents', () => {
  test('a stray "---" after the config (an empty second document) is accepted', () => {
    expectAccepted(`${BASE_YAML}---\n`);
    expectAccepted(`---\n${BASE_YAML}...\n`);
  });

  test('a second document is refused with the line of its "---"', () => {
    const result = parse(`${BASE_YAML}---\nname: other\n`);
    expect(result.ok ? [] : result.diagnostics).toEqual([
      {
        severity: 'error',
        path: '(root)',
        message: expect.stringContaining('more than one YAML document'),
        location: { line: 19, column: 1 },
      },
    ]);
  });

  test('a second document after a leading "---" is refused at its own "---"', () => {
    const result = parse(`---\n${BASE_YAML}--- # another\nname: other\n`);
    expect(result.ok ? [] : result.diagnostics).toEqual([
      expect.objectContaining({ location: { line: 20, column: 1 } }),
    ]);
  });
});

describe('files too large to be a config', () => {
  test('a file over the cap is refused before it is parsed, saying the cap and why', () => {
    const padding = `# ${'x'.repeat(1000)}\n`.repeat(Math.ceil(MAX_CONFIG_BYTES / 1000));
    const started = performance.now();
    const result = parse(BASE_YAML + padding);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok ? [] : result.diagnostics).toEqual([
      {
        severity: 'error',
        path: '(root)',
        message: expect.stringMatching(/the limit is 2,097,152 \(2 MiB\).*CloudFormation caps at 1 MB/),
      },
    ]);
  });

  test('the cap counts bytes, not characters', () => {
    const multibyte = `# ${'é'.repeat(500)}\n`.repeat(Math.ceil(MAX_CONFIG_BYTES / 1000) + 1);
    expect(multibyte.length).toBeLessThan(MAX_CONFIG_BYTES);
    expect(errorsOf(parse(BASE_YAML + multibyte))[0]?.message).toContain('the limit is 2,097,152');
  });

  test('a file just under the cap is read', () => {
    const padding = `# ${'x'.repeat(998)}\n`.repeat(Math.floor((MAX_CONFIG_BYTES - BASE_YAML.length) / 1001));
    expectAccepted(BASE_YAML + padding);
  });

  test('an alias bomb is refused at the first alias past the cap', () => {
    const aliases = Array.from({ length: MAX_ALIASES + 1 }, () => '*t').join(', ');
    const text = `${BASE_YAML}x-t: &t [a]\nx-bomb: [${aliases}]\n`;
    const result = parse(text);
    expect(result.ok ? [] : result.diagnostics).toEqual([
      {
        severity: 'error',
        path: '(root)',
        message: expect.stringContaining('the limit is 10,000'),
        location: { line: 20, column: 10 + 4 * MAX_ALIASES },
      },
    ]);
  });

  test('rules repeated through aliases are checked up to the limit, then counted, not walked', () => {
    const destinations = `[${Array.from({ length: 50_000 }, () => 'backup').join(', ')}]`;
    const text = BASE_YAML.replace(
      'rules:\n  - id: everything\n    priority: 1\n    destinations: [backup, analytics]\n',
      `x-rule: &rule { id: r, priority: 1, destinations: ${destinations} }\nrules: [${Array.from({ length: 2000 }, () => '*rule').join(', ')}]\n`,
    );
    const started = performance.now();
    const errors = errorsOf(parse(text));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(errors).toContainEqual(
      expect.objectContaining({ path: 'rules', message: 'must have at most 1000 items (it has 2000).' }),
    );
  });
});

describe('the location index is built only when a diagnostic needs it', () => {
  const counting = (text: string) => {
    let builds = 0;
    const locations = (): LocationIndex => {
      builds++;
      return indexLocations(text);
    };
    return { locations, builds: () => builds };
  };

  test('checking a valid config never asks where anything is', () => {
    const { locations, builds } = counting(BASE_YAML);
    const report = createReporter(locations);
    const checked = checkShape(baseDraft(), configShape, [], { report, locations });
    checkSemantics(checked as never, report);
    expect(report.diagnostics).toEqual([]);
    expect(builds()).toBe(0);
  });

  test('each diagnostic of an invalid config asks, and gets its line', () => {
    const text = yamlWith((c) => (c.source.region = 'us-est-1'));
    const { locations, builds } = counting(text);
    const report = createReporter(locations);
    checkShape(load(text), configShape, [], { report, locations });
    checkSemantics(load(text) as never, report);
    expect(builds()).toBeGreaterThan(0);
    expect(report.diagnostics.map((d) => d.location?.line)).toEqual([4]);
  });
});
