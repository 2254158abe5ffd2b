/**
 * Remedies several reports give, worded once so they read the same everywhere (and can be linked
 * to their documentation once it exists). Markdown within what terminal.ts converts.
 */

/** For objects live replication never copies: those written before a rule, and FAILED ones. */
export const BACKFILL_REMEDY = 're-replicate existing objects with S3 Batch Replication (`mode: backfill`)';

/**
 * A version's replication status is one per version, not per destination: a version that already
 * replicated elsewhere reads COMPLETED, and backfill's default (NONE, FAILED) would skip it.
 */
export const BACKFILL_NEW_RULE_REMEDY =
  'after deploy, run `mode: backfill` (add `COMPLETED` to `backfill-statuses` where those objects already replicated to another destination)';

/** A destination that starts empty needs every version again, whatever its status says. */
export const BACKFILL_REFILL_REMEDY =
  'after deploy, run `mode: backfill` with `backfill-statuses: COMPLETED,NONE,FAILED` to fill it';

/** Why a plain redeploy is no cure for drift. */
export const REDEPLOY_DOES_NOT_REPAIR =
  'Redeploying an unchanged template does not repair drift: CloudFormation changes only what the template changes.';
