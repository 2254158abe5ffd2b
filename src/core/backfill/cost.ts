/**
 * What S3 Batch Operations charges for a backfill job, on top of the replication it starts (which is
 * billed as live replication is: requests, data transfer, KMS). Prices as AWS publishes them for
 * US East (N. Virginia); other regions differ. Check the page before relying on a figure.
 */
export const BATCH_OPERATIONS_PRICING = {
  perJobUsd: 0.25,
  perMillionObjectsUsd: 1.0,
  region: 'US East (N. Virginia)',
  source: 'Amazon S3 pricing, Management & insights, S3 Batch Operations',
  url: 'https://aws.amazon.com/s3/pricing/',
} as const;

export interface CostEstimate {
  /** undefined while the number of objects is not known yet. */
  readonly usd?: number;
  /** The formula in words, with the figures used. */
  readonly formula: string;
  readonly source: string;
  readonly url: string;
}

const dollars = (n: number): string => {
  const digits = n > 0 && n < 0.01 ? 4 : 2;
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
};

/** The job's Batch Operations cost for `objects` tasks (undefined: not known yet). */
export function batchJobCost(objects: number | undefined): CostEstimate {
  const p = BATCH_OPERATIONS_PRICING;
  const rate = `${dollars(p.perJobUsd)} per job + ${dollars(p.perMillionObjectsUsd)} per million objects`;
  const tail = `(${p.region}; replication itself is billed as live replication)`;
  if (objects === undefined) return { formula: `${rate} ${tail}`, source: p.source, url: p.url };
  const usd = p.perJobUsd + (objects / 1_000_000) * p.perMillionObjectsUsd;
  return {
    usd,
    formula: `${rate} × ${objects.toLocaleString('en-US')} objects = ${dollars(usd)} ${tail}`,
    source: p.source,
    url: p.url,
  };
}
