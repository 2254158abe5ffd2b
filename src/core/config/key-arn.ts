import { quote } from '../quote.js';
export interface KeyArn {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly keyId: string;
}

export type KeyArnCheck =
  { readonly ok: true; readonly arn: KeyArn } | { readonly ok: false; readonly reason: string };

const KEY_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;

/**
 * Replica encryption must name a key by its full key ARN: S3 does not validate the key when the
 * configuration is written, so an alias or the AWS managed aws/s3 key only shows up later as
 * FAILED objects (AWS managed keys cannot be used across accounts at all).
 */
export function checkKeyArn(value: string): KeyArnCheck {
  if (value === 'aws/s3' || value === 'alias/aws/s3' || /:alias\/aws\/s3$/.test(value)) {
    return {
      ok: false,
      reason: 'the AWS managed key aws/s3 cannot be used: its policy cannot grant another account',
    };
  }
  if (value.startsWith('alias/') || /^arn:[^:]+:kms:[^:]*:[^:]*:alias\//.test(value)) {
    return {
      ok: false,
      reason: 'an alias is not accepted: give the key ARN (arn:…:kms:REGION:ACCOUNT:key/ID)',
    };
  }
  const m = /^arn:(aws|aws-cn|aws-us-gov):kms:([a-z0-9-]+):([0-9]{12}):key\/(.+)$/.exec(value);
  if (!m) {
    return {
      ok: false,
      reason: 'must be "create" or a KMS key ARN of the form arn:PARTITION:kms:REGION:ACCOUNT:key/KEY-ID',
    };
  }
  const [, partition, region, account, keyId] = m as unknown as [string, string, string, string, string];
  if (!KEY_ID.test(keyId))
    return { ok: false, reason: `${quote(keyId)} is not a KMS key id (a UUID or mrk-…)` };
  return { ok: true, arn: { partition, region, account, keyId } };
}
