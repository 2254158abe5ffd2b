import { SubscribeCommand, UnsubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteQueueCommand,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Clock } from './poll.js';

/** One S3 replication event as verify needs it (S3 user guide, "Event message structure", v2.2). */
export interface FailureEvent {
  readonly eventName: string;
  readonly key: string;
  readonly versionId?: string;
  /** replicationEventData.destinationBucket: a bucket ARN (or name). */
  readonly destinationBucket?: string;
  readonly ruleId?: string;
  readonly failureReason?: string;
  readonly eventTime?: string;
}

export interface FailureListener {
  /** The failure event of this object version to this bucket, waiting up to `waitMs` for it to arrive. */
  reasonFor(
    object: { key: string; versionId?: string; bucket: string },
    waitMs: number,
  ): Promise<FailureEvent | undefined>;
  /** Unsubscribes and deletes the queue; never throws (a warning names what is left). */
  close(): Promise<void>;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The S3 events in a message body: the S3 event itself (raw delivery) or SNS's envelope around it.
 * Anything else (SNS's subscription notices, S3's test event) yields none.
 */
export function failureEventsIn(body: string): FailureEvent[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  if (isObject(parsed) && typeof parsed.Message === 'string' && parsed.Type === 'Notification')
    return failureEventsIn(parsed.Message);
  if (!isObject(parsed) || !Array.isArray(parsed.Records)) return [];
  const out: FailureEvent[] = [];
  for (const r of parsed.Records) {
    if (!isObject(r) || typeof r.eventName !== 'string' || !r.eventName.startsWith('Replication:')) continue;
    const object = isObject(r.s3) && isObject(r.s3.object) ? r.s3.object : {};
    const data = isObject(r.replicationEventData) ? r.replicationEventData : {};
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const rawKey = str(object.key);
    if (rawKey === undefined) continue;
    const versionId = str(object.versionId);
    const destinationBucket = str(data.destinationBucket);
    const ruleId = str(data.replicationRuleId);
    // A reason is one of S3's codes; anything else is not shown as one.
    const failureReason = str(data.failureReason)?.match(/^[A-Za-z][A-Za-z0-9]{0,99}$/)?.[0];
    const eventTime = str(r.eventTime);
    out.push({
      eventName: r.eventName,
      // S3 URL-encodes keys in events, spaces as '+'.
      key: decodeKey(rawKey),
      ...(versionId !== undefined ? { versionId } : {}),
      ...(destinationBucket !== undefined ? { destinationBucket } : {}),
      ...(ruleId !== undefined ? { ruleId } : {}),
      ...(failureReason !== undefined ? { failureReason } : {}),
      ...(eventTime !== undefined ? { eventTime } : {}),
    });
  }
  return out;
}

function decodeKey(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

const bucketOf = (arnOrName: string) => arnOrName.replace(/^arn:[^:]+:s3:::/, '');

/**
 * Subscribes a short-lived queue of verify's own to the alerts topic, before the canaries are
 * written (SNS keeps nothing for a subscriber that comes later), so that a canary S3 marks FAILED
 * can be explained in S3's own words. The queue accepts messages from that topic only, is encrypted
 * by SQS, and is deleted, with its subscription, when verify ends.
 */
export async function listenForFailureEvents(opts: {
  readonly sns: Pick<SNSClient, 'send'>;
  readonly sqs: Pick<SQSClient, 'send'>;
  readonly topicArn: string;
  /** The queue's name without its random suffix (names.ts verifyQueuePrefix). */
  readonly queuePrefix: string;
  readonly partition: string;
  readonly account: string;
  readonly region: string;
  readonly clock: Clock;
  readonly logger: Logger;
}): Promise<FailureListener> {
  const { sns, sqs, topicArn, clock, logger } = opts;
  const queueName = `${opts.queuePrefix}-${randomBytes(4).toString('hex')}`;
  const queueArn = `arn:${opts.partition}:sqs:${opts.region}:${opts.account}:${queueName}`;
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'OnlyTheAlertsTopic',
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: queueArn,
        Condition: { ArnEquals: { 'aws:SourceArn': topicArn } },
      },
    ],
  };
  const created = await sqs.send(
    new CreateQueueCommand({
      QueueName: queueName,
      Attributes: {
        Policy: JSON.stringify(policy),
        SqsManagedSseEnabled: 'true',
        // If verify dies before it deletes the queue, nothing in it outlives the hour.
        MessageRetentionPeriod: '3600',
      },
      tags: { 's3-xrepl:purpose': 'verify failure events' },
    }),
  );
  const queueUrl = created.QueueUrl!;
  let subscriptionArn: string | undefined;
  try {
    subscriptionArn = (
      await sns.send(
        new SubscribeCommand({
          TopicArn: topicArn,
          Protocol: 'sqs',
          Endpoint: queueArn,
          ReturnSubscriptionArn: true,
          Attributes: { RawMessageDelivery: 'true' },
        }),
      )
    ).SubscriptionArn;
  } catch (e) {
    await sqs.send(new DeleteQueueCommand({ QueueUrl: queueUrl })).catch(() => undefined);
    throw e;
  }

  const heard: FailureEvent[] = [];
  const receive = async (waitSeconds: number) => {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: waitSeconds,
      }),
    );
    for (const m of out.Messages ?? []) heard.push(...failureEventsIn(m.Body ?? ''));
  };
  const match = (o: { key: string; versionId?: string; bucket: string }) =>
    heard.find(
      (e) =>
        e.eventName === 'Replication:OperationFailedReplication' &&
        e.key === o.key &&
        (o.versionId === undefined || e.versionId === undefined || e.versionId === o.versionId) &&
        (e.destinationBucket === undefined || bucketOf(e.destinationBucket) === o.bucket),
    );

  return {
    async reasonFor(o, waitMs) {
      const deadline = clock.now() + waitMs;
      for (;;) {
        const hit = match(o);
        if (hit) return hit;
        const left = deadline - clock.now();
        if (left <= 0) return undefined;
        const waitSeconds = Math.min(5, Math.floor(left / 1000));
        await receive(waitSeconds);
        // Under a second left: no long poll, so pause instead of asking again at once.
        if (waitSeconds === 0) await clock.sleep(Math.min(left, 250));
      }
    },
    async close() {
      const left: string[] = [];
      if (subscriptionArn && subscriptionArn !== 'pending confirmation')
        await sns
          .send(new UnsubscribeCommand({ SubscriptionArn: subscriptionArn }))
          .catch((e: unknown) => left.push(`subscription ${subscriptionArn} (${(e as Error).name})`));
      await sqs
        .send(new DeleteQueueCommand({ QueueUrl: queueUrl }))
        .catch((e: unknown) => left.push(`queue ${queueArn} (${(e as Error).name})`));
      if (left.length > 0)
        logger.warning(
          `verify: could not clean up ${left.join(' and ')}; delete it by hand (it holds no data after an hour).`,
        );
    },
  };
}
