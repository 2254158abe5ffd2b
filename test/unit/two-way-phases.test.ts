/**
 * Issue 20: a two-way pair's phases where no emulator is needed. The plan that needs no AWS (a
 * fork's pull request, a new config) plans the way back's stack with the values it will hold after
 * the last phase and renders; synth lists the phases; and a deploy that cannot read the source
 * stack it needs first changes nothing.
 */
import { loadTopology } from '../../src/core/load-topology.js';
import { offlinePlan } from '../../src/core/plan/offline-plan.js';
import { renderAll } from '../../src/core/report/budget.js';
import { renderPlan } from '../../src/core/report/render-plan.js';
import { renderSynthSummary } from '../../src/core/report/render-synth-summary.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { deployTopology } from '../../src/shell/aws/deploy-topology.js';
import type { StackClients } from '../../src/shell/aws/clients.js';
import { systemClock } from '../../src/shell/aws/poll.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { pairConfig } from '../support/two-way-world.js';

const PAIR = pairConfig();

test('a new two-way config is planned offline: both stacks created, the way back with its role, rules, batch role and monitoring, and the report renders', () => {
  const loaded = loadTopology(PAIR);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const { topology } = loaded;
  const plan = offlinePlan({
    topology,
    synthesis: synthesize(topology),
    base: undefined,
    configPath: 'replication/orders.yml',
    allowDestructive: false,
    reason: 'fork',
    comparedWith: 'main',
  });
  expect(plan.stacks.map((s) => `${s.name} ${s.status}`)).toEqual([
    's3-xrepl-orders-dst-us create',
    's3-xrepl-orders-source create',
  ]);
  const destination = plan.stacks[0]!;
  expect(destination.changes.map((c) => c.logicalId)).toEqual(
    expect.arrayContaining([
      'ReplicaBucket',
      'ReplicaKey',
      'WayBackReplicationRole',
      // backfill and monitoring of the way back, in the destination's own stack
      'BatchReplicationRole',
      'AlertsKey',
      'AlertsTopic',
      'AlertsTopicPolicy',
      'AlarmEverythingToSourceFailed',
    ]),
  );
  const text = renderAll(renderPlan(plan));
  expect(text).toContain('s3-xrepl-orders-dst-us');
  expect(text).toContain('WayBackReplicationRole');
  expect(text).toContain('AlarmEverythingToSourceFailed');
});

test("synth's summary lists the three phases in deploy order, the two-way destination twice", () => {
  const loaded = loadTopology(PAIR);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const rows = renderSynthSummary(synthesize(loaded.topology).manifest, 'out')
    .split('\n')
    .filter((l) => /^\| \d/.test(l));
  expect(rows.map((r) => r.split(' | ').slice(1, 3).join(' | '))).toEqual([
    '`s3-xrepl-orders-dst-us` | destination',
    '`s3-xrepl-orders-source` | source',
    '`s3-xrepl-orders-dst-us` | destination, again: its way back to the source',
  ]);
});

test('when the source stack cannot be read before a two-way deploy, nothing is deployed and the failure names the source stack', async () => {
  const loaded = loadTopology(PAIR);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const { topology } = loaded;
  const sent: string[] = [];
  // CloudFormation answers every call with a 503: an error path the emulator cannot produce.
  const unavailable = {
    send: async (command: { constructor: { name: string } }) => {
      sent.push(command.constructor.name);
      throw Object.assign(new Error('Service Unavailable'), {
        name: 'ServiceUnavailable',
        $metadata: { httpStatusCode: 503 },
      });
    },
  };
  const deployment = await deployTopology(
    topology,
    synthesize(topology),
    { allowDestructive: false, recreateFailedStacks: false, timeoutMs: 1_000 },
    {
      clients: () => ({ cfn: unavailable, s3: unavailable }) as unknown as StackClients,
      logger: recordingLogger(),
      clock: systemClock,
      runId: 'r1',
    },
  );
  expect(sent).toEqual(['DescribeStacksCommand']);
  expect(deployment.outcomes).toEqual([]);
  expect(deployment.failures.map((f) => [f.stack.name, f.changed])).toEqual([
    ['s3-xrepl-orders-source', false],
  ]);
  expect(String((deployment.failures[0]!.error as Error).message)).toContain(
    's3-xrepl-orders-source (111111111111, eu-west-1)',
  );
  expect(deployment.notDeployed.map((s) => s.name)).toEqual([
    's3-xrepl-orders-dst-us',
    's3-xrepl-orders-dst-us',
  ]);
});
