/**
 * Shared fakes for unit tests of the AWS shell: a virtual clock, SDK-shaped errors, unsigned OIDC
 * tokens and CloudFormation response builders. Nothing here talks to AWS or waits for real.
 */
import type { Change, Stack, StackEvent } from '@aws-sdk/client-cloudformation';
import type { Clock } from '../../src/shell/aws/poll.js';
import type { RetryOptions } from '../../src/shell/aws/retry.js';
import { UserError } from '../../src/core/errors.js';

export interface FakeClock extends Clock {
  /** Every pause asked for, in order, in virtual milliseconds. */
  readonly slept: number[];
}

/** Virtual time: `sleep` advances `now` at once and resolves on the next microtask. */
export function fakeClock(start = Date.UTC(2025, 0, 15, 12, 0, 0)): FakeClock {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

/** Retry options that never wait for real and take the middle of every jitter range. */
export function instantRetry(clock: Clock, attempts = 4): RetryOptions {
  return { attempts, baseMs: 100, maxMs: 1_000, sleep: (ms) => clock.sleep(ms), random: () => 0.5 };
}

/** An error shaped like an SDK v3 service exception: classified by name and HTTP status. */
export function awsError(name: string, message: string, httpStatusCode = 400): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: httpStatusCode >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode, requestId: 'req-test', attempts: 1 },
  });
}

/** An unsigned JWT with the given claims: enough for code that only reads claims. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: 'https://token.actions.githubusercontent.com', aud: 'sts.amazonaws.com', ...claims })}.c2lnbmF0dXJl`;
}

/** Awaits a promise that must reject, and returns what it rejected with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** What a user would read for an error: its message and, for a UserError, its remedy. */
export function printed(e: Error): string {
  return e instanceof UserError && e.remedy ? `${e.message}\n${e.remedy}` : e.message;
}

export const stackNotFound = (name: string): Error =>
  awsError('ValidationError', `Stack with id ${name} does not exist`);

export function stack(name: string, status: string, extra: Partial<Stack> = {}): { Stacks: Stack[] } {
  return {
    Stacks: [
      {
        StackName: name,
        StackId: `arn:aws:cloudformation:eu-west-1:111111111111:stack/${name}/0a1b2c3d`,
        StackStatus: status as Stack['StackStatus'],
        CreationTime: new Date(Date.UTC(2024, 0, 1)),
        ...extra,
      },
    ],
  };
}

export function change(
  logicalId: string,
  resourceType: string,
  action: 'Add' | 'Modify' | 'Remove',
  replacement?: 'True' | 'False' | 'Conditional',
  properties: readonly string[] = [],
): Change {
  return {
    Type: 'Resource',
    ResourceChange: {
      LogicalResourceId: logicalId,
      PhysicalResourceId: action === 'Add' ? undefined : `phys-${logicalId.toLowerCase()}`,
      ResourceType: resourceType,
      Action: action,
      ...(replacement ? { Replacement: replacement } : {}),
      Details: properties.map((p) => ({
        Target: { Attribute: 'Properties', Name: p, RequiresRecreation: 'Always' },
      })),
    },
  };
}

export function event(
  stackName: string,
  id: string,
  at: number,
  logicalId: string,
  resourceType: string,
  status: string,
  reason?: string,
): StackEvent {
  return {
    StackName: stackName,
    StackId: `arn:aws:cloudformation:eu-west-1:111111111111:stack/${stackName}/0a1b2c3d`,
    EventId: id,
    Timestamp: new Date(at),
    LogicalResourceId: logicalId,
    ResourceType: resourceType,
    ResourceStatus: status as StackEvent['ResourceStatus'],
    ...(reason ? { ResourceStatusReason: reason } : {}),
  };
}
