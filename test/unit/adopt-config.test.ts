/**
 * `adopt:` on the source and on destinations (issue 17): an existing bucket to import, and which of
 * its live settings the config keeps or drops. What can be decided without AWS is decided here,
 * before anything is read or deployed, each error pointing at its line.
 */
import { buildTopology } from '../../src/core/model/build-topology.js';
import {
  expectAccepted,
  expectErrorAmong,
  expectOnlyError,
  parse,
  yamlWith,
} from '../support/config-fixtures.js';

describe('adopting an existing bucket', () => {
  test('an empty adopt block marks the source as existing, with nothing kept or dropped', () => {
    const result = expectAccepted(yamlWith((c) => (c.source.adopt = {})));
    const topology = buildTopology(result.config);
    expect(topology.source.adopt).toEqual({
      keep: { replicationRules: [], policyStatements: [], lifecycleRules: [], notifications: [] },
      drop: { replicationRules: [], policyStatements: [], lifecycleRules: [], notifications: [] },
    });
    expect(topology.destinations[0]!.adopt).toBeUndefined();
  });

  test('names to keep and drop reach the model as written', () => {
    const result = expectAccepted(
      yamlWith((c) => {
        c.source.adopt = {
          keep: { policyStatements: ['AllowAnalyticsRead', '#3'], notifications: ['new-upload'] },
          drop: { lifecycleRules: ['old-archive'] },
        };
        c.destinations[0]!.adopt = { drop: { policyStatements: ['LegacyWriter'] } };
      }),
    );
    const topology = buildTopology(result.config);
    expect(topology.source.adopt?.keep.policyStatements).toEqual(['AllowAnalyticsRead', '#3']);
    expect(topology.source.adopt?.drop.lifecycleRules).toEqual(['old-archive']);
    expect(topology.destinations[0]!.adopt?.drop.policyStatements).toEqual(['LegacyWriter']);
  });

  test('a kept replication rule is accepted with a warning: it will run as the topology role', () => {
    expectAccepted(
      yamlWith((c) => (c.source.adopt = { keep: { replicationRules: ['to-archive'] } })),
      [{ path: 'source.adopt.keep.replicationRules', message: /one role per configuration/ }],
    );
  });

  test('refuses a name both kept and dropped', () => {
    expectOnlyError(
      yamlWith(
        (c) =>
          (c.source.adopt = { keep: { policyStatements: ['Audit'] }, drop: { policyStatements: ['Audit'] } }),
      ),
      'source.adopt.drop.policyStatements[0]',
      '"Audit" is both kept and dropped',
    );
  });

  test('refuses a name listed twice', () => {
    expectOnlyError(
      yamlWith((c) => (c.source.adopt = { drop: { notifications: ['a', 'a'] } })),
      'source.adopt.drop.notifications[1]',
      'listed twice',
    );
  });

  test('refuses keeping a rule whose id the config generates too', () => {
    expectErrorAmong(
      yamlWith((c) => (c.source.adopt = { keep: { replicationRules: ['everything-backup'] } })),
      'source.adopt.keep.replicationRules[0]',
      'S3 needs unique rule ids',
    );
  });

  test("refuses keeping one of the product's own lifecycle rules", () => {
    expectOnlyError(
      yamlWith((c) => (c.source.adopt = { keep: { lifecycleRules: ['s3-xrepl-canary-backstop'] } })),
      'source.adopt.keep.lifecycleRules[0]',
      'the product writes itself',
    );
  });

  test('refuses replication rules or notifications on a destination: its stack never writes them', () => {
    expectOnlyError(
      yamlWith((c) => (c.destinations[1]!.adopt = { keep: { notifications: ['x'] } })),
      'destinations[1].adopt.keep.notifications',
      'nothing to keep',
    );
  });

  test('refuses an unknown kind of setting, with its line', () => {
    const result = parse(yamlWith((c) => (c.source.adopt = { keep: { policies: ['x'] } })));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]!.path).toBe('source.adopt.keep.policies');
    expect(result.diagnostics[0]!.location?.line).toBeGreaterThan(1);
  });
});

test('refuses adopting a destination deployed as a StackSet instance', () => {
  expectOnlyError(
    yamlWith((c) => {
      c.destinationStackSet = {};
      c.destinations[0]!.adopt = {};
    }),
    'destinations[0].adopt',
    'cannot adopt an existing bucket',
  );
});

test('refuses adopting a two-way destination: its way back would replace the live rules unseen', () => {
  expectOnlyError(
    yamlWith((c) => {
      c.destinations = [{ ...c.destinations[0]!, twoWay: true, adopt: {} }];
      c.rules = [{ id: 'everything', priority: 1, destinations: [c.destinations[0]!.id] }];
    }),
    'destinations[0].adopt',
    'Adopt it one-way first',
  );
});
