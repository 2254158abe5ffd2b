import {
  CreateStackInstancesCommand,
  CreateStackSetCommand,
  DescribeStackInstanceCommand,
  DescribeStackSetCommand,
  DescribeStackSetOperationCommand,
  ListStackInstancesCommand,
  ListStackSetOperationResultsCommand,
  ListStackSetOperationsCommand,
  UpdateStackInstancesCommand,
  UpdateStackSetCommand,
  type CloudFormationClient,
  type Parameter,
  type StackSetOperationPreferences,
} from '@aws-sdk/client-cloudformation';
import { BOOTSTRAP_CAPABILITIES, type DesiredStackSet } from '../../core/bootstrap/bootstrap-targets.js';
import type { InstanceResult, OperationOutcome } from '../../core/bootstrap/bootstrap-result.js';
import type {
  CurrentInstance,
  CurrentStackSet,
  StackSetStep,
} from '../../core/bootstrap/stack-set-changes.js';
import type { Logger } from '../logger.js';
import { stepText } from '../../core/report/render-bootstrap.js';
import { pollUntil, type Clock } from './poll.js';
import { parameterMap } from './deploy-stack.js';
import { mapLimit } from '../map-limit.js';

export interface StackSetDeps {
  readonly cfn: Pick<CloudFormationClient, 'send'>;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Bound on each operation's wait. */
  readonly timeoutMs: number;
  /** Set when the caller is an Organizations delegated administrator: every call must say so. */
  readonly callAs?: 'DELEGATED_ADMIN';
  readonly preferences: StackSetOperationPreferences;
}

const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'STOPPED']);
/** Instances described at once when reading their overrides: polite to the API at fleet scale. */
const DESCRIBE_CONCURRENCY = 4;

const isNotFound = (e: unknown) => (e as { name?: string }).name === 'StackSetNotFoundException';
const inProgress = (e: unknown) => (e as { name?: string }).name === 'OperationInProgressException';

/** The StackSet with every instance (and, for self-managed ones, their overrides), or undefined. */
export async function readStackSet(name: string, deps: StackSetDeps): Promise<CurrentStackSet | undefined> {
  let stackSet;
  try {
    ({ StackSet: stackSet } = await deps.cfn.send(
      new DescribeStackSetCommand({ StackSetName: name, ...callAs(deps) }),
    ));
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
  if (!stackSet) return undefined;
  const summaries = await listInstances(name, deps);
  const selfManaged = stackSet.PermissionModel !== 'SERVICE_MANAGED';
  const instances = await mapLimit(summaries, DESCRIBE_CONCURRENCY, async (s) => {
    if (!selfManaged) return s;
    const { StackInstance } = await deps.cfn.send(
      new DescribeStackInstanceCommand({
        StackSetName: name,
        StackInstanceAccount: s.account,
        StackInstanceRegion: s.region,
        ...callAs(deps),
      }),
    );
    return { ...s, overrides: parameterMap(StackInstance?.ParameterOverrides) };
  });
  return {
    templateBody: stackSet.TemplateBody ?? '',
    parameters: parameterMap(stackSet.Parameters),
    permissionModel: stackSet.PermissionModel ?? 'SELF_MANAGED',
    ...(stackSet.AdministrationRoleARN ? { administrationRoleArn: stackSet.AdministrationRoleARN } : {}),
    ...(stackSet.ExecutionRoleName ? { executionRoleName: stackSet.ExecutionRoleName } : {}),
    ...(stackSet.AutoDeployment ? { autoDeployment: stackSet.AutoDeployment } : {}),
    ...(stackSet.Tags
      ? { tags: Object.fromEntries(stackSet.Tags.map((t) => [t.Key ?? '', t.Value ?? ''])) }
      : {}),
    instances,
  };
}

/**
 * StackSets keep every operation id for good: the run's id alone would collide when a run (or the
 * CLI) runs operations twice. `step` tells this run's operations apart. Letters, digits and
 * hyphens, up to 128.
 */
export function operationIdOf(runId: string, startedAt: number, step: string): string {
  return `s3-xrepl-${runId}-${startedAt.toString(36)}-${step}`.replace(/[^A-Za-z0-9-]/g, '-').slice(-128);
}

/** Every instance of a StackSet that may not exist yet (none, then). */
export async function instancesIfAny(name: string, deps: StackSetDeps): Promise<CurrentInstance[]> {
  return listInstances(name, deps).catch((e: unknown) => {
    if (isNotFound(e)) return [];
    throw e;
  });
}

/** Every instance, every page. */
export async function listInstances(name: string, deps: StackSetDeps): Promise<CurrentInstance[]> {
  const out: CurrentInstance[] = [];
  let token: string | undefined;
  do {
    const page = await deps.cfn.send(
      new ListStackInstancesCommand({
        StackSetName: name,
        ...callAs(deps),
        ...(token ? { NextToken: token } : {}),
      }),
    );
    for (const s of page.Summaries ?? [])
      out.push({
        account: s.Account ?? '',
        region: s.Region ?? '',
        status: s.Status ?? 'UNKNOWN',
        ...(s.StackInstanceStatus?.DetailedStatus
          ? { detailedStatus: s.StackInstanceStatus.DetailedStatus }
          : {}),
        ...(s.StatusReason ? { statusReason: s.StatusReason } : {}),
        ...(s.OrganizationalUnitId ? { organizationalUnitId: s.OrganizationalUnitId } : {}),
        ...(s.StackId ? { stackId: s.StackId } : {}),
        overrides: {},
      });
    token = page.NextToken;
  } while (token);
  return out;
}

/**
 * Runs one step and, for those that start an operation, waits for it (bounded) and reads every
 * instance's result. Another operation already running (a parallel workflow) is waited for once.
 */
export async function runStep(
  step: StackSetStep,
  desired: DesiredStackSet,
  operationId: string,
  deps: StackSetDeps,
): Promise<OperationOutcome> {
  if (step.kind === 'create-stack-set') {
    await deps.cfn.send(
      new CreateStackSetCommand({
        StackSetName: desired.name,
        Description: desired.description,
        TemplateBody: desired.templateBody,
        Parameters: parameterList(desired.parameters),
        Capabilities: [...BOOTSTRAP_CAPABILITIES],
        PermissionModel: desired.permissionModel,
        ...(desired.administrationRoleArn ? { AdministrationRoleARN: desired.administrationRoleArn } : {}),
        ...(desired.executionRoleName ? { ExecutionRoleName: desired.executionRoleName } : {}),
        ...(desired.autoDeployment ? { AutoDeployment: desired.autoDeployment } : {}),
        Tags: Object.entries(desired.tags).map(([Key, Value]) => ({ Key, Value })),
        ClientRequestToken: operationId,
        ...callAs(deps),
      }),
    );
    deps.logger.info(`StackSet ${desired.name}: created (${desired.permissionModel})`);
    return { step, status: 'CREATED', results: [] };
  }
  const start = () =>
    startOperation(step, desired, operationId, deps).catch((e: unknown) => {
      // The SDK retried a request whose first attempt did start the operation: it is ours.
      if ((e as { name?: string }).name === 'OperationIdAlreadyExistsException') return undefined;
      throw e;
    });
  try {
    await start();
  } catch (e) {
    if (!inProgress(e)) throw e;
    await waitForRunningOperation(desired.name, deps);
    await start();
  }
  deps.logger.info(`StackSet ${desired.name}: ${stepText(step)} (operation ${operationId})`);
  return waitForOperation(step, desired.name, operationId, deps);
}

async function startOperation(
  step: Exclude<StackSetStep, { kind: 'create-stack-set' }>,
  desired: DesiredStackSet,
  operationId: string,
  deps: StackSetDeps,
): Promise<unknown> {
  const common = {
    StackSetName: desired.name,
    OperationPreferences: deps.preferences,
    OperationId: operationId,
    ...callAs(deps),
  };
  switch (step.kind) {
    case 'update-stack-set':
      // No accounts or regions: the update reaches every instance, including ones a failed run left OUTDATED.
      return deps.cfn.send(
        new UpdateStackSetCommand({
          ...common,
          TemplateBody: desired.templateBody,
          Parameters: parameterList(desired.parameters),
          Capabilities: [...BOOTSTRAP_CAPABILITIES],
          ...(desired.administrationRoleArn ? { AdministrationRoleARN: desired.administrationRoleArn } : {}),
          ...(desired.executionRoleName ? { ExecutionRoleName: desired.executionRoleName } : {}),
          ...(desired.autoDeployment ? { AutoDeployment: desired.autoDeployment } : {}),
          Tags: Object.entries(desired.tags).map(([Key, Value]) => ({ Key, Value })),
        }),
      );
    case 'create-instances':
      return deps.cfn.send(
        new CreateStackInstancesCommand({
          ...common,
          Accounts: [...step.accounts],
          Regions: [...(step.regions ?? [desired.region])],
          ParameterOverrides: parameterList(step.overrides),
        }),
      );
    case 'deploy-to-ous':
      return deps.cfn.send(
        new CreateStackInstancesCommand({
          ...common,
          DeploymentTargets: { OrganizationalUnitIds: [...step.organizationalUnits] },
          Regions: [desired.region],
        }),
      );
    case 'update-instances':
      // An empty list sets every override back to the StackSet's value, which is what "none" means.
      return deps.cfn.send(
        new UpdateStackInstancesCommand({
          ...common,
          // Service-managed StackSets address accounts only within OUs.
          ...(step.organizationalUnits
            ? {
                DeploymentTargets: {
                  OrganizationalUnitIds: [...step.organizationalUnits],
                  Accounts: [...step.accounts],
                  AccountFilterType: 'INTERSECTION',
                },
              }
            : { Accounts: [...step.accounts] }),
          Regions: [...(step.regions ?? [desired.region])],
          ParameterOverrides: parameterList(step.overrides),
        }),
      );
  }
}

async function waitForOperation(
  step: StackSetStep,
  name: string,
  operationId: string,
  deps: StackSetDeps,
): Promise<OperationOutcome> {
  const operation = await pollUntil(
    async () => {
      const { StackSetOperation: op } = await deps.cfn.send(
        new DescribeStackSetOperationCommand({
          StackSetName: name,
          OperationId: operationId,
          ...callAs(deps),
        }),
      );
      return op?.Status && TERMINAL.has(op.Status) ? op : undefined;
    },
    { clock: deps.clock, timeoutMs: deps.timeoutMs, what: `StackSet ${name} operation ${operationId}` },
  );
  return {
    step,
    operationId,
    status: operation.Status!,
    ...(operation.StatusReason ? { reason: operation.StatusReason } : {}),
    results: await operationResults(name, operationId, deps),
  };
}

async function operationResults(
  name: string,
  operationId: string,
  deps: StackSetDeps,
): Promise<InstanceResult[]> {
  const out: InstanceResult[] = [];
  let token: string | undefined;
  do {
    const page = await deps.cfn.send(
      new ListStackSetOperationResultsCommand({
        StackSetName: name,
        OperationId: operationId,
        ...callAs(deps),
        ...(token ? { NextToken: token } : {}),
      }),
    );
    for (const r of page.Summaries ?? [])
      out.push({
        account: r.Account ?? '',
        region: r.Region ?? '',
        status: r.Status ?? 'UNKNOWN',
        ...(r.StatusReason ? { reason: r.StatusReason } : {}),
        ...(r.OrganizationalUnitId ? { organizationalUnitId: r.OrganizationalUnitId } : {}),
      });
    token = page.NextToken;
  } while (token);
  return out;
}

/** Another run's operation (or a console user's) holds the StackSet: wait for it, once. */
async function waitForRunningOperation(name: string, deps: StackSetDeps): Promise<void> {
  let running: { OperationId?: string; Action?: string } | undefined;
  let token: string | undefined;
  do {
    const page = await deps.cfn.send(
      new ListStackSetOperationsCommand({
        StackSetName: name,
        ...callAs(deps),
        ...(token ? { NextToken: token } : {}),
      }),
    );
    running = (page.Summaries ?? []).find((o) => o.Status && !TERMINAL.has(o.Status));
    token = running ? undefined : page.NextToken;
  } while (token);
  if (!running?.OperationId) return;
  deps.logger.info(
    `StackSet ${name}: operation ${running.OperationId} (${running.Action}) is running; waiting for it first`,
  );
  await pollUntil(
    async () => {
      const { StackSetOperation: op } = await deps.cfn.send(
        new DescribeStackSetOperationCommand({
          StackSetName: name,
          OperationId: running.OperationId,
          ...callAs(deps),
        }),
      );
      return op?.Status && TERMINAL.has(op.Status) ? true : undefined;
    },
    {
      clock: deps.clock,
      timeoutMs: deps.timeoutMs,
      what: `StackSet ${name} operation ${running.OperationId}, started elsewhere`,
    },
  );
}

const callAs = (deps: StackSetDeps) => (deps.callAs ? { CallAs: deps.callAs } : {});

function parameterList(values: Readonly<Record<string, string>>): Parameter[] {
  return Object.entries(values).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));
}
