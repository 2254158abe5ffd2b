/**
 * Plans a reviewer meets, made the way a live plan makes them: what is deployed (the base config's
 * stacks, with the key ARNs KMS gave them) against this branch's config, resolved by the core, with
 * the changes a change set would list. Used by the golden reports (test/golden-reports/) and by
 * scripts/render-reports.ts, which draws them as GitHub would.
 */
import { estimateMonthlyCost } from '../../src/core/plan/costs.js';
import { loadTopology } from '../../src/core/load-topology.js';
import type { Topology } from '../../src/core/model/topology.js';
import { pictureOf } from '../../src/core/plan/picture.js';
import type { Plan, StackPreview } from '../../src/core/plan/plan.js';
import { labelsOf } from '../../src/core/plan/resolve-plan.js';
import {
  diffValues,
  placeholdersIn,
  resolveStacks,
  type DeployedStack,
} from '../../src/core/plan/stack-values.js';
import { synthesize, type Synthesis } from '../../src/core/synth/synthesize.js';
import { exampleText } from './examples.js';
import { adoptionTargets, type PlaceAdoption } from '../../src/core/adopt/adoption-targets.js';
import { withKeptSettings } from '../../src/core/adopt/kept-synthesis.js';
import type { LiveBucketSettings } from '../../src/core/adopt/live-bucket.js';
import { withAdoptions } from '../../src/core/adopt/mark-imports.js';
import { reviewAdoption } from '../../src/core/adopt/review-adoption.js';

export const CONFIG_PATH = 'examples/two-destinations.yml';

/** The two-destination example with some of its text replaced. */
export function editedExample(...edits: readonly (readonly [string, string])[]): Topology {
  let text = exampleText('two-destinations');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`the example has no ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  const loaded = loadTopology(text);
  if (!loaded.ok) throw new Error(`edited example is invalid: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.topology;
}

/** A key id KMS could have given: the same for the same key, every run. */
function keyId(seed: string): string {
  let h = 0x811c9dc5;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  const a = hex(h);
  const b = hex(Math.imul(h, 2654435761));
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-8${a.slice(1, 4)}-${b}${a.slice(0, 4)}`;
}

/** What CloudFormation holds once `topology` was deployed: templates, parameters, outputs. */
export function deployedWorld(topology: Topology): Map<string, DeployedStack> {
  const synthesis = synthesize(topology);
  const places = new Map<string, { account: string; region: string }>([
    ['source', topology.source],
    ...topology.destinations.map((d) => [d.id, d] as const),
  ]);
  const labels = labelsOf(topology);
  const stacks = synthesis.manifest.stacks.map((plan) => ({
    plan,
    label: labels.get(plan.name)!,
    template: synthesis.templates.get(plan.template)!,
    renewed: new Set<string>(),
  }));
  const resolved = resolveStacks(stacks, {
    partition: topology.partition,
    offline: false,
    newKey: (what) => {
      // `dr key ARN`, or `source alerts key id` for a stack's second key.
      const label = what.replace(/ key (ARN|id)$/, '');
      const p = places.get(label.split(' ')[0]!)!;
      const id = keyId(`${topology.name}/${label}/${p.account}`);
      return what.endsWith('ARN') ? `arn:${topology.partition}:kms:${p.region}:${p.account}:key/${id}` : id;
    },
  });
  return new Map(
    stacks.map((s) => {
      const r = resolved.get(s.plan.name)!;
      return [s.plan.name, { template: s.template, parameters: r.parameters, outputs: r.outputs }];
    }),
  );
}

/**
 * The plan of `head` against what is `deployed`, as plan-topology and the core make it live: a
 * stack that does not exist is created; the source, when a destination it reads is new, waits for
 * its inputs; every other stack lists what its change set would.
 */
export function livePlan(
  head: Topology,
  deployed: ReadonlyMap<string, DeployedStack>,
  opts: {
    readonly allowDestructive?: boolean;
    readonly configPath?: string;
    /** The templates as plan sends them, when not the config's own (an adoption keeps live settings). */
    readonly synthesis?: Synthesis;
  } = {},
): Plan {
  const synthesis: Synthesis = opts.synthesis ?? synthesize(head);
  const labels = labelsOf(head);
  const stacks = synthesis.manifest.stacks.map((plan) => {
    const was = deployed.get(plan.name);
    const template = synthesis.templates.get(plan.template)!;
    return { plan, label: labels.get(plan.name)!, template, ...(was ? { deployed: was } : {}) };
  });
  // What a deploy renews: resources added, or replaced (a key's spec, a bucket's or role's name).
  const first = resolveStacks(
    stacks.map((s) => ({ ...s, renewed: new Set<string>() })),
    { partition: head.partition, offline: false },
  );
  const renewed = new Map(
    stacks.map((s) => {
      const r = first.get(s.plan.name)!;
      const changes = diffValues(r.before, r.after);
      return [
        s.plan.name,
        new Set(
          changes.filter((c) => c.action === 'Add' || c.replacement === 'True').map((c) => c.logicalId),
        ),
      ];
    }),
  );
  const resolved = resolveStacks(
    stacks.map((s) => ({ ...s, renewed: renewed.get(s.plan.name)! })),
    { partition: head.partition, offline: false },
  );
  const newDestination = synthesis.manifest.stacks.some(
    (s) => s.kind === 'destination' && !deployed.has(s.name),
  );
  const previews: StackPreview[] = synthesis.manifest.stacks.map((plan) => {
    const r = resolved.get(plan.name)!;
    const changes = diffValues(r.before, r.after);
    const unknownInputs = Object.entries(r.parameters)
      .filter(([, v]) => placeholdersIn(v).length > 0)
      .map(([k]) => k);
    const waits = plan.kind === 'source' && (newDestination || unknownInputs.length > 0);
    return {
      name: plan.name,
      kind: plan.kind,
      account: plan.account,
      region: plan.region,
      status: waits
        ? 'pending-inputs'
        : !deployed.has(plan.name)
          ? 'create'
          : changes.length > 0
            ? 'update'
            : 'unchanged',
      changes,
      unknownInputs,
      ...(waits && !deployed.has(plan.name)
        ? { note: 'it does not exist yet: every resource is added.' }
        : {}),
      values: { ...(r.before ? { before: r.before } : {}), after: r.after },
      unknownValues: placeholdersIn(r.after),
    };
  });
  return {
    topology: head.name,
    configPath: opts.configPath ?? CONFIG_PATH,
    basis: { kind: 'live' },
    allowDestructive: opts.allowDestructive ?? false,
    stacks: previews,
    picture: pictureOf(head),
    // As mode plan sets it, so the goldens show the cost line a reviewer sees.
    monthlyCost: estimateMonthlyCost(head),
  };
}

const base = () => editedExample();

/**
 * The source bucket as a team already runs it: objects, an audit team's policy statement, a rule
 * replicating logs to an archive of theirs, a notification to a queue and an old lifecycle rule.
 */
const LIVE_SOURCE: LiveBucketSettings = {
  name: 'acme-orders-us-east-1',
  encryption: { algorithm: 'AES256' },
  ownership: 'ObjectWriter',
  policy: {
    Statement: [
      {
        Sid: 'AllowAuditRead',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444444444444:role/audit-reader' },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::acme-orders-us-east-1/*',
      },
    ],
  },
  replication: {
    Role: 'arn:aws:iam::111111111111:role/legacy-replication',
    Rules: [
      {
        ID: 'logs-to-archive',
        Priority: 1,
        Status: 'Enabled',
        Filter: { Prefix: 'logs/' },
        DeleteMarkerReplication: { Status: 'Disabled' },
        Destination: { Bucket: 'arn:aws:s3:::acme-logs-archive' },
      },
    ],
  },
  notifications: [
    {
      id: 'new-order',
      kind: 'queue',
      arn: 'arn:aws:sqs:us-east-1:111111111111:new-orders',
      events: ['s3:ObjectCreated:*'],
    },
  ],
  lifecycleRules: [{ ID: 'old-tmp-cleanup', Status: 'Enabled', Filter: { Prefix: 'tmp/' } }],
  tags: { team: 'orders' },
  objects: { count: 1_234_567, bytes: 987_654_321_000, day: '2026-12-05' },
};

/** The plan of a config that adopts the source bucket, read as LIVE_SOURCE. */
function adoptionPlan(adopt: string): Plan {
  const topology = editedExample(['  kmsKey: create\n', `  kmsKey: create\n  adopt:${adopt}\n`]);
  const synthesis = synthesize(topology);
  const targets = adoptionTargets(topology, synthesis);
  const live = new Map(targets.map((t) => [t.stackName, LIVE_SOURCE]));
  const adoptions: PlaceAdoption[] = targets.map(({ template: _t, view, adopt: a, ...target }) => ({
    target,
    status: 'to-import',
    review: reviewAdoption(LIVE_SOURCE, view, a),
  }));
  const plan = livePlan(topology, new Map(), { synthesis: withKeptSettings(synthesis, targets, live) });
  return withAdoptions(plan, adoptions);
}

/** The plan scenarios with golden reports, by file name. */
export const PLAN_SCENARIOS: Readonly<Record<string, () => Plan>> = {
  'plan-first-deploy': () => livePlan(base(), new Map()),
  'plan-no-changes': () => livePlan(base(), deployedWorld(base())),
  'plan-safe-change': () =>
    livePlan(
      editedExample(['noncurrentVersionExpirationDays: 90', 'noncurrentVersionExpirationDays: 30']),
      deployedWorld(base()),
    ),
  'plan-risky-change': () =>
    livePlan(
      editedExample(
        ['prefix: orders/', 'prefix: orders-v2/'],
        ['storageClass: INTELLIGENT_TIERING', 'storageClass: STANDARD_IA'],
        [
          'rules:\n',
          'rules:\n  - id: invoices-to-dr\n    priority: 12\n    filter:\n      prefix: invoices/\n    destinations: [dr]\n',
        ],
      ),
      deployedWorld(base()),
    ),
  'plan-destructive-blocked': () =>
    livePlan(
      editedExample([
        'bucket: acme-orders-analytics-eu-west-1',
        'bucket: acme-orders-analytics-v2-eu-west-1',
      ]),
      deployedWorld(base()),
    ),
  // An existing source bucket, adopted with nothing named: its own rule, statement, notification
  // and lifecycle rule would be lost, so the plan refuses.
  'plan-adopt-refused': () => adoptionPlan(' {}'),
  // The same bucket with each of them kept or dropped by name.
  'plan-adopt': () =>
    adoptionPlan(
      '\n    keep:\n      replicationRules: [logs-to-archive]\n      policyStatements: [AllowAuditRead]\n' +
        '      notifications: [new-order]\n    drop:\n      lifecycleRules: [old-tmp-cleanup]',
    ),
  // The disaster-recovery site takes writes too: an arrow back, and its way back's stack rows.
  'plan-two-way-change': () =>
    livePlan(
      editedExample([
        'bucket: acme-orders-dr-us-west-2\n',
        'bucket: acme-orders-dr-us-west-2\n    twoWay: true\n',
      ]),
      deployedWorld(base()),
    ),
  'plan-destructive-allowed': () =>
    livePlan(
      editedExample([
        'bucket: acme-orders-analytics-eu-west-1',
        'bucket: acme-orders-analytics-v2-eu-west-1',
      ]),
      deployedWorld(base()),
      { allowDestructive: true },
    ),
};
