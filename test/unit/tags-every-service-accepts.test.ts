/**
 * Stack tags reach CloudFormation (the stack), IAM (the replication role), S3 (the buckets) and
 * KMS (the keys), and each service has its own rules; filter tags must be tags S3 can put on an
 * object. Synth refuses, with the path and line, every tag one of them would refuse, and nothing
 * else. The services' rules are written out below from their API references, independently of
 * src/core/config/tag-rules.ts, and a property test throws random tags at both.
 */
import { loadTopology, type LoadResult } from '../../src/core/load-topology.js';
import { DESTINATIONS_STACK_SET_TAG, TOPOLOGY_STACK_TAG } from '../../src/core/model/names.js';
import { synthesize, type Synthesis } from '../../src/core/synth/synthesize.js';
import {
  BASE_YAML,
  errorsOf,
  expectAccepted,
  expectOnlyError,
  parse,
  yamlWith,
  type Draft,
} from '../support/config-fixtures.js';
import { deployWorld } from '../support/deployed-world.js';
import { replicationDecisions } from '../support/replication-proof.js';
import { seeded } from '../support/seeded-random.js';

type Tags = Readonly<Record<string, string>>;

// ---- The services' rules, from their API references ----------------------------------------

/** IAM API Reference, "Tag": the pattern of keys and values on roles. */
const IAM_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u;
const IAM_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
/** Every service: keys under aws: (any case) are AWS's; user tags per resource: 50. */
const awsReserved = (key: string) => key.toLowerCase().startsWith('aws:');
const lengthsOk = (tags: Tags, minValue: number) =>
  Object.entries(tags).every(
    ([k, v]) => k.length >= 1 && k.length <= 128 && v.length >= minValue && v.length <= 256,
  );

const SERVICES = {
  /** CloudFormation API Reference, "Tag" and CreateStack: key 1-128, value 1-256, 50 tags. */
  cloudFormation: (tags: Tags) =>
    Object.keys(tags).length <= 50 && lengthsOk(tags, 1) && !Object.keys(tags).some(awsReserved),
  /** IAM API Reference, "Tag" and TagRole; IAM User Guide: role tag keys are compared without case. */
  iam: (tags: Tags) =>
    Object.keys(tags).length <= 50 &&
    lengthsOk(tags, 0) &&
    Object.entries(tags).every(([k, v]) => IAM_KEY.test(k) && IAM_VALUE.test(v) && !awsReserved(k)) &&
    new Set(Object.keys(tags).map((k) => k.toLowerCase())).size === Object.keys(tags).length,
  /** S3 PutBucketTagging and KMS TagResource: key 1-128, value 0-256, 50 user tags, the common alphabet. */
  s3: (tags: Tags) =>
    Object.keys(tags).length <= 50 &&
    lengthsOk(tags, 0) &&
    Object.entries(tags).every(([k, v]) => IAM_KEY.test(k) && IAM_VALUE.test(v) && !awsReserved(k)),
  kms: (tags: Tags) =>
    Object.keys(tags).length <= 50 && lengthsOk(tags, 0) && !Object.keys(tags).some(awsReserved),
};

/**
 * Each resource and the tags it ends up with: the stack's (as deploy sends them, with the tag it
 * adds: deploy-topology.ts, destination-stack-set.ts), plus the resource's own from the template.
 */
function taggedResources(
  synthesis: Synthesis,
): { what: string; service: keyof typeof SERVICES; tags: Tags }[] {
  const out: { what: string; service: keyof typeof SERVICES; tags: Tags }[] = [];
  const set = synthesis.manifest.destinationStackSet;
  for (const stack of synthesis.manifest.stacks) {
    const added: Tags =
      set && stack.kind === 'destination'
        ? { [DESTINATIONS_STACK_SET_TAG]: set.name }
        : { [TOPOLOGY_STACK_TAG]: synthesis.manifest.topology };
    const stackTags = { ...stack.tags, ...added };
    out.push({ what: `stack ${stack.name}`, service: 'cloudFormation', tags: stackTags });
    const template = synthesis.templates.get(stack.template)!;
    for (const [id, resource] of Object.entries(template.Resources)) {
      const service = ({ 'AWS::IAM::Role': 'iam', 'AWS::S3::Bucket': 's3', 'AWS::KMS::Key': 'kms' } as const)[
        resource.Type
      ];
      if (!service) continue;
      const own = (resource.Properties.Tags ?? []) as unknown as { Key: string; Value: string }[];
      out.push({
        what: `${stack.name} ${id}`,
        service,
        tags: { ...stackTags, ...Object.fromEntries(own.map((t) => [t.Key, t.Value])) },
      });
    }
  }
  return out;
}

const refusedBy = (loaded: Extract<LoadResult, { ok: true }>) =>
  taggedResources(synthesize(loaded.topology)).filter((r) => !SERVICES[r.service](r.tags));

/** THEN the only error is this one, whatever its path (a key's path is the key itself). */
function onlyErrorSaying(text: string, message: string) {
  const errors = errorsOf(parse(text));
  expect(errors).toEqual([expect.objectContaining({ message: expect.stringContaining(message) })]);
  return errors[0]!;
}

// ---- What people write ------------------------------------------------------------------------

describe('stack tag values', () => {
  test('GIVEN a value with a comma THEN it is refused at its line, naming the comma and IAM', () => {
    const text = BASE_YAML + 'tags:\n  owner: J. Smith, platform\n';
    const d = expectOnlyError(text, 'tags.owner', '"J. Smith, platform" contains ","');
    expect(d.message).toContain('IAM');
    expect(d.location).toEqual({ line: 20, column: 10 });
  });

  test('GIVEN an empty value THEN it is refused: CloudFormation needs 1-256 characters', () => {
    const d = expectOnlyError(`${BASE_YAML}tags:\n  owner: ''\n`, 'tags.owner', 'must not be empty');
    expect(d.message).toContain('CloudFormation');
    expect(d.location).toEqual({ line: 20, column: 11 }); // inside the quotes
  });

  test.each([
    ['letters of any script', 'Zoë Ørsted 山田'],
    ['every punctuation AWS allows', 'a_b.c:d/e=f+g-h@i'],
    ['exactly 256 characters', 'v'.repeat(256)],
    ['digits only (quoted)', "'0042'"],
  ])('GIVEN a value of %s THEN it is accepted', (_, value) => {
    expectAccepted(`${BASE_YAML}tags:\n  owner: ${value}\n`);
  });

  test.each([
    ['a value of 257 characters', 'v'.repeat(257), 'must be at most 256 characters long (it has 257)'],
    ['a quote', '"it\'s"', `"it's" contains "'"`],
    ['a tab', '"a\\tb"', 'contains "\\t"'],
    ['an emoji', '"ship 🚀"', 'contains "🚀"'],
    ['several bad characters, each named once', '"a,b;c,d"', 'contains ",", ";"'],
  ])('GIVEN %s THEN it is refused', (_, value, message) => {
    expectOnlyError(`${BASE_YAML}tags:\n  owner: ${value}\n`, 'tags.owner', message);
  });
});

describe('stack tag keys', () => {
  test.each([
    ['an empty key', "''", 'a tag key must not be empty'],
    ['"aws:" in capitals', 'AWS:owner', 'reserved for AWS'],
    ['the product\'s own "s3-xrepl:" prefix', "'s3-xrepl:managed'", 'are the tags s3-xrepl sets itself'],
    ['"s3-xrepl:" in another case', "'S3-Xrepl:team'", 'are the tags s3-xrepl sets itself'],
    ['a key of 129 characters', 'k'.repeat(129), 'has 129 characters; AWS allows at most 128'],
    ['a key with a comma', "'team,owner'", 'tag key "team,owner" contains ","'],
  ])('GIVEN %s THEN it is refused at the key', (_, key, message) => {
    const d = onlyErrorSaying(`${BASE_YAML}tags:\n  ${key}: x\n`, message);
    // A quoted key is located inside its quotes.
    expect(d.location).toEqual({ line: 20, column: key.startsWith("'") ? 4 : 3 });
  });

  test('GIVEN keys that differ only in case on the source stack THEN the second is refused: IAM ignores case on role tags', () => {
    const text =
      BASE_YAML.replace('  bucket: demo-source', '  bucket: demo-source\n  tags: { team: b }') +
      'tags:\n  Team: a\n';
    const d = expectOnlyError(text, 'source.tags.team', 'tag keys "Team" and "team" differ only in case');
    expect(d.location).toEqual({ line: 6, column: 11 });
  });

  test('GIVEN keys that differ only in case on a destination stack THEN they are accepted: no role carries them', () => {
    expectAccepted(
      yamlWith((c) => {
        c.destinations[0]!.tags = { Team: 'a', team: 'b' };
      }),
    );
  });
});

describe('how many tags each stack carries, after merging', () => {
  const tags = (n: number, prefix = 'k') =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 'v']));

  test('GIVEN 48 top-level tags THEN every stack, its role, buckets and keys stay within 50', () => {
    const loaded = loadTopology(yamlWith((c) => (c.tags = tags(48))));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(refusedBy(loaded)).toEqual([]);
  });

  test('GIVEN 30 top-level and 20 per-stack tags THEN the stack is refused where its own tags are, with the count', () => {
    const text = yamlWith((c) => {
      c.tags = tags(30);
      c.destinations[1]!.tags = tags(20, 'd');
    });
    const d = expectOnlyError(
      text,
      'destinations[1].tags',
      'would carry 50 tags (30 from tags, 20 from destinations[1].tags, merged)',
    );
    expect(d.message).toMatch(/"s3-xrepl:managed" on its key.*that key would carry 52.*Remove 2\./);
  });

  test('GIVEN per-stack tags that override top-level ones THEN an overridden key counts once', () => {
    expectAccepted(
      yamlWith((c) => {
        c.tags = tags(40);
        c.source.tags = tags(8);
      }),
    );
  });

  test('GIVEN 49 tags on a destination whose key already exists THEN it is accepted: no key of its own to tag', () => {
    const text = yamlWith((c) => {
      c.destinations[0]!.kmsKey =
        'arn:aws:kms:us-west-2:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab';
      c.destinations[0]!.tags = tags(49);
    });
    expectAccepted(text);
  });

  test('GIVEN too many top-level tags THEN it is said once, at tags, not once per stack', () => {
    const errors = errorsOf(parse(yamlWith((c) => (c.tags = tags(49)))));
    expect(errors).toEqual([
      expect.objectContaining({ path: 'tags', message: expect.stringContaining('Remove 1.') }),
    ]);
  });

  test('GIVEN a StackSet THEN its own tag counts too', () => {
    const text = yamlWith((c) => {
      c.destinationStackSet = {};
      c.tags = tags(49);
    });
    expect(errorsOf(parse(text))).toEqual([
      expect.objectContaining({ path: 'tags', message: expect.stringContaining('"s3-xrepl:') }),
    ]);
  });
});

describe('filter tags match object tags', () => {
  const withFilter = (tags: Record<string, string>) =>
    yamlWith((c) => (c.rules[0] = { ...c.rules[0]!, filter: { tags }, deleteMarkerReplication: false }));

  test.each([
    ['an empty key', { '': 'x' }, 'a tag key must not be empty'],
    ['a key under "aws:"', { 'aws:x': 'y' }, 'no object carries one to match'],
    ['a key of 129 characters', { ['k'.repeat(129)]: 'x' }, 'has 129 characters'],
    ['a value with a comma', { k: 'a,b' }, 'S3 accepts no other in object tags'],
  ])('GIVEN %s THEN it is refused', (_, tags, message) => {
    onlyErrorSaying(withFilter(tags), message);
  });

  test.each([
    ['an empty value', { classification: '' }],
    ['a key of 128 characters', { ['k'.repeat(128)]: 'x' }],
    ['a value of 256 characters', { k: 'v'.repeat(256) }],
  ])('GIVEN %s THEN it is accepted', (_, tags) => {
    expectAccepted(withFilter(tags));
  });
});

test('GIVEN legal tags of every kind THEN the config synthesizes and replication is still allowed end to end', async () => {
  const loaded = loadTopology(
    yamlWith((c) => {
      c.tags = { 'cost center': 'R-and-D', owner: 'Zoë @ platform:storage' };
      c.source.tags = { tier: 'gold' };
      c.rules[0] = { ...c.rules[0]!, filter: { prefix: 'data/', tags: { classification: '' } } };
    }),
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  expect(refusedBy(loaded)).toEqual([]);
  const results = await replicationDecisions(deployWorld(loaded.topology));
  expect(results.filter((r) => r.decision !== 'Allowed')).toEqual([]);
});

// ---- Random tags ------------------------------------------------------------------------------

/** Characters people paste into tags: allowed ones, and the ones some service refuses. */
const ALPHABET = [
  ...'abcXYZ019 _.:/=+-@',
  ...'éßЖ山𝒜٣', // letters and digits of other scripts, one outside the BMP
  ...',;!#"\'*&()[]{}<>|\\~`$%^?',
  '\t',
  '🚀',
  '\u00a0', // no-break space: \p{Z}
];
const PREFIXES = ['', '', '', '', 'aws:', 'AWS:', 's3-xrepl:', 'S3-XREPL:', 'x'];

/** Text of a length near the interesting ones (0, 1, the maximum and one past it). */
function randomText(random: () => number, max: number, wild: boolean): string {
  const lengths = wild ? [0, 1, 2, 5, 12, max - 1, max, max + 1] : [1, 2, 5, 12, max];
  const length = lengths[Math.floor(random() * lengths.length)]!;
  const letters = wild ? ALPHABET.length : 18; // the first 18 are plain ASCII every service takes
  let out = '';
  while (out.length < length) out += ALPHABET[Math.floor(random() * letters)]!;
  return out.slice(0, length);
}

/** Mostly tags people mean to be legal; one key or value in twelve is anything at all. */
function randomTags(random: () => number, count: number): Record<string, string> {
  const tags: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const wild = random() < 1 / 12;
    let key = (wild ? PREFIXES[Math.floor(random() * PREFIXES.length)]! : '') + randomText(random, 128, wild);
    const keys = Object.keys(tags);
    if (keys.length > 0 && random() < 0.05) key = keys[Math.floor(random() * keys.length)]!.toUpperCase();
    if (key === '__proto__') continue;
    tags[key] = randomText(random, 256, random() < 1 / 12);
  }
  return tags;
}

test('property: random tags either pass synth and every service accepts them, or synth refuses them at a tag', () => {
  let accepted = 0;
  let refused = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const random = seeded(seed);
    const few = () => Math.floor(random() * (random() < 0.1 ? 30 : 4));
    const draft = (c: Draft) => {
      c.tags = randomTags(random, random() < 0.1 ? 45 + Math.floor(random() * 6) : few());
      c.source.tags = randomTags(random, few());
      c.destinations[0]!.tags = randomTags(random, few());
      c.rules[0] = {
        ...c.rules[0]!,
        filter: { tags: randomTags(random, 1 + Math.floor(random() * 3)) },
        deleteMarkerReplication: false,
      };
    };
    const loaded = loadTopology(yamlWith(draft));
    if (loaded.ok) {
      accepted++;
      // Every stack, role, bucket and key would take its tags...
      expect({ seed, refusedBy: refusedBy(loaded) }).toEqual({ seed, refusedBy: [] });
      // ...and every filter tag is one S3 could put on an object.
      for (const rule of loaded.topology.rules)
        for (const t of rule.tags)
          expect({ seed, tag: t, ok: SERVICES.s3({ [t.key]: t.value }) }).toEqual({ seed, tag: t, ok: true });
    } else {
      refused++;
      // Refused for a tag, with the line it is on.
      for (const d of loaded.diagnostics.filter((x) => x.severity === 'error')) {
        expect({ seed, path: d.path }).toEqual({ seed, path: expect.stringMatching(/(^|\.)tags($|[.[])/) });
        expect({ seed, located: d.location !== undefined }).toEqual({ seed, located: true });
      }
    }
  }
  // Both outcomes occur often enough for the property to mean something.
  expect(accepted).toBeGreaterThan(30);
  expect(refused).toBeGreaterThan(30);
});
