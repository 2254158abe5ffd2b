import { quote } from '../quote.js';
import type { Reporter } from './check-shape.js';
import type { Config, NotificationTargetConfig } from './config-types.js';
import { suggestion } from './did-you-mean.js';
import { FAILURE_EVENT, RTC_EVENTS, S3_NOTIFICATION_EVENTS } from './monitoring-shape.js';
import { partitionOf } from './regions.js';

const SNS_ARN = /^arn:(aws|aws-cn|aws-us-gov):sns:([a-z0-9-]+):([0-9]{12}):([A-Za-z0-9_-]{1,256})$/;
const TARGET_ARN = {
  topics: { re: SNS_ARN, form: 'arn:PARTITION:sns:REGION:ACCOUNT:TOPIC' },
  queues: {
    re: /^arn:(aws|aws-cn|aws-us-gov):sqs:([a-z0-9-]+):([0-9]{12}):([A-Za-z0-9_-]{1,80}(\.fifo)?)$/,
    form: 'arn:PARTITION:sqs:REGION:ACCOUNT:QUEUE',
  },
  functions: {
    re: /^arn:(aws|aws-cn|aws-us-gov):lambda:([a-z0-9-]+):([0-9]{12}):function:([A-Za-z0-9_-]{1,64})(:[A-Za-z0-9$_-]+)?$/,
    form: 'arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME',
  },
} as const;

/** RFC 5321 allows more, SNS less: one @, no spaces, a dot in the domain. */
const EMAIL =
  /^[^@\s"<>()[\],;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/**
 * The monitoring block's rules beyond its shape: where the topic may be, what a subscription must
 * look like, and that the bucket's one notification configuration can hold every entry at once
 * (S3 refuses two entries for one event type whose key filters overlap).
 */
export function checkMonitoring(config: Partial<Config>, report: Reporter): void {
  const m = config.monitoring;
  const source = config.source;
  const sourcePartition = source?.region ? partitionOf(source.region) : undefined;
  const metricsByDefault = m?.metrics ?? true;

  (config.destinations ?? []).forEach((d, i) => {
    if (d?.replicationTime !== undefined && d.metrics === false)
      report.error(
        ['destinations', i, 'metrics'],
        'must not be false with replicationTime: S3 Replication Time Control requires replication metrics.',
      );
  });
  if (!m) return;

  const anyMetrics = (config.destinations ?? []).some(
    (d) => d?.replicationTime !== undefined || (d?.metrics ?? metricsByDefault),
  );
  // Asking for events, alarms or subscribers while every rule's metrics are off asks for nothing.
  const asked = m.failureEvents === true || m.alarms !== undefined || (m.subscriptions ?? []).length > 0;
  if (!anyMetrics && asked)
    report.warning(
      ['monitoring', 'metrics'],
      'metrics are off on every destination: S3 sends no failure events for rules without metrics, and no alarm is created.',
    );

  const minutes = m.alarms?.backlog?.minutes;
  if (minutes !== undefined && minutes % 5 !== 0)
    report.error(
      ['monitoring', 'alarms', 'backlog', 'minutes'],
      `must be a multiple of 5 (the alarm counts five-minute periods), got ${minutes}.`,
    );

  if (m.topic !== undefined && m.topic !== 'create') {
    const arn = SNS_ARN.exec(m.topic);
    if (!arn)
      report.error(
        ['monitoring', 'topic'],
        `${quote(m.topic)} must be "create" or an SNS topic ARN (arn:PARTITION:sns:REGION:ACCOUNT:TOPIC).`,
      );
    else {
      if (source?.region !== undefined && arn[2] !== source.region)
        report.error(
          ['monitoring', 'topic'],
          `the topic is in ${arn[2]} but the source bucket in ${source.region}: S3 sends event notifications only to a topic in the bucket's region.`,
        );
      else if (sourcePartition && arn[1] !== sourcePartition)
        report.error(
          ['monitoring', 'topic'],
          `the topic ARN is in partition ${arn[1]} but the source is in ${sourcePartition}.`,
        );
      if (m.subscriptions !== undefined && m.subscriptions.length > 0)
        report.error(
          ['monitoring', 'subscriptions'],
          'subscriptions are only for the topic the product creates (topic: create): subscribe to your own topic where you manage it.',
        );
    }
  }

  const seen = new Map<string, number>();
  (m.subscriptions ?? []).forEach((s, i) => {
    if (!s?.endpoint || !s.protocol) return;
    const path = ['monitoring', 'subscriptions', i, 'endpoint'];
    const problem = s.protocol === 'email' ? emailProblem(s.endpoint) : httpsProblem(s.endpoint);
    if (problem) report.error(path, problem);
    const key = `${s.protocol} ${s.endpoint.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined)
      report.error(path, `the same ${s.protocol} endpoint is monitoring.subscriptions[${first}] already.`);
    else seen.set(key, i);
  });

  checkBucketNotifications(config, report, anyMetrics);
}

function emailProblem(endpoint: string): string | undefined {
  return EMAIL.test(endpoint) ? undefined : `${quote(endpoint)} is not an email address (name@example.com).`;
}

function httpsProblem(endpoint: string): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return `${quote(endpoint)} is not a URL: give an https:// address.`;
  }
  if (url.protocol !== 'https:')
    return `${quote(endpoint)} is not https: SNS would send the events, with bucket and object names, in clear text.`;
  if (url.username !== '' || url.password !== '')
    return 'the URL carries a user name or password: the config is committed to the repository, so put no secret in it (use a webhook URL whose token you can rotate, or a secret-free endpoint).';
  return undefined;
}

interface Entry {
  readonly path: readonly (string | number)[];
  readonly events: readonly string[];
  readonly prefix: string;
  readonly suffix: string;
}

/** `s3:ObjectCreated:*` covers `s3:ObjectCreated:Put`; two entries share a type if either covers the other. */
function sharesType(a: string, b: string): boolean {
  const covers = (w: string, x: string) => w === x || (w.endsWith(':*') && x.startsWith(w.slice(0, -1)));
  return covers(a, b) || covers(b, a);
}

/** S3: configurations for a shared event type conflict unless their prefixes or suffixes cannot both match. */
function overlap(a: Entry, b: Entry): boolean {
  const prefixes = a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix);
  const suffixes = a.suffix.endsWith(b.suffix) || b.suffix.endsWith(a.suffix);
  return prefixes && suffixes;
}

function checkBucketNotifications(config: Partial<Config>, report: Reporter, anyMetrics: boolean): void {
  const m = config.monitoring!;
  const region = config.source?.region;
  const entries: Entry[] = [];
  // The product's own entries: no filter, so any entry for one of their types overlaps them.
  if ((m.failureEvents ?? true) && anyMetrics) {
    const rtc = (config.destinations ?? []).some((d) => d?.replicationTime !== undefined);
    entries.push({
      path: ['monitoring', 'failureEvents'],
      events: [FAILURE_EVENT, ...(rtc ? RTC_EVENTS : [])],
      prefix: '',
      suffix: '',
    });
  }
  const n = m.bucketNotifications;
  for (const kind of ['topics', 'queues', 'functions'] as const) {
    (n?.[kind] ?? []).forEach((t: Partial<NotificationTargetConfig> | undefined, i) => {
      if (!t) return;
      const path = ['monitoring', 'bucketNotifications', kind, i];
      if (t.arn !== undefined) {
        const arn = TARGET_ARN[kind].re.exec(t.arn);
        if (!arn)
          report.error([...path, 'arn'], `${quote(t.arn)} is not of the form ${TARGET_ARN[kind].form}.`);
        else if (region !== undefined && arn[2] !== region)
          report.error(
            [...path, 'arn'],
            `it is in ${arn[2]} but the source bucket in ${region}: S3 notifies only destinations in the bucket's region.`,
          );
      }
      (t.events ?? []).forEach((e, j) => {
        if (e !== undefined && !(S3_NOTIFICATION_EVENTS as readonly string[]).includes(e))
          report.error(
            [...path, 'events', j],
            `${quote(e)} is not an S3 event type.${suggestion(e, S3_NOTIFICATION_EVENTS)}`,
          );
      });
      entries.push({
        path,
        events: (t.events ?? []).filter((e) => e !== undefined),
        prefix: t.prefix ?? '',
        suffix: t.suffix ?? '',
      });
    });
  }
  entries.forEach((a, i) => {
    for (const b of entries.slice(0, i)) {
      const shared = a.events.find((x) => b.events.some((y) => sharesType(x, y)));
      if (shared === undefined || !overlap(a, b)) continue;
      const ours = b.path[1] === 'failureEvents';
      report.error(
        [...a.path, 'events'],
        ours
          ? `${quote(shared)} is already sent to the failure-event topic (S3 refuses two entries for one event type with overlapping filters): subscribe to that topic instead.`
          : `${quote(shared)} is also in ${formatEntry(b.path)} with an overlapping prefix and suffix: S3 refuses both (one entry per event type, unless the key filters cannot both match).`,
      );
      break;
    }
  });
}

function formatEntry(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
