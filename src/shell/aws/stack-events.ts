import {
  DescribeStackEventsCommand,
  type CloudFormationClient,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { isFailedResourceStatus } from './stack-status.js';

export type CfnApi = Pick<CloudFormationClient, 'send'>;

/**
 * Follows a stack's events from the moment an operation starts: each poll returns only the
 * events not seen before, oldest first. DescribeStackEvents is newest-first and paginated, so a
 * poll reads pages until it reaches an event it has already seen. `prime` marks what was there
 * before the operation, by event id, so clocks never matter.
 */
export class StackEventCursor {
  private readonly seen = new Set<string>();
  readonly all: StackEvent[] = [];

  constructor(
    private readonly cfn: CfnApi,
    private readonly stackName: string,
  ) {}

  /** Marks the newest page of existing events as seen; older ones stop the walk in any case. */
  async prime(): Promise<void> {
    const out = await this.cfn.send(new DescribeStackEventsCommand({ StackName: this.stackName }));
    for (const e of out.StackEvents ?? []) this.seen.add(eventId(e));
  }

  async poll(): Promise<StackEvent[]> {
    const fresh: StackEvent[] = [];
    let nextToken: string | undefined;
    page: do {
      const out = await this.cfn.send(
        new DescribeStackEventsCommand({ StackName: this.stackName, NextToken: nextToken }),
      );
      for (const e of out.StackEvents ?? []) {
        const id = eventId(e);
        if (this.seen.has(id)) break page;
        this.seen.add(id);
        fresh.push(e);
      }
      nextToken = out.NextToken;
    } while (nextToken);
    fresh.reverse();
    this.all.push(...fresh);
    return fresh;
  }
}

const eventId = (e: StackEvent): string =>
  e.EventId ?? `${e.LogicalResourceId}/${e.ResourceStatus}/${e.Timestamp?.toISOString()}`;

/** The event that explains a failed operation: the first resource that failed, with its reason. */
export function firstFailure(events: readonly StackEvent[]): StackEvent | undefined {
  const failures = events.filter(
    (e) =>
      isFailedResourceStatus(e.ResourceStatus) &&
      e.LogicalResourceId !== e.StackName &&
      !/cancelled/i.test(e.ResourceStatusReason ?? ''),
  );
  return failures[0] ?? events.find((e) => isFailedResourceStatus(e.ResourceStatus));
}

export function formatEvent(e: StackEvent): string {
  const time = e.Timestamp ? e.Timestamp.toISOString().slice(11, 19) : '--:--:--';
  const reason = e.ResourceStatusReason ? ` — ${e.ResourceStatusReason}` : '';
  return `${time} ${e.ResourceStatus ?? '?'} ${e.LogicalResourceId ?? '?'} (${e.ResourceType ?? '?'})${reason}`;
}
