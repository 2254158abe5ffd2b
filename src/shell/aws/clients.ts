import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import type { AccountCredentials, AwsCredentialIdentity } from './credentials.js';

export interface StackClients {
  readonly cfn: CloudFormationClient;
  readonly s3: S3Client;
}

/** Every client a mode may need in one account and region. */
export interface AccountClients extends StackClients {
  /** For drift: key policies and states. */
  readonly kms: KMSClient;
  /** For drift: the replication role's policies (IAM is global; the region only signs). */
  readonly iam: IAMClient;
}

/** SDK retries (exponential backoff with jitter) absorb throttling on every call. */
const MAX_ATTEMPTS = 8;

/**
 * STS calls are retried by credentials.ts alone (withRetry: bounded, and each retry logged); an
 * SDK retry inside it would multiply the attempts (6 × 8) and hide them.
 */
const STS_MAX_ATTEMPTS = 1;

/**
 * An emulator on loopback has no virtual-hosted bucket names; the standard AWS_ENDPOINT_URL
 * settings that point the SDK at one also switch S3 to path-style addressing.
 */
const pathStyle = (): boolean => Boolean(process.env.AWS_ENDPOINT_URL || process.env.AWS_ENDPOINT_URL_S3);

export function stsClient(region: string, credentials?: AwsCredentialIdentity): STSClient {
  return new STSClient({ region, maxAttempts: STS_MAX_ATTEMPTS, ...(credentials ? { credentials } : {}) });
}

/**
 * One client set per account and region, reused for the whole run. Each is given its account's
 * credential provider, so it renews its credentials as they near expiry.
 */
export function clientsFactory(credentials: ReadonlyMap<string, AccountCredentials> | undefined) {
  const cache = new Map<string, AccountClients>();
  return (account: string, region: string): AccountClients => {
    const key = `${account}/${region}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const creds = credentials?.get(account)?.credentials;
    const common = { region, maxAttempts: MAX_ATTEMPTS, ...(creds ? { credentials: creds } : {}) };
    const made = {
      cfn: new CloudFormationClient(common),
      s3: new S3Client({ ...common, forcePathStyle: pathStyle() }),
      kms: new KMSClient(common),
      iam: new IAMClient(common),
    };
    cache.set(key, made);
    return made;
  };
}
