import { GetTemplateCommand } from '@aws-sdk/client-cloudformation';
import { recordedNotifications } from '../../core/adopt/carry-kept.js';
import { UserError } from '../../core/errors.js';
import { reviewAdoption } from '../../core/adopt/review-adoption.js';
import type { Template } from '../../core/templates/cfn.js';
import type { AdoptionTarget, PlaceAdoption } from '../../core/adopt/adoption-targets.js';
import type { LiveBucketSettings } from '../../core/adopt/live-bucket.js';
import type { ClientKinds, ClientsFactory } from './clients.js';
import type { AccountCredentials } from './credentials.js';
import { readLiveBucket } from './read-live-bucket.js';

export interface AdoptionsRead {
  readonly adoptions: PlaceAdoption[];
  /** Each adopted bucket as read, by stack name: what keep carries over comes from here. */
  readonly live: ReadonlyMap<string, LiveBucketSettings>;
}

/**
 * Plan's and deploy's way in: the clients a read needs (loaded only when a config adopts), through
 * the mode's credentials, then reviewAdoptions.
 */
export async function readAdoptions(
  targets: readonly AdoptionTarget[],
  clients: ClientsFactory,
  credentials: ReadonlyMap<string, AccountCredentials> | undefined,
  now: number,
): Promise<AdoptionsRead> {
  const [{ CloudFormationClient }, { S3Client }, { CloudWatchClient }] = await Promise.all([
    import(/* webpackChunkName: "aws-cloudformation" */ '@aws-sdk/client-cloudformation'),
    import('@aws-sdk/client-s3'),
    import(/* webpackChunkName: "aws-cloudwatch" */ '@aws-sdk/client-cloudwatch'),
  ]);
  const make = clients(credentials, {
    cfn: CloudFormationClient,
    s3: S3Client,
    cloudwatch: CloudWatchClient,
  });
  return reviewAdoptions(targets, make, now);
}

/** Reads each adopted bucket (in parallel) and compares it with the template that will own it. */
export async function reviewAdoptions(
  targets: readonly AdoptionTarget[],
  clients: (account: string, region: string) => Pick<ClientKinds, 's3' | 'cfn' | 'cloudwatch'>,
  now: number,
): Promise<AdoptionsRead> {
  const read = await Promise.all(
    targets.map(async ({ template: _template, view, adopt, ...target }) => {
      const live = await readLiveBucket(target.bucket, clients(target.account, target.region), now).catch(
        (e: unknown) => {
          if ((e as Error).name !== 'NoSuchBucket') throw e;
          throw new UserError(
            `${target.configPath}: the bucket ${target.bucket} does not exist in account ${target.account} (${target.region}), so there is nothing to adopt.`,
            `Check the bucket's name, account and region, or remove ${target.configPath} to let the stack create the bucket.`,
          );
        },
      );
      if (live.ownerStack !== target.stackName)
        return {
          live,
          adoption: { target, status: 'to-import' as const, review: reviewAdoption(live, view, adopt) },
        };
      // In its own stack: alone there, the import ran and the update did not, so it is still
      // reviewed (without the owner, which is this stack); with the rest of the stack, it is done.
      if ((live.ownerStackResources ?? 2) > 1) {
        // Kept notifications came back from S3 under new ids: the deployed template has them by name.
        const c = clients(target.account, target.region);
        const out = await c.cfn.send(
          new GetTemplateCommand({ StackName: target.stackName, TemplateStage: 'Original' }),
        );
        const recorded = recordedNotifications(
          out.TemplateBody ? (JSON.parse(out.TemplateBody) as Template) : undefined,
        );
        const present = new Set(live.notifications.map((n) => n.id));
        const withRecorded = {
          ...live,
          notifications: [...live.notifications, ...recorded.filter((n) => !present.has(n.id))],
        };
        return { live: withRecorded, adoption: { target, status: 'adopted' as const } };
      }
      const unowned = { ...live, ownerStack: undefined } as unknown as LiveBucketSettings;
      return {
        live,
        adoption: { target, status: 'imported' as const, review: reviewAdoption(unowned, view, adopt) },
      };
    }),
  );
  return {
    adoptions: read.map((r) => r.adoption),
    live: new Map(read.map((r, i) => [targets[i]!.stackName, r.live])),
  };
}
