import {
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackResourceDriftsCommand,
  DetectStackDriftCommand,
  type StackResourceDrift,
} from '@aws-sdk/client-cloudformation';
import type { CloudFormationDrift, ResourceDrift } from '../../core/drift/drift-report.js';
import { pollUntil, type Clock } from './poll.js';
import type { CfnApi } from './stack-events.js';

/**
 * CloudFormation's own drift detection for one stack: start it, wait (bounded, backing off), then
 * read every resource's result across pages. A detection that cannot run or fails is `UNKNOWN`
 * with the reason: never taken for in sync.
 */
export async function detectStackDrift(
  cfn: CfnApi,
  stackName: string,
  clock: Clock,
  timeoutMs: number,
): Promise<CloudFormationDrift> {
  let detectionId: string;
  try {
    const started = await cfn.send(new DetectStackDriftCommand({ StackName: stackName }));
    detectionId = started.StackDriftDetectionId!;
  } catch (e) {
    return {
      status: 'UNKNOWN',
      reason: `DetectStackDrift: ${(e as Error).name}: ${(e as Error).message}`,
      resources: [],
    };
  }
  const pollStatus = () =>
    pollUntil(
      async () => {
        const s = await cfn.send(
          new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId: detectionId }),
        );
        return s.DetectionStatus === 'DETECTION_IN_PROGRESS' ? undefined : s;
      },
      { clock, timeoutMs, what: `drift detection of ${stackName}`, firstDelayMs: 500 },
    );
  let done: Awaited<ReturnType<typeof pollStatus>>;
  let resources: ResourceDrift[];
  try {
    done = await pollStatus();
    resources = await resourceDrifts(cfn, stackName);
  } catch (e) {
    // A slow or failing detection of one stack leaves that stack unknown; the others still report.
    return { status: 'UNKNOWN', reason: `${(e as Error).name}: ${(e as Error).message}`, resources: [] };
  }
  if (done.DetectionStatus === 'DETECTION_FAILED')
    return { status: 'UNKNOWN', reason: done.DetectionStatusReason ?? 'detection failed', resources };
  return {
    status:
      done.StackDriftStatus === 'DRIFTED'
        ? 'DRIFTED'
        : done.StackDriftStatus === 'IN_SYNC'
          ? 'IN_SYNC'
          : 'UNKNOWN',
    resources,
  };
}

async function resourceDrifts(cfn: CfnApi, stackName: string): Promise<ResourceDrift[]> {
  const out: ResourceDrift[] = [];
  let token: string | undefined;
  do {
    const page = await cfn.send(
      new DescribeStackResourceDriftsCommand({ StackName: stackName, NextToken: token, MaxResults: 100 }),
    );
    for (const d of page.StackResourceDrifts ?? []) out.push(toResourceDrift(d));
    token = page.NextToken;
  } while (token);
  return out;
}

function toResourceDrift(d: StackResourceDrift): ResourceDrift {
  return {
    logicalId: d.LogicalResourceId ?? '?',
    type: d.ResourceType ?? '?',
    status: d.StackResourceDriftStatus ?? 'NOT_CHECKED',
    differences: (d.PropertyDifferences ?? []).map((p) => ({
      path: p.PropertyPath ?? '',
      kind: p.DifferenceType ?? 'NOT_EQUAL',
      expected: p.ExpectedValue ?? '',
      actual: p.ActualValue ?? '',
    })),
  };
}
