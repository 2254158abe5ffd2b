import {
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  type Change,
  type Parameter,
  type Tag,
} from '@aws-sdk/client-cloudformation';
import type { ResourceChange } from '../../core/plan/resource-change.js';
import type { CfnApi } from './stack-events.js';
import { pollUntil, type Clock } from './poll.js';

export interface ChangeSetRequest {
  readonly stackName: string;
  readonly changeSetName: string;
  readonly type: 'CREATE' | 'UPDATE' | 'IMPORT';
  /** With type IMPORT: the existing resources the change set brings into the stack. */
  readonly resourcesToImport?: readonly {
    readonly resourceType: string;
    readonly logicalId: string;
    readonly identifier: Readonly<Record<string, string>>;
  }[];
  readonly template: { readonly body: string } | { readonly url: string };
  readonly parameters: Readonly<Record<string, string>>;
  readonly tags: Readonly<Record<string, string>>;
  readonly executionRoleArn?: string;
  readonly description: string;
  /** Ask for each resource's property values before and after (plan previews show policy diffs). */
  readonly includePropertyValues?: boolean;
}

export type ChangeSetOutcome =
  | { readonly kind: 'empty'; readonly id: string }
  | { readonly kind: 'ready'; readonly id: string; readonly changes: readonly ResourceChange[] };

export async function createChangeSet(
  cfn: CfnApi,
  req: ChangeSetRequest,
  clock: Clock,
  timeoutMs: number,
): Promise<ChangeSetOutcome> {
  const created = await cfn.send(
    new CreateChangeSetCommand({
      StackName: req.stackName,
      ChangeSetName: req.changeSetName,
      ChangeSetType: req.type,
      Description: req.description,
      ...('body' in req.template ? { TemplateBody: req.template.body } : { TemplateURL: req.template.url }),
      Parameters: Object.entries(req.parameters).map(([ParameterKey, ParameterValue]): Parameter => ({
        ParameterKey,
        ParameterValue,
      })),
      Tags: Object.entries(req.tags).map(([Key, Value]): Tag => ({ Key, Value })),
      Capabilities: ['CAPABILITY_NAMED_IAM'],
      ...(req.executionRoleArn ? { RoleARN: req.executionRoleArn } : {}),
      ...(req.resourcesToImport
        ? {
            ResourcesToImport: req.resourcesToImport.map((r) => ({
              ResourceType: r.resourceType,
              LogicalResourceId: r.logicalId,
              ResourceIdentifier: { ...r.identifier },
            })),
          }
        : {}),
    }),
  );
  const id = created.Id ?? req.changeSetName;

  const settled = await pollUntil(
    async () => {
      const out = await cfn.send(
        new DescribeChangeSetCommand({ ChangeSetName: id, StackName: req.stackName }),
      );
      return out.Status === 'CREATE_PENDING' || out.Status === 'CREATE_IN_PROGRESS' ? undefined : out;
    },
    { clock, timeoutMs, what: `change set ${req.changeSetName} of ${req.stackName}` },
  );
  if (settled.Status === 'FAILED') {
    if (isEmptyChangeSetReason(settled.StatusReason)) return { kind: 'empty', id };
    // A failed change set is of no use to anyone: leave nothing behind.
    await deleteChangeSet(cfn, id, req.stackName).catch(() => undefined);
    throw new ChangeSetFailedError(req.stackName, settled.StatusReason ?? 'no reason given');
  }
  return {
    kind: 'ready',
    id,
    changes: await describeAllChanges(cfn, id, req.stackName, req.includePropertyValues ?? false),
  };
}

/**
 * CloudFormation reports "nothing to change" only as a FAILED change set with this reason; there
 * is no status or error code for it, so its text is the one thing to match.
 */
function isEmptyChangeSetReason(reason: string | undefined): boolean {
  return reason !== undefined && /didn't contain changes|No updates are to be performed/.test(reason);
}

export class ChangeSetFailedError extends Error {
  override readonly name = 'ChangeSetFailedError';
  constructor(
    readonly stackName: string,
    readonly reason: string,
  ) {
    super(`the change set for ${stackName} failed: ${reason}`);
  }
}

/** Every change, across pages. */
export async function describeAllChanges(
  cfn: CfnApi,
  changeSetId: string,
  stackName: string,
  includePropertyValues = false,
): Promise<ResourceChange[]> {
  const changes: ResourceChange[] = [];
  let nextToken: string | undefined;
  do {
    const out = await cfn.send(
      new DescribeChangeSetCommand({
        ChangeSetName: changeSetId,
        StackName: stackName,
        NextToken: nextToken,
        ...(includePropertyValues ? { IncludePropertyValues: true } : {}),
      }),
    );
    for (const c of out.Changes ?? []) {
      const rc = toResourceChange(c);
      if (rc) changes.push(rc);
    }
    nextToken = out.NextToken;
  } while (nextToken);
  return changes;
}

function toResourceChange(c: Change): ResourceChange | undefined {
  const r = c.ResourceChange;
  if (!r?.LogicalResourceId || !r.ResourceType || !r.Action) return undefined;
  const properties = [
    // A change to Tags has no Name, only its Attribute.
    ...new Set(
      (r.Details ?? []).map((d) => d.Target?.Name ?? d.Target?.Attribute).filter((n): n is string => !!n),
    ),
  ];
  return {
    logicalId: r.LogicalResourceId,
    ...(r.PhysicalResourceId ? { physicalId: r.PhysicalResourceId } : {}),
    resourceType: r.ResourceType,
    action: r.Action as ResourceChange['action'],
    ...(r.Replacement ? { replacement: r.Replacement as ResourceChange['replacement'] } : {}),
    properties,
    ...contextOf('before', r.BeforeContext),
    ...contextOf('after', r.AfterContext),
  };
}

/** BeforeContext/AfterContext are JSON text of the resource's properties (only with IncludePropertyValues). */
function contextOf(
  side: 'before' | 'after',
  text: string | undefined,
): { before?: Record<string, unknown> } | { after?: Record<string, unknown> } {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as { Properties?: Record<string, unknown> } & Record<string, unknown>;
    // The documented shape wraps the values in Properties; accept a bare object too.
    const props = parsed.Properties && typeof parsed.Properties === 'object' ? parsed.Properties : parsed;
    return { [side]: props };
  } catch {
    return {};
  }
}

export async function deleteChangeSet(cfn: CfnApi, id: string, stackName: string): Promise<void> {
  await cfn.send(new DeleteChangeSetCommand({ ChangeSetName: id, StackName: stackName }));
}
