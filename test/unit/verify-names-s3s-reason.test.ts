/**
 * When a canary FAILED, verify shows S3's own failureReason from the failure event next to its own
 * comparison of the live chain, and reports alarms in ALARM and failures counted since the last day.
 * The event parser reads S3's message format (user guide, "Event message structure", v2.2) raw or
 * inside SNS's envelope; everything an event carries is untrusted text.
 */
import { describe, expect, test } from '@jest/globals';
import { renderAll } from '../../src/core/report/budget.js';
import { renderVerify } from '../../src/core/report/render-verify.js';
import { describeFailureReason } from '../../src/core/verify/failure-reasons.js';
import type { DestinationVerification, VerifyReport } from '../../src/core/verify/verification.js';
import { failureEventsIn } from '../../src/shell/aws/failure-events.js';
import { checkMarkdown } from '../support/markdown-check.js';

const s3Event = (over: Record<string, unknown> = {}) => ({
  Records: [
    {
      eventVersion: '2.2',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventTime: '2026-03-01T04:17:09.123Z',
      eventName: 'Replication:OperationFailedReplication',
      userIdentity: { principalId: 's3.amazonaws.com' },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'failed',
        bucket: { name: 'acme-orders-us-east-1', arn: 'arn:aws:s3:::acme-orders-us-east-1' },
        object: { key: 'orders/.s3-xrepl-canary/run+1%2Fa.txt', size: 42, versionId: 'v1', sequencer: '0A' },
      },
      replicationEventData: {
        replicationRuleId: 'orders-to-dr-dr',
        destinationBucket: 'arn:aws:s3:::acme-orders-dr-us-west-2',
        s3Operation: 'OBJECT_PUT',
        requestTime: '2026-03-01T04:17:08.000Z',
        failureReason: 'DstPutObjectNotPermitted',
        ...over,
      },
    },
  ],
});

describe('failureEventsIn', () => {
  test('reads a raw S3 event: the key decoded, the version, the destination, the rule and the reason', () => {
    expect(failureEventsIn(JSON.stringify(s3Event()))).toEqual([
      {
        eventName: 'Replication:OperationFailedReplication',
        key: 'orders/.s3-xrepl-canary/run 1/a.txt',
        versionId: 'v1',
        destinationBucket: 'arn:aws:s3:::acme-orders-dr-us-west-2',
        ruleId: 'orders-to-dr-dr',
        failureReason: 'DstPutObjectNotPermitted',
        eventTime: '2026-03-01T04:17:09.123Z',
      },
    ]);
  });

  test("reads the same event inside SNS's envelope", () => {
    const envelope = {
      Type: 'Notification',
      TopicArn: 'arn:aws:sns:us-east-1:111111111111:t',
      Message: JSON.stringify(s3Event()),
    };
    expect(failureEventsIn(JSON.stringify(envelope))).toEqual(failureEventsIn(JSON.stringify(s3Event())));
  });

  test("ignores what is not a replication event: S3's test event, SNS's notices, text", () => {
    expect(failureEventsIn(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }))).toEqual([]);
    expect(failureEventsIn(JSON.stringify({ Type: 'SubscriptionConfirmation', Message: 'hi' }))).toEqual([]);
    expect(failureEventsIn('not json')).toEqual([]);
  });

  test("takes a reason only in the form of S3's codes", () => {
    const [event] = failureEventsIn(JSON.stringify(s3Event({ failureReason: '@team see #1 <b>x</b>' })));
    expect(event).not.toHaveProperty('failureReason');
  });
});

describe('describeFailureReason', () => {
  test("knows S3's codes and says what to look at, and knows nothing of others", () => {
    expect(describeFailureReason('DstPutObjectNotPermitted')).toMatch(/s3:ReplicateObject.*kms:Encrypt/);
    expect(describeFailureReason('AssumeRoleNotPermitted')).toMatch(/trust policy/);
    expect(describeFailureReason('constructor')).toBeUndefined();
    expect(describeFailureReason('SomethingNew')).toBeUndefined();
  });
});

const failed: DestinationVerification = {
  destinationId: 'dr',
  account: '222222222222',
  region: 'us-west-2',
  bucket: 'acme-orders-dr-us-west-2',
  status: 'fail',
  replicationStatus: 'FAILED',
  checks: [{ name: 'replication status', ok: false, expected: 'COMPLETED', actual: 'FAILED' }],
  key: 'orders/.s3-xrepl-canary/1.txt',
  versionId: 'v1',
  hints: ['live state: key policy of ReplicaKey in s3-xrepl-orders-dst-dr has drifted'],
  leftBehind: [],
  failureEvent: {
    reason: 'DstPutObjectNotPermitted',
    description: describeFailureReason('DstPutObjectNotPermitted')!,
    ruleId: 'orders-to-dr-dr',
  },
};

const report = (over: Partial<VerifyReport> = {}): VerifyReport => ({
  topology: 'orders',
  configPath: 'replication/orders.yml',
  destinations: [failed],
  ...over,
});

describe('the verify report', () => {
  test("puts S3's reason next to verify's own comparison of the live chain", () => {
    const text = renderAll(renderVerify(report()));
    const reason = text.indexOf("**S3's reason**: `DstPutObjectNotPermitted`");
    const chain = text.indexOf('live state: key policy of ReplicaKey');
    expect(reason).toBeGreaterThan(0);
    expect(chain).toBeGreaterThan(reason);
    expect(checkMarkdown(text)).toEqual([]);
  });

  test('says why there is no reason, when there is none', () => {
    const withoutEvent = { ...failed };
    delete withoutEvent.failureEvent;
    const text = renderAll(
      renderVerify(
        report({ destinations: [{ ...withoutEvent, failureEventNote: 'failure events are off' }] }),
      ),
    );
    expect(text).toContain("**S3's reason**: unknown: failure events are off");
  });

  test('reports alarms in ALARM, alarms that are gone, and failures of the last day; untrusted text stays text', () => {
    const text = renderAll(
      renderVerify(
        report({
          destinations: [{ ...failed, status: 'pass', replicationStatus: 'COMPLETED' }],
          monitoring: {
            hours: 24,
            notes: [],
            recentFailures: [
              { s3RuleId: 'exports-to-analytics-analytics', destinationId: 'analytics', operations: 3 },
            ],
            alarms: [
              {
                name: 's3-xrepl-orders-exports-to-analytics-analytics-failed-operations',
                destinationId: 'analytics',
                s3RuleId: 'exports-to-analytics-analytics',
                metric: 'OperationsFailedReplication',
                state: 'ALARM',
                reason:
                  'Threshold Crossed: 1 datapoint [3.0] was greater than the threshold (0.0) @oncall #12',
                since: '2026-03-01T04:20:00.000Z',
              },
              {
                name: 's3-xrepl-orders-orders-to-dr-dr-failed-operations',
                destinationId: 'dr',
                s3RuleId: 'orders-to-dr-dr',
                metric: 'OperationsFailedReplication',
                state: 'missing',
              },
              {
                name: 's3-xrepl-orders-audit-everywhere-dr-failed-operations',
                destinationId: 'dr',
                s3RuleId: 'audit-everywhere-dr',
                metric: 'OperationsFailedReplication',
                state: 'OK',
              },
            ],
          },
        }),
      ),
    );
    expect(text).toContain('2 alarms need attention');
    expect(text).toMatch(
      /`s3-xrepl-orders-exports-to-analytics-analytics-failed-operations`.*is in \*\*ALARM\*\* since/,
    );
    expect(text).toMatch(/`s3-xrepl-orders-orders-to-dr-dr-failed-operations`.*does not exist/);
    expect(text).not.toContain('audit-everywhere-dr-failed-operations');
    expect(text).toContain('rule `exports-to-analytics-analytics` to `analytics`: 3');
    expect(text).not.toMatch(/@oncall|#12/);
    expect(checkMarkdown(text)).toEqual([]);
  });

  test('says quietly when every alarm is OK and nothing failed', () => {
    const text = renderAll(
      renderVerify(
        report({
          destinations: [{ ...failed, status: 'pass', replicationStatus: 'COMPLETED' }],
          monitoring: {
            hours: 24,
            notes: [],
            recentFailures: [],
            alarms: [
              {
                name: 'a',
                destinationId: 'dr',
                s3RuleId: 'orders-to-dr-dr',
                metric: 'OperationsFailedReplication',
                state: 'OK',
              },
            ],
          },
        }),
      ),
    );
    expect(text).toContain('1 alarm, none in ALARM; no failed operations in the last 24 hours.');
  });
});
