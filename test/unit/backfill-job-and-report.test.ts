/**
 * The pure half of backfill: which versions a selection names, the CreateJob request it becomes,
 * how a job is found again (description and idempotency token), what the completion report's rows
 * count up to, the cost, and the report every front door shows.
 */
import { describe, expect, it } from '@jest/globals';
import {
  backfillExitCode,
  backfillReport,
  backfillVerdict,
} from '../../src/core/backfill/backfill-report.js';
import {
  FailureTally,
  countFailures,
  parseReportManifest,
  reportManifestKey,
} from '../../src/core/backfill/completion-report.js';
import { BATCH_OPERATIONS_PRICING, batchJobCost } from '../../src/core/backfill/cost.js';
import {
  backfillJobRequest,
  clientRequestToken,
  jobDescription,
} from '../../src/core/backfill/job-request.js';
import { isFinished, progressOf, type BackfillJob } from '../../src/core/backfill/job.js';
import { progressBar, progressLine } from '../../src/core/backfill/progress.js';
import {
  parseStatuses,
  selectionDigest,
  selectionOf,
  type BackfillSelection,
} from '../../src/core/backfill/selection.js';
import { renderAll } from '../../src/core/report/budget.js';
import { renderBackfill } from '../../src/core/report/render-backfill.js';
import { exampleTopology } from '../support/examples.js';
import { checkMarkdown } from '../support/markdown-check.js';

const orders = exampleTopology('two-destinations');
const select = (statuses = '', rule = '', prefix = ''): BackfillSelection => {
  const s = selectionOf(orders, { statuses, rule, prefix });
  if (!s.ok) throw new Error(s.problems.join('; '));
  return s.selection;
};
const problems = (statuses = '', rule = '', prefix = ''): string[] => {
  const s = selectionOf(orders, { statuses, rule, prefix });
  return s.ok ? [] : s.problems;
};

describe('the selection', () => {
  it('defaults to NONE and FAILED: what live replication never copied and never retries', () => {
    expect(parseStatuses('')).toEqual({ statuses: ['NONE', 'FAILED'], problems: [] });
    expect(parseStatuses(' failed, none NONE ').statuses).toEqual(['NONE', 'FAILED']);
    expect(parseStatuses('COMPLETED,REPLICA').statuses).toEqual(['COMPLETED', 'REPLICA']);
  });

  it('names each wrong status and what is allowed, with a hint', () => {
    expect(parseStatuses('NONE,FAILD,PENDING').problems).toEqual([
      'input "backfill-statuses" has "FAILD": use NONE, FAILED, COMPLETED, REPLICA (comma separated). Did you mean "FAILED"?',
      'input "backfill-statuses" has "PENDING": use NONE, FAILED, COMPLETED, REPLICA (comma separated). PENDING versions are being replicated already.',
    ]);
  });

  it("takes a rule's prefix, or a narrower one given, and refuses a rule the config lacks, a disabled one, or a prefix outside it", () => {
    expect(select('', 'orders-to-dr')).toMatchObject({
      ruleId: 'orders-to-dr',
      prefix: 'orders/',
      notes: [],
    });
    expect(select('', 'orders-to-dr', 'orders/2025/').prefix).toBe('orders/2025/');
    expect(select('', 'orders-to-dr', 'ord').prefix).toBe('orders/');
    expect(select('', '', 'anything/').prefix).toBe('anything/');
    expect(problems('', 'orders-to-DR')).toEqual([
      'input "backfill-rule" is "orders-to-DR", which is not a rule of orders (its rules: orders-to-dr, exports-to-analytics, audit-everywhere). Did you mean "orders-to-dr"?',
    ]);
    expect(problems('', 'orders-to-dr', 'exports/')).toEqual([
      'input "backfill-prefix" is "exports/", outside rule "orders-to-dr"\'s prefix "orders/": nothing would be selected.',
    ]);
    expect(problems('', '', '')).toEqual([]);
  });

  it('says when a rule filters by tags, which the manifest generator cannot', () => {
    expect(select('', 'exports-to-analytics').notes).toEqual([
      "Rule exports-to-analytics also filters by tags, which S3's manifest generator cannot: the job covers every eligible version under exports/, whichever rule selects it.",
    ]);
  });

  it('is named by a digest of what it selects: the same job for the same versions, another for others', () => {
    const digest = (s: BackfillSelection) => selectionDigest(orders, s);
    expect(digest(select())).toMatch(/^[0-9a-f]{12}$/);
    expect(digest(select('FAILED,NONE'))).toBe(digest(select('none, failed')));
    expect(digest(select('', 'orders-to-dr'))).toBe(digest(select('', '', 'orders/')));
    expect(digest(select('FAILED'))).not.toBe(digest(select()));
    expect(digest(select('', '', 'a/'))).not.toBe(digest(select('', '', 'b/')));
  });
});

describe('the CreateJob request', () => {
  const request = backfillJobRequest({
    topology: orders,
    selection: select('', 'orders-to-dr'),
    batchRoleArn: 'arn:aws:iam::111111111111:role/s3-xrepl-orders-batch-replication',
    latestFinishedJobId: undefined,
  });

  it('replicates through a manifest S3 generates, with the bucket owner expected at every location, under the product prefix', () => {
    expect(request).toEqual({
      AccountId: '111111111111',
      ConfirmationRequired: false,
      Operation: { S3ReplicateObject: {} },
      Report: {
        Bucket: 'arn:aws:s3:::acme-orders-us-east-1',
        Prefix: 's3-xrepl-batch/reports',
        Format: 'Report_CSV_20180820',
        Enabled: true,
        ReportScope: 'FailedTasksOnly',
        ExpectedBucketOwner: '111111111111',
      },
      ClientRequestToken: expect.stringMatching(/^s3-xrepl-[0-9a-f]{40}$/),
      Description: `s3-xrepl backfill orders #${selectionDigest(orders, select('', 'orders-to-dr'))}`,
      Priority: 10,
      RoleArn: 'arn:aws:iam::111111111111:role/s3-xrepl-orders-batch-replication',
      ManifestGenerator: {
        S3JobManifestGenerator: {
          ExpectedBucketOwner: '111111111111',
          SourceBucket: 'arn:aws:s3:::acme-orders-us-east-1',
          EnableManifestOutput: true,
          ManifestOutputLocation: {
            ExpectedManifestBucketOwner: '111111111111',
            Bucket: 'arn:aws:s3:::acme-orders-us-east-1',
            ManifestPrefix: 's3-xrepl-batch/manifests',
            ManifestEncryption: { SSES3: {} },
            ManifestFormat: 'S3InventoryReport_CSV_20211130',
          },
          Filter: {
            EligibleForReplication: true,
            ObjectReplicationStatuses: ['NONE', 'FAILED'],
            KeyNameConstraint: { MatchAnyPrefix: ['orders/'] },
          },
        },
      },
    });
    expect(request.Description.length).toBeLessThanOrEqual(256);
  });

  it('has no key constraint when the whole bucket is selected', () => {
    const whole = backfillJobRequest({
      topology: orders,
      selection: select(),
      batchRoleArn: 'arn:aws:iam::111111111111:role/x',
      latestFinishedJobId: undefined,
    });
    expect(whole.ManifestGenerator.S3JobManifestGenerator.Filter).toEqual({
      EligibleForReplication: true,
      ObjectReplicationStatuses: ['NONE', 'FAILED'],
    });
  });

  it('carries a token two racing runs share (one job), renewed once that job has finished', () => {
    const d = jobDescription(orders, select());
    expect(clientRequestToken(d, undefined)).toBe(clientRequestToken(d, undefined));
    expect(clientRequestToken(d, 'job-1')).not.toBe(clientRequestToken(d, undefined));
    expect(clientRequestToken(d, 'job-1')).not.toBe(clientRequestToken(d, 'job-2'));
    expect(clientRequestToken(d, 'job-1').length).toBeLessThanOrEqual(64);
    expect(clientRequestToken(jobDescription(orders, select('FAILED')), undefined)).not.toBe(
      clientRequestToken(d, undefined),
    );
  });
});

describe('the completion report', () => {
  it('is found under the report prefix, and its manifest names the result files', () => {
    expect(reportManifestKey('s3-xrepl-batch/reports/', 'a1b2')).toBe(
      's3-xrepl-batch/reports/job-a1b2/manifest.json',
    );
    expect(
      parseReportManifest(
        JSON.stringify({
          Format: 'Report_CSV_20180820',
          ReportCreationDate: '2026-01-01T00:00:00.000Z',
          Results: [{ TaskExecutionStatus: 'failed', Bucket: 'b', MD5Checksum: 'x', Key: 'k.csv' }],
          ReportSchema: 'Bucket, Key, VersionId, TaskStatus, ErrorCode, HTTPStatusCode, ResultMessage',
        }),
      ),
    ).toEqual([{ taskState: 'failed', bucket: 'b', key: 'k.csv' }]);
    expect(() => parseReportManifest('{"Format":"x"}')).toThrow(/no Results list/);
  });

  it('counts failed rows by reason, most frequent first, with a few keys decoded, in either column order', () => {
    const rows = [
      'b,orders/a%20b.json,v1,failed,DstKmsKeyNotPermitted,400,"kms:Encrypt on k: denied, says ""who"""',
      'b,orders/c.json,v2,failed,400,DstKmsKeyNotPermitted,other message',
      'b,orders/ok.json,v3,succeeded,,200,Successful',
      'b,"orders/multi',
      'line.json",v4,failed,AccessDenied,403,"no Allow"',
      ...Array.from({ length: 7 }, (_, i) => `b,bulk/${i},v${i},failed,DstKmsKeyNotPermitted,400,x`),
    ];
    const counted = countFailures(rows.slice(0, 5).join('\n'), rows.slice(5).join('\r\n'));
    expect(counted.failedRows).toBe(10);
    expect(counted.reasons.map((r) => [r.code, r.count])).toEqual([
      ['DstKmsKeyNotPermitted', 9],
      ['AccessDenied', 1],
    ]);
    expect(counted.reasons[0]!.sampleKeys).toEqual([
      'orders/a b.json (version v1)',
      'orders/c.json (version v2)',
      'bulk/0 (version v0)',
      'bulk/1 (version v1)',
      'bulk/2 (version v2)',
    ]);
    expect(counted.reasons[0]!.sampleMessage).toBe('kms:Encrypt on k: denied, says "who"');
    expect(counted.reasons[1]!.sampleKeys).toEqual(['orders/multi\nline.json (version v4)']);
  });

  it('is the same counted in chunks of any size (it is streamed)', () => {
    const text = 'b,k1,v,failed,A,400,"x,\ny"\nb,k2,v,failed,B,400,z\n';
    const whole = countFailures(text);
    const tally = new FailureTally();
    for (const ch of text) tally.push(ch);
    expect(tally.result()).toEqual(whole);
    expect(whole.reasons.map((r) => r.code)).toEqual(['A', 'B']);
  });
});

describe('cost', () => {
  it('is per job plus per million objects, with its source stated', () => {
    expect(BATCH_OPERATIONS_PRICING).toMatchObject({ perJobUsd: 0.25, perMillionObjectsUsd: 1 });
    expect(batchJobCost(2_000_000).usd).toBeCloseTo(2.25, 10);
    expect(batchJobCost(2_000_000).formula).toBe(
      '$0.25 per job + $1.00 per million objects × 2,000,000 objects = $2.25 (US East (N. Virginia); replication itself is billed as live replication)',
    );
    expect(batchJobCost(undefined)).not.toHaveProperty('usd');
    expect(batchJobCost(0)).toMatchObject({
      source: 'Amazon S3 pricing, Management & insights, S3 Batch Operations',
      url: 'https://aws.amazon.com/s3/pricing/',
    });
  });
});

const job = (over: Partial<BackfillJob> = {}): BackfillJob => ({
  id: '8a1c7d3e-0b4f-4e21-9b6a-3f0c2e9d5a17',
  status: 'Complete',
  description: 's3-xrepl backfill orders #abc',
  createdAt: 1_700_000_000_000,
  terminatedAt: 1_700_000_042_000,
  tasks: { total: 10, succeeded: 10, failed: 0 },
  failureReasons: [],
  report: { bucketArn: 'arn:aws:s3:::acme-orders-us-east-1', prefix: 's3-xrepl-batch/reports' },
  ...over,
});
const reportOf = (j: BackfillJob, over: Partial<Parameters<typeof backfillReport>[0]> = {}) =>
  backfillReport({
    topology: 'orders',
    configPath: 'replication/orders.yml',
    source: { account: '111111111111', region: 'us-east-1', bucket: 'acme-orders-us-east-1' },
    selection: select(),
    outcome: 'started',
    job: j,
    followed: true,
    timedOut: false,
    followCommand: 's3-xrepl backfill --config replication/orders.yml --statuses NONE,FAILED --wait',
    ...over,
  });

describe('the result', () => {
  it('exits 3 when tasks failed or the job failed or was cancelled, 0 when clean or still running', () => {
    expect(backfillExitCode(reportOf(job()))).toBe(0);
    expect(backfillExitCode(reportOf(job({ tasks: { total: 10, succeeded: 8, failed: 2 } })))).toBe(3);
    expect(backfillExitCode(reportOf(job({ status: 'Failed', tasks: undefined })))).toBe(3);
    expect(backfillExitCode(reportOf(job({ status: 'Cancelled' })))).toBe(3);
    expect(backfillExitCode(reportOf(job({ status: 'Active', terminatedAt: undefined })))).toBe(0);
    expect(isFinished('Completing')).toBe(false);
  });

  it('says in one line what happened', () => {
    expect(backfillVerdict(reportOf(job()))).toBe(
      'backfill job 8a1c7d3e-0b4f-4e21-9b6a-3f0c2e9d5a17 (started) Complete: 10 of 10 tasks succeeded',
    );
    expect(
      backfillVerdict(reportOf(job({ status: 'Active', tasks: undefined }), { outcome: 'running' })),
    ).toBe('backfill job 8a1c7d3e-0b4f-4e21-9b6a-3f0c2e9d5a17 already running: Active, no tasks yet');
  });

  it('reports tasks, duration, failure reasons with sample keys, and the cost, as valid Markdown', () => {
    const failed = reportOf(job({ tasks: { total: 1_000_000, succeeded: 999_998, failed: 2 } }), {
      failures: countFailures(
        'b,orders/x.json,v1,failed,DstKmsKeyNotPermitted,400,"kms:Encrypt denied"\nb,orders/y.json,v2,failed,DstKmsKeyNotPermitted,400,x',
      ),
    });
    const text = renderAll(renderBackfill(failed, { commit: 'c'.repeat(40) }));
    expect(checkMarkdown(text)).toEqual([]);
    expect(text).toContain('❌ **Backfill finished with 2 failed tasks** of 1000000');
    expect(text).toContain(
      '| `8a1c7d3e-0b4f-4e21-9b6a-3f0c2e9d5a17` | Complete | 1000000 | 999998 | 2 | 42 s | $1.25 |',
    );
    expect(text).toContain('| `DstKmsKeyNotPermitted` | 2 | `orders/x.json (version v1)` |');
    expect(text).toContain(
      'Cost: \\$0.25 per job \\+ \\$1.00 per million objects × 1,000,000 objects = \\$1.25 (US East (N. Virginia); replication itself is billed as live replication). Source: [Amazon S3 pricing, Management \\& insights, S3 Batch Operations](https://aws.amazon.com/s3/pricing/).',
    );
    expect(text).toContain('a backfill of status FAILED');
    expect(text).toContain('S3 says: kms:Encrypt denied');
  });

  it('says how to follow a job it did not wait for, and that a running job was not doubled', () => {
    const running = reportOf(
      job({ status: 'Active', terminatedAt: undefined, tasks: { total: 10, succeeded: 4, failed: 0 } }),
      {
        outcome: 'running',
        followed: false,
      },
    );
    const text = renderAll(renderBackfill(running, { now: 1_700_000_030_000 }));
    expect(text).toContain('⏳ **Backfill already running**');
    expect(text).toContain('no second job was started');
    expect(text).toContain('30 s so far');
    expect(text).toContain(
      'Follow it: `s3-xrepl backfill --config replication/orders.yml --statuses NONE,FAILED --wait`',
    );
  });

  it('shows why S3 failed a job as a whole', () => {
    const text = renderAll(
      renderBackfill(
        reportOf(
          job({
            status: 'Failed',
            tasks: undefined,
            failureReasons: [
              {
                code: 'AssumeRoleNotPermitted',
                reason: 'the trust policy does not let Batch Operations assume it',
              },
            ],
          }),
        ),
      ),
    );
    expect(text).toContain('❌ **Backfill job failed**');
    expect(text).toContain(
      '> - `AssumeRoleNotPermitted`: the trust policy does not let Batch Operations assume it',
    );
  });
});

describe('progress', () => {
  it('is a line for the log and a bar for a terminal', () => {
    const active = job({ status: 'Active', tasks: { total: 200, succeeded: 45, failed: 5 } });
    expect(progressLine(active, 12_400)).toBe(
      'backfill job 8a1c7d3e-0b4f-4e21-9b6a-3f0c2e9d5a17: Active, 50 of 200 tasks done (45 succeeded, 5 failed), 12 s',
    );
    expect(progressLine(job({ status: 'Preparing', tasks: undefined }), 900)).toContain(
      'manifest not generated yet',
    );
    expect(progressOf(active)).toBe(0.25);
    expect(progressBar(0.25, 8)).toBe('[##------]  25%');
    expect(progressBar(undefined, 4)).toBe('[····]    ');
    expect(progressBar(1, 4)).toBe('[####] 100%');
  });
});
