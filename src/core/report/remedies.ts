/**
 * Remedies several reports give, worded once so they read the same everywhere (and can be linked
 * to their documentation once it exists). Markdown within what terminal.ts converts.
 */

/** For objects live replication never copies: those written before a rule, and FAILED ones. */
export const BACKFILL_REMEDY = 're-replicate existing objects with S3 Batch Replication (`mode: backfill`)';

/** Why a plain redeploy is no cure for drift. */
export const REDEPLOY_DOES_NOT_REPAIR =
  'Redeploying an unchanged template does not repair drift: CloudFormation changes only what the template changes.';
