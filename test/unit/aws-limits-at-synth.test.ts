/**
 * What AWS would refuse in the generated output is refused at synth, with the path and line that
 * cause it: template sizes for how deploy sends each template, CloudFormation's counts, S3's
 * replication configuration size, prefixes S3 cannot match. Limits that no config can reach are
 * proven here with the longest values the shape allows, so a change to the shape that breaks one
 * fails a test rather than a deploy.
 */
import { loadTopology } from '../../src/core/load-topology.js';
import { buildTopology } from '../../src/core/model/build-topology.js';
import {
  BATCH_ROLE_SUFFIX,
  batchRoleNameOf,
  defaultReplicationRoleName,
} from '../../src/core/model/names.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import type { Config } from '../../src/core/config/config-types.js';
import { MAX_DESTINATIONS } from '../../src/core/config/config-shape.js';
import { CFN_LIMITS, checkSynthesisLimits } from '../../src/core/synth/check-synthesis.js';
import { toJsonText } from '../../src/core/synth/render-files.js';
import { synthesize, DESTINATION_TEMPLATE_FILE } from '../../src/core/synth/synthesize.js';
import {
  concreteBucketArn,
  concreteKeyArn,
  concreteRoleArn,
} from '../../src/core/templates/concrete-arns.js';
import type { Json } from '../../src/core/templates/cfn.js';
import {
  REPLICATION_CONFIGURATION_LIMIT,
  replicationConfigurationSize,
  replicationRules,
} from '../../src/core/templates/replication-rules.js';
import { destinationParameterNames } from '../../src/core/templates/source-parameters.js';
import { INLINE_TEMPLATE_LIMIT } from '../../src/shell/aws/template-staging.js';
import {
  BASE_YAML,
  baseYamlWith,
  errorsOf,
  expectAccepted,
  expectOnlyError,
  parse,
} from '../support/config-fixtures.js';
import { deployWorld } from '../support/deployed-world.js';
import { replicationDecisions } from '../support/replication-proof.js';
import { resolveTemplate } from '../support/resolve-template.js';

/**
 * One destination and `rules` rules, each with its own prefix; monitoring off, so what grows is the
 * rules alone (the alarms' share of the limits is tested below, under "alarms").
 */
function manyRules(
  rules: number,
  prefix: (i: number) => string,
  monitoring = 'monitoring: { metrics: false }',
): string {
  const lines = [
    'name: big', //                          1
    'source:', //                            2
    "  account: '111111111111'", //          3
    '  region: us-east-1', //                4
    '  bucket: big-source', //               5
    'destinations:', //                      6
    '  - id: dr', //                         7
    "    account: '222222222222'", //        8
    '    region: us-west-2', //              9
    '    bucket: big-dr', //                 10
    'rules:', //                             11
  ];
  for (let i = 0; i < rules; i++)
    lines.push(
      `  - id: r${i}`,
      `    priority: ${i}`,
      `    filter: { prefix: '${prefix(i)}' }`,
      '    destinations: [dr]',
    );
  if (monitoring !== '') lines.push(monitoring);
  return lines.join('\n') + '\n';
}

const errorsOfLoad = (text: string) => {
  const loaded = loadTopology(text);
  return loaded.ok ? [] : loaded.diagnostics.filter((d) => d.severity === 'error');
};

describe('the source template against the limit for how deploy sends it', () => {
  test('GIVEN 1,000 rules with 1,000-character prefixes THEN the template is over 1 MB, and synth refuses it at the rules', () => {
    const text = manyRules(1000, (i) => `p${i}/${'x'.repeat(1000)}`);
    expect(errorsOf(parse(text))).toEqual([]); // every field is legal on its own
    expect(errorsOfLoad(text)).toEqual([
      {
        severity: 'error',
        path: 'rules',
        message: expect.stringMatching(
          /^s3-xrepl-big-source\.template\.json would be 1,322,579 bytes \(minified, as deploy uploads it to S3\); CloudFormation accepts at most 1,000,000 \(1 MB\)/,
        ),
        location: { line: 12, column: 3 },
      },
    ]);
  });

  test('GIVEN the same rules with 600-character prefixes THEN the template, staged in S3, fits', () => {
    const loaded = loadTopology(manyRules(1000, (i) => `p${i}/${'x'.repeat(600)}`));
    expect(loaded.ok ? [] : loaded.diagnostics).toEqual([]);
  });

  test('the size checked is the size deploy sends: the minified template, in UTF-8 bytes', () => {
    // Two-byte characters: a check in characters would let this through.
    // 505 two-byte characters: each prefix stays within S3's 1,024 bytes.
    const text = manyRules(1000, (i) => `p${i}/${'é'.repeat(505)}`);
    const loaded = parseConfig(text);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const source = [...synthesize(buildTopology(loaded.config)).templates].find(([f]) =>
      f.endsWith('source.template.json'),
    )![1];
    expect(JSON.stringify(source).length).toBeLessThan(CFN_LIMITS.templateUrl);
    expect(Buffer.byteLength(JSON.stringify(source))).toBeGreaterThan(CFN_LIMITS.templateUrl);
    expect(errorsOfLoad(text)).toEqual([
      expect.objectContaining({ path: 'rules', message: expect.stringContaining('1 MB') }),
    ]);
  });

  test('the inline limit is the one deploy uses to decide what to stage', () => {
    expect(CFN_LIMITS.templateBody).toBe(INLINE_TEMPLATE_LIMIT);
  });

  test('a StackSet takes the destination template inline, as rendered: it fits with room to spare', () => {
    const loaded = loadTopology(baseYamlWith('name: demo', 'name: demo\ndestinationStackSet: {}'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const rendered = toJsonText(loaded.synthesis.templates.get(DESTINATION_TEMPLATE_FILE)!);
    expect(Buffer.byteLength(rendered)).toBeLessThan(CFN_LIMITS.templateBody / 2);
  });
});

describe("S3's replication configuration: 2 MB of XML", () => {
  test('GIVEN prefixes full of "&" THEN the template fits but the XML S3 receives does not, and synth says so at the rules', () => {
    const text = manyRules(600, (i) => `p${i}/${'&'.repeat(1000)}`);
    expect(errorsOfLoad(text)).toEqual([
      expect.objectContaining({
        path: 'rules',
        message: expect.stringMatching(
          /up to 3,323,877 bytes as S3 receives it.*S3 allows 2,000,000 \(2 MB\)/,
        ),
        location: { line: 12, column: 3 },
      }),
    ]);
  });

  test('the estimate is the size of the XML, written out with every escapable character escaped', () => {
    const parsed = parseConfig(manyRules(20, (i) => `p${i}/<a & ''b''> "c" é 山`));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    const topology = buildTopology({
      ...parsed.config,
      destinations: [
        ...parsed.config.destinations,
        { ...parsed.config.destinations[0]!, id: 'copy', bucket: 'big-copy' },
      ],
    } as Config);
    expect(replicationConfigurationSize(topology)).toBe(Buffer.byteLength(writtenOut(topology)));
  });

  /** The XML, naively: every element written, every ARN as the parameters will hold it. */
  function writtenOut(topology: ReturnType<typeof buildTopology>): string {
    const refs = new Map<string, string>();
    for (const d of topology.destinations) {
      refs.set(destinationParameterNames(d).bucketArn, concreteBucketArn('aws', d.bucket));
      refs.set(destinationParameterNames(d).kmsKeyArn, concreteKeyArn('aws', d.region, d.account, d.key));
    }
    const names: Record<string, string> = { Id: 'ID', TagFilter: 'Tag', TagFilters: 'Tag' };
    const escape = (s: string) =>
      s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
    const write = (name: string, value: Json): string => {
      if (Array.isArray(value)) return value.map((v: Json) => write(name, v)).join('');
      const tag = names[name] ?? name;
      if (value !== null && typeof value === 'object') {
        const ref = (value as { Ref?: string }).Ref;
        if (ref !== undefined) return write(name, refs.get(ref)!);
        return `<${tag}>${Object.entries(value)
          .map(([k, v]) => write(k, v))
          .join('')}</${tag}>`;
      }
      return `<${tag}>${escape(String(value))}</${tag}>`;
    };
    const role = concreteRoleArn('aws', topology.source.account, topology.source.replicationRoleName);
    return (
      '<?xml version="1.0" encoding="UTF-8"?><ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
      `<Role>${role}</Role>${replicationRules(topology)
        .map((r) => write('Rule', r))
        .join('')}</ReplicationConfiguration>`
    );
  }

  test('the limit is read as 2,000,000 bytes', () => {
    expect(REPLICATION_CONFIGURATION_LIMIT).toBe(2_000_000);
  });
});

describe('alarms: one or two per rule and destination, in a stack of 500 resources', () => {
  const DEFAULTS = '';
  const source = (text: string) => {
    const loaded = loadTopology(text);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    return [...loaded.synthesis.templates].find(([f]) => f.endsWith('source.template.json'))![1];
  };

  test('GIVEN 492 rules with the default alarms THEN the source stack declares exactly 500 resources, and it is accepted', () => {
    const template = source(manyRules(492, (i) => `p${i}/`, DEFAULTS));
    expect(Object.keys(template.Resources)).toHaveLength(CFN_LIMITS.resources);
  });

  test('GIVEN 493 THEN synth refuses at the rules: the alarms are why, and the message says how to turn them off', () => {
    expect(errorsOfLoad(manyRules(493, (i) => `p${i}/`, DEFAULTS))).toEqual([
      {
        severity: 'error',
        path: 'rules',
        message:
          's3-xrepl-big-source.template.json would declare 501 resources where CloudFormation allows 500 in a stack; ' +
          'without its 493 alarms it would fit. Monitoring declares an alarm per rule and destination on failed ' +
          'operations. Turn the per-rule alarms off with monitoring: { alarms: { failedOperations: false } } ' +
          "(S3's failure events still reach the topic with their reason, and the metrics stay), or use fewer rules: " +
          "492 alarms fit next to the stack's other 8 resources.",
        location: { line: 12, column: 3 },
      },
    ]);
  });

  test('GIVEN 1,000 rules and the fix the message names THEN the topology loads, failure events and all', () => {
    const template = source(
      manyRules(1000, (i) => `p${i}/`, 'monitoring: { alarms: { failedOperations: false } }'),
    );
    const types = Object.values(template.Resources).map((r) => r.Type);
    expect(types).not.toContain('AWS::CloudWatch::Alarm');
    expect(types).toContain('AWS::SNS::Topic');
    expect(
      (template.Resources.SourceBucket!.Properties.NotificationConfiguration as Record<string, unknown>)
        .TopicConfigurations,
    ).toEqual([expect.objectContaining({ Event: 's3:Replication:OperationFailedReplication' })]);
  });

  test('GIVEN monitoring.alarms written, with a backlog alarm THEN it points there, and names every switch', () => {
    const [d, ...more] = errorsOfLoad(
      manyRules(300, (i) => `p${i}/`, 'monitoring:\n  alarms:\n    backlog: { operations: 1000 }'),
    );
    expect(more).toEqual([]);
    expect(d).toMatchObject({ path: 'monitoring.alarms', location: { line: 1214, column: 5 } });
    expect(d!.message).toContain('would declare 608 resources');
    expect(d!.message).toContain('on failed operations, and another on the backlog');
    expect(d!.message).toContain(
      'monitoring: { alarms: { failedOperations: false } } and no monitoring.alarms.backlog',
    );
  });

  test('GIVEN rules with Replication Time Control THEN each has two alarms, and both switches are named', () => {
    const text = manyRules(300, (i) => `p${i}/`, DEFAULTS).replace(
      '    bucket: big-dr\n',
      '    bucket: big-dr\n    replicationTime: { minutes: 15 }\n',
    );
    const [d, ...more] = errorsOfLoad(text);
    expect(more).toEqual([]);
    expect(d!.message).toMatch(/^\S+ would declare 608 resources .* without its 600 alarms it would fit\./);
    expect(d!.message).toContain('monitoring: { alarms: { failedOperations: false, latency: false } }');
  });

  test('GIVEN resources within 500 but alarms that push the template over 1 MB THEN the size is refused, with the same fix', () => {
    // Long rule ids make long alarm names and descriptions: 490 alarms of about 1.5 KB each.
    const text = manyRules(490, (i) => `p${i}/${'x'.repeat(600)}`, DEFAULTS).replace(
      /- id: r(\d+)/g,
      (_, i: string) => `- id: r${i}${'x'.repeat(190)}`,
    );
    expect(errorsOfLoad(text)).toEqual([
      expect.objectContaining({
        path: 'rules',
        message: expect.stringMatching(
          /^\S+ would be 1,297,904 bytes \(minified, as deploy uploads it to S3\) where it accepts 1,000,000 \(1 MB\); without its 490 alarms it would fit\..*or use fewer rules, or shorter prefixes and rule ids\.$/,
        ),
      }),
    ]);
  });

  test('GIVEN a template too big even without its alarms THEN the rules are blamed for the size, the alarms for the count', () => {
    const messages = errorsOfLoad(manyRules(1000, (i) => `p${i}/${'x'.repeat(1000)}`, DEFAULTS)).map((d) => [
      d.path,
      d.message.replace(/^\S+ /, '').slice(0, 40),
    ]);
    expect(messages).toEqual([
      ['rules', 'would declare 1,008 resources where Clou'],
      ['rules', 'would be 2,089,714 bytes (minified, as d'],
    ]);
  });
});

describe('prefixes S3 could never match', () => {
  const withPrefix = (prefix: string) =>
    baseYamlWith('    priority: 1', `    priority: 1\n    filter: { prefix: "${prefix}" }`);

  test('GIVEN a prefix of 520 two-byte characters THEN it is refused: 1,040 bytes, and object keys have 1,024', () => {
    const d = expectOnlyError(
      withPrefix('é'.repeat(520)),
      'rules[0].filter.prefix',
      'is 1040 bytes in UTF-8',
    );
    expect(d.location).toEqual({ line: 18, column: 24 });
  });

  test('GIVEN a prefix of exactly 1,024 bytes THEN it is accepted', () => {
    expectAccepted(withPrefix('é'.repeat(512)));
  });

  test.each([
    ['a carriage return', '\\r'],
    ['a line feed', '\\n'],
    ['a NUL', '\\0'],
  ])(
    'GIVEN a prefix with %s THEN it is refused: the XML S3 reads would change or refuse it',
    (_, escaped) => {
      expectOnlyError(
        withPrefix(`logs${escaped}/`),
        'rules[0].filter.prefix',
        'contains the control character',
      );
    },
  );
});

describe('CloudFormation counts', () => {
  test('GIVEN 100 destinations THEN the role policy and the source template’s 201 parameters are both refused, at once', () => {
    const destinations = Array.from({ length: MAX_DESTINATIONS }, (_, i) =>
      [`  - id: d${i}`, "    account: '222222222222'", `    region: us-west-2`, `    bucket: b-${i}`].join(
        '\n',
      ),
    ).join('\n');
    const text =
      BASE_YAML.slice(0, BASE_YAML.indexOf('destinations:')) +
      `destinations:\n${destinations}\nrules:\n  - id: all\n    priority: 1\n    destinations: [${Array.from({ length: MAX_DESTINATIONS }, (_, i) => `d${i}`).join(', ')}]\n`;
    expect(errorsOfLoad(text).map((d) => [d.path, d.message.slice(0, 60)])).toEqual([
      ['destinations', "the replication role's policy for these 100 destinations wou"],
      ['destinations', 's3-xrepl-demo-source.template.json would declare 201 paramet'],
    ]);
  });
});

describe('parameters as CloudFormation checks them before it starts', () => {
  const tampered = (change: (parameters: Record<string, unknown>) => void) => {
    const loaded = loadTopology(BASE_YAML);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const stacks = loaded.synthesis.manifest.stacks.map((st, i) => {
      if (i !== 1) return st;
      const parameters: Record<string, unknown> = { ...st.parameters };
      change(parameters);
      return { ...st, parameters } as typeof st;
    });
    const synthesis = { ...loaded.synthesis, manifest: { ...loaded.synthesis.manifest, stacks } };
    return checkSynthesisLimits(loaded.topology, synthesis);
  };

  test('GIVEN the stacks synth writes THEN every value passes its template’s constraints', () => {
    expect(tampered(() => {})).toEqual([]);
  });

  test.each([
    [
      'a value the AllowedPattern refuses',
      (p: Record<string, unknown>) => (p.BucketName = 'Not_A_Bucket'),
      'AllowedPattern',
    ],
    [
      'a value outside AllowedValues',
      (p: Record<string, unknown>) => (p.BucketKeyEnabled = 'yes'),
      'AllowedValues (true, false)',
    ],
    [
      'a number below MinValue',
      (p: Record<string, unknown>) => (p.NoncurrentVersionExpirationDays = '-1'),
      'outside its template',
    ],
    [
      'a parameter the template does not declare',
      (p: Record<string, unknown>) => (p.Extra = 'x'),
      'is not declared',
    ],
    [
      'a required parameter left out',
      (p: Record<string, unknown>) => delete p.SourceAccountId,
      'has no value and no default',
    ],
    [
      'a value over 4,096 bytes',
      (p: Record<string, unknown>) => (p.KmsKeyArn = 'k'.repeat(4097)),
      'would be 4,097 bytes',
    ],
  ])('GIVEN %s THEN it is refused at that destination', (_, change, message) => {
    expect(tampered(change)).toContainEqual({
      path: ['destinations', 1],
      message: expect.stringContaining(message),
    });
  });
});

describe('limits no config can reach, proven with the longest values the shape allows', () => {
  const longest = (): string => {
    const prefix = 'P' + 'p'.repeat(39); // stackPrefix: 40
    const name = 'n' + 'a'.repeat(29); // name: 30
    const id = 'd' + 'x'.repeat(31); // destination id: 32
    const bucket = (c: string) => c + 'b'.repeat(62); // bucket: 63
    return [
      `name: ${name}`,
      'source:',
      "  account: '111111111111'",
      '  region: ap-southeast-7',
      `  bucket: ${bucket('s')}`,
      // The longest whose backfill role, named after it, still fits IAM's 64 characters.
      `  replicationRoleName: s3-xrepl-${'r'.repeat(64 - 's3-xrepl-'.length - BATCH_ROLE_SUFFIX.length)}-replication`,
      'destinations:',
      `  - id: ${id}`,
      "    account: '222222222222'",
      '    region: ap-southeast-7',
      `    bucket: ${bucket('d')}`,
      '    ownerTranslation: true',
      '    replicationTime: { minutes: 15 }',
      'rules:',
      `  - id: R${'r'.repeat(199)}`,
      '    priority: 1000000',
      `    destinations: [${id}]`,
      'options:',
      `  stackPrefix: ${prefix}`,
      'destinationStackSet: {}',
      '',
    ].join('\n');
  };

  test('the longest legal names synthesize, and replication is still allowed end to end', async () => {
    const loaded = loadTopology(longest());
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const results = await replicationDecisions(deployWorld(loaded.topology));
    expect(results.filter((r) => r.decision !== 'Allowed')).toEqual([]);
  });

  test('stack and StackSet names stay within 128 characters, role names within 64, S3 rule ids within 255', () => {
    const loaded = loadTopology(longest());
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const t = loaded.topology;
    for (const s of loaded.synthesis.manifest.stacks) expect(s.name.length).toBeLessThanOrEqual(128);
    expect(t.destinationStackSet!.name.length).toBeLessThanOrEqual(128);
    expect(t.source.replicationRoleName.length).toBeLessThanOrEqual(64);
    expect(batchRoleNameOf(t.source.replicationRoleName)).toHaveLength(64);
    expect(defaultReplicationRoleName(t.name).length).toBeLessThanOrEqual(64);
    for (const rule of replicationRules(t))
      expect((rule as { Id: string }).Id.length).toBeLessThanOrEqual(255);
  });

  test('the largest priority, spread over 100 destinations, is still a 32-bit integer', () => {
    expect(1_000_000 * MAX_DESTINATIONS + MAX_DESTINATIONS - 1).toBeLessThan(2 ** 31);
  });

  test("bucket, key and trust policies stay within S3's 20 KB, KMS's 32 KB and IAM's 2,048 characters", () => {
    const loaded = loadTopology(longest());
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const stack = loaded.synthesis.manifest.stacks.find((s) => s.kind === 'destination')!;
    const destination = resolveTemplate(loaded.synthesis.templates.get(stack.template)!, {
      accountId: stack.account,
      region: stack.region,
      partition: 'aws',
      stackName: stack.name,
      parameters: stack.parameters as Record<string, string>,
      physicalIds: { ReplicaKey: `mrk-${'0'.repeat(32)}`, ReplicaBucket: 'd'.repeat(63) },
    });
    const size = (x: unknown) => JSON.stringify(x).length;
    expect(size(destination.resources.ReplicaBucketPolicy!.Properties.PolicyDocument)).toBeLessThan(20_480);
    expect(size(destination.resources.ReplicaKey!.Properties.KeyPolicy)).toBeLessThan(32_768);
    const source = loaded.synthesis.templates.get(`${loaded.topology.source.stackName}.template.json`)!;
    const role = source.Resources.ReplicationRole!.Properties;
    expect(size(role.AssumeRolePolicyDocument)).toBeLessThan(2_048);
    expect(size(source.Resources.SourceBucketPolicy!.Properties.PolicyDocument)).toBeLessThan(20_480);
    // IAM role descriptions: 1,000 characters of Latin-1.
    // eslint-disable-next-line no-control-regex -- IAM's own pattern names tab, CR and LF
    expect(role.Description).toMatch(/^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]{0,1000}$/);
  });
});

test('loadTopology hands back the synthesis it checked, so a mode need not synthesize again', () => {
  const loaded = loadTopology(BASE_YAML);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  expect(loaded.synthesis).toEqual(synthesize(loaded.topology));
});
