/**
 * S3 Batch Operations completion reports (user guide, "Examples: S3 Batch Operations completion
 * reports"): a manifest.json under <prefix>/job-<id>/ naming one CSV per task state, each row
 * `Bucket, Key, VersionId, TaskStatus, ErrorCode, HTTPStatusCode, ResultMessage`. For Batch
 * Replication the failure reasons are S3's replication failure reasons (DstPutObjectNotPermitted,
 * ...), the same codes S3 Event Notifications carry (DESIGN.md §5).
 */

/** Where S3 writes the report's manifest for a job. */
export function reportManifestKey(prefix: string, jobId: string): string {
  return `${prefix.replace(/\/+$/, '')}/job-${jobId}/manifest.json`;
}

export interface ReportResult {
  readonly taskState: string;
  readonly bucket: string;
  readonly key: string;
}

/** The result files the manifest names; throws with what is wrong when it is not a report manifest. */
export function parseReportManifest(text: string): ReportResult[] {
  const parsed = JSON.parse(text) as { Format?: unknown; Results?: unknown };
  if (!Array.isArray(parsed.Results))
    throw new Error(`not a completion report manifest: no Results list (Format ${String(parsed.Format)})`);
  return parsed.Results.map((r: { TaskExecutionStatus?: unknown; Bucket?: unknown; Key?: unknown }, i) => {
    if (typeof r.Key !== 'string' || typeof r.Bucket !== 'string')
      throw new Error(`not a completion report manifest: Results[${i}] has no Bucket and Key`);
    return { taskState: String(r.TaskExecutionStatus ?? ''), bucket: r.Bucket, key: r.Key };
  });
}

export interface FailureReason {
  readonly code: string;
  readonly count: number;
  /** A few failed keys (with their version), decoded, in report order. */
  readonly sampleKeys: readonly string[];
  /** One message S3 gave for this reason. */
  readonly sampleMessage?: string;
}

export interface FailureCounts {
  readonly failedRows: number;
  /** Most frequent first. */
  readonly reasons: readonly FailureReason[];
}

export const SAMPLE_KEYS = 5;

/**
 * Counts the failed rows of result CSVs by reason, fed in chunks of any size (a report can be
 * large: it is streamed, never held). Fields may be quoted, with "" inside quotes; a quoted field may
 * span lines. Succeeded rows (an all-tasks report) are skipped.
 */
export class FailureTally {
  private readonly byCode = new Map<string, { count: number; keys: string[]; message?: string }>();
  private failedRows = 0;
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  /** A quote seen inside a quoted field: the end of the field, or the first of "". */
  private quotePending = false;

  push(chunk: string): void {
    for (const ch of chunk) {
      if (this.quotePending) {
        this.quotePending = false;
        if (ch === '"') {
          this.field += '"';
          continue;
        }
        this.quoted = false;
      }
      if (this.quoted) {
        if (ch === '"') this.quotePending = true;
        else this.field += ch;
      } else if (ch === '"' && this.field === '') this.quoted = true;
      else if (ch === ',') this.endField();
      else if (ch === '\n') this.endRow();
      else if (ch !== '\r') this.field += ch;
    }
  }

  result(): FailureCounts {
    this.quotePending = false;
    this.quoted = false;
    if (this.field !== '' || this.fields.length > 0) this.endRow();
    const reasons = [...this.byCode]
      .map(([code, v]) => ({
        code,
        count: v.count,
        sampleKeys: v.keys,
        ...(v.message !== undefined ? { sampleMessage: v.message } : {}),
      }))
      .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
    return { failedRows: this.failedRows, reasons };
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
  }

  private endRow(): void {
    this.endField();
    const row = this.fields;
    this.fields = [];
    if (row.length < 4 || row[3]!.toLowerCase() !== 'failed') return;
    this.failedRows++;
    // The schema lists ErrorCode before HTTPStatusCode; AWS's own examples print them the other way
    // round. The three-digit one is the status.
    const [a = '', b = ''] = [row[4], row[5]];
    const errorCode = /^\d{3}$/.test(a) && !/^\d{3}$/.test(b) ? b : a;
    const message = row.slice(6).join(',');
    const code = errorCode.trim() || message.trim().split(/[\s:]/)[0] || 'unknown';
    const entry = this.byCode.get(code) ?? { count: 0, keys: [] };
    entry.count++;
    if (entry.keys.length < SAMPLE_KEYS) entry.keys.push(keyOf(row[1] ?? '', row[2] ?? ''));
    entry.message ??= message || undefined;
    this.byCode.set(code, entry);
  }
}

/** Report keys are URL-encoded, as in manifests; a key that is not stays as it is. */
function keyOf(encodedKey: string, versionId: string): string {
  let key = encodedKey;
  try {
    key = decodeURIComponent(encodedKey.replace(/\+/g, ' '));
  } catch {
    // Not URL-encoded after all.
  }
  return versionId ? `${key} (version ${versionId})` : key;
}

/** Counts failures in whole CSV texts (tests, small reports). */
export function countFailures(...csvTexts: string[]): FailureCounts {
  const tally = new FailureTally();
  for (const text of csvTexts) {
    tally.push(text);
    if (!text.endsWith('\n')) tally.push('\n');
  }
  return tally.result();
}
