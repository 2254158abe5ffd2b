import {
  DescribeStackResourcesCommand,
  GetTemplateCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import type { Partition } from '../../core/config/regions.js';
import { compareMonitoring, expectedMonitoring } from '../../core/drift/expected-monitoring.js';
import { compareState, expectedState, type Finding } from '../../core/drift/expected-state.js';
import type { StackPlan } from '../../core/synth/synthesize.js';
import { resolveTemplate, type TemplateInput } from '../../core/templates/resolve.js';
import type { AccountClients } from './clients.js';
import { parameterMap } from './deploy-stack.js';
import { readLiveMonitoring } from './read-live-monitoring.js';
import { readLiveState } from './read-live-state.js';

/**
 * The direct comparison alone, for one deployed stack: its deployed template resolved with its
 * parameters and physical ids, against the live buckets, keys and role, and against the alarms,
 * topic and notifications that report on them. Verify uses it to say which link of the chain broke
 * when a canary FAILED.
 */
export async function directFindings(
  s: StackPlan,
  c: AccountClients,
  partition: Partition,
  stack: Stack,
): Promise<Finding[]> {
  const [template, resources] = await Promise.all([
    c.cfn.send(new GetTemplateCommand({ StackName: s.name, TemplateStage: 'Original' })),
    c.cfn.send(new DescribeStackResourcesCommand({ StackName: s.name })),
  ]);
  const resolved = resolveTemplate(JSON.parse(template.TemplateBody ?? '{}') as TemplateInput, {
    partition,
    region: s.region,
    accountId: s.account,
    stackName: s.name,
    ...(stack.StackId ? { stackId: stack.StackId } : {}),
    parameters: parameterMap(stack.Parameters),
    resources: Object.fromEntries(
      (resources.StackResources ?? [])
        .filter((r) => r.LogicalResourceId && r.PhysicalResourceId)
        .map((r) => [r.LogicalResourceId!, { physicalId: r.PhysicalResourceId! }]),
    ),
  });
  const expected = expectedState(resolved, s.name);
  const monitoring = expectedMonitoring(resolved, s.name);
  const [live, liveMonitoring] = await Promise.all([
    readLiveState(expected, c),
    readLiveMonitoring(monitoring, c),
  ]);
  return [...compareState(expected, live), ...compareMonitoring(monitoring, liveMonitoring)];
}
