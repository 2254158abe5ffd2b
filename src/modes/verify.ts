import type { Stack } from '@aws-sdk/client-cloudformation';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { EXIT, UserError } from '../core/errors.js';
import type { StackDrift } from '../core/drift/drift-report.js';
import type { StackPlan } from '../core/synth/synthesize.js';
import type {
  DestinationVerification,
  MonitoringObservation,
  VerifyReport,
} from '../core/verify/verification.js';
import type { Topology } from '../core/model/topology.js';
import type { CanaryPlace } from '../shell/aws/canary.js';
import type { Mode, ModeEnv } from './mode.js';
import { ASSUME_ROLES, CONFIG, configProblem, readSpecs, refuse, type InputSpec } from './inputs.js';

const VERIFY_TIMEOUT_MINUTES: InputSpec = {
  name: 'verify-timeout-minutes',
  kind: 'integer',
  default: '15',
  min: 1,
  max: 120,
  help: 'how long to wait for each canary to replicate',
  flag: 'timeout-minutes',
  placeholder: 'N',
};

interface VerifyInputs {
  readonly config: string;
  readonly timeoutMs: number;
}

/**
 * `verify`: a canary per destination, all at once, with the deploy role (verify runs right after a
 * deploy, and that role may write canaries under the reserved segment only). Exit 3 when any
 * destination did not pass; the report names the broken link when the live state shows it.
 */
export const verify: Mode<VerifyInputs> = {
  name: 'verify',
  summary: 'put a canary per destination and check its replica (exit 3 on failure)',
  frontDoors: ['action', 'cli'],
  configs: 'each',
  comment: { section: 'verify', failed: 'Not verified' },
  reads: [CONFIG, VERIFY_TIMEOUT_MINUTES, ASSUME_ROLES],
  outputs: [{ name: 'verified' }, { name: 'verify-json' }, { name: 'comment-url' }, { name: 'issue-url' }],
  parse(get) {
    const { values, problems } = readSpecs(this.reads, get);
    refuse([...configProblem(values.config!), ...problems]);
    return { config: String(values.config), timeoutMs: Number(values['verify-timeout-minutes']) * 60_000 };
  },
  async run(inputs, env) {
    const [
      { readTopology },
      { locateStacks },
      { runCanary },
      { describeStack },
      { directFindings },
      { canaryObjects },
      { verified },
      { renderVerify },
      { DESTINATION_OUTPUTS },
      { SOURCE_OUTPUTS },
      { CloudFormationClient },
      { S3Client },
      { KMSClient },
      { IAMClient },
      { CloudWatchClient },
      { SNSClient },
      { SQSClient },
    ] = await Promise.all([
      import(/* webpackChunkName: "verify" */ '../shell/fs/read-topology.js'),
      import(/* webpackChunkName: "verify" */ '../shell/aws/locate-stacks.js'),
      import(/* webpackChunkName: "verify" */ '../shell/aws/canary.js'),
      import(/* webpackChunkName: "verify" */ '../shell/aws/deploy-stack.js'),
      import(/* webpackChunkName: "verify" */ '../shell/aws/direct-findings.js'),
      import(/* webpackChunkName: "verify" */ '../core/verify/canary-objects.js'),
      import(/* webpackChunkName: "verify" */ '../core/verify/verification.js'),
      import(/* webpackChunkName: "verify" */ '../core/report/render-verify.js'),
      import(/* webpackChunkName: "verify" */ '../core/templates/destination-template.js'),
      import(/* webpackChunkName: "verify" */ '../core/templates/source-template.js'),
      import(/* webpackChunkName: "aws-cloudformation" */ '@aws-sdk/client-cloudformation'),
      import('@aws-sdk/client-s3'),
      import(/* webpackChunkName: "aws-kms" */ '@aws-sdk/client-kms'),
      import(/* webpackChunkName: "aws-iam" */ '@aws-sdk/client-iam'),
      import(/* webpackChunkName: "aws-cloudwatch" */ '@aws-sdk/client-cloudwatch'),
      import(/* webpackChunkName: "aws-sns" */ '@aws-sdk/client-sns'),
      import(/* webpackChunkName: "aws-sqs" */ '@aws-sdk/client-sqs'),
    ]);
    const read = await readTopology(inputs.config, env);
    const credentials = await env.credentials(read.topology, 'deploy');
    const clients = env.clients(credentials, {
      cfn: CloudFormationClient,
      s3: S3Client,
      kms: KMSClient,
      iam: IAMClient,
      cloudwatch: CloudWatchClient,
      sns: SNSClient,
      sqs: SQSClient,
    });
    // Destinations deployed as a StackSet live in its instances' stacks.
    const { topology, synthesis } = await locateStacks(read.topology, read.synthesis, { ...env, clients });

    const described = new Map<string, Stack>();
    const placeOf = async (
      p: { stackName: string; account: string; region: string; bucket: string },
      keyOutput: string,
    ): Promise<CanaryPlace> => {
      const c = clients(p.account, p.region);
      const stack = await describeStack(c.cfn, p.stackName);
      const keyArn = stack?.Outputs?.find((o) => o.OutputKey === keyOutput)?.OutputValue;
      if (!stack || !keyArn)
        throw new UserError(
          `${p.stackName} (${p.account}, ${p.region}) is not deployed, so there is nothing to verify.`,
          'Run mode deploy first.',
        );
      described.set(p.stackName, stack);
      return { account: p.account, region: p.region, bucket: p.bucket, keyArn, s3: c.s3 };
    };
    const source = await placeOf(topology.source, SOURCE_OUTPUTS.kmsKeyArn);
    const destinations = new Map<string, CanaryPlace>();
    for (const d of topology.destinations)
      destinations.set(d.id, await placeOf(d, DESTINATION_OUTPUTS.kmsKeyArn));

    /**
     * S3 never says why a version FAILED; the live state can. The destination's and the source's
     * stacks compared with what they deployed: what drifted is the likely broken link. Each stack is
     * compared once, however many failed canaries ask (the source's, by every one).
     */
    const driftedOf = new Map<string, Promise<StackDrift | undefined>>();
    const drifted = (s: StackPlan): Promise<StackDrift | undefined> => {
      const hit = driftedOf.get(s.name);
      if (hit) return hit;
      const found = directFindings(
        s,
        clients(s.account, s.region),
        topology.partition,
        described.get(s.name)!,
      )
        .then((findings): StackDrift | undefined => {
          const bad = findings.filter((f) => f.status === 'drifted');
          return bad.length > 0
            ? {
                name: s.name,
                kind: s.kind,
                account: s.account,
                region: s.region,
                deployed: true,
                findings: bad,
              }
            : undefined;
        })
        .catch((e: unknown) => {
          env.logger.warning(
            `verify: could not compare ${s.name} with its template: ${(e as Error).message}`,
          );
          return undefined;
        });
      driftedOf.set(s.name, found);
      return found;
    };
    const brokenLinks = async (destinationId: string): Promise<StackDrift[]> => {
      const d = topology.destinations.find((x) => x.id === destinationId)!;
      const stacks = synthesis.manifest.stacks.filter((s) => s.name === d.stackName || s.kind === 'source');
      return (await Promise.all(stacks.map(drifted))).filter((x): x is StackDrift => x !== undefined);
    };

    // S3 says why a version FAILED only in an event, to whoever listens when it happens.
    const sourceClients = clients(topology.source.account, topology.source.region);
    const listening = await listenForFailures(
      topology,
      described.get(topology.source.stackName)!,
      sourceClients,
      env,
    );
    const results = await Promise.all(
      canaryObjects(topology, env.runId).map(async (choice): Promise<DestinationVerification> => {
        if (choice.kind === 'unverifiable') {
          const d = destinations.get(choice.destinationId)!;
          return {
            destinationId: choice.destinationId,
            account: d.account,
            region: d.region,
            bucket: d.bucket,
            status: 'unverifiable',
            checks: [],
            hints: [choice.reason],
            leftBehind: [],
          };
        }
        const ran = await runCanary({
          canary: choice.object,
          runId: env.runId,
          source,
          destinations,
          clock: env.clock,
          timeoutMs: inputs.timeoutMs,
        });
        const links = ran.status === 'pass' ? [] : await brokenLinks(ran.destinationId);
        const result =
          ran.status === 'pass'
            ? ran
            : {
                ...ran,
                // Once the live state names the broken link, the usual suspects are no help.
                ...(links.length > 0 ? { hints: [], brokenLinks: links } : {}),
                ...(ran.replicationStatus === 'FAILED' ? await listening.explain(ran) : {}),
              };
        env.logger.info(
          `verify ${choice.object.destinationId}: ${result.status}${result.replicationStatus ? ` (${result.replicationStatus})` : ''}${result.latencyMs !== undefined ? ` in ${result.latencyMs} ms` : ''}`,
        );
        return result;
      }),
    ).finally(() => listening.close());
    // A two-way pair is verified the other way too (replica modification sync included).
    const { verifyWayBack } = await import(
      /* webpackChunkName: "verify" */ '../shell/aws/verify-way-back.js'
    );
    results.push(
      ...(await verifyWayBack({
        topology,
        runId: env.runId,
        source,
        destinations,
        clock: env.clock,
        timeoutMs: inputs.timeoutMs,
      })),
    );
    const monitoring = await observeBothWays(topology, clients, env);
    const report: VerifyReport = {
      topology: topology.name,
      configPath: inputs.config,
      destinations: results,
      ...(monitoring ? { monitoring } : {}),
    };
    const ok = verified(report);
    for (const d of report.destinations.filter((x) => x.status === 'unverifiable'))
      env.logger.warning(`verify ${d.destinationId}: not verifiable: ${d.hints[0] ?? ''}`);
    if (!ok)
      for (const d of report.destinations.filter((x) => x.status !== 'pass' && x.status !== 'unverifiable'))
        env.logger.error(
          `verify ${d.destinationId} (${d.account}, ${d.region}): ${d.status}${d.replicationStatus ? ` (${d.replicationStatus})` : ''}${d.failureEvent ? `; S3's reason: ${d.failureEvent.reason}` : ''}. ${d.brokenLinks?.length ? `Drifted: ${d.brokenLinks.flatMap((s) => s.findings.map((f) => `${f.what}${f.subject ? ` (${f.subject})` : ''} of ${f.resource} in ${s.name}`)).join('; ')}` : `Look at: ${d.hints[0] ?? 'the report'}`}`,
        );
    const { context } = env.github;
    const passed = report.destinations.filter((d) => d.status === 'pass').length;
    const parts = renderVerify(report, {
      ...(context.commit ? { commit: context.commit } : {}),
      ...(context.runUrl ? { runUrl: context.runUrl } : {}),
      labels: new Map([
        [topology.source.stackName, 'source'],
        ...topology.destinations.map((d) => [d.stackName, d.id] as const),
      ]),
    });
    // The scheduled canary keeps the same issue as drift: opened by a failure, closed when both pass.
    const { trackScheduledCheck } = await import(
      /* webpackChunkName: "verify" */ '../shell/github/sync-tracking-issue.js'
    );
    const issueUrl = await trackScheduledCheck(env, {
      check: 'canary',
      outcome: ok ? 'passing' : 'failing',
      configPath: inputs.config,
      topology: report.topology,
      parts,
    });
    return {
      exitCode: ok ? EXIT.ok : EXIT.found,
      outputs: { verified: String(ok), 'verify-json': JSON.stringify(report), 'issue-url': issueUrl },
      verdict: ok
        ? `replication verified to ${passed} of ${report.destinations.length} destinations`
        : `replication NOT verified: ${report.destinations
            .filter((d) => d.status !== 'pass')
            .map(
              (d) =>
                `${d.destinationId} ${d.status}${d.failureEvent ? ` (S3: ${d.failureEvent.reason})` : ''}`,
            )
            .join(', ')}`,
      report: parts,
      json: report,
      phases: results
        .filter((r) => r.latencyMs !== undefined)
        .map((r) => ({ name: `replication to ${r.destinationId}`, ms: r.latencyMs! })),
    };
  },
};

/** How long verify waits for S3's failure event of a canary it saw FAILED (S3 sends it within seconds). */
const FAILURE_EVENT_WAIT_MS = 60_000;
/** How far back verify counts failed operations per rule: a day covers the time between nightly runs. */
const RECENT_HOURS = 24;

type Explained = Pick<DestinationVerification, 'failureEvent' | 'failureEventNote'>;

interface Listening {
  explain(d: DestinationVerification): Promise<Explained>;
  close(): Promise<void>;
}

/**
 * A short-lived subscription to the topology's alerts topic while the canaries run, when S3 sends
 * failure events there; otherwise a listener that says why there is nothing to hear.
 */
async function listenForFailures(
  topology: Topology,
  sourceStack: Stack,
  c: { sns: SNSClient; sqs: SQSClient },
  env: Pick<ModeEnv, 'clock' | 'logger'>,
): Promise<Listening> {
  const [{ productEvents }, { ALERTS_OUTPUTS }, { verifyQueuePrefix }, { describeFailureReason }] =
    await Promise.all([
      import(/* webpackChunkName: "verify" */ '../core/model/monitoring.js'),
      import(/* webpackChunkName: "verify" */ '../core/templates/alerts.js'),
      import(/* webpackChunkName: "verify" */ '../core/model/names.js'),
      import(/* webpackChunkName: "verify" */ '../core/verify/failure-reasons.js'),
    ]);
  const silent = (note: string): Listening => ({
    explain: () => Promise.resolve({ failureEventNote: note }),
    close: () => Promise.resolve(),
  });
  if (productEvents(topology).length === 0)
    return silent(
      'failure events are off for this topology (monitoring.failureEvents, or metrics), so S3 said nothing.',
    );
  const topicArn = sourceStack.Outputs?.find((o) => o.OutputKey === ALERTS_OUTPUTS.topicArn)?.OutputValue;
  if (!topicArn)
    return silent(
      'the source stack has no alerts topic yet (deploy the current config), so S3 said nothing verify could hear.',
    );
  const { listenForFailureEvents } = await import(
    /* webpackChunkName: "verify" */ '../shell/aws/failure-events.js'
  );
  let listener;
  try {
    listener = await listenForFailureEvents({
      sns: c.sns,
      sqs: c.sqs,
      topicArn,
      queuePrefix: verifyQueuePrefix(topology.stackPrefix, topology.name),
      partition: topology.partition,
      account: topology.source.account,
      region: topology.source.region,
      clock: env.clock,
      logger: env.logger,
    });
  } catch (e) {
    env.logger.warning(
      `verify: could not subscribe to ${topicArn}: ${(e as Error).name}: ${(e as Error).message}`,
    );
    return silent(
      `verify could not subscribe to the alerts topic (${(e as Error).name}), so it cannot show S3's reason.`,
    );
  }
  return {
    async explain(d) {
      const event = d.key
        ? await listener.reasonFor(
            { key: d.key, ...(d.versionId ? { versionId: d.versionId } : {}), bucket: d.bucket },
            FAILURE_EVENT_WAIT_MS,
          )
        : undefined;
      if (!event?.failureReason)
        return {
          failureEventNote: `no failure event for the canary reached verify within ${FAILURE_EVENT_WAIT_MS / 1000} s; the topic's other subscribers get it when S3 sends it.`,
        };
      const description = describeFailureReason(event.failureReason);
      return {
        failureEvent: {
          reason: event.failureReason,
          ...(description ? { description } : {}),
          ...(event.ruleId ? { ruleId: event.ruleId } : {}),
          ...(event.eventTime ? { eventTime: event.eventTime } : {}),
        },
      };
    },
    close: () => listener.close(),
  };
}

/**
 * The source's monitoring, and each two-way destination's way back, watched in its own account and
 * region (its stack's alarms): one observation, the way back's rows named `<id> to source` as the
 * canary rows are.
 */
async function observeBothWays(
  topology: Topology,
  clients: (account: string, region: string) => { readonly cloudwatch: CloudWatchClient },
  env: Pick<ModeEnv, 'clock' | 'logger'>,
): Promise<MonitoringObservation | undefined> {
  const { wayBack } = await import(/* webpackChunkName: "verify" */ '../core/model/way-back.js');
  const parts = [
    await observe(topology, clients(topology.source.account, topology.source.region).cloudwatch, env),
  ];
  for (const d of topology.destinations.filter((x) => x.twoWay)) {
    const back = await observe(wayBack(topology, d), clients(d.account, d.region).cloudwatch, env);
    const label = `${d.id} to source`;
    parts.push(
      back && {
        ...back,
        alarms: back.alarms.map((a) => ({ ...a, destinationId: label })),
        recentFailures: back.recentFailures.map((f) => ({ ...f, destinationId: label })),
      },
    );
  }
  const seen = parts.filter((p): p is MonitoringObservation => p !== undefined);
  if (seen.length === 0) return undefined;
  return {
    alarms: seen.flatMap((p) => p.alarms),
    recentFailures: seen.flatMap((p) => p.recentFailures),
    hours: seen[0]!.hours,
    notes: seen.flatMap((p) => p.notes),
  };
}

/** The alarms' states and the recent failures per rule; undefined when the topology has no metrics. */
async function observe(
  topology: Topology,
  cloudwatch: CloudWatchClient,
  env: Pick<ModeEnv, 'clock' | 'logger'>,
): Promise<MonitoringObservation | undefined> {
  const [{ alarmsOf }, { observeMonitoring }] = await Promise.all([
    import(/* webpackChunkName: "verify" */ '../core/model/monitoring.js'),
    import(/* webpackChunkName: "verify" */ '../shell/aws/observe-monitoring.js'),
  ]);
  if (!topology.destinations.some((d) => d.metrics)) return undefined;
  const observed = await observeMonitoring({
    cloudwatch,
    topology,
    alarms: alarmsOf(topology),
    clock: env.clock,
    hours: RECENT_HOURS,
  });
  for (const a of observed.alarms.filter((x) => x.state === 'ALARM'))
    env.logger.warning(`verify: alarm ${a.name} is in ALARM: ${a.reason ?? ''}`);
  for (const a of observed.alarms.filter((x) => x.state === 'missing'))
    env.logger.warning(`verify: alarm ${a.name} does not exist: failures of rule ${a.s3RuleId} page nobody`);
  return observed;
}
