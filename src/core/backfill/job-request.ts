import type { Topology } from '../model/topology.js';
import { sha256 } from '../report/sha256.js';
import { BATCH_COMPLETION_PREFIX, BATCH_MANIFEST_PREFIX } from '../templates/batch-role.js';
import { selectionDigest, type BackfillSelection } from './selection.js';

/**
 * The S3 Control CreateJob request of a backfill, as plain data (the shell sends it as it is):
 * operation S3ReplicateObject over a manifest S3 generates from the source bucket
 * (S3JobManifestGenerator, EligibleForReplication and the selection's statuses and prefix), the
 * generated manifest and a completion report of the failed tasks written under the product's prefix
 * of the source bucket, the bucket owner expected on every location (DESIGN.md §5).
 */
export interface BackfillJobRequest {
  readonly AccountId: string;
  readonly ConfirmationRequired: false;
  readonly Operation: { readonly S3ReplicateObject: Record<string, never> };
  readonly Report: {
    readonly Bucket: string;
    readonly Prefix: string;
    readonly Format: 'Report_CSV_20180820';
    readonly Enabled: true;
    readonly ReportScope: 'FailedTasksOnly';
    readonly ExpectedBucketOwner: string;
  };
  readonly ClientRequestToken: string;
  readonly Description: string;
  readonly Priority: number;
  readonly RoleArn: string;
  readonly ManifestGenerator: {
    readonly S3JobManifestGenerator: {
      readonly ExpectedBucketOwner: string;
      readonly SourceBucket: string;
      readonly EnableManifestOutput: true;
      readonly ManifestOutputLocation: {
        readonly ExpectedManifestBucketOwner: string;
        readonly Bucket: string;
        readonly ManifestPrefix: string;
        // Completion reports are SSE-S3 anyway; so is the manifest: the batch role needs no key.
        readonly ManifestEncryption: { readonly SSES3: Record<string, never> };
        readonly ManifestFormat: 'S3InventoryReport_CSV_20211130';
      };
      readonly Filter: {
        readonly EligibleForReplication: true;
        readonly ObjectReplicationStatuses: readonly string[];
        readonly KeyNameConstraint?: { readonly MatchAnyPrefix: readonly string[] };
      };
    };
  };
}

/** Jobs of other callers share the account's queue; ours need no precedence. */
export const BACKFILL_PRIORITY = 10;

/** The description that marks a job as this topology's backfill of this selection (ListJobs shows it). */
export function jobDescription(topology: Topology, selection: BackfillSelection): string {
  return `s3-xrepl backfill ${topology.name} #${selectionDigest(topology, selection)}`;
}

/**
 * The idempotency token: the same for every run that sees the same latest finished job of the
 * selection, so two runs racing to start one create one job (S3 answers the second CreateJob with
 * the first job), and new once that job has finished. S3 accepts at most 64 characters.
 */
export function clientRequestToken(description: string, latestFinishedJobId: string | undefined): string {
  return `s3-xrepl-${sha256(`${description}\n${latestFinishedJobId ?? 'first'}`).slice(0, 40)}`;
}

export function backfillJobRequest(opts: {
  readonly topology: Topology;
  readonly selection: BackfillSelection;
  readonly batchRoleArn: string;
  readonly latestFinishedJobId: string | undefined;
}): BackfillJobRequest {
  const { topology, selection } = opts;
  const { account, bucket } = topology.source;
  const bucketArn = `arn:${topology.partition}:s3:::${bucket}`;
  const description = jobDescription(topology, selection);
  return {
    AccountId: account,
    ConfirmationRequired: false,
    Operation: { S3ReplicateObject: {} },
    Report: {
      Bucket: bucketArn,
      Prefix: BATCH_COMPLETION_PREFIX,
      Format: 'Report_CSV_20180820',
      Enabled: true,
      ReportScope: 'FailedTasksOnly',
      ExpectedBucketOwner: account,
    },
    ClientRequestToken: clientRequestToken(description, opts.latestFinishedJobId),
    Description: description,
    Priority: BACKFILL_PRIORITY,
    RoleArn: opts.batchRoleArn,
    ManifestGenerator: {
      S3JobManifestGenerator: {
        ExpectedBucketOwner: account,
        SourceBucket: bucketArn,
        EnableManifestOutput: true,
        ManifestOutputLocation: {
          ExpectedManifestBucketOwner: account,
          Bucket: bucketArn,
          ManifestPrefix: BATCH_MANIFEST_PREFIX,
          ManifestEncryption: { SSES3: {} },
          ManifestFormat: 'S3InventoryReport_CSV_20211130',
        },
        Filter: {
          EligibleForReplication: true,
          ObjectReplicationStatuses: selection.statuses,
          ...(selection.prefix !== undefined
            ? { KeyNameConstraint: { MatchAnyPrefix: [selection.prefix] } }
            : {}),
        },
      },
    },
  };
}
