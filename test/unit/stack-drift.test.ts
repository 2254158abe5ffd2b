import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient,
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackResourceDriftsCommand,
  DetectStackDriftCommand,
  type DescribeStackDriftDetectionStatusCommandOutput,
  type DescribeStackResourceDriftsCommandInput,
  type DescribeStackResourceDriftsCommandOutput,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { detectStackDrift } from '../../src/shell/aws/stack-drift.js';
import { awsError, fakeClock, type FakeClock } from '../support/aws-mocks.js';
import { REPO_ROOT } from '../support/examples.js';

const STACK = 's3-xrepl-invoices-source';
const TIMEOUT_MS = 5 * 60_000;

/** Recorded responses keep timestamps as ISO text; the SDK hands them out as Dates. */
function fixture<T>(name: string): T {
  const text = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'drift', `${name}.json`), 'utf8');
  return JSON.parse(text, (key, value: unknown) =>
    key === 'Timestamp' && typeof value === 'string' ? new Date(value) : value,
  ) as T;
}

type Status = DescribeStackDriftDetectionStatusCommandOutput;
type Page = DescribeStackResourceDriftsCommandOutput;
const inProgress = fixture<Status>('detection-in-progress');
const drifted = fixture<Status>('detection-complete-drifted');
const inSync = fixture<Status>('detection-complete-in-sync');
const failed = fixture<Status>('detection-failed');
const page1 = fixture<Page>('resource-drifts-page-1');
const page2 = fixture<Page>('resource-drifts-page-2');
const DETECTION_ID = drifted.StackDriftDetectionId!;

const cfnMock = mockClient(CloudFormationClient);
const cfn = new CloudFormationClient({ region: 'eu-west-1' });
let clock: FakeClock;

beforeEach(() => {
  cfnMock.reset();
  clock = fakeClock();
  cfnMock.on(DetectStackDriftCommand).resolves({ StackDriftDetectionId: DETECTION_ID });
});
afterAll(() => cfnMock.restore());

/** Answers DescribeStackResourceDrifts page by page, as CloudFormation does, following NextToken. */
function servePages(...pages: Page[]): void {
  cfnMock
    .on(DescribeStackResourceDriftsCommand)
    .callsFake(async (input: DescribeStackResourceDriftsCommandInput) => {
      const i =
        input.NextToken === undefined ? 0 : pages.findIndex((p) => p.NextToken === input.NextToken) + 1;
      if (i === 0 && input.NextToken !== undefined)
        throw awsError('ValidationError', `Invalid NextToken ${input.NextToken}`);
      return pages[i]!;
    });
}

function statusAnswers(...answers: Status[]): void {
  const on = cfnMock.on(DescribeStackDriftDetectionStatusCommand);
  answers.slice(0, -1).forEach((a) => on.resolvesOnce(a));
  on.resolves(answers.at(-1)!);
}

const pageInputs = () => cfnMock.commandCalls(DescribeStackResourceDriftsCommand).map((c) => c.args[0].input);
const statusPolls = () => cfnMock.commandCalls(DescribeStackDriftDetectionStatusCommand).length;

describe('detectStackDrift', () => {
  it('waits out a detection in progress, then reports DRIFTED with every resource of both pages', async () => {
    statusAnswers(inProgress, inProgress, drifted);
    servePages(page1, page2);

    const result = await detectStackDrift(cfn, STACK, clock, TIMEOUT_MS);

    expect(result.status).toBe('DRIFTED');
    expect(result.reason).toBeUndefined();
    expect(result.resources.map((r) => [r.logicalId, r.type, r.status])).toEqual([
      ['SourceBucket', 'AWS::S3::Bucket', 'MODIFIED'],
      ['ReplicationRole', 'AWS::IAM::Role', 'IN_SYNC'],
      ['SourceKey', 'AWS::KMS::Key', 'DELETED'],
      ['SourceBucketPolicy', 'AWS::S3::BucketPolicy', 'NOT_CHECKED'],
    ]);
    expect(result.resources[0]!.differences).toEqual([
      {
        path: '/VersioningConfiguration/Status',
        kind: 'NOT_EQUAL',
        expected: 'Enabled',
        actual: 'Suspended',
      },
    ]);
    expect(result.resources.slice(1).every((r) => r.differences.length === 0)).toBe(true);
    expect(cfnMock.commandCalls(DetectStackDriftCommand)[0]!.args[0].input).toEqual({ StackName: STACK });
    expect(
      cfnMock
        .commandCalls(DescribeStackDriftDetectionStatusCommand)
        .map((c) => c.args[0].input.StackDriftDetectionId),
    ).toEqual([DETECTION_ID, DETECTION_ID, DETECTION_ID]);
  });

  it('asks for pages of at most 100 and follows NextToken to the end', async () => {
    statusAnswers(drifted);
    servePages(page1, page2);

    await detectStackDrift(cfn, STACK, clock, TIMEOUT_MS);

    expect(pageInputs()).toEqual([
      { StackName: STACK, MaxResults: 100, NextToken: undefined },
      { StackName: STACK, MaxResults: 100, NextToken: page1.NextToken },
    ]);
  });

  it('reports IN_SYNC only when the detection completed and found the stack in sync', async () => {
    statusAnswers(inProgress, inSync);
    servePages({ StackResourceDrifts: page1.StackResourceDrifts!.slice(1), $metadata: {} });

    const result = await detectStackDrift(cfn, STACK, clock, TIMEOUT_MS);

    expect(result).toEqual({
      status: 'IN_SYNC',
      resources: [
        { logicalId: 'ReplicationRole', type: 'AWS::IAM::Role', status: 'IN_SYNC', differences: [] },
      ],
    });
  });

  it('reports a completed detection whose stack status is NOT_CHECKED as UNKNOWN', async () => {
    statusAnswers({ ...drifted, StackDriftStatus: 'NOT_CHECKED' });
    servePages(page1, page2);

    expect((await detectStackDrift(cfn, STACK, clock, TIMEOUT_MS)).status).toBe('UNKNOWN');
  });

  it('reports DETECTION_FAILED as UNKNOWN with the reason, keeping the resources it did check', async () => {
    statusAnswers(inProgress, failed);
    servePages(page1, page2);

    const result = await detectStackDrift(cfn, STACK, clock, TIMEOUT_MS);

    expect(result.status).toBe('UNKNOWN');
    expect(result.reason).toBe(failed.DetectionStatusReason);
    expect(result.reason).toContain('SourceBucketPolicy');
    expect(result.resources.map((r) => `${r.logicalId}:${r.status}`)).toEqual([
      'SourceBucket:MODIFIED',
      'ReplicationRole:IN_SYNC',
      'SourceKey:DELETED',
      'SourceBucketPolicy:NOT_CHECKED',
    ]);
  });

  it('still says UNKNOWN, with a reason, when a failed detection gives none', async () => {
    statusAnswers({ ...failed, DetectionStatusReason: undefined });
    servePages(page2);

    const result = await detectStackDrift(cfn, STACK, clock, TIMEOUT_MS);

    expect(result.status).toBe('UNKNOWN');
    expect(result.reason).toMatch(/failed/);
  });

  it.each([
    [
      'access denied',
      awsError(
        'AccessDenied',
        'User: arn:aws:sts::111111111111:assumed-role/s3-xrepl-plan/run is not authorized to perform: cloudformation:DetectStackDrift',
        403,
      ),
    ],
    [
      'a stack in a state drift detection does not support',
      awsError(
        'ValidationError',
        `Stack [${STACK}] is in UPDATE_ROLLBACK_FAILED state and cannot be drift detected`,
      ),
    ],
  ])('reports UNKNOWN, never IN_SYNC, when DetectStackDrift fails with %s', async (_what, error) => {
    cfnMock.on(DetectStackDriftCommand).rejects(error);
    statusAnswers(inSync);
    servePages(page1);

    const result = await detectStackDrift(cfn, STACK, clock, TIMEOUT_MS);

    expect(result.status).toBe('UNKNOWN');
    expect(result.reason).toContain(error.name);
    expect(result.reason).toContain(error.message);
    expect(result.resources).toEqual([]);
    expect(statusPolls()).toBe(0);
    expect(pageInputs()).toEqual([]);
  });

  it('gives up on a detection that never finishes once the time is up: that stack is unknown', async () => {
    statusAnswers(inProgress);
    servePages(page1, page2);
    const started = clock.now();

    const drift = await detectStackDrift(cfn, STACK, clock, 60_000);

    // One slow stack must not abort the whole drift run: it is reported unknown, never in sync.
    expect(drift.status).toBe('UNKNOWN');
    expect(drift.reason).toBe(`UserError: gave up waiting for drift detection of ${STACK} after 60 s.`);
    expect(drift.resources).toEqual([]);
    expect(clock.now() - started).toBeLessThanOrEqual(60_000);
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000);
    expect(pageInputs()).toEqual([]);
  });

  it('backs off between polls instead of asking in a tight loop', async () => {
    statusAnswers(inProgress);

    expect((await detectStackDrift(cfn, STACK, clock, 10 * 60_000)).status).toBe('UNKNOWN');

    const delays = clock.slept;
    expect(delays[0]).toBeGreaterThanOrEqual(500);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(delays[1]!).toBeGreaterThan(delays[0]!);
    expect(Math.max(...delays)).toBeLessThanOrEqual(10_000);
    // Ten minutes at a steady 1 s would be 600 polls; backing off to 10 s keeps it near 70.
    expect(statusPolls()).toBeLessThan(80);
    expect(statusPolls()).toBe(delays.length + 1);
  });

  it('pauses once per poll that found the detection still running, and not after it ended', async () => {
    statusAnswers(inProgress, inProgress, drifted);
    servePages(page1, page2);

    await detectStackDrift(cfn, STACK, clock, TIMEOUT_MS);

    expect(clock.slept).toHaveLength(2);
    expect(clock.slept[1]!).toBeGreaterThan(clock.slept[0]!);
  });
});
