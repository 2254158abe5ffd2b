import type { ResourceChange } from '../plan/resource-change.js';

/** What a deploy did, per stack, in deploy order: the data every deploy report renders from. */
export interface DeployedStack {
  readonly name: string;
  readonly kind: 'destination' | 'source';
  readonly account: string;
  readonly region: string;
  /** `failed` and `not-deployed` only when the deploy stopped part-way. */
  readonly result: 'created' | 'updated' | 'unchanged' | 'failed' | 'not-deployed';
  readonly stackId: string;
  readonly changes: readonly ResourceChange[];
  readonly outputs: Readonly<Record<string, string>>;
  readonly seconds: number;
  /** Why a `failed` stack failed, and whether CloudFormation had changed it (an execution, a delete) first. */
  readonly failure?: { readonly message: string; readonly changedStack: boolean };
}

export interface DeployReport {
  readonly topology: string;
  /** The config file, for the report's title; absent in reports made before it was recorded. */
  readonly configPath?: string;
  /** From the first stack's start to the last one's end (destinations deploy in parallel). */
  readonly seconds?: number;
  readonly stacks: readonly DeployedStack[];
  readonly destinationIds: Readonly<Record<string, string>>;
}

/** A stack was created or updated: the `changed` output. */
export const anythingChanged = (r: DeployReport): boolean =>
  r.stacks.some((s) => s.result === 'created' || s.result === 'updated');

export const deployFailed = (r: DeployReport): boolean =>
  r.stacks.some((s) => s.result === 'failed' || s.result === 'not-deployed');

/**
 * The deploy left some stack other than it found it: deployed with changes, or changed before it
 * failed. A failed deploy of which this is true stopped part-way, and is never exit 2.
 */
export const wroteAnything = (r: DeployReport): boolean =>
  anythingChanged(r) || r.stacks.some((s) => s.failure?.changedStack === true);

/** The action's outputs: names stable, JSON where there are several values. */
export function deployOutputs(r: DeployReport): Record<string, string> {
  const source = r.stacks.find((s) => s.kind === 'source');
  const byDestination = (key: string) =>
    JSON.stringify(
      Object.fromEntries(
        r.stacks
          .filter((s) => s.kind === 'destination')
          .map((s) => [r.destinationIds[s.name] ?? s.name, s.outputs[key] ?? '']),
      ),
    );
  return {
    changed: String(anythingChanged(r)),
    'stack-ids': JSON.stringify(Object.fromEntries(r.stacks.map((s) => [s.name, s.stackId]))),
    'source-bucket-arn': source?.outputs.BucketArn ?? '',
    'source-key-arn': source?.outputs.KmsKeyArn ?? '',
    'replication-role-arn': source?.outputs.ReplicationRoleArn ?? '',
    'destination-bucket-arns': byDestination('BucketArn'),
    'destination-key-arns': byDestination('KmsKeyArn'),
  };
}
