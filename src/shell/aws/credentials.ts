import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { ServiceError, UserError, isExpiredCredentials } from '../../core/errors.js';
import type { Logger } from '../logger.js';
import { withRetry, type RetryOptions, DEFAULT_RETRY } from './retry.js';

/**
 * STS calls are retried by this module alone (withRetry: bounded, and each retry logged); an SDK
 * retry inside it would multiply the attempts and hide them.
 */
export function stsClient(region: string, credentials?: AwsCredentialIdentity): STSClient {
  return new STSClient({ region, maxAttempts: 1, ...(credentials ? { credentials } : {}) });
}

/** Temporary credentials, in the shape every SDK v3 client accepts. */
export interface AwsCredentialIdentity {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiration?: Date;
}

/**
 * An SDK v3 credential provider. Every client given one calls it again when the credentials it
 * holds come within five minutes of their expiration.
 */
export type CredentialProvider = () => Promise<AwsCredentialIdentity>;

export interface AccountCredentials {
  readonly account: string;
  /** The account's session, renewed before it expires: a run may outlast any one session. */
  readonly credentials: CredentialProvider;
}

/** What the credential step needs from the outside world. */
export interface CredentialDeps {
  readonly logger: Logger;
  /** Registers a value to be masked in every later log line (core.setSecret in Actions). */
  readonly mask: (secret: string) => void;
  readonly stsClient: (region: string, credentials?: AwsCredentialIdentity) => Pick<STSClient, 'send'>;
  /** The one retry of every STS call (the STS clients do not retry on their own). */
  readonly retry?: RetryOptions;
  /** The clock sessions are renewed by (Date.now). */
  readonly now?: () => number;
}

/**
 * How long before its expiration a session is renewed: more than the five minutes at which SDK
 * clients ask their provider again, so that asking then gets fresh credentials. Sessions last at
 * least 15 minutes (STS's minimum), so each is used for at least five.
 */
export const RENEW_BEFORE_MS = 10 * 60_000;

/**
 * A session is renewed at most this often: with a runner clock far ahead of AWS's, fresh
 * credentials still look near their end, and clients would otherwise renew on every request.
 */
export const MIN_RENEWAL_INTERVAL_MS = 60_000;

/**
 * A provider over one session that renews it (`renew`) once less than RENEW_BEFORE_MS is left;
 * clients that ask at once share one renewal. A failed renewal fails the call that needed it, and
 * the next call tries again.
 */
export function renewingCredentials(
  first: AwsCredentialIdentity,
  renew: () => Promise<AwsCredentialIdentity>,
  now: () => number,
): CredentialProvider {
  let current = first;
  /** When the last renewal ended (the first session may be renewed at once). */
  let renewedAt = -Infinity;
  let renewal: Promise<AwsCredentialIdentity> | undefined;
  return () => {
    const left = current.expiration ? current.expiration.getTime() - now() : Infinity;
    if (left > RENEW_BEFORE_MS || now() - renewedAt < MIN_RENEWAL_INTERVAL_MS)
      return renewal ?? Promise.resolve(current);
    renewal ??= renew()
      .then((fresh) => {
        renewedAt = now();
        return (current = fresh);
      })
      .finally(() => (renewal = undefined));
    return renewal;
  };
}

export interface OidcOptions {
  /** Fetches GitHub's OIDC token for an audience (core.getIDToken). */
  readonly getIdToken: (audience: string) => Promise<string>;
  readonly roleArn: (account: string) => string;
  readonly region: (account: string) => string;
  readonly sessionName: string;
  readonly durationSeconds: number;
  /** Facts about the run that turn an OIDC failure into a specific hint. */
  readonly context: OidcContext;
}

export interface OidcContext {
  readonly tokenRequestAvailable: boolean;
  readonly fromFork: boolean;
}

export const OIDC_AUDIENCE = 'sts.amazonaws.com';

/**
 * GitHub's OIDC token → AssumeRoleWithWebIdentity straight into each account (no role chaining,
 * so no one-hour chaining cap), then GetCallerIdentity to prove the account is the one expected.
 * Each session is renewed the same way, with a fresh token (GitHub's last minutes), before it
 * expires.
 */
export async function oidcCredentials(
  accounts: readonly string[],
  options: OidcOptions,
  deps: CredentialDeps,
): Promise<Map<string, AccountCredentials>> {
  const retry = withLogging(deps);
  const fetchToken = async (): Promise<string> => {
    let token: string;
    try {
      token = await withRetry(() => options.getIdToken(OIDC_AUDIENCE), retry);
    } catch (e) {
      throw noTokenError(options.context, e);
    }
    deps.mask(token);
    return token;
  };
  const firstToken = await fetchToken();

  const entries = await Promise.all(
    accounts.map(async (account) => {
      const roleArn = options.roleArn(account);
      const region = options.region(account);
      const assume = async (token: string): Promise<AwsCredentialIdentity> => {
        let credentials: AwsCredentialIdentity;
        try {
          const out = await withRetry(
            () =>
              deps.stsClient(region).send(
                new AssumeRoleWithWebIdentityCommand({
                  RoleArn: roleArn,
                  RoleSessionName: options.sessionName,
                  WebIdentityToken: token,
                  DurationSeconds: options.durationSeconds,
                }),
              ),
            retry,
          );
          credentials = toIdentity(out.Credentials, roleArn);
        } catch (e) {
          throw assumeError(e, roleArn, decodeClaims(token));
        }
        maskCredentials(credentials, deps.mask);
        return credentials;
      };
      const credentials = await assume(firstToken);
      await confirmAccount(account, region, credentials, deps, retry);
      deps.logger.info(`assumed ${roleArn} (session ${options.sessionName})`);
      const renew = async () => {
        const fresh = await assume(await fetchToken());
        deps.logger.info(`renewed the session of ${roleArn}`);
        return fresh;
      };
      return [
        account,
        { account, credentials: renewingCredentials(credentials, renew, deps.now ?? Date.now) },
      ] as const;
    }),
  );
  return new Map(entries);
}

/**
 * Outside Actions: the SDK's default credential chain, optionally assuming a role per account.
 * Without a role, every account must be the one the default credentials belong to.
 */
export async function defaultChainCredentials(
  accounts: readonly string[],
  options: {
    roleArn?: (account: string) => string;
    region: (account: string) => string;
    sessionName: string;
  },
  deps: CredentialDeps,
): Promise<Map<string, AccountCredentials> | undefined> {
  const retry = withLogging(deps);
  if (!options.roleArn) {
    const region = options.region(accounts[0]!);
    const who = await withRetry(() => deps.stsClient(region).send(new GetCallerIdentityCommand({})), retry);
    const others = accounts.filter((a) => a !== who.Account);
    if (others.length > 0) {
      throw new UserError(
        `the default AWS credentials belong to account ${who.Account}, but the config also needs ${others.join(', ')}.`,
        "Pass --assume-roles to assume each account's deploy role, or use credentials for a single-account topology.",
      );
    }
    return undefined; // the SDK's own chain serves every client
  }
  const entries = await Promise.all(
    accounts.map(async (account) => {
      const roleArn = options.roleArn!(account);
      const region = options.region(account);
      const assume = async (): Promise<AwsCredentialIdentity> => {
        const out = await withRetry(
          () =>
            deps
              .stsClient(region)
              .send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: options.sessionName })),
          retry,
        ).catch((e: unknown) => {
          throw new UserError(`cannot assume ${roleArn}: ${errorName(e)}: ${(e as Error).message}`);
        });
        const credentials = toIdentity(out.Credentials, roleArn);
        maskCredentials(credentials, deps.mask);
        return credentials;
      };
      const credentials = await assume();
      await confirmAccount(account, region, credentials, deps, retry);
      const renew = async () => {
        const fresh = await assume();
        deps.logger.info(`renewed the session of ${roleArn}`);
        return fresh;
      };
      return [
        account,
        { account, credentials: renewingCredentials(credentials, renew, deps.now ?? Date.now) },
      ] as const;
    }),
  );
  return new Map(entries);
}

async function confirmAccount(
  account: string,
  region: string,
  credentials: AwsCredentialIdentity,
  deps: CredentialDeps,
  retry: RetryOptions,
): Promise<void> {
  const who = await withRetry(
    () => deps.stsClient(region, credentials).send(new GetCallerIdentityCommand({})),
    retry,
  );
  if (who.Account !== account) {
    throw new UserError(
      `the role for account ${account} resolved to account ${who.Account} (${who.Arn}).`,
      'Check accounts.<id>.deployRole in the config: each account must name a role in that same account.',
    );
  }
}

function toIdentity(
  c: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date } | undefined,
  roleArn: string,
): AwsCredentialIdentity {
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`STS returned no credentials for ${roleArn}`);
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
    ...(c.Expiration ? { expiration: c.Expiration } : {}),
  };
}

function maskCredentials(c: AwsCredentialIdentity, mask: (s: string) => void): void {
  mask(c.accessKeyId);
  mask(c.secretAccessKey);
  if (c.sessionToken) mask(c.sessionToken);
}

function withLogging(deps: CredentialDeps): RetryOptions {
  return {
    ...(deps.retry ?? DEFAULT_RETRY),
    onRetry: (e, attempt, delay) =>
      deps.logger.info(`retrying after ${errorName(e)} (attempt ${attempt}, waiting ${delay} ms)`),
  };
}

export function errorName(e: unknown): string {
  return (e as { name?: string }).name ?? 'Error';
}

interface Claims {
  readonly sub?: string;
  readonly repository?: string;
  readonly repository_id?: string;
  readonly repository_owner?: string;
  readonly repository_owner_id?: string;
}

/** The token's claims, read without verification: only to explain a refusal, never to decide. */
export function decodeClaims(token: string): Claims {
  try {
    const payload = token.split('.')[1];
    return payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims) : {};
  } catch {
    return {};
  }
}

function noTokenError(context: OidcContext, cause: unknown): UserError {
  if (context.fromFork) {
    return new UserError(
      'no GitHub OIDC token: this is a pull request from a fork, and GitHub gives fork pull requests no token.',
      'Deploy from the base repository; for fork pull requests run mode: synth (or plan, which falls back to an offline summary).',
    );
  }
  if (!context.tokenRequestAvailable) {
    return new UserError(
      'no GitHub OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set.',
      'Give the job `permissions: id-token: write` (and contents: read).',
    );
  }
  return new UserError(`could not get a GitHub OIDC token: ${(cause as Error).message ?? String(cause)}`);
}

function assumeError(e: unknown, roleArn: string, claims: Claims): UserError | ServiceError {
  const name = errorName(e);
  const sub = claims.sub ?? '(unknown)';
  if (name === 'AccessDenied' || name === 'AccessDeniedException') {
    const idForm =
      claims.repository && claims.repository_id && claims.repository_owner_id
        ? ` or, in the immutable-id form, "repo:${claims.repository_owner}@${claims.repository_owner_id}/${claims.repository.split('/')[1]}@${claims.repository_id}:…"`
        : '';
    return new UserError(
      `${roleArn} refused this workflow's OIDC token (${name}). This run's subject is "${sub}".`,
      `The role's trust policy must allow token.actions.githubusercontent.com:sub = "${sub}"${idForm}, ` +
        'and aud = sts.amazonaws.com. Plan roles trust pull requests; deploy roles trust the deploy branch or environment.',
    );
  }
  if (
    name === 'InvalidIdentityToken' ||
    name === 'IDPRejectedClaim' ||
    name === 'InvalidIdentityTokenException'
  ) {
    return new UserError(
      `${roleArn}: AWS rejected the OIDC token (${name}).`,
      'Check that the account has the GitHub OIDC provider (token.actions.githubusercontent.com, audience sts.amazonaws.com): deploy the bootstrap template.',
    );
  }
  if (isExpiredCredentials(e)) {
    return new ServiceError(
      `${roleArn}: STS found this run's GitHub OIDC token expired (${name}).`,
      "A token is fetched for every session and every renewal, so an expired one means the runner's clock is " +
        "behind or STS was reached only minutes later. Check the runner's clock, then run again.",
    );
  }
  return new ServiceError(`could not assume ${roleArn}: ${name}: ${(e as Error).message}`);
}
