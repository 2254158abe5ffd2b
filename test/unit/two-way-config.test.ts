/**
 * Issue 20, the config half: a destination marked `twoWay` replicates back to the source with
 * replica modification sync on both sides, and the topology may not loop through anything but
 * that declared pair. Each test starts from the base config of test/support/config-fixtures.ts.
 */
import {
  expectAccepted,
  expectErrorAmong,
  expectOnlyError,
  parse,
  yamlWith,
  type Draft,
} from '../support/config-fixtures.js';
import { buildTopology } from '../../src/core/model/build-topology.js';
import { findLoops, loopProblems, describeLoop } from '../../src/core/model/replication-loops.js';
import type { Topology } from '../../src/core/model/topology.js';
import { loadTopology } from '../../src/core/load-topology.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { replicationRules } from '../../src/core/templates/replication-rules.js';
import { desiredStackSet } from '../../src/core/bootstrap/bootstrap-targets.js';
import { bootstrapSettings } from '../support/bootstrap-fixtures.js';

/** The base config with only the backup destination, made two-way. */
const pair = (d: Draft) => {
  d.destinations = [{ ...d.destinations[0]!, twoWay: true }];
  d.rules = [{ id: 'everything', priority: 1, destinations: ['backup'] }];
};

describe('a two-way destination in the config', () => {
  test('is accepted alone, and its rule gets replica modification sync without asking', () => {
    const result = expectAccepted(yamlWith(pair));
    const topology = buildTopology(result.config);
    const rules = replicationRules(topology) as { SourceSelectionCriteria: Record<string, unknown> }[];
    expect(rules[0]!.SourceSelectionCriteria.ReplicaModifications).toEqual({ Status: 'Enabled' });
    // THEN the way back has its own role in the destination's account, inside the bootstrap's boundary
    expect(topology.destinations[0]!.twoWay).toEqual({
      roleName: 's3-xrepl-demo-backup-return-replication',
      boundaryArn: 'arn:aws:iam::222222222222:policy/s3-xrepl-replication-boundary',
    });
  });

  test('a one-way destination keeps its rules as they were', () => {
    const topology = buildTopology(expectAccepted(yamlWith(() => {})).config);
    const rules = replicationRules(topology) as { SourceSelectionCriteria: Record<string, unknown> }[];
    expect(rules.every((r) => r.SourceSelectionCriteria.ReplicaModifications === undefined)).toBe(true);
    expect(topology.destinations.every((d) => d.twoWay === undefined)).toBe(true);
  });

  test("the same config rule's copy to a one-way destination keeps replica modification sync off", () => {
    // WHEN one rule feeds the two-way backup and a one-way archive
    const topology = buildTopology(
      expectAccepted(
        yamlWith((d) => {
          d.destinations = [
            { ...d.destinations[0]!, twoWay: true },
            { ...d.destinations[0]!, id: 'archive', bucket: 'demo-archive-bucket-eu' },
          ];
          d.rules = [{ id: 'everything', priority: 1, destinations: ['backup', 'archive'] }];
        }),
        [{ path: 'destinations[0].twoWay', message: 'reach the source but not "archive"' }],
      ).config,
    );
    // THEN only the S3 rule to the pair syncs replica changes: metadata changed on objects that came back
    // from the backup has nothing to update in the archive, which never got them
    const rules = replicationRules(topology) as {
      Id: string;
      SourceSelectionCriteria: Record<string, unknown>;
    }[];
    expect(
      Object.fromEntries(rules.map((r) => [r.Id, r.SourceSelectionCriteria.ReplicaModifications])),
    ).toEqual({
      'everything-backup': { Status: 'Enabled' },
      'everything-archive': undefined,
    });
  });

  test('refuses a rule to it that turns replica modification sync off', () => {
    const text = yamlWith((d) => {
      pair(d);
      d.rules[0]!.replicaModificationSync = false;
    });
    expectOnlyError(text, 'rules[0].replicaModificationSync', 'never flows back to the source');
  });

  test('refuses "source" as the id of a two-way destination: backfill-from "source" means the source', () => {
    const text = yamlWith((d) => {
      d.destinations = [{ ...d.destinations[0]!, id: 'source', twoWay: true }];
      d.rules = [{ id: 'everything', priority: 1, destinations: ['source'] }];
    });
    expectOnlyError(
      text,
      'destinations[0].id',
      /cannot be called "source": backfill-from \(--from\) "source"/,
    );
    // A one-way destination may keep the name: nothing is backfilled from it.
    expectAccepted(
      yamlWith((d) => {
        d.destinations = [{ ...d.destinations[0]!, id: 'source' }];
        d.rules = [{ id: 'everything', priority: 1, destinations: ['source'] }];
      }),
    );
  });

  test.each([
    // The same rule to the pair and to a destination called "to-source"
    [
      'a destination "to-source"',
      [{ id: 'logs', priority: 1, destinations: ['backup', 'to-source'] }],
      'logs',
      'to-source',
    ],
    // Another rule, "logs-to", to a destination called "source"
    [
      'a rule "<id>-to" to a destination "source"',
      [
        { id: 'logs', priority: 1, destinations: ['backup'] },
        { id: 'logs-to', priority: 2, destinations: ['source'] },
      ],
      'logs-to',
      'source',
    ],
  ])(
    "refuses a rule whose way back's S3 rule id another copy already has: %s",
    (_, rules, otherRule, otherDestination) => {
      const text = yamlWith((d) => {
        d.destinations = [
          { ...d.destinations[0]!, twoWay: true },
          { ...d.destinations[1]!, id: otherDestination },
        ];
        d.rules = rules;
      });
      const errors = expectErrorAmong(text, 'rules[0].id', /way back would be the S3 rule "logs-to-source"/);
      expect(errors.message).toContain(`the same id as rule "${otherRule}"'s copy to "${otherDestination}"`);
      const result = parse(text);
      expect(result.ok ? [] : result.diagnostics.filter((x) => x.severity === 'error')).toHaveLength(1);
    },
  );

  test('refuses a second two-way destination: writes on one would never reach the other', () => {
    const text = yamlWith((d) => {
      d.destinations[0]!.twoWay = true;
      d.destinations[1]!.twoWay = true;
    });
    expectOnlyError(
      text,
      'destinations[1].twoWay',
      /only one destination per topology can be two-way.*never "demo-backup"/,
    );
  });

  test('warns that writes on the two-way bucket do not reach the one-way destinations', () => {
    const text = yamlWith((d) => (d.destinations[0]!.twoWay = true));
    expectAccepted(text, [
      {
        path: 'destinations[0].twoWay',
        message: 'writes made on "demo-backup" reach the source but not "analytics"',
      },
    ]);
  });

  test('refuses two-way destinations deployed as a StackSet', () => {
    const text = yamlWith((d) => {
      pair(d);
      d.destinationStackSet = {};
    });
    expectErrorAmong(text, 'destinations[0].twoWay', 'remove destinationStackSet or twoWay');
  });

  test('refuses an id that makes the way-back role name longer than IAM allows', () => {
    const id = 'b'.repeat(32);
    const text = yamlWith((d) => {
      pair(d);
      d.destinations[0]!.id = id;
      d.rules[0]!.destinations = [id];
      d.name = 'a-rather-long-topology-name';
    });
    expectOnlyError(
      text,
      'destinations[0].id',
      /would be named "s3-xrepl-a-rather-long-topology-name-b+-return-replication", \d+ characters; IAM allows 64/,
    );
  });

  test("refuses an id that fits the way-back role's name but makes its backfill role's longer than IAM allows", () => {
    const id = 'b'.repeat(5);
    const text = yamlWith((d) => {
      pair(d);
      d.destinations[0]!.id = id;
      d.rules[0]!.destinations = [id];
      d.name = 'a-rather-long-topology-name';
    });
    expectOnlyError(
      text,
      'destinations[0].id',
      /backfills this destination's way back would be named "s3-xrepl-a-rather-long-topology-name-bbbbb-return-batch-replication", 67 characters; IAM allows 64\. Shorten the id by 3/,
    );
  });
});

/** A topology from a draft (the config must be valid). */
function topologyOf(change: (d: Draft) => void): Topology {
  const loaded = loadTopology(yamlWith(change));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.topology;
}

/** One-way topology `name`: bucket `from` replicating to bucket `to`. */
const oneWay = (name: string, from: string, to: string, twoWay = false) =>
  topologyOf((d) => {
    d.name = name;
    d.source.bucket = from;
    d.destinations = [{ ...d.destinations[0]!, bucket: to, ...(twoWay ? { twoWay: true } : {}) }];
    d.rules = [{ id: 'everything', priority: 1, destinations: ['backup'] }];
  });

describe('the topology may loop only through its declared pair', () => {
  test('a two-way pair is not a loop', () => {
    const t = oneWay('pair', 'bucket-a', 'bucket-b', true);
    expect(findLoops([t])).toEqual([]);
    expect(loopProblems(t)).toEqual([]);
  });

  test('a ring through a third bucket is refused with its path, at the destination that closes it', () => {
    // GIVEN a ↔ b as a pair, and two more topologies b → c and c → a
    const ab = oneWay('ab', 'bucket-a', 'bucket-b', true);
    const bc = oneWay('bc', 'bucket-b', 'bucket-c');
    const ca = oneWay('ca', 'bucket-c', 'bucket-a');
    // WHEN the loops through ca are looked for among all three
    const problems = loopProblems(ca, [ab, bc]);
    // THEN exactly the ring is named, hop by hop, with the topology of each foreign hop
    expect(problems).toEqual([
      {
        path: ['destinations', 0, 'bucket'],
        message: expect.stringContaining(
          'replication would loop: bucket-c → bucket-a → bucket-b (topology "ab") → bucket-c (topology "bc").',
        ),
      },
    ]);
  });

  test('two one-way rules written against each other (the hand-built loop) are refused', () => {
    const loops = findLoops([oneWay('ab', 'bucket-a', 'bucket-b'), oneWay('ba', 'bucket-b', 'bucket-a')]);
    expect(loops.map((l) => describeLoop(l))).toEqual([
      'bucket-a → bucket-b (topology "ab") → bucket-a (topology "ba")',
    ]);
  });

  test("a one-way rule that doubles a pair's way back is refused", () => {
    const loops = findLoops([
      oneWay('ab', 'bucket-a', 'bucket-b', true),
      oneWay('ba', 'bucket-b', 'bucket-a'),
    ]);
    expect(loops).toHaveLength(1);
    expect(loops[0]!.hops.map((h) => `${h.topology}${h.back ? ' back' : ''}`)).toEqual(['ab', 'ba']);
  });

  test('a chain that never returns is no loop', () => {
    expect(
      findLoops([oneWay('ab', 'bucket-a', 'bucket-b', true), oneWay('bc', 'bucket-b', 'bucket-c')]),
    ).toEqual([]);
  });

  test('a disabled rule carries nothing, so it closes no loop', () => {
    const ba = topologyOf((d) => {
      d.name = 'ba';
      d.source.bucket = 'bucket-b';
      d.destinations = [{ ...d.destinations[0]!, bucket: 'bucket-a' }];
      d.rules = [{ id: 'everything', priority: 1, destinations: ['backup'], enabled: false }];
    });
    expect(findLoops([oneWay('ab', 'bucket-a', 'bucket-b'), ba])).toEqual([]);
  });
});

describe('bootstrap, which sees every config at once', () => {
  test('refuses configs whose rules form a ring, naming the ring and the files', () => {
    const planned = desiredStackSet(bootstrapSettings(), [
      { file: 'replication/ab.yml', topology: oneWay('ab', 'bucket-a', 'bucket-b', true) },
      { file: 'replication/bc.yml', topology: oneWay('bc', 'bucket-b', 'bucket-c') },
      { file: 'replication/ca.yml', topology: oneWay('ca', 'bucket-c', 'bucket-a') },
    ]);
    expect(planned.ok ? [] : planned.problems).toEqual([
      'the configs would replicate in a loop: bucket-a → bucket-b (topology "ab") → bucket-c (topology "bc") → ' +
        'bucket-a (topology "ca") (replication/ab.yml, replication/bc.yml, replication/ca.yml). Only a declared ' +
        'two-way pair (destinations[].twoWay) may lead back to a bucket: remove one of these rules.',
    ]);
  });

  test('accepts a two-way pair beside a chain that never returns', () => {
    const planned = desiredStackSet(bootstrapSettings(), [
      { file: 'replication/ab.yml', topology: oneWay('ab', 'bucket-a', 'bucket-b', true) },
      { file: 'replication/bc.yml', topology: oneWay('bc', 'bucket-b', 'bucket-c') },
    ]);
    expect(planned.ok ? [] : planned.problems).toEqual([]);
  });
});

describe('what a two-way destination needs around it', () => {
  test('refuses a two-way destination that no rule names: there would be no rule to mirror', () => {
    const text = yamlWith((d) => {
      pair(d);
      d.destinations.push({ ...d.destinations[0]!, id: 'spare', bucket: 'demo-spare', twoWay: false });
      d.destinations[0]!.twoWay = false;
      d.destinations[1]!.twoWay = true;
    });
    const parsed = parse(text);
    expect(parsed.ok ? [] : parsed.diagnostics.filter((x) => x.severity === 'error')).toEqual([
      expect.objectContaining({
        path: 'destinations[1].twoWay',
        message: expect.stringContaining('no rule replicates to "spare"'),
      }),
    ]);
  });

  test('with an existing source key in another account, synth says which grant to add for the way back', () => {
    const topology = topologyOf((d) => {
      pair(d);
      d.source.kmsKey = 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    });
    const notes = synthesize(topology).notes;
    expect(notes).toEqual([
      expect.stringContaining(
        'Grant the role arn:aws:iam::222222222222:role/s3-xrepl-demo-backup-return-replication kms:Encrypt and kms:GenerateDataKey and kms:Decrypt',
      ),
    ]);
  });
});
