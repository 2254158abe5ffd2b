/**
 * Issue 20, "alerts cover both directions": the way back's rules live in the two-way destination's
 * stack, so that stack watches them as the source stack watches its own (issue 16): alarms on
 * their replication metrics, the destination bucket's failure events, and a topic and key of its
 * own in the destination's account and region (CloudWatch and S3 notify topics of their own region
 * only). The topic policy is evaluated with the IAM policy evaluator: S3 for the destination bucket
 * and CloudWatch for this topology's alarms, in the destination's account, may publish; nobody else.
 */
import { describe, expect, test } from '@jest/globals';
import { loadTopology } from '../../src/core/load-topology.js';
import { alarmsOf } from '../../src/core/model/monitoring.js';
import type { Topology } from '../../src/core/model/topology.js';
import { wayBack } from '../../src/core/model/way-back.js';
import { estimateMonthlyCost } from '../../src/core/plan/costs.js';
import { CFN_LIMITS } from '../../src/core/synth/check-synthesis.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import type { Template } from '../../src/core/templates/cfn.js';
import { asPolicyDocument, simulate, type Decision } from '../support/policy-simulator.js';
import { deployTwoWay } from '../support/two-way-world.js';

const A = '111111111111';
const B = '222222222222';
const PAIR = [
  'name: orders',
  'source:',
  `  account: '${A}'`,
  '  region: eu-west-1',
  '  bucket: acme-orders-eu-west-1',
  'destinations:',
  '  - id: us',
  `    account: '${B}'`,
  '    region: us-east-1',
  '    bucket: acme-orders-us-east-1',
  '    twoWay: true',
  'rules:',
  '  - { id: everything, priority: 1, destinations: [us] }',
  '',
].join('\n');

function topologyOf(text: string): Topology {
  const loaded = loadTopology(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.topology;
}
const destinationTemplate = (topology: Topology): Template =>
  synthesize(topology).templates.get(`${topology.destinations[0]!.stackName}.template.json`)!;
const typesOf = (t: Template) => Object.values(t.Resources).map((r) => r.Type);

const topology = topologyOf(PAIR);
const { phase1, phase3 } = deployTwoWay(topology);
const TOPIC = `arn:aws:sns:us-east-1:${B}:s3-xrepl-orders-us-return-alerts`;
const ALARM = `arn:aws:cloudwatch:us-east-1:${B}:alarm:s3-xrepl-orders-everything-to-source-failed-operations`;

describe("the two-way destination's stack watches the way back", () => {
  test('an alarm on the failed operations of the way back rule, from the destination bucket to the source', () => {
    const alarm = phase3.resources.AlarmEverythingToSourceFailed!;
    expect(alarm.Type).toBe('AWS::CloudWatch::Alarm');
    expect(alarm.Properties).toMatchObject({
      AlarmName: 's3-xrepl-orders-everything-to-source-failed-operations',
      Namespace: 'AWS/S3',
      MetricName: 'OperationsFailedReplication',
      Dimensions: [
        { Name: 'SourceBucket', Value: 'acme-orders-us-east-1' },
        { Name: 'DestinationBucket', Value: 'acme-orders-eu-west-1' },
        { Name: 'RuleId', Value: 'everything-to-source' },
      ],
      AlarmActions: [TOPIC],
      OKActions: [TOPIC],
    });
  });

  test("the destination bucket sends S3's failure events to the way back's topic, which is encrypted with its own key", () => {
    expect(phase3.resources.ReplicaBucket!.Properties.NotificationConfiguration).toEqual({
      TopicConfigurations: [{ Event: 's3:Replication:OperationFailedReplication', Topic: TOPIC }],
    });
    expect(phase3.resources.AlertsTopic!.Properties.TopicName).toBe('s3-xrepl-orders-us-return-alerts');
    expect(phase3.resources.AlertsTopic!.Properties.KmsMasterKeyId).toBe(phase3.outputs.AlertsKeyArn);
    expect(phase3.outputs.AlertsTopicArn).toBe(TOPIC);
    expect(phase3.outputs.AlertsKeyArn).toMatch(new RegExp(`^arn:aws:kms:us-east-1:${B}:key/`));
  });

  test('from the first phase: an alarm on a rule that does not exist yet reads OK, so nothing waits for the source', () => {
    expect(phase1.conditions.ReplicatesBack).toBe(false);
    expect(Object.keys(phase1.resources)).toEqual(
      expect.arrayContaining([
        'AlertsKey',
        'AlertsTopic',
        'AlertsTopicPolicy',
        'AlarmEverythingToSourceFailed',
      ]),
    );
    expect(JSON.stringify(phase1.resources.AlertsTopicPolicy)).not.toContain(topology.source.account);
  });

  test("the way back's alarms are the source's settings on the way back's rules: latency with RTC, a backlog alarm when asked", () => {
    const t = topologyOf(
      PAIR.replace('    twoWay: true', '    twoWay: true\n    replicationTime: { minutes: 15 }') +
        'monitoring:\n  alarms:\n    backlog: { operations: 100 }\n',
    );
    expect(alarmsOf(wayBack(t, t.destinations[0]!)).map((a) => a.name)).toEqual([
      's3-xrepl-orders-everything-to-source-failed-operations',
      's3-xrepl-orders-everything-to-source-latency',
      's3-xrepl-orders-everything-to-source-backlog',
    ]);
    const events = (
      destinationTemplate(t).Resources.ReplicaBucket!.Properties.NotificationConfiguration as {
        TopicConfigurations: { Event: string }[];
      }
    ).TopicConfigurations.map((c) => c.Event);
    expect(events).toContain('s3:Replication:OperationFailedReplication');
    expect(events).toContain('s3:Replication:OperationMissedThreshold');
  });

  test('monitoring switched off in the config is off both ways: no alarm, no topic, no notification', () => {
    const t = topologyOf(
      PAIR + 'monitoring:\n  failureEvents: false\n  alarms: { failedOperations: false, latency: false }\n',
    );
    const template = destinationTemplate(t);
    expect(typesOf(template)).not.toContain('AWS::CloudWatch::Alarm');
    expect(typesOf(template)).not.toContain('AWS::SNS::Topic');
    expect(template.Resources.ReplicaBucket!.Properties.NotificationConfiguration).toBeUndefined();
  });

  test("the user's own bucket notifications stay on the source bucket; subscriptions are made to both topics", () => {
    const t = topologyOf(
      PAIR +
        [
          'monitoring:',
          '  subscriptions: [{ protocol: email, endpoint: oncall@example.com }]',
          '  bucketNotifications:',
          `    queues: [{ arn: 'arn:aws:sqs:eu-west-1:${A}:new-orders', events: ['s3:ObjectCreated:*'] }]`,
          '',
        ].join('\n'),
    );
    const template = destinationTemplate(t);
    expect(JSON.stringify(template.Resources.ReplicaBucket)).not.toContain('new-orders');
    expect(template.Resources.AlertsSubscription1!.Properties).toMatchObject({
      Protocol: 'email',
      Endpoint: 'oncall@example.com',
    });
  });

  test('with a topic of your own (monitoring.topic), the way back still gets a topic in its region, and synth says so', () => {
    const t = topologyOf(PAIR + `monitoring:\n  topic: 'arn:aws:sns:eu-west-1:${A}:pager'\n`);
    expect(typesOf(destinationTemplate(t))).toContain('AWS::SNS::Topic');
    expect(synthesize(t).notes.join('\n')).toContain(
      `The way back from destination "us" is watched in its own account and region (${B}, us-east-1)`,
    );
  });
});

describe("the way back's topic policy, evaluated", () => {
  const topicPolicy = asPolicyDocument(phase3.resources.AlertsTopicPolicy!.Properties.PolicyDocument);
  const keyPolicy = asPolicyDocument(phase3.resources.AlertsKey!.Properties.KeyPolicy);
  const publish = (principal: string, context: Record<string, string>): Promise<Decision> =>
    simulate(
      { principalArn: principal, action: 'sns:Publish', resourceArn: TOPIC, context },
      { identityPolicies: [], resourcePolicy: topicPolicy, resourceAccount: B },
    );

  test("lets S3 publish the destination bucket's events and CloudWatch the way back's alarms, in the destination's account", async () => {
    expect(
      await publish('s3.amazonaws.com', {
        'aws:SourceArn': 'arn:aws:s3:::acme-orders-us-east-1',
        'aws:SourceAccount': B,
      }),
    ).toBe('Allowed');
    expect(
      await publish('cloudwatch.amazonaws.com', { 'aws:SourceArn': ALARM, 'aws:SourceAccount': B }),
    ).toBe('Allowed');
    expect(
      await simulate(
        {
          principalArn: 'cloudwatch.amazonaws.com',
          action: 'kms:GenerateDataKey',
          resourceArn: phase3.outputs.AlertsKeyArn!,
          context: { 'aws:SourceArn': ALARM, 'aws:SourceAccount': B },
        },
        { identityPolicies: [], resourcePolicy: keyPolicy, resourceAccount: B },
      ),
    ).toBe('Allowed');
  });

  test.each<[string, string, Record<string, string>]>([
    [
      "S3 for the source bucket (its events go to the source stack's topic)",
      's3.amazonaws.com',
      { 'aws:SourceArn': 'arn:aws:s3:::acme-orders-eu-west-1', 'aws:SourceAccount': A },
    ],
    [
      'S3 for the destination bucket name in another account',
      's3.amazonaws.com',
      { 'aws:SourceArn': 'arn:aws:s3:::acme-orders-us-east-1', 'aws:SourceAccount': A },
    ],
    [
      "CloudWatch for the source account's alarms",
      'cloudwatch.amazonaws.com',
      {
        'aws:SourceArn': `arn:aws:cloudwatch:eu-west-1:${A}:alarm:s3-xrepl-orders-everything-us-failed-operations`,
        'aws:SourceAccount': A,
      },
    ],
    [
      'CloudWatch for an alarm of another topology',
      'cloudwatch.amazonaws.com',
      { 'aws:SourceArn': `arn:aws:cloudwatch:us-east-1:${B}:alarm:billing`, 'aws:SourceAccount': B },
    ],
  ])('does not let %s publish', async (_who, principal, context) => {
    expect(await publish(principal, context)).not.toBe('Allowed');
  });
});

describe('what the way back adds to the plan and to synth', () => {
  test("the plan's monitoring cost counts the way back's metrics, alarm and key", () => {
    const oneWay = estimateMonthlyCost(topologyOf(PAIR.replace('    twoWay: true\n', '')));
    const twoWay = estimateMonthlyCost(topology);
    const quantity = (e: typeof oneWay, unit: string) => e.lines.find((l) => l.unit === unit)?.quantity;
    expect([quantity(oneWay, 'metric'), quantity(oneWay, 'alarm'), quantity(oneWay, 'key')]).toEqual([
      4, 1, 1,
    ]);
    expect([quantity(twoWay, 'metric'), quantity(twoWay, 'alarm'), quantity(twoWay, 'key')]).toEqual([
      8, 2, 2,
    ]);
    expect(twoWay.monthly).toBe(2 * oneWay.monthly);
  });

  test("synth refuses a pair whose way back's alarms would push the destination stack past 500 resources, and says so there", () => {
    // GIVEN a source with a key of its own (one resource fewer than the destination, which creates its
    // key) and as many rules as fit the source stack with their alarms
    const rules = Array.from(
      { length: 493 },
      (_, i) => `  - { id: r${i}, priority: ${i}, filter: { prefix: 'p${i}/' }, destinations: [us] }`,
    );
    const text = PAIR.replace(
      '  bucket: acme-orders-eu-west-1\n',
      `  bucket: acme-orders-eu-west-1\n  kmsKey: 'arn:aws:kms:eu-west-1:${A}:key/0a1b2c3d-0000-4000-8000-00000000000a'\n`,
    ).replace(/rules:\n.*\n/, `rules:\n${rules.join('\n')}\n`);
    const loaded = loadTopology(text);
    const errors = loaded.ok ? [] : loaded.diagnostics.filter((d) => d.severity === 'error');
    // THEN the destination stack is refused, for its way back's alarms, and the source is not
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^rules: s3-xrepl-orders-dst-us\\.template\\.json would declare ${CFN_LIMITS.resources + 1} resources where CloudFormation allows ${CFN_LIMITS.resources} in a stack; without its 493 alarms it would fit\\..*492 alarms fit next to the stack's other 8 resources\\.$`,
        ),
      ),
    ]);
  });
});
