/**
 * Issue 17: a live bucket compared with the template that adopts it. Nothing the bucket has is
 * lost without the config saying so by name; what is kept goes into the template as it was (and the
 * template stays cfn-lint clean); what cannot be undone is flagged.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { carryKeptSettings, importTemplateOf } from '../../src/core/adopt/carry-kept.js';
import type { LiveBucketSettings } from '../../src/core/adopt/live-bucket.js';
import { reviewAdoption, type AdoptingTemplate } from '../../src/core/adopt/review-adoption.js';
import { buildTopology } from '../../src/core/model/build-topology.js';
import type { Adoption } from '../../src/core/model/adoption.js';
import type { Json, Template } from '../../src/core/templates/cfn.js';
import { buildSourceTemplate } from '../../src/core/templates/source-template.js';
import { buildDestinationTemplate } from '../../src/core/templates/destination-template.js';
import { runCfnLint } from '../support/cfn-lint.js';
import { expectAccepted, yamlWith } from '../support/config-fixtures.js';

const FOREIGN_STATEMENT = {
  Sid: 'AllowAuditRead',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::444444444444:role/auditor' },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::demo-source/audit/*',
};
const UNNAMED_STATEMENT = {
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:DeleteBucket',
  Resource: 'arn:aws:s3:::demo-source',
};
const FOREIGN_RULE = {
  ID: 'logs-to-archive',
  Priority: 9,
  Status: 'Enabled',
  Filter: { And: { Prefix: 'logs/', Tags: [{ Key: 'class', Value: 'log' }] } },
  DeleteMarkerReplication: { Status: 'Disabled' },
  Destination: { Bucket: 'arn:aws:s3:::demo-archive' },
};

function liveBucket(over: Partial<LiveBucketSettings> = {}): LiveBucketSettings {
  return {
    name: 'demo-source',
    encryption: { algorithm: 'AES256' },
    ownership: 'ObjectWriter',
    policy: { Statement: [FOREIGN_STATEMENT, UNNAMED_STATEMENT] },
    replication: { Role: 'arn:aws:iam::111111111111:role/legacy', Rules: [FOREIGN_RULE] },
    notifications: [
      {
        id: 'new-upload',
        kind: 'queue',
        arn: 'arn:aws:sqs:us-east-1:111111111111:uploads',
        events: ['s3:ObjectCreated:Put', 's3:ObjectCreated:Post'],
        filterRules: [{ Name: 'suffix', Value: '.csv' }],
      },
    ],
    lifecycleRules: [
      { ID: 'tmp-cleanup', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 7 } },
    ],
    tags: { team: 'finance' },
    objects: { count: 1234, bytes: 5_000_000, day: '2026-12-06' },
    ...over,
  };
}

/** The source stack of the base config with `adopt:` as given, and what the review reads of it. */
function adopting(adopt: object, change: (c: Record<string, unknown>) => void = () => undefined) {
  const result = expectAccepted(
    yamlWith((c) => {
      c.source.adopt = adopt;
      change(c as unknown as Record<string, unknown>);
    }),
    Object.keys((adopt as { keep?: { replicationRules?: unknown } }).keep?.replicationRules ?? {}).length
      ? [{ path: 'source.adopt.keep.replicationRules', message: /one role per configuration/ }]
      : [],
  );
  const topology = buildTopology(result.config);
  const template = buildSourceTemplate(topology);
  const policy = template.Resources.SourceBucketPolicy!.Properties.PolicyDocument as { Statement: Json[] };
  const view: AdoptingTemplate = {
    bucket: template.Resources.SourceBucket!.Properties,
    policyStatements: policy.Statement,
    destinationBuckets: topology.destinations.map((d) => d.bucket),
  };
  return { adopt: topology.source.adopt!, template, view };
}

const KEEP_ALL = {
  keep: {
    replicationRules: ['logs-to-archive'],
    policyStatements: ['AllowAuditRead', '#2'],
    notifications: ['new-upload'],
    lifecycleRules: ['tmp-cleanup'],
  },
};

describe('nothing is silently dropped', () => {
  test('GIVEN a bucket with foreign settings and an adopt block naming none, THEN the plan is blocked naming each', () => {
    const { adopt, view } = adopting({});
    const review = reviewAdoption(liveBucket(), view, adopt);
    expect(review.blocked).toBe(true);
    expect(review.items.filter((i) => i.fate === 'unaccounted')).toEqual([
      { kind: 'replicationRules', name: 'logs-to-archive', fate: 'unaccounted' },
      { kind: 'policyStatements', name: 'AllowAuditRead', fate: 'unaccounted' },
      { kind: 'policyStatements', name: '#2', fate: 'unaccounted' },
      { kind: 'lifecycleRules', name: 'tmp-cleanup', fate: 'unaccounted' },
      { kind: 'notifications', name: 'new-upload', fate: 'unaccounted' },
    ]);
  });

  test('a notification the template never writes is left alone: without monitoring events it is untouched', () => {
    const { adopt, view } = adopting({}, (c) => (c.monitoring = { failureEvents: false }));
    const review = reviewAdoption(liveBucket(), view, adopt);
    expect(review.items.find((i) => i.kind === 'notifications')).toEqual({
      kind: 'notifications',
      name: 'new-upload',
      fate: 'untouched',
    });
  });

  test('GIVEN everything kept or dropped by name, THEN the plan may go on, each item with its fate', () => {
    const { adopt, view } = adopting({
      keep: { policyStatements: ['AllowAuditRead'], notifications: ['new-upload'] },
      drop: {
        replicationRules: ['logs-to-archive'],
        policyStatements: ['#2'],
        lifecycleRules: ['tmp-cleanup'],
      },
    });
    const review = reviewAdoption(liveBucket(), view, adopt);
    expect(review.blocked).toBe(false);
    expect(review.items.map((i) => `${i.name}:${i.fate}`)).toEqual([
      'logs-to-archive:dropped',
      'AllowAuditRead:kept',
      '#2:dropped',
      'tmp-cleanup:dropped',
      'new-upload:kept',
    ]);
  });

  test("a live statement with the Sid the template writes is the product's own: replaced, not foreign", () => {
    const { adopt, view } = adopting({ drop: { replicationRules: ['logs-to-archive'] } });
    const live = liveBucket({
      policy: { Statement: [{ Sid: 'DenyInsecureTransport', Effect: 'Deny' }] },
      notifications: [],
      lifecycleRules: [],
    });
    const review = reviewAdoption(live, view, adopt);
    expect(review.items).toContainEqual({
      kind: 'policyStatements',
      name: 'DenyInsecureTransport',
      fate: 'replaced',
    });
    expect(review.blocked).toBe(false);
  });

  test('a kept name the bucket does not have blocks the plan: there is nothing to carry', () => {
    const { adopt, view } = adopting({
      keep: { policyStatements: ['AllowAuditRaed'] },
      drop: { policyStatements: ['AllowAuditRead', '#2'] },
    });
    const review = reviewAdoption(
      liveBucket({ replication: undefined, notifications: [], lifecycleRules: [] }),
      view,
      adopt,
    );
    expect(review.missingKept).toEqual([{ kind: 'policyStatements', name: 'AllowAuditRaed' }]);
    expect(review.blocked).toBe(true);
  });

  test('a kept rule to a bucket outside the topology is kept with a warning: it will run as the topology role', () => {
    const { adopt, view } = adopting(KEEP_ALL);
    const review = reviewAdoption(liveBucket(), view, adopt);
    const rule = review.items.find((i) => i.kind === 'replicationRules')!;
    expect(rule.fate).toBe('kept');
    expect(rule.warning).toMatch(/demo-archive.*every object it matches fails/);
  });

  test('a bucket managed by another stack is refused with that stack', () => {
    const { adopt, view } = adopting(KEEP_ALL);
    const review = reviewAdoption(liveBucket({ ownerStack: 'legacy-data' }), view, adopt);
    expect(review.blocked).toBe(true);
    expect(review.ownerStack).toBe('legacy-data');
  });
});

describe('changes that cannot be taken back are flagged', () => {
  test('enabling versioning on a bucket that never had it is one-way', () => {
    const { adopt, view } = adopting(KEEP_ALL);
    const changes = reviewAdoption(liveBucket(), view, adopt).changes;
    expect(changes.find((c) => c.setting === 'versioning')).toEqual(
      expect.objectContaining({ from: 'never enabled', to: 'Enabled', oneWay: true }),
    );
  });

  test('a new default encryption applies to new objects only, and says what happens to SSE-S3 ones', () => {
    const { adopt, view } = adopting(KEEP_ALL);
    const change = reviewAdoption(liveBucket(), view, adopt).changes.find(
      (c) => c.setting === 'default encryption',
    )!;
    expect(change.from).toBe('SSE-S3 (AES256)');
    expect(change.oneWay).toBe(false);
    expect(change.consequence).toMatch(/new.*only|from now on only/);
    expect(change.consequence).toMatch(/SseKmsEncryptedObjects/);
    expect(change.consequence).toMatch(/backfill/);
  });

  test('a bucket already as the template wants it shows no setting change', () => {
    const { adopt, view } = adopting(KEEP_ALL, (c) => {
      (c.source as Record<string, unknown>).kmsKey =
        'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    });
    const live = liveBucket({
      versioning: 'Enabled',
      encryption: {
        algorithm: 'aws:kms',
        kmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      },
      ownership: 'BucketOwnerEnforced',
      publicAccessBlock: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    expect(reviewAdoption(live, view, adopt).changes).toEqual([]);
  });

  test('the object count is carried to the review for the plan to point at backfill', () => {
    const { adopt, view } = adopting(KEEP_ALL);
    expect(reviewAdoption(liveBucket(), view, adopt).objects).toEqual({
      count: 1234,
      bytes: 5_000_000,
      day: '2026-12-06',
    });
  });
});

describe('what is kept is carried into the template verbatim', () => {
  const ids = { bucket: 'SourceBucket', policy: 'SourceBucketPolicy' };

  function carried(): Template {
    const { adopt, template } = adopting(KEEP_ALL);
    return carryKeptSettings(template, ids, liveBucket(), adopt as Adoption);
  }

  test('foreign statements are appended exactly as S3 returned them', () => {
    const policy = carried().Resources.SourceBucketPolicy!.Properties.PolicyDocument as { Statement: Json[] };
    expect(policy.Statement.slice(-2)).toEqual([FOREIGN_STATEMENT, UNNAMED_STATEMENT]);
  });

  test("a kept replication rule is respelled for CloudFormation and follows the topology's rules", () => {
    const config = carried().Resources.SourceBucket!.Properties.ReplicationConfiguration as { Rules: Json[] };
    expect(config.Rules.at(-1)).toEqual({
      Id: 'logs-to-archive',
      Priority: 9,
      Status: 'Enabled',
      Filter: { And: { Prefix: 'logs/', TagFilters: [{ Key: 'class', Value: 'log' }] } },
      DeleteMarkerReplication: { Status: 'Disabled' },
      Destination: { Bucket: 'arn:aws:s3:::demo-archive' },
    });
  });

  test('a kept notification becomes one CloudFormation configuration per event, beside the monitoring ones', () => {
    const n = carried().Resources.SourceBucket!.Properties.NotificationConfiguration as Record<
      string,
      Json[]
    >;
    expect(n.QueueConfigurations).toEqual([
      {
        Event: 's3:ObjectCreated:Put',
        Queue: 'arn:aws:sqs:us-east-1:111111111111:uploads',
        Filter: { S3Key: { Rules: [{ Name: 'suffix', Value: '.csv' }] } },
      },
      {
        Event: 's3:ObjectCreated:Post',
        Queue: 'arn:aws:sqs:us-east-1:111111111111:uploads',
        Filter: { S3Key: { Rules: [{ Name: 'suffix', Value: '.csv' }] } },
      },
    ]);
  });

  test('a kept lifecycle rule sits beside the canary backstop', () => {
    const lifecycle = carried().Resources.SourceBucket!.Properties.LifecycleConfiguration as {
      Rules: Json[];
    };
    expect(lifecycle.Rules.map((r) => (r as { Id: string }).Id)).toEqual([
      's3-xrepl-canary-backstop',
      'tmp-cleanup',
    ]);
    expect(lifecycle.Rules.at(-1)).toEqual({
      Id: 'tmp-cleanup',
      Status: 'Enabled',
      Prefix: 'tmp/',
      ExpirationInDays: 7,
    });
  });

  test('a lifecycle field this cannot carry is refused, never left out', () => {
    const { adopt, template } = adopting(KEEP_ALL);
    const live = liveBucket({
      lifecycleRules: [{ ID: 'tmp-cleanup', Status: 'Enabled', SomethingNew: { Days: 1 } }],
    });
    // THEN a user error (exit 2, with a remedy), not an internal fault
    expect(() => carryKeptSettings(template, ids, live, adopt)).toThrow(
      expect.objectContaining({
        name: 'UserError',
        message: expect.stringMatching(/has SomethingNew, which this cannot carry/),
      }),
    );
  });

  test('the import template holds the bucket alone, retained, with nothing but its name', () => {
    const { template } = adopting(KEEP_ALL);
    expect(importTemplateOf(template, ids).Resources).toEqual({
      SourceBucket: {
        Type: 'AWS::S3::Bucket',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: { BucketName: 'demo-source' },
      },
    });
  });

  test('both templates stay cfn-lint clean', async () => {
    const { template } = adopting(KEEP_ALL);
    const dir = mkdtempSync(join(tmpdir(), 'adopt-'));
    const update = join(dir, 'update.json');
    const importing = join(dir, 'import.json');
    writeFileSync(update, JSON.stringify(carried()));
    writeFileSync(importing, JSON.stringify(importTemplateOf(template, ids)));
    const findings = await runCfnLint([update, importing]);
    expect(findings.filter((f) => f.level !== 'Informational')).toEqual([]);
  }, 60_000);
});

test("a destination's import template declares the one parameter its bucket's name is, and stays cfn-lint clean", async () => {
  const result = expectAccepted(yamlWith((c) => (c.destinations[0]!.adopt = {})));
  const topology = buildTopology(result.config);
  const template = buildDestinationTemplate();
  const importing = importTemplateOf(template, { bucket: 'ReplicaBucket', policy: 'ReplicaBucketPolicy' });
  expect(Object.keys(importing.Parameters ?? {})).toEqual(['BucketName']);
  expect(importing.Resources.ReplicaBucket!.Properties).toEqual({ BucketName: { Ref: 'BucketName' } });
  expect(topology.destinations[0]!.adopt).toBeDefined();
  const dir = mkdtempSync(join(tmpdir(), 'adopt-'));
  writeFileSync(join(dir, 'import.json'), JSON.stringify(importing));
  expect((await runCfnLint([join(dir, 'import.json')])).filter((f) => f.level !== 'Informational')).toEqual(
    [],
  );
}, 60_000);
