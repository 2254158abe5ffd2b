import type { ObjectShape, Shape } from './shape.js';

/**
 * The `monitoring:` block: replication that breaks must tell someone, and say why. Everything is on
 * unless turned off; what it costs is in the plan. Its rules beyond the shape: check-monitoring.ts.
 */

/** The events the product itself routes to its topic (none of them may be routed twice). */
export const FAILURE_EVENT = 's3:Replication:OperationFailedReplication';
export const RTC_EVENTS = [
  's3:Replication:OperationMissedThreshold',
  's3:Replication:OperationReplicatedAfterThreshold',
] as const;

/** Events a notification entry may name (S3's supported event types for SNS, SQS and Lambda). */
export const S3_NOTIFICATION_EVENTS = [
  's3:ObjectCreated:*',
  's3:ObjectCreated:Put',
  's3:ObjectCreated:Post',
  's3:ObjectCreated:Copy',
  's3:ObjectCreated:CompleteMultipartUpload',
  's3:ObjectRemoved:*',
  's3:ObjectRemoved:Delete',
  's3:ObjectRemoved:DeleteMarkerCreated',
  's3:ObjectRestore:*',
  's3:ObjectRestore:Post',
  's3:ObjectRestore:Completed',
  's3:ObjectRestore:Delete',
  's3:ReducedRedundancyLostObject',
  's3:Replication:*',
  's3:Replication:OperationFailedReplication',
  's3:Replication:OperationMissedThreshold',
  's3:Replication:OperationReplicatedAfterThreshold',
  's3:Replication:OperationNotTracked',
  's3:LifecycleExpiration:*',
  's3:LifecycleExpiration:Delete',
  's3:LifecycleExpiration:DeleteMarkerCreated',
  's3:LifecycleTransition',
  's3:IntelligentTiering',
  's3:ObjectTagging:*',
  's3:ObjectTagging:Put',
  's3:ObjectTagging:Delete',
  's3:ObjectAcl:Put',
] as const;

const notificationTarget = (what: string, arnForm: string): Shape => ({
  type: 'array',
  maxItems: 100,
  description: `Your own ${what} entries, added to the product's.`,
  items: {
    type: 'object',
    description: `One ${what} entry of the source bucket's notification configuration.`,
    required: ['arn', 'events'],
    properties: {
      arn: { type: 'string', description: `${arnForm}, in the source bucket's region.` },
      events: {
        type: 'array',
        minItems: 1,
        items: { type: 'string', description: 'An S3 event type, e.g. s3:ObjectCreated:*.' },
        description: 'S3 event types (s3:ObjectCreated:*, s3:ObjectRemoved:Delete, ...).',
      },
      prefix: { type: 'string', maxLength: 1024, description: 'Only keys starting with this.' },
      suffix: { type: 'string', maxLength: 1024, description: 'Only keys ending with this.' },
    },
  },
});

export const monitoringShape: ObjectShape = {
  type: 'object',
  description:
    'Replication that stops working tells someone, and says why: replication metrics on every rule, CloudWatch ' +
    "alarms per rule and destination, and S3's failure events (with their failureReason) to an SNS topic. On by " +
    'default; the plan shows what it costs a month.',
  properties: {
    metrics: {
      type: 'boolean',
      description:
        'S3 Replication metrics on every rule (destinations[].metrics overrides it per destination). Without ' +
        'metrics a rule has no alarms and S3 sends no failure events for it. Billed as 4 CloudWatch custom metrics ' +
        'per rule and destination.',
      default: true,
    },
    failureEvents: {
      type: 'boolean',
      description:
        "S3 Event Notifications to the topic for every operation that fails to replicate, with S3's failureReason " +
        '(s3:Replication:OperationFailedReplication), and the Replication Time Control threshold events where RTC ' +
        'is on.',
      default: true,
    },
    alarms: {
      type: 'object',
      description: 'CloudWatch alarms (namespace AWS/S3) per rule and destination, notifying the topic.',
      properties: {
        failedOperations: {
          type: 'boolean',
          description: 'Alarm on any OperationsFailedReplication in 5 minutes.',
          default: true,
        },
        latency: {
          type: 'boolean',
          description:
            'Alarm when ReplicationLatency passes the 15-minute RTC threshold, on destinations with replicationTime.',
          default: true,
        },
        backlog: {
          type: 'object',
          description:
            'Alarm when OperationsPendingReplication stays above a number for a while (a growing backlog). Off ' +
            'unless given.',
          required: ['operations'],
          properties: {
            operations: {
              type: 'integer',
              minimum: 1,
              maximum: 1_000_000_000,
              description: 'Operations pending replication above which the backlog counts.',
            },
            minutes: {
              type: 'integer',
              minimum: 5,
              maximum: 1440,
              description: 'How long it must stay above, a multiple of 5 (five-minute periods).',
              default: 30,
            },
          },
        },
      },
    },
    topic: {
      type: 'string',
      description:
        '"create": an SNS topic owned by the source stack, encrypted with its own key, that only S3 (for the ' +
        'source bucket) and CloudWatch (for the alarms) may publish to; or the ARN of an existing topic in the ' +
        "source bucket's region, whose policy (and key) you keep yourself: synth prints the statements it needs.",
      default: 'create',
    },
    subscriptions: {
      type: 'array',
      maxItems: 20,
      description: 'Who the created topic notifies (each confirms by following the link SNS sends).',
      items: {
        type: 'object',
        description: 'One subscription of the topic.',
        required: ['protocol', 'endpoint'],
        properties: {
          protocol: { type: 'string', enum: ['email', 'https'], description: 'How SNS delivers.' },
          endpoint: {
            type: 'string',
            maxLength: 2048,
            description: 'An email address, or an https:// URL (a pager or chat webhook).',
          },
        },
      },
    },
    bucketNotifications: {
      type: 'object',
      description:
        "The source bucket's notification configuration is one document, owned by the source stack (S3 replaces it " +
        'whole). Notifications of your own go here, next to the failure events, instead of being set out of band ' +
        '(the next deploy would remove them, and drift would report them).',
      properties: {
        eventBridge: {
          type: 'boolean',
          description: 'Send every event of the bucket to Amazon EventBridge as well.',
          default: false,
        },
        topics: notificationTarget('SNS topic', 'SNS topic ARN'),
        queues: notificationTarget('SQS queue', 'SQS queue ARN'),
        functions: notificationTarget('Lambda function', 'Lambda function ARN'),
      },
    },
  },
};
