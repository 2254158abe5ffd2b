import { GetMetricDataCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { METRIC_NAMESPACE, s3Rules, type AlarmSpec } from '../../core/model/monitoring.js';
import type { Topology } from '../../core/model/topology.js';
import type { MonitoringObservation, RecentFailures } from '../../core/verify/verification.js';
import type { Clock } from './poll.js';
import { readAlarms } from './read-live-monitoring.js';

/** GetMetricData takes at most 500 queries a call. */
const QUERIES_PER_CALL = 500;

/**
 * What CloudWatch knows of the topology's replication when verify runs: the state of each alarm,
 * and how many operations failed per rule over the last `hours` (a failure between two scheduled
 * canaries shows here even after its alarm went back to OK).
 */
export async function observeMonitoring(opts: {
  readonly cloudwatch: Pick<CloudWatchClient, 'send'>;
  readonly topology: Topology;
  readonly alarms: readonly AlarmSpec[];
  readonly clock: Clock;
  readonly hours: number;
}): Promise<MonitoringObservation> {
  const { cloudwatch, topology, alarms, clock, hours } = opts;
  const notes: string[] = [];
  const states = await readAlarms(
    cloudwatch,
    alarms.map((a) => a.name),
  );
  const observed = alarms.map((a) => {
    const s = states.get(a.name);
    const base = { name: a.name, destinationId: a.destinationId, s3RuleId: a.s3RuleId, metric: a.metric };
    if (s?.state === 'read')
      return {
        ...base,
        state: s.value.stateValue ?? 'INSUFFICIENT_DATA',
        ...(s.value.stateReason !== undefined ? { reason: s.value.stateReason } : {}),
        ...(s.value.stateUpdated !== undefined ? { since: s.value.stateUpdated } : {}),
      };
    if (s?.state === 'absent') return { ...base, state: 'missing' };
    notes.push(`alarm ${a.name} could not be read${s?.state === 'unreadable' ? `: ${s.error}` : ''}`);
    return { ...base, state: 'unknown' };
  });

  const rules = s3Rules(topology).filter((r) => r.destination.metrics);
  const recentFailures: RecentFailures[] = [];
  const end = clock.now();
  for (let i = 0; i < rules.length; i += QUERIES_PER_CALL) {
    const batch = rules.slice(i, i + QUERIES_PER_CALL);
    try {
      const sums = new Map<string, number>();
      let NextToken: string | undefined;
      do {
        const page = await cloudwatch.send(
          new GetMetricDataCommand({
            StartTime: new Date(end - hours * 3_600_000),
            EndTime: new Date(end),
            NextToken,
            MetricDataQueries: batch.map((r, j) => ({
              Id: `failed${i + j}`,
              ReturnData: true,
              MetricStat: {
                Metric: {
                  Namespace: METRIC_NAMESPACE,
                  MetricName: 'OperationsFailedReplication',
                  Dimensions: [
                    { Name: 'SourceBucket', Value: topology.source.bucket },
                    { Name: 'DestinationBucket', Value: r.destination.bucket },
                    { Name: 'RuleId', Value: r.s3RuleId },
                  ],
                },
                Period: 3600,
                Stat: 'Sum',
              },
            })),
          }),
        );
        for (const result of page.MetricDataResults ?? []) {
          const id = result.Id ?? '';
          sums.set(id, (sums.get(id) ?? 0) + (result.Values ?? []).reduce((a, b) => a + b, 0));
        }
        NextToken = page.NextToken;
      } while (NextToken);
      batch.forEach((r, j) => {
        const operations = sums.get(`failed${i + j}`) ?? 0;
        if (operations > 0)
          recentFailures.push({ s3RuleId: r.s3RuleId, destinationId: r.destination.id, operations });
      });
    } catch (e) {
      notes.push(`the replication metrics could not be read: ${(e as Error).name}: ${(e as Error).message}`);
    }
  }
  return { alarms: observed, recentFailures, hours, notes };
}
