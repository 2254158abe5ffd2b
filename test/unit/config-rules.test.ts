/**
 * The semantic rules of the config (DESIGN.md §1): regions and partitions, bucket names, keys,
 * relations between destinations and rules, S3's limits, and per-account settings. Each test starts
 * from the valid base config of test/support/config-fixtures.ts and changes one thing.
 */
import {
  BACKUP_KEY_ARN,
  expectAccepted,
  expectErrorAmong,
  expectOnlyError,
  parse,
  yamlWith,
  type Draft,
} from '../support/config-fixtures.js';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';

describe('regions', () => {
  test('refuses an unknown source region and suggests the closest one', () => {
    const text = yamlWith((c) => (c.source.region = 'us-est-1'));
    expectOnlyError(
      text,
      'source.region',
      /"us-est-1" is not a known AWS region\. Did you mean "us-east-1"\?/,
    );
  });

  test('refuses an unknown destination region and suggests the closest one', () => {
    const text = yamlWith((c) => (c.destinations[1]!.region = 'eu-wset-1'));
    expectOnlyError(text, 'destinations[1].region', 'Did you mean "eu-west-1"?');
  });

  test('refuses an unknown region without a suggestion when none is close', () => {
    const text = yamlWith((c) => (c.destinations[0]!.region = 'moon-base-1'));
    const d = expectOnlyError(text, 'destinations[0].region', '"moon-base-1" is not a known AWS region.');
    expect(d.message).not.toContain('Did you mean');
  });

  test('refuses a destination in the China partition when the source is in the aws partition', () => {
    // GIVEN a us-east-1 source and a cn-north-1 destination
    const text = yamlWith((c) => (c.destinations[0]!.region = 'cn-north-1'));
    // THEN the destination region is refused: replication cannot cross partitions
    const d = expectOnlyError(text, 'destinations[0].region', /cannot cross partitions/);
    expect(d.message).toContain('aws-cn');
    expect(d.message).toContain('cn-north-1');
  });

  test('refuses a GovCloud destination for a commercial source', () => {
    const text = yamlWith((c) => (c.destinations[1]!.region = 'us-gov-west-1'));
    expectOnlyError(text, 'destinations[1].region', /partition aws-us-gov but the source is in aws/);
  });

  test('accepts a topology entirely inside the China partition', () => {
    expectAccepted(
      yamlWith((c) => {
        c.source.region = 'cn-north-1';
        c.destinations.forEach((d) => (d.region = 'cn-northwest-1'));
      }),
    );
  });

  test('accepts a destination in the same region as the source (same-region replication)', () => {
    expectAccepted(yamlWith((c) => (c.destinations[0]!.region = 'us-east-1')));
  });
});

describe('S3 bucket names', () => {
  describe.each([
    ['source', (c: Draft, b: string) => (c.source.bucket = b), 'source.bucket'],
    ['a destination', (c: Draft, b: string) => (c.destinations[1]!.bucket = b), 'destinations[1].bucket'],
  ])('for %s', (_, setBucket, path) => {
    test.each([
      ['too short', 'ab', 'must be 3-63 characters long (it has 2)'],
      ['too long', 'a'.repeat(64), 'must be 3-63 characters long (it has 64)'],
      ['with uppercase letters', 'Demo-Bucket', 'may contain only lowercase letters, digits, "." and "-"'],
      ['with an underscore', 'demo_bucket', 'may contain only lowercase letters, digits, "." and "-"'],
      ['with two adjacent dots', 'demo..bucket', 'must not contain two adjacent periods'],
      ['formatted as an IP address', '192.168.5.4', 'must not be formatted as an IP address'],
      ['starting with xn--', 'xn--demo', 'must not start with "xn--"'],
      ['starting with sthree-', 'sthree-demo', 'must not start with "sthree-"'],
      ['ending with -s3alias', 'demo-s3alias', 'must not end with "-s3alias"'],
      ['ending with --ol-s3', 'demo--ol-s3', 'must not end with "--ol-s3"'],
      ['starting with a hyphen', '-demo', 'must begin and end with a letter or digit'],
      ['ending with a dot', 'demo.', 'must begin and end with a letter or digit'],
    ])('refuses a name %s', (_, bucket, problem) => {
      const text = yamlWith((c) => setBucket(c, bucket));
      const d = expectOnlyError(text, path, `"${bucket}" is not a valid S3 bucket name`);
      expect(d.message).toContain(problem);
    });

    test('warns about, but accepts, a name with a dot', () => {
      const text = yamlWith((c) => setBucket(c, 'demo.bucket'));
      expectAccepted(text, [{ path, message: /contains "\." which breaks virtual-hosted-style HTTPS/ }]);
    });
  });

  test('reports every broken naming rule of one name in one message', () => {
    const text = yamlWith((c) => (c.source.bucket = '-Demo..Bucket'));
    const d = expectOnlyError(text, 'source.bucket', 'is not a valid S3 bucket name');
    expect(d.message).toContain('may contain only lowercase letters');
    expect(d.message).toContain('must begin and end with a letter or digit');
    expect(d.message).toContain('must not contain two adjacent periods');
  });

  test.each(['abc', 'a'.repeat(63), 'demo-1-bucket', '123bucket'])('accepts the name %s', (bucket) => {
    expectAccepted(yamlWith((c) => (c.source.bucket = bucket)));
  });
});

describe('destination buckets and ids', () => {
  test('refuses a destination bucket that is the source bucket', () => {
    const text = yamlWith((c) => (c.destinations[0]!.bucket = 'demo-source'));
    expectOnlyError(text, 'destinations[0].bucket', '"demo-source" is the source bucket');
  });

  test('refuses two destinations with the same bucket', () => {
    const text = yamlWith((c) => (c.destinations[1]!.bucket = 'demo-backup'));
    expectOnlyError(text, 'destinations[1].bucket', 'bucket "demo-backup" is already destinations[0].bucket');
  });

  test('refuses two destinations with the same id', () => {
    const text = yamlWith((c) => {
      c.destinations[1]!.id = 'backup';
      c.rules[0]!.destinations = ['backup'];
    });
    expectOnlyError(
      text,
      'destinations[1].id',
      'duplicate destination id "backup" (also destinations[0].id)',
    );
  });

  test.each([
    ['a-1', 'a1', 'A1'],
    ['a-b', 'a--b', 'AB'],
    ['eu-backup-2', 'eu-backup2', 'EuBackup2'],
  ])('refuses ids %s and %s, whose CloudFormation names clash', (first, second, logical) => {
    const text = yamlWith((c) => {
      c.destinations[0]!.id = first;
      c.destinations[1]!.id = second;
      c.rules[0]!.destinations = [first, second];
    });
    const d = expectOnlyError(text, 'destinations[1].id', 'give the same CloudFormation name');
    expect(d.message).toContain(`"${second}" and "${first}"`);
    expect(d.message).toContain(`"${logical}"`);
  });

  test('accepts ids a-b and ab, whose CloudFormation names differ in case (AB, Ab)', () => {
    expectAccepted(
      yamlWith((c) => {
        c.destinations[0]!.id = 'a-b';
        c.destinations[1]!.id = 'ab';
        c.rules[0]!.destinations = ['a-b', 'ab'];
      }),
    );
  });
});

describe('kmsKey', () => {
  describe.each([
    [
      'the source',
      (c: Draft, k: string) => (c.source.kmsKey = k),
      'source.kmsKey',
      'us-east-1',
      '111111111111',
    ],
    [
      'a destination',
      (c: Draft, k: string) => (c.destinations[0]!.kmsKey = k),
      'destinations[0].kmsKey',
      'us-west-2',
      '222222222222',
    ],
  ])('of %s', (_, setKey, path, region, account) => {
    const keyArn = `arn:aws:kms:${region}:${account}:key/${KEY_ID}`;

    test('accepts the key ARN of a key in the same account and region as the bucket', () => {
      expectAccepted(yamlWith((c) => setKey(c, keyArn)));
    });

    test('accepts a multi-Region key ARN', () => {
      expectAccepted(
        yamlWith((c) => setKey(c, `arn:aws:kms:${region}:${account}:key/mrk-${'0'.repeat(32)}`)),
      );
    });

    test('accepts "create"', () => {
      expectAccepted(yamlWith((c) => setKey(c, 'create')));
    });

    test('refuses an alias ARN as the key', () => {
      const text = yamlWith((c) => setKey(c, `arn:aws:kms:${region}:${account}:alias/demo`));
      expectOnlyError(text, path, 'an alias is not accepted: give the key ARN');
    });

    test('refuses an alias name as the key', () => {
      expectOnlyError(
        yamlWith((c) => setKey(c, 'alias/demo')),
        path,
        'an alias is not accepted',
      );
    });

    test.each(['alias/aws/s3', 'aws/s3', `arn:aws:kms:${region}:${account}:alias/aws/s3`])(
      'refuses the AWS managed key written as %s',
      (key) => {
        expectOnlyError(
          yamlWith((c) => setKey(c, key)),
          path,
          'the AWS managed key aws/s3 cannot be used',
        );
      },
    );

    test.each([
      [
        'a bare key id',
        KEY_ID,
        'must be "create" or a KMS key ARN of the form arn:PARTITION:kms:REGION:ACCOUNT:key/KEY-ID',
      ],
      ['an ARN of another service', `arn:aws:s3:::demo-source`, 'must be "create" or a KMS key ARN'],
      [
        'an ARN with a short account',
        `arn:aws:kms:${region}:1234:key/${KEY_ID}`,
        'must be "create" or a KMS key ARN',
      ],
      [
        'an ARN whose key id is not a UUID',
        `arn:aws:kms:${region}:${account}:key/not-a-key`,
        '"not-a-key" is not a KMS key id',
      ],
    ])('refuses a malformed key: %s', (_, key, message) => {
      expectOnlyError(
        yamlWith((c) => setKey(c, key)),
        path,
        message,
      );
    });
  });

  test('refuses a key in another region than its bucket', () => {
    // GIVEN destination backup in us-west-2 with a key in us-east-1
    const text = yamlWith(
      (c) => (c.destinations[0]!.kmsKey = `arn:aws:kms:us-east-1:222222222222:key/${KEY_ID}`),
    );
    expectOnlyError(text, 'destinations[0].kmsKey', /the key is in us-east-1 but the bucket is in us-west-2/);
  });

  test('refuses a key in another account than its bucket', () => {
    // GIVEN destination backup of account 222222222222 with a key of the source account
    const text = yamlWith(
      (c) => (c.destinations[0]!.kmsKey = `arn:aws:kms:us-west-2:111111111111:key/${KEY_ID}`),
    );
    expectOnlyError(
      text,
      'destinations[0].kmsKey',
      /the key belongs to account 111111111111 but the bucket to 222222222222/,
    );
  });

  test('refuses a key ARN of another partition than its region', () => {
    const text = yamlWith(
      (c) => (c.destinations[0]!.kmsKey = `arn:aws-cn:kms:us-west-2:222222222222:key/${KEY_ID}`),
    );
    expectOnlyError(text, 'destinations[0].kmsKey', /partition aws-cn but us-west-2 is in aws/);
  });

  test('accepts the shared valid key fixture for the backup destination', () => {
    expectAccepted(yamlWith((c) => (c.destinations[0]!.kmsKey = BACKUP_KEY_ARN)));
  });
});

describe('replication time control', () => {
  test.each([0, 5, 14, 16, 60])('refuses %i minutes', (minutes) => {
    const text = yamlWith((c) => (c.destinations[0]!.replicationTime = { minutes }));
    expectOnlyError(
      text,
      'destinations[0].replicationTime.minutes',
      `must be 15: S3 Replication Time Control accepts only 15 minutes (got ${minutes})`,
    );
  });

  test('accepts 15 minutes', () => {
    const { config } = expectAccepted(
      yamlWith((c) => (c.destinations[0]!.replicationTime = { minutes: 15 })),
    );
    expect(config.destinations[0]!.replicationTime).toEqual({ minutes: 15 });
  });
});

describe('rules', () => {
  const twoRules = (c: Draft) => {
    c.rules = [
      { id: 'logs', priority: 2, filter: { prefix: 'logs/' }, destinations: ['backup'] },
      { id: 'data', priority: 1, filter: { prefix: 'data/' }, destinations: ['backup', 'analytics'] },
    ];
  };

  test('accepts two rules with distinct ids and priorities', () => {
    expectAccepted(yamlWith(twoRules));
  });

  test('refuses two rules with the same priority', () => {
    const text = yamlWith((c) => {
      twoRules(c);
      c.rules[1]!.priority = 2;
    });
    expectOnlyError(
      text,
      'rules[1].priority',
      'priority 2 is already used by rules[0]: priorities must be unique',
    );
  });

  test('refuses two rules with the same id', () => {
    const text = yamlWith((c) => {
      twoRules(c);
      c.rules[1]!.id = 'logs';
    });
    expectOnlyError(text, 'rules[1].id', 'duplicate rule id "logs" (also rules[0].id)');
  });

  test('refuses two rules whose generated S3 rule ids ("<rule>-<destination>") collide', () => {
    // GIVEN rule "x" → destination "a-b" and rule "x-a" → destination "b": both generate the S3 rule id "x-a-b",
    // and S3 requires the ids of the rules of one replication configuration to be unique
    const text = yamlWith((c) => {
      c.destinations[0]!.id = 'a-b';
      c.destinations[1]!.id = 'b';
      c.rules = [
        { id: 'x', priority: 1, destinations: ['a-b'] },
        { id: 'x-a', priority: 2, destinations: ['b'] },
      ];
    });
    expectErrorAmong(text, 'rules[1].id', /x-a-b/);
  });

  test('refuses a tag filter with deleteMarkerReplication: true', () => {
    const text = yamlWith((c) => {
      c.rules[0]!.filter = { tags: { classification: 'shareable' } };
      c.rules[0]!.deleteMarkerReplication = true;
    });
    expectOnlyError(text, 'rules[0].deleteMarkerReplication', 'must be false when the filter has tags');
  });

  test('refuses a prefix-and-tag filter with deleteMarkerReplication: true', () => {
    const text = yamlWith((c) => {
      c.rules[0]!.filter = { prefix: 'data/', tags: { classification: 'shareable' } };
      c.rules[0]!.deleteMarkerReplication = true;
    });
    expectOnlyError(text, 'rules[0].deleteMarkerReplication', 'must be false when the filter has tags');
  });

  test.each([
    ['a tag filter with deleteMarkerReplication: false', { tags: { a: 'b' } }, false],
    ['a prefix filter with deleteMarkerReplication: true', { prefix: 'logs/' }, true],
    ['no filter with deleteMarkerReplication: true', undefined, true],
  ])('accepts %s', (_, filter, deleteMarkerReplication) => {
    expectAccepted(
      yamlWith((c) => {
        if (filter) c.rules[0]!.filter = filter;
        c.rules[0]!.deleteMarkerReplication = deleteMarkerReplication;
      }),
    );
  });

  test('refuses a rule naming an unknown destination and suggests the closest id', () => {
    const text = yamlWith((c) => (c.rules[0]!.destinations = ['backup', 'analytcs']));
    expectOnlyError(
      text,
      'rules[0].destinations[1]',
      '"analytcs" is not a destination id. Did you mean "analytics"?',
    );
  });

  test('lists the known destination ids when the unknown one is close to none', () => {
    const text = yamlWith((c) => (c.rules[0]!.destinations = ['backup', 'analytics', 'zzz']));
    expectOnlyError(
      text,
      'rules[0].destinations[2]',
      '"zzz" is not a destination id. Known: backup, analytics.',
    );
  });

  test('refuses a destination listed twice in one rule', () => {
    const text = yamlWith((c) => (c.rules[0]!.destinations = ['backup', 'analytics', 'backup']));
    expectOnlyError(text, 'rules[0].destinations[2]', 'destination "backup" is listed twice');
  });

  test('warns, but accepts, when no rule uses a destination', () => {
    const text = yamlWith((c) => (c.rules[0]!.destinations = ['backup']));
    expectAccepted(text, [{ path: 'destinations[1].id', message: 'no rule replicates to "analytics"' }]);
  });

  test('refuses rules that expand to more than 1,000 S3 rules, with the count', () => {
    // GIVEN 501 rules, each to both destinations: 1,002 S3 rules
    const text = yamlWith((c) => {
      c.rules = Array.from({ length: 501 }, (_, i) => ({
        id: `r${i}`,
        priority: i,
        filter: { prefix: `p${i}/` },
        destinations: ['backup', 'analytics'],
      }));
    });
    const d = expectOnlyError(text, 'rules', 'these rules expand to 1002 S3 rules');
    expect(d.message).toContain('at most 1000');
  });

  test('accepts rules that expand to exactly 1,000 S3 rules', () => {
    const text = yamlWith((c) => {
      c.rules = Array.from({ length: 500 }, (_, i) => ({
        id: `r${i}`,
        priority: i,
        filter: { prefix: `p${i}/` },
        destinations: ['backup', 'analytics'],
      }));
    });
    expectAccepted(text);
  });
});

describe('accounts', () => {
  test.each([
    ['a word', 'prod', 'accounts.prod'],
    ['too few digits', '12345', 'accounts["12345"]'],
  ])('refuses a key that is not an account id: %s', (_, key, path) => {
    const text = yamlWith((c) => (c.accounts = { [key]: { deployRole: 'deployer' } }));
    expectOnlyError(text, path, `key "${key}" is not valid: a 12-digit account id`);
  });

  test('accepts settings for a destination account, by role name and by role ARN', () => {
    expectAccepted(
      yamlWith(
        (c) =>
          (c.accounts = {
            '222222222222': {
              deployRole: 'deployer',
              planRole: 'arn:aws:iam::222222222222:role/planner',
              executionRole: 'arn:aws:iam::222222222222:role/path/cfn-exec',
            },
          }),
      ),
    );
  });

  test('accepts an unquoted 12-digit account id as a key', () => {
    const text = yamlWith((c) => (c.accounts = { '222222222222': { deployRole: 'deployer' } })).replace(
      "'222222222222':",
      '222222222222:',
    );
    expect(text).toContain('\n  222222222222:\n');
    expectAccepted(text);
  });

  test('asks for quotes around an unquoted account key whose leading zero YAML drops', () => {
    // GIVEN a source account '012345678901' and settings keyed by it, unquoted
    const text = yamlWith((c) => {
      c.source.account = '012345678901';
      c.accounts = { '012345678901': { deployRole: 'deployer' } };
    }).replace("'012345678901':", '012345678901:');
    expect(text).toContain('\n  012345678901:\n');
    // THEN the error names the key as written and asks for quotes (not 'key "12345678901"')
    const result = parse(text);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.diagnostics;
    expect(errors).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/012345678901.*quotes|quotes.*012345678901/),
      }),
    ]);
  });

  test('refuses a role ARN in another account than its key', () => {
    const text = yamlWith(
      (c) => (c.accounts = { '222222222222': { deployRole: 'arn:aws:iam::999999999999:role/deployer' } }),
    );
    expectOnlyError(
      text,
      'accounts["222222222222"].deployRole',
      'the role is in account 999999999999, not 222222222222',
    );
  });

  test('refuses a role ARN in another partition than the topology', () => {
    // GIVEN a us-east-1 (aws) topology and a role ARN of the aws-cn partition
    const text = yamlWith(
      (c) => (c.accounts = { '222222222222': { planRole: 'arn:aws-cn:iam::222222222222:role/planner' } }),
    );
    expectErrorAmong(text, 'accounts["222222222222"].planRole', /aws-cn/);
  });

  test.each([
    ['planRole', 'arn:aws:iam::2222:role/planner'],
    ['planRole', 'arn:aws:iam::222222222222:user/planner'],
    ['executionRole', 'arn:aws:sts::222222222222:assumed-role/x/y'],
  ])('refuses a malformed role ARN in %s: %s', (field, role) => {
    const text = yamlWith((c) => (c.accounts = { '222222222222': { [field]: role } }));
    expectOnlyError(text, `accounts["222222222222"].${field}`, `"${role}" is not an IAM role ARN`);
  });

  test.each([
    ['deployRole', 'my deploy role'],
    ['executionRole', 'role#1'],
    ['planRole', 'r'.repeat(65)],
  ])('refuses a malformed role name in %s: %s', (field, role) => {
    const text = yamlWith((c) => (c.accounts = { '222222222222': { [field]: role } }));
    expectOnlyError(text, `accounts["222222222222"].${field}`, `"${role}" is not an IAM role name`);
  });

  test('warns, but accepts, settings for an account that is not in the topology', () => {
    const text = yamlWith((c) => (c.accounts = { '444444444444': { deployRole: 'deployer' } }));
    expectAccepted(text, [
      {
        path: 'accounts["444444444444"]',
        message: 'account 444444444444 is neither the source nor a destination',
      },
    ]);
  });
});

describe('names the bootstrap execution role may reach', () => {
  test.each([
    'OrganizationAccountAccessRole',
    'admin-replication',
    's3-xrepl-orders',
    's3-xrepl-replication',
  ])('refuses replicationRoleName %s: not unmistakably a product role', (name) => {
    const text = yamlWith((c) => (c.source.replicationRoleName = name));
    expectOnlyError(text, 'source.replicationRoleName', /is not a product role name: it must look like/);
  });

  test.each([
    ['the default prefix', 's3-xrepl-orders-eu-replication', undefined],
    ['the stack prefix', 'acme-orders-replication', 'acme'],
  ])('accepts a replication role named with %s: %s', (_, name, stackPrefix) => {
    expectAccepted(
      yamlWith((c) => {
        c.source.replicationRoleName = name;
        if (stackPrefix) c.options = { stackPrefix };
      }),
    );
  });

  test('refuses a replication role name too long for the backfill role named after it, saying by how much', () => {
    const name = `s3-xrepl-${'o'.repeat(43)}-replication`; // 64 characters: IAM's limit
    const text = yamlWith((c) => (c.source.replicationRoleName = name));
    expectOnlyError(
      text,
      'source.replicationRoleName',
      /the backfill role is named after this one, "s3-xrepl-o+-batch-replication", which is 70 characters: IAM allows 64\. Shorten the name by 6\./,
    );
    expectAccepted(
      yamlWith((c) => (c.source.replicationRoleName = `s3-xrepl-${'o'.repeat(37)}-replication`)),
    );
  });

  test('accepts a permissions boundary by name, by ARN, or none', () => {
    for (const permissionsBoundary of [
      'my-boundary',
      'arn:aws:iam::111111111111:policy/team/my-boundary',
      'none',
    ])
      expectAccepted(yamlWith((c) => (c.accounts = { '111111111111': { permissionsBoundary } })));
  });

  test.each([
    ['arn:aws:iam::222222222222:policy/b', "a permissions boundary must be in the role's own account"],
    ['arn:aws:iam::111111111111:role/b', 'is not a managed policy ARN'],
    ['my boundary', 'is not a managed policy name'],
  ])('refuses permissionsBoundary %s', (permissionsBoundary, message) => {
    const text = yamlWith((c) => (c.accounts = { '111111111111': { permissionsBoundary } }));
    expectOnlyError(text, 'accounts["111111111111"].permissionsBoundary', message);
  });
});
