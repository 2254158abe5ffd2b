import { reviewAdoption } from '../../core/adopt/review-adoption.js';
import type { AdoptionTarget, PlaceAdoption } from '../../core/adopt/adoption-targets.js';
import type { ClientKinds } from './clients.js';
import { readLiveBucket } from './read-live-bucket.js';

/** Reads each adopted bucket (in parallel) and compares it with the template that will own it. */
export async function reviewAdoptions(
  targets: readonly AdoptionTarget[],
  clients: (account: string, region: string) => Pick<ClientKinds, 's3' | 'cfn' | 'cloudwatch'>,
  now: number,
): Promise<PlaceAdoption[]> {
  return Promise.all(
    targets.map(async ({ template: _template, view, adopt, ...target }) => {
      const live = await readLiveBucket(target.bucket, clients(target.account, target.region), now);
      if (live.ownerStack === target.stackName) return { target, status: 'adopted' as const };
      return { target, status: 'to-import' as const, review: reviewAdoption(live, view, adopt) };
    }),
  );
}
