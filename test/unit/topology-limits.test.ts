import { loadTopology } from '../../src/core/load-topology.js';
import {
  replicationPolicySize,
  ROLE_INLINE_POLICY_LIMIT,
} from '../../src/core/templates/replication-role.js';
import { deployWorld } from '../support/deployed-world.js';
import { syntheticConfig } from '../support/synthetic-config.js';

const load = (destinations: number) => loadTopology(syntheticConfig({ destinations, rules: destinations }));

test.each([1, 5, 20])(
  'the estimated role policy size for %i destinations is an upper bound within 5%% of the resolved policy',
  (n) => {
    const loaded = load(n);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const actual = JSON.stringify(deployWorld(loaded.topology).rolePolicy).length;
    const estimate = replicationPolicySize(loaded.topology);
    expect(estimate).toBeGreaterThanOrEqual(actual);
    expect(estimate).toBeLessThanOrEqual(actual * 1.05);
  },
);

test("a topology whose replication role policy would exceed IAM's limit is refused before anything is written", () => {
  const loaded = load(40);
  expect(loaded.ok).toBe(false);
  if (loaded.ok) return;
  expect(loaded.diagnostics).toEqual([
    expect.objectContaining({
      severity: 'error',
      path: 'destinations',
      message: expect.stringContaining(`IAM allows ${ROLE_INLINE_POLICY_LIMIT} per role`),
    }),
  ]);
});

test('twenty destinations, the size the benchmark uses, still fit', () => {
  expect(load(20).ok).toBe(true);
});
