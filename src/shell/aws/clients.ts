import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { S3ControlClient } from '@aws-sdk/client-s3-control';
import type { AccountCredentials } from './credentials.js';

/** Every client a mode may use in one account and region. */
export interface ClientKinds {
  readonly cfn: CloudFormationClient;
  readonly s3: S3Client;
  /** Drift and verify: key policies and states. */
  readonly kms: KMSClient;
  /** Drift and verify: the replication role's policies (IAM is global; the region only signs). */
  readonly iam: IAMClient;
  /** Drift and verify: the alarms and their states. */
  readonly cloudwatch: CloudWatchClient;
  /** Drift: the alerts topic's policy and key; verify: a short-lived subscription. */
  readonly sns: SNSClient;
  /** Verify: the short-lived queue that hears S3's failure events. */
  readonly sqs: SQSClient;
  /** Backfill: S3 Batch Operations jobs. */
  readonly s3control: S3ControlClient;
}

export type StackClients = Pick<ClientKinds, 'cfn' | 's3'>;
/** What the direct comparison of a stack's live state reads (drift, and verify when a canary fails). */
export type AccountClients = Pick<ClientKinds, 'cfn' | 's3' | 'kms' | 'iam' | 'cloudwatch' | 'sns'>;

/** The client classes a mode brings, imported by the mode itself: only those are ever loaded. */
export type ClientMakers<K extends keyof ClientKinds> = {
  readonly [P in K]: new (config: ClientConfig) => ClientKinds[P];
};

export interface ClientConfig {
  readonly region: string;
  readonly maxAttempts: number;
  readonly credentials?: AccountCredentials['credentials'];
  readonly forcePathStyle?: boolean;
}

export type ClientsFactory = <K extends keyof ClientKinds>(
  credentials: ReadonlyMap<string, AccountCredentials> | undefined,
  makers: ClientMakers<K>,
) => (account: string, region: string) => Pick<ClientKinds, K>;

/** SDK retries (exponential backoff with jitter) absorb throttling on every call. */
const MAX_ATTEMPTS = 8;

/**
 * An emulator on loopback has no virtual-hosted bucket names; the standard AWS_ENDPOINT_URL
 * settings that point the SDK at one also switch S3 to path-style addressing.
 */
const pathStyle = (): boolean => Boolean(process.env.AWS_ENDPOINT_URL || process.env.AWS_ENDPOINT_URL_S3);

/**
 * S3 Control puts the account id in front of the host (111111111111.s3-control.<region>...), an
 * endpoint given by AWS_ENDPOINT_URL too, and an emulator on loopback has no such names
 * (111111111111.127.0.0.1 is not even a URL). Like path-style S3, the endpoint given is then used as
 * it is: the account still travels in x-amz-account-id, and requests are signed for s3 as usual.
 */
const controlEndpointGiven = (): boolean =>
  Boolean(process.env.AWS_ENDPOINT_URL || process.env.AWS_ENDPOINT_URL_S3_CONTROL);

export function endpointAsGiven(params: { readonly Endpoint?: string; readonly Region?: string }) {
  if (!params.Endpoint) throw new Error('S3 Control: an endpoint was configured but the SDK passed none');
  return {
    url: new URL(params.Endpoint),
    properties: {
      authSchemes: [
        { name: 'sigv4', signingName: 's3', signingRegion: params.Region, disableDoubleEncoding: true },
      ],
    },
  };
}

/**
 * One client per service, account and region, made when first used and reused for the whole run.
 * Each is given its account's credential provider, so it renews its credentials as they near expiry.
 */
export const clientsFactory: ClientsFactory = (credentials, makers) => {
  const cache = new Map<string, unknown>();
  return (account, region) => {
    const made = {} as Record<string, unknown>;
    for (const kind of Object.keys(makers) as (keyof typeof makers)[]) {
      Object.defineProperty(made, kind, {
        enumerable: true,
        get: () => {
          const key = `${String(kind)}/${account}/${region}`;
          if (!cache.has(key)) {
            const creds = credentials?.get(account)?.credentials;
            const Make = makers[kind] as new (config: ClientConfig) => unknown;
            const config: ClientConfig = {
              region,
              maxAttempts: MAX_ATTEMPTS,
              ...(creds ? { credentials: creds } : {}),
              ...(kind === 's3' ? { forcePathStyle: pathStyle() } : {}),
            };
            cache.set(
              key,
              new Make(
                kind === 's3control' && controlEndpointGiven()
                  ? Object.assign({ endpointProvider: endpointAsGiven }, config)
                  : config,
              ),
            );
          }
          return cache.get(key);
        },
      });
    }
    return made as never;
  };
};
