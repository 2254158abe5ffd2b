/**
 * The config's shape: account ids, unknown keys, types, ranges, patterns and required keys. Each
 * test starts from the valid base config of test/support/config-fixtures.ts and changes one thing.
 */
import {
  BASE_YAML,
  baseYamlWith,
  expectAccepted,
  expectErrorAmong,
  expectOnlyError,
  errorsOf,
  parse,
  yamlWith,
  type Draft,
} from '../support/config-fixtures.js';

describe('account ids', () => {
  test.each([
    ['too short', '12345', 'the string "12345"'],
    ['13 digits', '1111111111111', 'the string "1111111111111"'],
    ['a letter inside', '11111111111a', 'the string "11111111111a"'],
    ['spaces inside', '1111 1111 1111', 'the string "1111 1111 1111"'],
  ])('refuses a quoted account id that is %s', (_, account, shown) => {
    // GIVEN a source account that is not 12 digits
    const text = yamlWith((c) => (c.source.account = account));
    // THEN the error names the field and what was found
    const d = expectOnlyError(text, 'source.account', 'must be a 12-digit AWS account id in quotes');
    expect(d.message).toContain(shown);
  });

  test.each([
    ['a boolean', true, 'the boolean true'],
    ['a list', ['111111111111'], 'a list'],
    ['a mapping', { id: '111111111111' }, 'a mapping'],
  ])('refuses an account id that is %s', (_, account, shown) => {
    const text = yamlWith((c) => (c.destinations[1]!.account = account));
    const d = expectOnlyError(text, 'destinations[1].account', 'must be a 12-digit AWS account id');
    expect(d.message).toContain(shown);
  });

  test('accepts an unquoted 12-digit account id and keeps it as a string', () => {
    // GIVEN `account: 111111111111`, which YAML reads as a number
    const text = baseYamlWith("  account: '111111111111'", '  account: 111111111111');
    // THEN the config keeps the id as the 12-character string
    const { config } = expectAccepted(text);
    expect(config.source.account).toBe('111111111111');
    expect(typeof config.source.account).toBe('string');
  });

  test('accepts an unquoted 12-digit destination account id as a string', () => {
    const text = baseYamlWith("    account: '333333333333'", '    account: 333333333333');
    const { config } = expectAccepted(text);
    expect(config.destinations[1]!.account).toBe('333333333333');
  });

  test('asks for quotes around an unquoted account id whose leading zero YAML drops', () => {
    // GIVEN `account: 012345678901`, which YAML reads as the number 12345678901
    const text = baseYamlWith("  account: '111111111111'", '  account: 012345678901');
    // THEN the error quotes the id as written and asks for quotes
    const d = expectOnlyError(text, 'source.account', /quotes/);
    expect(d.message).toContain('"012345678901"');
  });

  test('asks for quotes around a destination account id with a leading zero', () => {
    const text = baseYamlWith("    account: '222222222222'", '    account: 022222222222');
    const d = expectOnlyError(text, 'destinations[0].account', /quotes/);
    expect(d.message).toContain('"022222222222"');
  });

  test('refuses an unquoted number that is not 12 digits', () => {
    const text = baseYamlWith("  account: '111111111111'", '  account: 12345');
    expectOnlyError(text, 'source.account', 'account id 12345 must be 12 digits');
  });

  test('accepts a quoted account id with a leading zero', () => {
    const text = yamlWith((c) => (c.source.account = '012345678901'));
    expect(expectAccepted(text).config.source.account).toBe('012345678901');
  });
});

describe('unknown keys', () => {
  test('suggests "destinations" for the typo "destinatons" and says "destinations" is missing', () => {
    // GIVEN the destinations list under a misspelt key
    const text = yamlWith((c) => {
      c.destinatons = c.destinations;
      delete (c as Partial<Draft>).destinations;
    });
    // THEN the typo is reported with a suggestion, and the real key as missing
    expectErrorAmong(text, 'destinatons', /unknown key "destinatons"\. Did you mean "destinations"\?/);
    expectErrorAmong(text, 'destinations', 'required key "destinations" is missing');
  });

  test.each<[string, (c: Draft) => void, string, string]>([
    ['kmskey in source', (c) => (c.source.kmskey = 'create'), 'source.kmskey', 'kmsKey'],
    [
      'storageclass in a destination',
      (c) => (c.destinations[0]!.storageclass = 'GLACIER'),
      'destinations[0].storageclass',
      'storageClass',
    ],
    [
      'deleteMarkerReplications in a rule',
      (c) => (c.rules[0]!.deleteMarkerReplications = true),
      'rules[0].deleteMarkerReplications',
      'deleteMarkerReplication',
    ],
    [
      'hardentrust in options',
      (c) => (c.options = { hardentrust: true }),
      'options.hardentrust',
      'hardenTrust',
    ],
    [
      'prefx in a rule filter',
      (c) => (c.rules[0]!.filter = { prefx: 'logs/' } as DraftFilter),
      'rules[0].filter.prefx',
      'prefix',
    ],
    [
      'deploy_role in account settings',
      (c) => (c.accounts = { '222222222222': { deploy_role: 'x' } }),
      'accounts["222222222222"].deploy_role',
      'deployRole',
    ],
    ['Name at the top level', (c) => ((c.Name = 'demo'), delete (c as Partial<Draft>).name), 'Name', 'name'],
  ])('suggests the right key for the typo %s', (_, change, path, suggested) => {
    const text = yamlWith(change);
    expectErrorAmong(text, path, `Did you mean "${suggested}"?`);
  });

  test('refuses a typo with exactly one error when nothing else depends on the key', () => {
    const text = yamlWith((c) => (c.source.kmskey = 'create'));
    expectOnlyError(text, 'source.kmskey', 'unknown key "kmskey". Did you mean "kmsKey"?');
  });

  test('lists the allowed keys of source when the unknown key is close to none', () => {
    const text = yamlWith((c) => (c.source.colour = 'blue'));
    const d = expectOnlyError(text, 'source.colour', 'unknown key "colour".');
    expect(d.message).toContain(
      'Allowed: account, region, bucket, kmsKey, bucketKey, replicationRoleName, tags, adopt.',
    );
    expect(d.message).not.toContain('Did you mean');
  });

  test('lists the allowed top-level keys when the unknown key is close to none', () => {
    const text = yamlWith((c) => (c.environment = 'prod'));
    expectOnlyError(
      text,
      'environment',
      'Allowed: version, name, source, destinations, rules, accounts, destinationStackSet, tags, monitoring, options.',
    );
  });
});

type DraftFilter = { prefix?: unknown; tags?: Record<string, unknown> };

describe('wrong types', () => {
  test.each<[string, (c: Draft) => void, string, string]>([
    [
      'a string where a whole number is expected',
      (c) => (c.rules[0]!.priority = 'high'),
      'rules[0].priority',
      'must be a whole number, got the string "high"',
    ],
    [
      'a fraction where a whole number is expected',
      (c) => (c.rules[0]!.priority = 1.5),
      'rules[0].priority',
      'must be a whole number, got the number 1.5',
    ],
    [
      'a list where a mapping is expected',
      (c) => Object.assign(c, { source: ['111111111111', 'us-east-1'] }),
      'source',
      'must be a mapping, got a list',
    ],
    [
      'a mapping where a list is expected',
      (c) => Object.assign(c, { destinations: { id: 'backup' } }),
      'destinations',
      'must be a list, got a mapping',
    ],
    [
      'a string where a list of destination ids is expected',
      (c) => (c.rules[0]!.destinations = 'backup'),
      'rules[0].destinations',
      'must be a list, got the string "backup"',
    ],
    [
      'a number where a string is expected',
      (c) => (c.source.region = 12),
      'source.region',
      'must be a string, got the number 12',
    ],
    ['null where a string is expected', (c) => (c.name = null), 'name', 'must be a string, got null'],
    [
      'the string "yes" where a boolean is expected',
      (c) => (c.options = { hardenTrust: 'yes' }),
      'options.hardenTrust',
      'must be true or false, got the string "yes"',
    ],
    [
      'a number where the replicationTime mapping is expected',
      (c) => (c.destinations[0]!.replicationTime = 15),
      'destinations[0].replicationTime',
      'must be a mapping, got the number 15',
    ],
    [
      'a list where the tags mapping is expected',
      (c) => (c.tags = ['a'] as never),
      'tags',
      'must be a mapping, got a list',
    ],
    [
      'a number as a tag value',
      (c) => (c.tags = { 'cost-center': 4711 }),
      'tags.cost-center',
      'must be a string, got the number 4711',
    ],
  ])('refuses %s', (_, change, path, message) => {
    expectErrorAmong(yamlWith(change), path, message);
  });

  test('refuses a whole document that is a list', () => {
    expectOnlyError('- a\n- b\n', '(root)', 'must be a mapping, got a list');
  });

  test('refuses a whole document that is a plain string', () => {
    expectOnlyError('hello\n', '(root)', 'must be a mapping, got the string "hello"');
  });
});

describe('ranges, patterns and enumerations', () => {
  test.each<[string, (c: Draft) => void, string, string | RegExp]>([
    [
      'a name with uppercase letters and underscores',
      (c) => (c.name = 'Demo_Name'),
      'name',
      /"Demo_Name" is not valid: lowercase letters, digits and hyphens/,
    ],
    ['a one-letter name', (c) => (c.name = 'd'), 'name', '2-30 characters'],
    [
      'a rule id with spaces',
      (c) => (c.rules[0]!.id = 'all objects'),
      'rules[0].id',
      '"all objects" is not valid',
    ],
    [
      'a negative priority',
      (c) => (c.rules[0]!.priority = -1),
      'rules[0].priority',
      'must be between 0 and 1000000, got -1',
    ],
    ['version 2', (c) => (c.version = 2), 'version', 'must be between 1 and 1, got 2'],
    [
      'a misspelt storage class',
      (c) => (c.destinations[0]!.storageClass = 'STANDARD_IAA'),
      'destinations[0].storageClass',
      /"STANDARD_IAA" is not one of STANDARD, .*GLACIER_IR.* Did you mean "STANDARD_IA"\?/,
    ],
    [
      'a lowercase storage class',
      (c) => (c.destinations[1]!.storageClass = 'glacier'),
      'destinations[1].storageClass',
      'Did you mean "GLACIER"?',
    ],
    [
      'a replication role name with spaces',
      (c) => (c.source.replicationRoleName = 'my replication role'),
      'source.replicationRoleName',
      'an IAM role name',
    ],
    [
      'a stack prefix starting with a digit',
      (c) => (c.options = { stackPrefix: '1prefix' }),
      'options.stackPrefix',
      '"1prefix" is not valid',
    ],
    [
      'zero days of noncurrent version expiration',
      (c) => (c.options = { noncurrentVersionExpirationDays: 0 }),
      'options.noncurrentVersionExpirationDays',
      'must be between 1 and 36500, got 0',
    ],
    [
      'a tag key starting with "aws:"',
      (c) => (c.tags = { 'aws:owner': 'me' }),
      'tags["aws:owner"]',
      'tag key "aws:owner" is not allowed: keys starting with "aws:" (in any case) are reserved for AWS.',
    ],
    [
      'a tag value of 257 characters',
      (c) => (c.source.tags = { team: 'x'.repeat(257) }),
      'source.tags.team',
      'must be at most 256 characters long (it has 257)',
    ],
    [
      '11 tags in a rule filter',
      (c) =>
        (c.rules[0]!.filter = {
          tags: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v'])),
        }),
      'rules[0].filter.tags',
      'must have at most 10 entries (it has 11)',
    ],
    [
      'a prefix of 1,025 characters',
      (c) => (c.rules[0]!.filter = { prefix: 'p'.repeat(1025) }),
      'rules[0].filter.prefix',
      'must be at most 1024 characters long (it has 1025)',
    ],
    ['an empty rules list', (c) => (c.rules = []), 'rules', 'must have at least 1 item.'],
    [
      'a rule without destinations',
      (c) => (c.rules[0]!.destinations = []),
      'rules[0].destinations',
      'must have at least 1 item.',
    ],
  ])('refuses %s', (_, change, path, message) => {
    expectOnlyError(yamlWith(change), path, message);
  });

  test('refuses a destination id with uppercase letters', () => {
    const text = yamlWith((c) => {
      c.destinations[0]!.id = 'Backup';
      c.rules[0]!.destinations = ['Backup', 'analytics'];
    });
    expectErrorAmong(
      text,
      'destinations[0].id',
      '"Backup" is not valid: lowercase letters, digits and hyphens',
    );
  });

  test('refuses an empty destinations list', () => {
    const text = yamlWith((c) => (c.destinations = []));
    expectErrorAmong(text, 'destinations', 'must have at least 1 item.');
  });

  test('refuses 51 tags in one mapping, and says what the stacks would carry', () => {
    const text = yamlWith(
      (c) => (c.tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']))),
    );
    expect(errorsOf(parse(text))).toEqual([
      expect.objectContaining({ path: 'tags', message: 'must have at most 50 entries (it has 51).' }),
      expect.objectContaining({ path: 'tags', message: expect.stringContaining('each allow 50') }),
    ]);
  });

  test('refuses more than 100 destinations', () => {
    const text = yamlWith((c) => {
      c.destinations = Array.from({ length: 101 }, (_, i) => ({
        id: `d${i}`,
        account: '222222222222',
        region: 'us-west-2',
        bucket: `demo-backup-${i}`,
      }));
      c.rules[0]!.destinations = c.destinations.slice(0, 100).map((d) => d.id);
    });
    expectOnlyError(text, 'destinations', 'must have at most 100 items (it has 101)');
  });

  test.each([
    'STANDARD',
    'STANDARD_IA',
    'ONEZONE_IA',
    'INTELLIGENT_TIERING',
    'GLACIER',
    'GLACIER_IR',
    'DEEP_ARCHIVE',
  ])('accepts the storage class %s', (storageClass) => {
    expectAccepted(yamlWith((c) => (c.destinations[0]!.storageClass = storageClass)));
  });
});

describe('required keys', () => {
  test.each<[string, (c: Draft) => void, string]>([
    ['name', (c) => delete (c as Partial<Draft>).name, 'name'],
    ['source', (c) => delete (c as Partial<Draft>).source, 'source'],
    ['rules', (c) => delete (c as Partial<Draft>).rules, 'rules'],
    ['source.account', (c) => delete c.source.account, 'source.account'],
    ['source.region', (c) => delete c.source.region, 'source.region'],
    ['source.bucket', (c) => delete c.source.bucket, 'source.bucket'],
    ['destinations[1].account', (c) => delete c.destinations[1]!.account, 'destinations[1].account'],
    ['destinations[1].region', (c) => delete c.destinations[1]!.region, 'destinations[1].region'],
    ['destinations[1].bucket', (c) => delete c.destinations[1]!.bucket, 'destinations[1].bucket'],
    ['rules[0].id', (c) => delete c.rules[0]!.id, 'rules[0].id'],
    ['rules[0].priority', (c) => delete c.rules[0]!.priority, 'rules[0].priority'],
    ['rules[0].destinations', (c) => delete c.rules[0]!.destinations, 'rules[0].destinations'],
    [
      'replicationTime.minutes',
      (c) => (c.destinations[0]!.replicationTime = {}),
      'destinations[0].replicationTime.minutes',
    ],
  ])('reports %s as missing', (_, change, path) => {
    const key = path.replace(/^.*[.\]]/, '');
    expectOnlyError(yamlWith(change), path, `required key "${key}" is missing`);
  });

  test('reports a missing destination id (and the rule that names it)', () => {
    const text = yamlWith((c) => delete c.destinations[0]!.id);
    expectErrorAmong(text, 'destinations[0].id', 'required key "id" is missing');
  });

  test('describes the missing key from the schema', () => {
    const text = yamlWith((c) => delete c.source.bucket);
    expectOnlyError(text, 'source.bucket', 'required key "bucket" is missing: S3 bucket name');
  });

  test('the hand-written base YAML is the same valid config', () => {
    expectAccepted(BASE_YAML);
  });
});
