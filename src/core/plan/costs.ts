/**
 * What a topology's monitoring costs a month, for the plan: replication metrics are billed as
 * CloudWatch custom metrics, alarms per alarm-month, the alerts topic's key per key-month, and
 * Replication Time Control per GB replicated. Pure: prices are constants with their sources, the
 * quantities come from the model (model/monitoring.ts counts the same alarms the template declares).
 */
import { alarmsOf, REPLICATION_METRICS, s3Rules, topicNeeded } from '../model/monitoring.js';
import type { Topology } from '../model/topology.js';
import { wayBack } from '../model/way-back.js';

/**
 * On-demand prices in USD, US East (N. Virginia), as AWS publishes them (checked 2026-06). Other
 * regions differ by a few percent; the plan says which region these are.
 */
export const PRICES = {
  /** Per custom metric per month, first 10,000 metrics. https://aws.amazon.com/cloudwatch/pricing/ */
  customMetricMonth: 0.3,
  /** Per standard-resolution alarm metric per month. https://aws.amazon.com/cloudwatch/pricing/ */
  standardAlarmMonth: 0.1,
  /** Per customer managed key per month, in its first year. https://aws.amazon.com/kms/pricing/ */
  kmsKeyMonth: 1,
  /** S3 Replication Time Control, per GB replicated. https://aws.amazon.com/s3/pricing/ (Replication). */
  rtcPerGb: 0.015,
} as const;

export const PRICE_REGION = 'us-east-1';

export interface CostLine {
  readonly item: string;
  readonly quantity: number;
  readonly unit: string;
  readonly unitPrice: number;
  readonly monthly: number;
}

export interface CostEstimate {
  readonly currency: 'USD';
  readonly priceRegion: string;
  readonly lines: readonly CostLine[];
  /** The fixed monthly cost of monitoring: metrics, alarms and the topic's key. */
  readonly monthly: number;
  /** Charged per GB replicated, so not in `monthly`: the volume is not in the config. */
  readonly perGb: readonly {
    readonly item: string;
    readonly unitPrice: number;
    readonly destinations: readonly string[];
  }[];
  readonly assumptions: readonly string[];
}

const cents = (n: number) => Math.round(n * 100) / 100;

export function estimateMonthlyCost(topology: Topology): CostEstimate {
  // A two-way destination's way back is monitored in its own stack, with its own topic and key.
  const watched = [
    topology,
    ...topology.destinations.filter((d) => d.twoWay).map((d) => wayBack(topology, d)),
  ];
  const rulesWithMetrics = watched.flatMap((t) => s3Rules(t).filter((r) => r.destination.metrics));
  const alarms = watched.reduce((n, t) => n + alarmsOf(t).length, 0);
  const key = watched.filter((t) => topicNeeded(t) && t.monitoring.topic.kind === 'create').length;
  const line = (item: string, quantity: number, unit: string, unitPrice: number): CostLine => ({
    item,
    quantity,
    unit,
    unitPrice,
    monthly: cents(quantity * unitPrice),
  });
  const lines = [
    line(
      `replication metrics (${REPLICATION_METRICS.length} per rule and destination)`,
      rulesWithMetrics.length * REPLICATION_METRICS.length,
      'metric',
      PRICES.customMetricMonth,
    ),
    line('CloudWatch alarms', alarms, 'alarm', PRICES.standardAlarmMonth),
    line(
      key > 1 ? "the alerts topics' KMS keys" : "the alerts topic's KMS key",
      key,
      'key',
      PRICES.kmsKeyMonth,
    ),
  ].filter((l) => l.quantity > 0);
  const rtc = [
    ...topology.destinations.filter((d) => d.replicationTime).map((d) => d.id),
    ...topology.destinations
      .filter((d) => d.twoWay && d.replicationTime)
      .map((d) => `${d.id} back to source`),
  ];
  return {
    currency: 'USD',
    priceRegion: PRICE_REGION,
    lines,
    monthly: cents(lines.reduce((sum, l) => sum + l.monthly, 0)),
    perGb:
      rtc.length > 0
        ? [{ item: 'S3 Replication Time Control', unitPrice: PRICES.rtcPerGb, destinations: rtc }]
        : [],
    assumptions: [
      `on-demand prices of ${PRICE_REGION}; other regions differ by a few percent`,
      'before the free tier (10 metrics and 10 alarms per account and month), which other workloads may already use',
      'SNS notifications and KMS requests are left out: a failure event or alarm message costs a fraction of a cent, and healthy replication sends none',
      ...(key > 0
        ? [
            "the key's first year: KMS adds $1 a month for each of its first two yearly rotations (so up to $3 from the third year)",
          ]
        : []),
      'replication itself (storage, requests, data transfer between regions) is not monitoring and is not counted',
    ],
  };
}
