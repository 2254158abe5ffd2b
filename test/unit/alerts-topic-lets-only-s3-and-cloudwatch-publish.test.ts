/**
 * The alerts topic of the source stack (templates/alerts.ts), resolved as deployed and evaluated
 * with the IAM policy evaluator: S3 may publish the source bucket's events and CloudWatch the
 * topology's alarms, each encrypting with the topic's key; nobody else, and not for anything else.
 * A topic policy that let S3 publish for any bucket would let another account's bucket flood the
 * pager with forged failures; one that left S3 out would drop every real one, silently.
 */
import { describe, expect, test } from '@jest/globals';
import { exampleTopology } from '../support/examples.js';
import {
  asPolicyDocument,
  simulate,
  type Decision,
  type PolicyDocument,
} from '../support/policy-simulator.js';
import { resolveTemplate } from '../support/resolve-template.js';
import { buildSourceTemplate } from '../../src/core/templates/source-template.js';

const A = '111111111111';
const STRANGER = '999999999999';
const REGION = 'us-east-1';
const ALERTS_KEY = `arn:aws:kms:${REGION}:${A}:key/0a1b2c3d-0000-4000-8000-00000000000a`;
const topology = exampleTopology('two-destinations');
const resolved = resolveTemplate(buildSourceTemplate(topology), {
  accountId: A,
  region: REGION,
  partition: 'aws',
  parameters: {
    DrBucketArn: 'arn:aws:s3:::acme-orders-dr-us-west-2',
    DrKmsKeyArn: 'arn:aws:kms:us-west-2:222222222222:key/11111111-1111-2222-3333-444444444444',
    AnalyticsBucketArn: 'arn:aws:s3:::acme-orders-analytics-eu-west-1',
    AnalyticsKmsKeyArn: 'arn:aws:kms:eu-west-1:333333333333:key/11111111-1111-2222-3333-444444444444',
  },
  physicalIds: { SourceKey: '0a1b2c3d-0000-4000-8000-000000000005', AlertsKey: ALERTS_KEY.split('/')[1]! },
});
const TOPIC = `arn:aws:sns:${REGION}:${A}:s3-xrepl-orders-replication-alerts`;
const topicPolicy = asPolicyDocument(resolved.resources.AlertsTopicPolicy!.Properties.PolicyDocument);
const keyPolicy = asPolicyDocument(resolved.resources.AlertsKey!.Properties.KeyPolicy);
const SOURCE_BUCKET = `arn:aws:s3:::${topology.source.bucket}`;
const ALARM = `arn:aws:cloudwatch:${REGION}:${A}:alarm:s3-xrepl-orders-orders-to-dr-dr-failed-operations`;

const publish = (
  principal: string,
  context: Record<string, string>,
  policy: PolicyDocument = topicPolicy,
): Promise<Decision> =>
  simulate(
    { principalArn: principal, action: 'sns:Publish', resourceArn: TOPIC, context },
    { identityPolicies: [], resourcePolicy: policy, resourceAccount: A },
  );
const encrypt = (principal: string, context: Record<string, string>): Promise<Decision> =>
  simulate(
    { principalArn: principal, action: 'kms:GenerateDataKey', resourceArn: ALERTS_KEY, context },
    { identityPolicies: [], resourcePolicy: keyPolicy, resourceAccount: A },
  );

describe('the topic policy', () => {
  test('names the topic the stack creates', () => {
    expect(resolved.resources.AlertsTopicPolicy!.Properties.Topics).toEqual([TOPIC]);
  });

  test('lets S3 publish the events of the source bucket, in this account', async () => {
    expect(
      await publish('s3.amazonaws.com', { 'aws:SourceArn': SOURCE_BUCKET, 'aws:SourceAccount': A }),
    ).toBe('Allowed');
  });

  test('lets CloudWatch publish the alarms of this topology, in this account', async () => {
    expect(
      await publish('cloudwatch.amazonaws.com', { 'aws:SourceArn': ALARM, 'aws:SourceAccount': A }),
    ).toBe('Allowed');
  });

  test.each<[string, string, Record<string, string>]>([
    [
      'S3 for another bucket',
      's3.amazonaws.com',
      { 'aws:SourceArn': 'arn:aws:s3:::someone-else', 'aws:SourceAccount': A },
    ],
    [
      'S3 for a bucket of that name in another account',
      's3.amazonaws.com',
      { 'aws:SourceArn': SOURCE_BUCKET, 'aws:SourceAccount': STRANGER },
    ],
    ['S3 without saying for which bucket', 's3.amazonaws.com', {}],
    [
      'CloudWatch for an alarm of another topology',
      'cloudwatch.amazonaws.com',
      {
        'aws:SourceArn': `arn:aws:cloudwatch:${REGION}:${A}:alarm:billing-over-budget`,
        'aws:SourceAccount': A,
      },
    ],
    [
      'CloudWatch for an alarm of that name in another account',
      'cloudwatch.amazonaws.com',
      {
        'aws:SourceArn': `arn:aws:cloudwatch:${REGION}:${STRANGER}:alarm:s3-xrepl-orders-x-failed-operations`,
        'aws:SourceAccount': STRANGER,
      },
    ],
    ['EventBridge', 'events.amazonaws.com', { 'aws:SourceAccount': A }],
  ])('does not let %s publish', async (_who, principal, context) => {
    expect(await publish(principal, context)).not.toBe('Allowed');
  });

  test('does not let a role of another account publish', async () => {
    expect(
      await simulate(
        {
          principalArn: `arn:aws:iam::${STRANGER}:role/anyone`,
          action: 'sns:Publish',
          resourceArn: TOPIC,
        },
        {
          identityPolicies: [
            { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
          ],
          resourcePolicy: topicPolicy,
          resourceAccount: A,
        },
      ),
    ).not.toBe('Allowed');
  });
});

describe("the topic's key", () => {
  test('lets S3 encrypt the events it publishes, and CloudWatch the alarms of this topology', async () => {
    expect(await encrypt('s3.amazonaws.com', {})).toBe('Allowed');
    expect(
      await encrypt('cloudwatch.amazonaws.com', { 'aws:SourceArn': ALARM, 'aws:SourceAccount': A }),
    ).toBe('Allowed');
  });

  test('does not let CloudWatch use it for alarms of other topologies or accounts, nor other services at all', async () => {
    expect(
      await encrypt('cloudwatch.amazonaws.com', {
        'aws:SourceArn': `arn:aws:cloudwatch:${REGION}:${A}:alarm:billing-over-budget`,
        'aws:SourceAccount': A,
      }),
    ).not.toBe('Allowed');
    expect(
      await encrypt('cloudwatch.amazonaws.com', {
        'aws:SourceArn': `arn:aws:cloudwatch:${REGION}:${STRANGER}:alarm:s3-xrepl-orders-x-failed-operations`,
        'aws:SourceAccount': STRANGER,
      }),
    ).not.toBe('Allowed');
    expect(await encrypt('events.amazonaws.com', {})).not.toBe('Allowed');
  });

  test('is not the AWS managed aws/sns key, whose policy could not let S3 or CloudWatch in', () => {
    expect(resolved.resources.AlertsTopic!.Properties.KmsMasterKeyId).toBe(ALERTS_KEY);
  });
});
