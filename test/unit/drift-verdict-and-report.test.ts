import { describe, expect, it } from '@jest/globals';
import {
  driftVerdict,
  findingLine,
  type CloudFormationDrift,
  type DriftReport,
  type ResourceDrift,
  type StackDrift,
} from '../../src/core/drift/drift-report.js';
import {
  absent,
  compareState,
  expectedState,
  type Finding,
  type LiveState,
} from '../../src/core/drift/expected-state.js';
import { loadTopology } from '../../src/core/load-topology.js';
import { resolveParameters } from '../../src/core/plan/resolve-parameters.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { resolveTemplate } from '../../src/core/templates/resolve.js';
import { COMMENT_LIMIT, renderAll, type ReportParts } from '../../src/core/report/budget.js';
import { renderDrift } from '../../src/core/report/render-drift.js';
import { BACKFILL_REMEDY, REDEPLOY_DOES_NOT_REPAIR } from '../../src/core/report/remedies.js';
import {
  DRIFT_LABEL,
  driftOutcome,
  firstSeenIn,
  firstSeenOf,
  trackingIssueAction,
  trackingMarker,
} from '../../src/core/report/tracking-issue.js';
import type { IssuesApi, TrackedIssue } from '../../src/shell/github/issues-api.js';
import { syncTrackingIssue } from '../../src/shell/github/sync-tracking-issue.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { checkMarkdown } from '../support/markdown-check.js';
import { syntheticConfig } from '../support/synthetic-config.js';

const CONFIG = '.github/s3-xrepl/invoices.yml';
const SOURCE = 's3-xrepl-invoices-source';
const DESTINATION = 's3-xrepl-invoices-dst-backup';
const omitted = (n: number) => `_${n} more stacks: see the job summary._`;

// ---- builders: a cross-account topology, its source and its destination stack ----

function finding(over: Partial<Finding> & Pick<Finding, 'status'>): Finding {
  return {
    stack: SOURCE,
    resource: 'SourceBucket',
    what: 'versioning',
    expected: 'Enabled',
    actual: 'Enabled',
    ...over,
  };
}

const inSyncFindings = (stack: string, bucket: string, policy: string, key: string): Finding[] => [
  finding({ stack, resource: bucket, status: 'in-sync' }),
  finding({
    stack,
    resource: policy,
    what: 'bucket policy',
    expected: '3 statements',
    actual: '3 statements',
    status: 'in-sync',
  }),
  finding({
    stack,
    resource: key,
    what: 'key policy',
    expected: '4 statements',
    actual: '4 statements',
    status: 'in-sync',
  }),
];

const resource = (
  logicalId: string,
  type: string,
  status: string,
  differences: ResourceDrift['differences'] = [],
) => ({
  logicalId,
  type,
  status,
  differences,
});

const cfnInSync = (...resources: ResourceDrift[]): CloudFormationDrift => ({ status: 'IN_SYNC', resources });

function sourceStack(over: Partial<StackDrift> = {}): StackDrift {
  return {
    name: SOURCE,
    kind: 'source',
    account: '111111111111',
    region: 'eu-west-1',
    deployed: true,
    cloudFormation: cfnInSync(
      resource('SourceBucket', 'AWS::S3::Bucket', 'IN_SYNC'),
      resource('SourceKey', 'AWS::KMS::Key', 'IN_SYNC'),
      resource('ReplicationRole', 'AWS::IAM::Role', 'IN_SYNC'),
    ),
    findings: inSyncFindings(SOURCE, 'SourceBucket', 'SourceBucketPolicy', 'SourceKey'),
    ...over,
  };
}

function destinationStack(over: Partial<StackDrift> = {}): StackDrift {
  return {
    name: DESTINATION,
    kind: 'destination',
    account: '222222222222',
    region: 'eu-central-1',
    deployed: true,
    cloudFormation: cfnInSync(
      resource('ReplicaBucket', 'AWS::S3::Bucket', 'IN_SYNC'),
      resource('ReplicaKey', 'AWS::KMS::Key', 'IN_SYNC'),
    ),
    findings: inSyncFindings(DESTINATION, 'ReplicaBucket', 'ReplicaBucketPolicy', 'ReplicaKey'),
    ...over,
  };
}

const report = (...stacks: StackDrift[]): DriftReport => ({
  topology: 'invoices',
  configPath: CONFIG,
  stacks,
});

const inSync = () => report(destinationStack(), sourceStack());

const suspendedVersioning = finding({ status: 'drifted', actual: 'Suspended' });
const versioningDiff = {
  path: '/VersioningConfiguration/Status',
  kind: 'NOT_EQUAL',
  expected: 'Enabled',
  actual: 'Suspended',
};

/** Versioning suspended on the source bucket: seen both directly and by CloudFormation. */
function versioningDrift(): DriftReport {
  return report(
    destinationStack(),
    sourceStack({
      cloudFormation: {
        status: 'DRIFTED',
        resources: [
          resource('SourceBucket', 'AWS::S3::Bucket', 'MODIFIED', [versioningDiff]),
          resource('SourceKey', 'AWS::KMS::Key', 'IN_SYNC'),
          resource('ReplicationRole', 'AWS::IAM::Role', 'IN_SYNC'),
        ],
      },
      findings: [
        suspendedVersioning,
        ...inSyncFindings(SOURCE, 'SourceBucket', 'SourceBucketPolicy', 'SourceKey').slice(1),
      ],
    }),
  );
}

/** A statement removed from the replica key's policy, found only by the direct check. */
function keyPolicyDrift(): DriftReport {
  return report(
    destinationStack({
      findings: [
        ...inSyncFindings(DESTINATION, 'ReplicaBucket', 'ReplicaBucketPolicy', 'ReplicaKey').slice(0, 2),
        finding({
          stack: DESTINATION,
          resource: 'ReplicaKey',
          what: 'key policy',
          status: 'drifted',
          expected: '4 statements',
          actual: '3 statements',
          detail: [
            'missing: Allow arn:aws:iam::111111111111:role/s3-xrepl-invoices-replication kms:Encrypt on *',
          ],
        }),
      ],
    }),
    sourceStack(),
  );
}

const unreadableKeyPolicy = finding({
  stack: DESTINATION,
  resource: 'ReplicaKey',
  what: 'key policy',
  status: 'unknown',
  expected: '4 statements',
  detail: ['AccessDeniedException: User is not authorized to perform: kms:GetKeyPolicy'],
});

const failedDetection: CloudFormationDrift = {
  status: 'UNKNOWN',
  reason: 'Failed to detect drift on resources [SourceBucketPolicy]: Access Denied',
  resources: [resource('SourceBucket', 'AWS::S3::Bucket', 'IN_SYNC')],
};

const markdownOf = (parts: ReportParts) => renderAll(parts);
const blockStarting = (parts: ReportParts, start: string) => parts.head.find((b) => b.startsWith(start));

// ---- driftVerdict ----

describe('driftVerdict', () => {
  it('is in-sync only when every stack exists and everything was seen in sync', () => {
    expect(driftVerdict(inSync())).toBe('in-sync');
  });

  it('is drifted on a drifted direct check, or on CloudFormation saying DRIFTED', () => {
    expect(driftVerdict(keyPolicyDrift())).toBe('drifted');
    expect(driftVerdict(report(sourceStack({ cloudFormation: { status: 'DRIFTED', resources: [] } })))).toBe(
      'drifted',
    );
  });

  it.each<[string, DriftReport]>([
    [
      'a stack that does not exist',
      report(destinationStack({ deployed: false, findings: [] }), sourceStack()),
    ],
    [
      'a failed drift detection',
      report(destinationStack(), sourceStack({ cloudFormation: failedDetection })),
    ],
    [
      'a value that could not be read',
      report(
        destinationStack({ findings: [...destinationStack().findings.slice(0, 2), unreadableKeyPolicy] }),
      ),
    ],
    [
      'a NOT_CHECKED resource no direct check covers',
      report(
        sourceStack({
          cloudFormation: cfnInSync(
            resource('SourceBucket', 'AWS::S3::Bucket', 'IN_SYNC'),
            resource('ReplicationRole', 'AWS::IAM::Role', 'NOT_CHECKED'),
          ),
        }),
      ),
    ],
  ])('is unknown, not in-sync, with %s', (_what, r) => {
    expect(driftVerdict(r)).toBe('unknown');
  });

  it('lets a direct check stand in for a resource CloudFormation did not check', () => {
    const r = report(
      sourceStack({
        cloudFormation: cfnInSync(
          resource('SourceBucket', 'AWS::S3::Bucket', 'IN_SYNC'),
          resource('SourceBucketPolicy', 'AWS::S3::BucketPolicy', 'NOT_CHECKED'),
        ),
      }),
    );
    expect(driftVerdict(r)).toBe('in-sync');
  });

  it('says drifted when one stack drifted even though another could not be checked', () => {
    const r = report(destinationStack({ deployed: false, findings: [] }), versioningDrift().stacks[1]!);
    expect(driftVerdict(r)).toBe('drifted');
    const both = report(
      destinationStack({ findings: [unreadableKeyPolicy] }),
      sourceStack({ cloudFormation: failedDetection, findings: [suspendedVersioning] }),
    );
    expect(driftVerdict(both)).toBe('drifted');
  });

  it('says drifted when a failed detection still found a resource MODIFIED or DELETED', () => {
    const partial: CloudFormationDrift = {
      status: 'UNKNOWN',
      reason: 'Failed to detect drift on resources [SourceBucketPolicy]: Access Denied',
      resources: [
        resource('SourceBucket', 'AWS::S3::Bucket', 'MODIFIED', [versioningDiff]),
        resource('SourceKey', 'AWS::KMS::Key', 'DELETED'),
      ],
    };
    expect(driftVerdict(report(sourceStack({ cloudFormation: partial })))).toBe('drifted');
  });

  it('says unknown for a resource whose CloudFormation drift status is UNKNOWN and no direct check covers', () => {
    const r = report(
      sourceStack({
        cloudFormation: cfnInSync(
          resource('SourceBucket', 'AWS::S3::Bucket', 'IN_SYNC'),
          resource('ReplicationRole', 'AWS::IAM::Role', 'UNKNOWN'),
        ),
      }),
    );
    expect(driftVerdict(r)).toBe('unknown');
  });
});

describe('findingLine', () => {
  it('names what, where, expected against found, and the first three details', () => {
    const f = finding({
      status: 'drifted',
      what: 'bucket policy',
      resource: 'ReplicaBucketPolicy',
      expected: '3 statements',
      actual: '5 statements',
      detail: ['unexpected: a', 'unexpected: b', 'missing: c', 'missing: d'],
    });
    expect(findingLine(f)).toBe(
      `bucket policy of ReplicaBucketPolicy in ${SOURCE} has drifted (expected 3 statements, found 5 statements): unexpected: a; unexpected: b; missing: c`,
    );
  });
});

// ---- renderDrift ----

describe('renderDrift', () => {
  it('says in sync, with no caution or warning, when everything is in sync', () => {
    const parts = renderDrift(inSync(), {
      commit: '0123456789abcdef',
      runUrl: 'https://github.com/acme/infra/actions/runs/7',
    });

    expect(parts.head[0]).toBe(`### s3-xrepl drift · \`invoices\` · ${CONFIG}`);
    expect(parts.head[1]).toMatch(/^✅ \*\*In sync\*\*/);
    expect(markdownOf(parts)).not.toMatch(/\[!CAUTION\]|\[!WARNING\]/);
    expect(parts.tail.join('\n')).toContain('`0123456789ab`');
    expect(checkMarkdown(markdownOf(parts))).toEqual([]);
  });

  it('lists each drifted thing once, though the direct check and CloudFormation both saw it', () => {
    const parts = renderDrift(versioningDrift());

    expect(parts.head[1]).toBe(
      '❌ **Drift**: 1 thing differs from what the stacks deployed; **replication fails for new objects**.',
    );
    const rows = parts.head[2]!.split('\n');
    expect(rows[0]).toBe('| # | What drifted | Stack | Expected | Found | Impact |');
    expect(rows.slice(2)).toEqual([
      `| 1 | Versioning of \`SourceBucket\` | \`${SOURCE}\`<br>111111111111 · eu-west-1 | Enabled | Suspended | **Replication to every destination fails for new objects**: S3 replicates only between versioned buckets.<br>CloudFormation drift detection saw it too. |`,
    ]);
    expect(blockStarting(parts, '> [!WARNING]')).toBeUndefined();
    expect(checkMarkdown(markdownOf(parts))).toEqual([]);
  });

  it('says how to repair it, that a redeploy does not, and how to re-replicate what failed meanwhile', () => {
    const caution = blockStarting(renderDrift(versioningDrift()), '> [!CAUTION]')!.split('\n');
    expect(caution).toEqual([
      '> [!CAUTION]',
      '> **How to repair it**',
      '> - Enable versioning again: `aws s3api put-bucket-versioning --versioning-configuration Status=Enabled`.',
      `> - ${REDEPLOY_DOES_NOT_REPAIR}`,
      `> - Objects written while replication was broken were marked FAILED (or skipped) and S3 never retries them: once repaired, ${BACKFILL_REMEDY}.`,
    ]);
  });

  it('keeps what only CloudFormation saw as a drifted thing of its own', () => {
    const parts = renderDrift(
      report(
        destinationStack(),
        sourceStack({
          cloudFormation: {
            status: 'DRIFTED',
            resources: [
              resource('SourceBucket', 'AWS::S3::Bucket', 'MODIFIED', [
                { path: '/Tags/0/Value', kind: 'NOT_EQUAL', expected: 'orders', actual: 'other' },
              ]),
            ],
          },
        }),
      ),
    );
    const rows = parts.head[2]!.split('\n').slice(2);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('`SourceBucket` (AWS::S3::Bucket), as CloudFormation sees it');
    expect(rows[0]).toContain('| /Tags/0/Value: orders | /Tags/0/Value: other |');
  });

  it('names the destination whose replication fails, the policy difference as a diff, and every check in details', () => {
    const parts = renderDrift(keyPolicyDrift(), { labels: new Map([[DESTINATION, 'backup']]) });

    expect(parts.head[1]).toBe(
      '❌ **Drift**: 1 thing differs from what the stacks deployed; **replication to `backup` fails for new objects**.',
    );
    const row = parts.head[2]!.split('\n')[2]!;
    expect(row).toContain('| Key policy of the `backup` key (`ReplicaKey`) |');
    expect(row).toContain('| 4 statements | 3 statements<br>missing: Allow');
    expect(row).toContain(
      '**Replication to `backup` fails for new objects**: S3 cannot encrypt replicas with the backup key.',
    );
    expect(parts.details.map((d) => d.summary)).toEqual([
      `<code>${DESTINATION}</code>: every check`,
      `<code>${SOURCE}</code>: every check`,
    ]);
    expect(parts.details[0]!.lines.filter((l) => l.includes('❌ drifted'))).toHaveLength(1);
    expect(checkMarkdown(markdownOf(parts))).toEqual([]);
  });

  it('shows when each drifted thing was first seen, when the tracking issue says', () => {
    const parts = renderDrift(versioningDrift(), {
      firstSeen: new Map([[`${SOURCE}|SourceBucket|versioning|`, '2026-11-30T02:15:00.000Z']]),
    });
    const rows = parts.head[2]!.split('\n');
    expect(rows[0]).toBe('| # | What drifted | Stack | Expected | Found | Impact | First seen |');
    expect(rows[2]).toMatch(/\| 2026-11-30 02:15 UTC \|$/);
  });

  it('lists every unknown in the warning, and says how many could not be checked', () => {
    const parts = renderDrift(
      report(
        destinationStack({ findings: [...destinationStack().findings.slice(0, 2), unreadableKeyPolicy] }),
        sourceStack({ cloudFormation: failedDetection }),
        { ...sourceStack(), name: 's3-xrepl-invoices-dst-dr', deployed: false, findings: [] },
      ),
    );

    expect(parts.head[1]).toMatch(
      /^❔ \*\*Unknown\*\*: nothing drifted among what could be checked, but 3 things could not be checked\.$/,
    );
    const warning = blockStarting(parts, '> [!WARNING]')!.split('\n');
    expect(warning.slice(2)).toEqual([
      `> - \`${DESTINATION}\`: key policy of ReplicaKey: AccessDeniedException: User is not authorized to perform: kms:GetKeyPolicy`,
      `> - \`${SOURCE}\`: CloudFormation drift detection: Failed to detect drift on resources \\[SourceBucketPolicy\\]: Access Denied`,
      '> - `s3-xrepl-invoices-dst-dr`: the stack does not exist',
    ]);
    expect(blockStarting(parts, '> [!CAUTION]')).toBeUndefined();
    expect(parts.head.find((b) => b.startsWith('| Stack |'))).toContain(
      '| `s3-xrepl-invoices-dst-dr` | 111111111111 | eu-west-1 | not deployed |',
    );
    expect(parts.details).toHaveLength(2);
    expect(checkMarkdown(markdownOf(parts))).toEqual([]);
  });

  it('names, in the warning, a NOT_CHECKED resource that made the verdict unknown', () => {
    const parts = renderDrift(
      report(
        sourceStack({
          cloudFormation: cfnInSync(
            resource('SourceBucket', 'AWS::S3::Bucket', 'IN_SYNC'),
            resource('ReplicationRole', 'AWS::IAM::Role', 'NOT_CHECKED'),
          ),
        }),
      ),
    );

    expect(parts.head[1]).toMatch(/^❔ \*\*Unknown\*\*/);
    expect(parts.head[1]).not.toContain(' 0 things');
    expect(blockStarting(parts, '> [!WARNING]')).toContain('ReplicationRole');
  });

  it('keeps its Markdown intact whatever text AWS puts in a reason', () => {
    const hostile =
      'Denied `x` <details><summary>gotcha</summary> | a | b |\n```\n# heading [link](http://evil)';
    const parts = renderDrift(
      report(
        sourceStack({
          cloudFormation: {
            status: 'UNKNOWN',
            reason: hostile,
            resources: [
              resource('Src`Bucket', 'AWS::S3::Bucket', 'MODIFIED', [{ ...versioningDiff, actual: hostile }]),
            ],
          },
          findings: [finding({ status: 'unknown', detail: [hostile] })],
        }),
      ),
    );

    const text = markdownOf(parts);
    expect(checkMarkdown(text)).toEqual([]);
    expect(text).not.toContain('<details><summary>gotcha');
    expect(text.split('\n').filter((l) => l.startsWith('```'))).toEqual([]);
  });
});

// ---- trackingIssueAction ----

/**
 * A whole topology as drift sees it after someone deleted every bucket, key and role: the real
 * templates resolved as deployed, every live value absent, CloudFormation reporting each resource DELETED.
 */
function everythingGone(config: string): DriftReport {
  const loaded = loadTopology(config);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const synthesis = synthesize(loaded.topology);
  const outputs = new Map<string, Record<string, string>>();
  const stacks = synthesis.manifest.stacks.map((s): StackDrift => {
    const template = synthesis.templates.get(s.template)!;
    const keys = Object.entries(template.Resources ?? {}).filter(([, r]) => r.Type === 'AWS::KMS::Key');
    const resolved = resolveTemplate(template, {
      partition: 'aws',
      region: s.region,
      accountId: s.account,
      stackName: s.name,
      parameters: resolveParameters(s.name, s.parameters, outputs),
      resources: Object.fromEntries(
        keys.map(([id]) => [id, { physicalId: '0a1b2c3d-0000-4000-8000-00000000000d' }]),
      ),
    });
    outputs.set(s.name, resolved.outputs);
    const expected = expectedState(resolved, s.name);
    const gone = absent('NoSuchBucket');
    const live: LiveState = {
      buckets: Object.fromEntries(
        expected.buckets.map((b) => [
          b.logicalId,
          { versioning: gone, encryption: gone, policy: gone, replication: gone },
        ]),
      ),
      keys: Object.fromEntries(
        expected.keys.map((k) => [k.logicalId, { keyState: gone, rotation: gone, policy: gone }]),
      ),
      roles: Object.fromEntries(
        expected.roles.map((r) => [
          r.logicalId,
          { inlinePolicies: gone, trustPolicy: gone, managedPolicyArns: gone },
        ]),
      ),
    };
    return {
      name: s.name,
      kind: s.kind,
      account: s.account,
      region: s.region,
      deployed: true,
      cloudFormation: {
        status: 'DRIFTED',
        resources: Object.entries(template.Resources ?? {}).map(([id, r]) => resource(id, r.Type, 'DELETED')),
      },
      findings: compareState(expected, live),
    };
  });
  return { topology: loaded.topology.name, configPath: '.github/s3-xrepl/archive.yml', stacks };
}

const BOT = 'github-actions[bot]';
const requestFor = (r: DriftReport, commit = 'aaaaaaaaaaaa1111') => ({
  author: BOT,
  configPath: CONFIG,
  topology: 'invoices',
  parts: renderDrift(r, { commit }),
  omitted,
});

describe('first seen, kept in the tracking issue', () => {
  const KEY = `${SOURCE}|SourceBucket|versioning|`;
  const request = (firstSeen: ReadonlyMap<string, string>, r = versioningDrift()) => ({
    ...requestFor(r),
    parts: renderDrift(r, { firstSeen }),
    firstSeen,
  });
  const bodyOf = (a: ReturnType<typeof trackingIssueAction>) => (a as { body: string }).body;

  it('writes the first sightings into the state line under the marker, and reads them back from there only', () => {
    const seen = new Map([[KEY, '2026-11-30T02:15:00.000Z']]);
    const body = bodyOf(trackingIssueAction('drift', 'failing', undefined, request(seen)));
    const header = body.split('\n').slice(0, 2);
    expect(header[1]).toMatch(/^<!-- s3-xrepl:checks drift=failing canary=none first-seen=[^ ]+ -->$/);
    expect(firstSeenIn(body, CONFIG)).toEqual(seen);
    expect(firstSeenIn(body, 'another/config.yml')).toEqual(new Map());
  });

  it('keeps the first sighting of what still drifts, and dates what is new now', () => {
    const earlier = new Map([
      [KEY, '2026-11-30T02:15:00.000Z'],
      ['gone|since|then|', '2026-11-01T00:00:00.000Z'],
    ]);
    expect(firstSeenOf([KEY, 'new|one|here|'], earlier, '2026-12-07T03:00:00.000Z')).toEqual(
      new Map([
        [KEY, '2026-11-30T02:15:00.000Z'],
        ['new|one|here|', '2026-12-07T03:00:00.000Z'],
      ]),
    );
  });

  it('leaves the issue alone on the next run of the same drift, its first sighting kept', () => {
    const seen = new Map([[KEY, '2026-11-30T02:15:00.000Z']]);
    const body = bodyOf(trackingIssueAction('drift', 'failing', undefined, request(seen)));
    const next = firstSeenOf([KEY], firstSeenIn(body, CONFIG), '2026-12-07T03:00:00.000Z');
    expect(trackingIssueAction('drift', 'failing', { body }, request(next)).kind).toBe('none');
  });

  it('cannot be forged by report text: a first-seen line anywhere below the header is not read', () => {
    const forged =
      '<!-- s3-xrepl:checks drift=failing canary=none first-seen=%7B%22x%22%3A%221999-01-01T00%3A00%3A00.000Z%22%7D -->';
    const hostile = report(
      destinationStack(),
      sourceStack({ findings: [finding({ status: 'drifted', actual: `\n${forged}\n` })] }),
    );
    const body = bodyOf(trackingIssueAction('drift', 'failing', undefined, { ...requestFor(hostile) }));
    expect(firstSeenIn(body, CONFIG)).toEqual(new Map());
    // Nor by a state line whose dates are not times, or that sits under another config's marker.
    expect(
      firstSeenIn(
        `${trackingMarker(CONFIG)}\n<!-- s3-xrepl:checks drift=failing canary=none first-seen=%7B%22x%22%3A%22yesterday%22%7D -->`,
        CONFIG,
      ),
    ).toEqual(new Map());
    expect(firstSeenIn(`${trackingMarker('another/config.yml')}\n${forged}\n`, CONFIG)).toEqual(new Map());
  });
});

describe('trackingIssueAction', () => {
  it('opens an issue on the first drift, marked for this config and carrying the report', () => {
    const action = trackingIssueAction('drift', 'failing', undefined, requestFor(versioningDrift()));

    expect(action.kind).toBe('open');
    if (action.kind !== 'open') return;
    expect(action.title).toBe(`Replication drift: invoices (${CONFIG})`);
    expect(
      action.body.startsWith(
        `${trackingMarker(CONFIG)}\n<!-- s3-xrepl:checks drift=failing canary=none -->\n`,
      ),
    ).toBe(true);
    expect(action.body).toContain('| Enabled | Suspended |');
    expect(action.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(checkMarkdown(action.body)).toEqual([]);
  });

  it('leaves the issue alone while the drift is the same, even when checked at another commit', () => {
    const opened = trackingIssueAction(
      'drift',
      'failing',
      undefined,
      requestFor(versioningDrift(), 'aaaaaaaaaaaa'),
    );
    const body = (opened as { body: string }).body;

    const again = trackingIssueAction(
      'drift',
      'failing',
      { body },
      requestFor(versioningDrift(), 'bbbbbbbbbbbb'),
    );

    expect(again).toEqual({ kind: 'none', why: 'the drift is unchanged' });
  });

  it('updates the issue when the drift changed', () => {
    const opened = trackingIssueAction('drift', 'failing', undefined, requestFor(versioningDrift()));
    const body = (opened as { body: string }).body;

    const changed = trackingIssueAction('drift', 'failing', { body }, requestFor(keyPolicyDrift()));

    expect(changed.kind).toBe('update');
    expect((changed as { body: string }).body).toContain('key policy of `ReplicaKey`');
    expect((changed as { body: string }).body).not.toBe(body);
  });

  it('closes an open issue once everything is back in sync, and does nothing without one', () => {
    const closed = trackingIssueAction('drift', 'passing', { body: 'whatever' }, requestFor(inSync()));
    expect(closed.kind).toBe('close');
    expect((closed as { comment: string }).comment).toMatch(/in sync/i);

    expect(trackingIssueAction('drift', 'passing', undefined, requestFor(inSync())).kind).toBe('none');
  });

  it('changes nothing on an unknown result, with or without an open issue', () => {
    const unknown = requestFor(report(sourceStack({ cloudFormation: failedDetection })));
    expect(trackingIssueAction('drift', 'unknown', undefined, unknown).kind).toBe('none');
    expect(trackingIssueAction('drift', 'unknown', { body: 'an open drift issue' }, unknown).kind).toBe(
      'none',
    );
  });

  it('keeps the largest valid topology, with every resource gone, within the issue body limit', () => {
    const wiped = everythingGone(
      syntheticConfig({ destinations: 30, rules: 30, name: 'acme-customer-invoices-archive' }),
    );
    expect(wiped.stacks).toHaveLength(31);

    const action = trackingIssueAction('drift', 'failing', undefined, {
      configPath: wiped.configPath,
      topology: wiped.topology,
      parts: renderDrift(wiped),
      omitted,
    });

    expect(action.kind).toBe('open');
    const body = (action as { body: string }).body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(checkMarkdown(body)).toEqual([]);
  });
});

// ---- syncTrackingIssue, against an in-memory issue tracker ----

interface StoredIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  stateReason?: string;
  comments: string[];
  author: string;
}

/** GitHub's issues for one repository, in memory: label filtering, and an optional HTTP failure. */
class MemoryIssues implements IssuesApi {
  readonly issues: StoredIssue[] = [];
  readonly writes: string[] = [];
  private next = 100;
  /** Thrown by the named call, as Octokit throws a RequestError with an HTTP status. */
  failing?: { call: 'listOpen' | 'create' | 'update' | 'comment'; status: number };

  seed(
    body: string,
    labels: string[] = [DRIFT_LABEL],
    state: 'open' | 'closed' = 'open',
    author = BOT,
  ): number {
    const number = this.next++;
    this.issues.push({ number, title: `issue ${number}`, body, labels, state, comments: [], author });
    return number;
  }

  byNumber(n: number): StoredIssue {
    return this.issues.find((i) => i.number === n)!;
  }

  private fail(call: NonNullable<MemoryIssues['failing']>['call']): void {
    if (this.failing?.call !== call) return;
    const message = this.failing.status === 403 ? 'Resource not accessible by integration' : 'Server Error';
    throw Object.assign(new Error(message), { name: 'HttpError', status: this.failing.status });
  }

  private tracked(i: StoredIssue): TrackedIssue {
    return {
      number: i.number,
      body: i.body,
      url: `https://github.com/acme/infra/issues/${i.number}`,
      author: i.author,
    };
  }

  async *listOpen(label: string): AsyncIterable<TrackedIssue> {
    this.fail('listOpen');
    for (const i of this.issues) if (i.state === 'open' && i.labels.includes(label)) yield this.tracked(i);
  }

  async create(title: string, body: string, labels: readonly string[]): Promise<TrackedIssue> {
    this.fail('create');
    const number = this.seed(body, [...labels]);
    this.byNumber(number).title = title;
    this.writes.push(`create ${number}`);
    return this.tracked(this.byNumber(number));
  }

  async update(
    number: number,
    change: { body?: string; state?: 'closed'; state_reason?: 'completed' },
  ): Promise<TrackedIssue> {
    this.fail('update');
    const i = this.byNumber(number);
    if (change.body !== undefined) i.body = change.body;
    if (change.state) i.state = change.state;
    if (change.state_reason) i.stateReason = change.state_reason;
    this.writes.push(`update ${number}${change.state ? ` ${change.state}` : ''}`);
    return this.tracked(i);
  }

  async comment(number: number, body: string): Promise<void> {
    this.fail('comment');
    this.byNumber(number).comments.push(body);
    this.writes.push(`comment ${number}`);
  }
}

const syncRequest = (verdict: 'in-sync' | 'drifted' | 'unknown', r: DriftReport) => ({
  check: 'drift' as const,
  outcome: driftOutcome(verdict),
  ...requestFor(r),
});

/** A repository where other configs, and people, also use the drift label. */
function busyRepository(): { api: MemoryIssues; ours: number; otherConfig: number; quoting: number } {
  const api = new MemoryIssues();
  const otherConfig = api.seed(
    `${trackingMarker('.github/s3-xrepl/orders.yml')}\n<!-- digest=00000000 -->\nDrift in orders`,
  );
  const quoting = api.seed(`Why does the bot write ${trackingMarker(CONFIG)} into issues?`);
  api.seed(`${trackingMarker(CONFIG)}\nan old, closed drift issue`, [DRIFT_LABEL], 'closed');
  api.seed(`${trackingMarker(CONFIG)}\nsame marker, but not labelled`, ['question']);
  // Anyone can open an issue with the label and the marker: only the token's own is ours.
  api.seed(
    `${trackingMarker(CONFIG)}\n<!-- digest=ffffffff -->\nall fine, nothing to see`,
    [DRIFT_LABEL],
    'open',
    'mallory',
  );
  const opened = trackingIssueAction('drift', 'failing', undefined, requestFor(versioningDrift()));
  const ours = api.seed((opened as { body: string }).body);
  return { api, ours, otherConfig, quoting };
}

describe('syncTrackingIssue', () => {
  it('opens a labelled issue on the first drift', async () => {
    const api = new MemoryIssues();
    const logger = recordingLogger();

    const outcome = await syncTrackingIssue(api, syncRequest('drifted', versioningDrift()), logger);

    expect(api.issues).toHaveLength(1);
    const created = api.issues[0]!;
    expect(outcome).toEqual({
      kind: 'opened',
      url: `https://github.com/acme/infra/issues/${created.number}`,
    });
    expect(created.labels).toEqual([DRIFT_LABEL]);
    expect(created.body.startsWith(trackingMarker(CONFIG))).toBe(true);
    expect(created.title).toContain('invoices');
  });

  it("finds this config's issue by its marker among other issues with the label, and updates only it", async () => {
    const { api, ours, otherConfig, quoting } = busyRepository();
    const before = api.issues.map((i) => ({ ...i }));

    const outcome = await syncTrackingIssue(api, syncRequest('drifted', keyPolicyDrift()), recordingLogger());

    expect(outcome).toEqual({ kind: 'updated', url: `https://github.com/acme/infra/issues/${ours}` });
    expect(api.writes).toEqual([`update ${ours}`]);
    expect(api.byNumber(ours).body).toContain('key policy of `ReplicaKey`');
    for (const n of [otherConfig, quoting])
      expect(api.byNumber(n)).toEqual(before.find((i) => i.number === n));
  });

  it('leaves an unchanged drift alone, and says so in the log', async () => {
    const { api, ours } = busyRepository();
    const logger = recordingLogger();

    const outcome = await syncTrackingIssue(api, syncRequest('drifted', versioningDrift()), logger);

    expect(outcome).toEqual({ kind: 'unchanged', url: `https://github.com/acme/infra/issues/${ours}` });
    expect(api.writes).toEqual([]);
    expect(logger.lines).toEqual(['info: tracking issue: left as it is (the drift is unchanged)']);
  });

  it('comments on, then closes as completed, the open issue once back in sync', async () => {
    const { api, ours } = busyRepository();

    const outcome = await syncTrackingIssue(api, syncRequest('in-sync', inSync()), recordingLogger());

    expect(outcome).toEqual({ kind: 'closed', url: `https://github.com/acme/infra/issues/${ours}` });
    expect(api.writes).toEqual([`comment ${ours}`, `update ${ours} closed`]);
    expect(api.byNumber(ours)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    // The others stay open, the one someone else opened with our marker included.
    expect(api.issues.filter((i) => i.state === 'open')).toHaveLength(4);
    expect(api.issues.find((i) => i.author === 'mallory')).toMatchObject({ state: 'open', comments: [] });
  });

  it('writes nothing when in sync without an open issue, or when the result is unknown', async () => {
    const empty = new MemoryIssues();
    expect(await syncTrackingIssue(empty, syncRequest('in-sync', inSync()), recordingLogger())).toEqual({
      kind: 'none',
    });
    const { api, ours } = busyRepository();
    const unknown = report(sourceStack({ cloudFormation: failedDetection }));
    expect(await syncTrackingIssue(api, syncRequest('unknown', unknown), recordingLogger())).toEqual({
      kind: 'unchanged',
      url: `https://github.com/acme/infra/issues/${ours}`,
    });
    expect([...empty.writes, ...api.writes]).toEqual([]);
  });

  it.each(['listOpen', 'create'] as const)(
    'on 403 from %s warns how to grant issues: write and returns not-permitted, never throwing',
    async (call) => {
      const api = new MemoryIssues();
      api.failing = { call, status: 403 };
      const logger = recordingLogger();

      const outcome = await syncTrackingIssue(api, syncRequest('drifted', versioningDrift()), logger);

      expect(outcome).toEqual({ kind: 'not-permitted' });
      expect(logger.lines).toHaveLength(1);
      expect(logger.lines[0]).toMatch(/^warning: .*\(HTTP 403\).*Resource not accessible by integration/);
      expect(logger.lines[0]).toContain('issues: write');
      expect(logger.lines[0]).toContain('job summary');
    },
  );

  it('returns failed, with a warning, when GitHub fails while closing', async () => {
    const { api } = busyRepository();
    api.failing = { call: 'comment', status: 502 };
    const logger = recordingLogger();

    const outcome = await syncTrackingIssue(api, syncRequest('in-sync', inSync()), logger);

    expect(outcome).toEqual({ kind: 'failed' });
    expect(logger.lines).toEqual([expect.stringMatching(/^warning: .*\(HTTP 502\)/)]);
    expect(logger.lines[0]).not.toContain('issues: write');
  });
});
