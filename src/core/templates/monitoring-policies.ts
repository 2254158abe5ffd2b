import { sub } from './cfn.js';
import type { Statement } from './policy.js';
import { BUCKET_ARNS } from './product-scope.js';

/**
 * What the bootstrap's roles need for monitoring (templates/alerts.ts, verify's failure events,
 * drift of alarms and notifications), and no more: alarms, topics and verify's queues by the
 * product's name prefix, the way stacks are (DESIGN.md §4). bootstrap-template.ts decides which
 * role holds what; test/unit/bootstrap-roles-stay-in-the-product.test.ts proves each line.
 */

const P = '${AWS::Partition}';
const ACCOUNT = '${AWS::AccountId}';
/** The topology's alarms: `<prefix>-<topology>-<rule>-<kind>` (model/monitoring.ts). */
export const ALARMS = `arn:${P}:cloudwatch:*:${ACCOUNT}:alarm:\${StackPrefix}-*`;
/**
 * The alerts topics (`<prefix>-<topology>-replication-alerts`, and a two-way destination's
 * `<prefix>-<topology>-<id>-return-alerts`), and their subscriptions (`<topic>:<id>`).
 */
export const TOPICS = `arn:${P}:sns:*:${ACCOUNT}:\${StackPrefix}-*`;
/** verify's short-lived queues (names.ts verifyQueuePrefix). */
export const VERIFY_QUEUES = `arn:${P}:sqs:*:${ACCOUNT}:\${StackPrefix}-verify-*`;

/** Drift and verify read the alarms and the topic's policy and key (plan and deploy roles). */
export const readMonitoring: Statement[] = [
  {
    Sid: 'ReadAlarms',
    Effect: 'Allow',
    Action: 'cloudwatch:DescribeAlarms',
    Resource: sub(ALARMS),
  },
  {
    Sid: 'ReadAlertsTopics',
    Effect: 'Allow',
    Action: 'sns:GetTopicAttributes',
    Resource: sub(TOPICS),
  },
];

/**
 * verify subscribes a queue of its own to the alerts topic while its canaries run, to read S3's
 * failure reason, then deletes both (deploy role). The subscription is held to SQS and to verify's
 * queues: the role can never point a topic at an endpoint outside the account. GetMetricData takes
 * no resource (CloudWatch authorizes it account-wide): it reads metrics, nothing else.
 */
export const verifyFailureEvents: Statement[] = [
  {
    Sid: 'VerifyQueues',
    Effect: 'Allow',
    Action: ['sqs:CreateQueue', 'sqs:TagQueue', 'sqs:ReceiveMessage', 'sqs:DeleteQueue'],
    Resource: sub(VERIFY_QUEUES),
  },
  {
    Sid: 'VerifySubscribesItsQueue',
    Effect: 'Allow',
    Action: 'sns:Subscribe',
    Resource: sub(TOPICS),
    Condition: {
      StringEquals: { 'sns:Protocol': 'sqs' },
      StringLike: { 'sns:Endpoint': sub(VERIFY_QUEUES) },
    },
  },
  {
    Sid: 'VerifyUnsubscribes',
    Effect: 'Allow',
    Action: 'sns:Unsubscribe',
    Resource: sub(TOPICS),
  },
  {
    Sid: 'VerifyReadsReplicationMetrics',
    Effect: 'Allow',
    Action: 'cloudwatch:GetMetricData',
    Resource: '*',
  },
];

/**
 * CloudFormation creates the alarms, the topic, its policy and subscriptions, and the source
 * bucket's notification configuration (execution role). An alarm can act on EC2 instances, Auto
 * Scaling, Systems Manager or Lambda when it changes state: only notifications are allowed, so no
 * template deployed through this role turns an alarm into a way to stop or terminate instances.
 */
export const manageMonitoring: Statement[] = [
  {
    Sid: 'ManageAlarms',
    Effect: 'Allow',
    Action: [
      'cloudwatch:PutMetricAlarm',
      'cloudwatch:DeleteAlarms',
      'cloudwatch:DescribeAlarms',
      'cloudwatch:TagResource',
      'cloudwatch:UntagResource',
      'cloudwatch:ListTagsForResource',
    ],
    Resource: sub(ALARMS),
  },
  {
    Sid: 'AlarmsOnlyNotify',
    Effect: 'Deny',
    Action: 'cloudwatch:PutMetricAlarm',
    Resource: '*',
    Condition: { 'ForAnyValue:StringNotLike': { 'cloudwatch:AlarmActions': 'arn:*:sns:*' } },
  },
  {
    Sid: 'ManageAlertsTopics',
    Effect: 'Allow',
    Action: [
      'sns:CreateTopic',
      'sns:DeleteTopic',
      'sns:GetTopicAttributes',
      'sns:SetTopicAttributes',
      'sns:GetDataProtectionPolicy',
      'sns:TagResource',
      'sns:UntagResource',
      'sns:ListTagsForResource',
      'sns:Subscribe',
      'sns:Unsubscribe',
      'sns:ListSubscriptionsByTopic',
      'sns:GetSubscriptionAttributes',
      'sns:SetSubscriptionAttributes',
    ],
    Resource: sub(TOPICS),
  },
  {
    Sid: 'ConfigureSourceNotifications',
    Effect: 'Allow',
    Action: 's3:PutBucketNotification',
    Resource: BUCKET_ARNS,
  },
];
