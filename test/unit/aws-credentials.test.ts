import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  ExpiredTokenException,
  GetCallerIdentityCommand,
  IDPCommunicationErrorException,
  InvalidIdentityTokenException,
  STSClient,
} from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  decodeClaims,
  defaultChainCredentials,
  oidcCredentials,
  type AccountCredentials,
  type AwsCredentialIdentity,
  type CredentialDeps,
  type OidcOptions,
} from '../../src/shell/aws/credentials.js';
import { ServiceError, UserError } from '../../src/core/errors.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { awsError, fakeClock, fakeJwt, instantRetry, printed, rejectionOf } from '../support/aws-mocks.js';

const SOURCE = '111111111111';
const DEST = '222222222222';
const roleArn = (account: string) => `arn:aws:iam::${account}:role/s3-xrepl-deploy`;
const REGION: Record<string, string> = { [SOURCE]: 'eu-west-1', [DEST]: 'us-east-2' };

const CLAIMS = {
  sub: 'repo:octo-org/octo-repo:environment:production',
  repository: 'octo-org/octo-repo',
  repository_id: '123456',
  repository_owner: 'octo-org',
  repository_owner_id: '654321',
};
const TOKEN = fakeJwt(CLAIMS);

/** Per-account temporary credentials whose values say which account they belong to. */
const secretsOf = (account: string) => ({
  AccessKeyId: `ASIA${account}`,
  SecretAccessKey: `secret-${account}`,
  SessionToken: `session-${account}`,
  Expiration: new Date(Date.UTC(2025, 0, 15, 13, 0, 0)),
});

const sts = mockClient(STSClient);

interface Harness {
  readonly deps: CredentialDeps;
  readonly logger: ReturnType<typeof recordingLogger>;
  /** Each masked value, with how many log lines existed when it was masked. */
  readonly masks: { secret: string; linesBefore: number }[];
  /** Every STS client made: its region and the credentials it was given. */
  readonly clients: { region: string; credentials?: AwsCredentialIdentity; client: STSClient }[];
}

function harness(): Harness {
  const logger = recordingLogger();
  const clock = fakeClock();
  const masks: Harness['masks'] = [];
  const clients: Harness['clients'] = [];
  return {
    logger,
    masks,
    clients,
    deps: {
      logger,
      mask: (secret) => void masks.push({ secret, linesBefore: logger.lines.length }),
      stsClient: (region, credentials) => {
        const client = new STSClient({ region, ...(credentials ? { credentials } : {}) });
        clients.push({ region, ...(credentials ? { credentials } : {}), client });
        return client;
      },
      retry: instantRetry(clock),
      now: () => clock.now(),
    },
  };
}

function oidcOptions(overrides: Partial<OidcOptions> = {}): OidcOptions {
  return {
    getIdToken: async () => TOKEN,
    roleArn,
    region: (a) => REGION[a]!,
    sessionName: 's3-xrepl-1234-1',
    durationSeconds: 3600,
    context: { tokenRequestAvailable: true, fromFork: false },
    ...overrides,
  };
}

/**
 * GetCallerIdentity answers with the account the calling client's credentials belong to, as STS
 * would; a client without credentials would be the runner's own identity, which these tests never
 * expect to be used for the account check.
 */
function callerIdentityFromCredentials(h: Harness, override?: (account: string) => string): void {
  sts.on(GetCallerIdentityCommand).callsFake((_input, getClient) => {
    const made = h.clients.find((c) => c.client === getClient());
    const key = made?.credentials?.accessKeyId;
    if (!key) throw awsError('InvalidClientTokenId', 'no credentials on this client', 403);
    const account = key.slice('ASIA'.length);
    const resolved = override ? override(account) : account;
    return {
      Account: resolved,
      Arn: `arn:aws:sts::${resolved}:assumed-role/s3-xrepl-deploy/s`,
      UserId: 'AROA',
    };
  });
}

function assumeSucceedsForEveryAccount(): void {
  for (const account of [SOURCE, DEST])
    sts
      .on(AssumeRoleWithWebIdentityCommand, { RoleArn: roleArn(account) })
      .resolves({ Credentials: secretsOf(account) });
}

beforeEach(() => sts.reset());
afterAll(() => sts.restore());

describe('OIDC credentials', () => {
  test('GIVEN two accounts WHEN the token is accepted THEN each account is assumed directly with the role, session name and duration', async () => {
    const h = harness();
    assumeSucceedsForEveryAccount();
    callerIdentityFromCredentials(h);

    const result = await oidcCredentials([SOURCE, DEST], oidcOptions(), h.deps);

    const assumes = sts.commandCalls(AssumeRoleWithWebIdentityCommand).map((c) => c.args[0].input);
    expect(assumes).toHaveLength(2);
    for (const account of [SOURCE, DEST])
      expect(assumes).toContainEqual({
        RoleArn: roleArn(account),
        RoleSessionName: 's3-xrepl-1234-1',
        WebIdentityToken: TOKEN,
        DurationSeconds: 3600,
      });
    expect([...result.keys()].sort()).toEqual([SOURCE, DEST]);
    expect(result.get(SOURCE)?.account).toBe(SOURCE);
    expect(await result.get(SOURCE)!.credentials()).toEqual({
      accessKeyId: `ASIA${SOURCE}`,
      secretAccessKey: `secret-${SOURCE}`,
      sessionToken: `session-${SOURCE}`,
      expiration: secretsOf(SOURCE).Expiration,
    });
    expect((await result.get(DEST)!.credentials()).accessKeyId).toBe(`ASIA${DEST}`);
  });

  test('the account check calls GetCallerIdentity with the credentials just returned, in the account region', async () => {
    const h = harness();
    assumeSucceedsForEveryAccount();
    callerIdentityFromCredentials(h);

    await oidcCredentials([SOURCE, DEST], oidcOptions(), h.deps);

    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(2);
    const checked = h.clients
      .filter((c) => c.credentials)
      .map((c) => ({
        region: c.region,
        key: c.credentials!.accessKeyId,
        token: c.credentials!.sessionToken,
      }));
    expect(checked).toEqual(
      expect.arrayContaining([
        { region: 'eu-west-1', key: `ASIA${SOURCE}`, token: `session-${SOURCE}` },
        { region: 'us-east-2', key: `ASIA${DEST}`, token: `session-${DEST}` },
      ]),
    );
    // The web-identity calls themselves go out unsigned, from clients in each account's region.
    const assumeClients = h.clients.filter((c) => !c.credentials).map((c) => c.region);
    expect(assumeClients.sort()).toEqual(['eu-west-1', 'us-east-2']);
  });

  test('every secret is masked before any log line mentions its account', async () => {
    const h = harness();
    assumeSucceedsForEveryAccount();
    callerIdentityFromCredentials(h);

    await oidcCredentials([SOURCE, DEST], oidcOptions(), h.deps);

    const maskedAt = (secret: string) => h.masks.find((m) => m.secret === secret)?.linesBefore;
    expect(maskedAt(TOKEN)).toBe(0);
    for (const account of [SOURCE, DEST]) {
      const firstMention = h.logger.lines.findIndex((l) => l.includes(account));
      expect(firstMention).toBeGreaterThanOrEqual(0);
      for (const secret of [`ASIA${account}`, `secret-${account}`, `session-${account}`]) {
        expect(maskedAt(secret)).toBeDefined();
        expect(maskedAt(secret)!).toBeLessThanOrEqual(firstMention);
      }
    }
    // And no log line carries a secret at all.
    const secrets = [TOKEN, ...[SOURCE, DEST].flatMap((a) => [`secret-${a}`, `session-${a}`])];
    for (const line of h.logger.lines) for (const s of secrets) expect(line).not.toContain(s);
  });

  test('GIVEN a role whose trust policy refuses the token WHEN assuming THEN the UserError quotes the run subject and its immutable-id form', async () => {
    const h = harness();
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(awsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403));

    const e = await rejectionOf(oidcCredentials([SOURCE], oidcOptions(), h.deps));

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain(roleArn(SOURCE));
    expect(e.message).toContain('"repo:octo-org/octo-repo:environment:production"');
    expect(printed(e)).toContain('repo:octo-org@654321/octo-repo@123456:');
    expect(printed(e)).toContain('aud = sts.amazonaws.com');
    // AccessDenied is final: asking again cannot change a trust policy.
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(0);
  });

  test('GIVEN a token without repository id claims WHEN refused THEN the subject is quoted without an immutable-id form', async () => {
    const h = harness();
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(awsError('AccessDenied', 'Not authorized', 403));

    const e = await rejectionOf(
      oidcCredentials(
        [SOURCE],
        oidcOptions({ getIdToken: async () => fakeJwt({ sub: 'repo:o/r:ref:refs/heads/main' }) }),
        h.deps,
      ),
    );

    expect(e).toBeInstanceOf(UserError);
    expect(printed(e)).toContain('"repo:o/r:ref:refs/heads/main"');
    expect(printed(e)).not.toContain('immutable-id');
  });

  test('GIVEN an account without the GitHub OIDC provider WHEN AWS rejects the token THEN the hint points at the provider and the bootstrap template', async () => {
    const h = harness();
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(
      new InvalidIdentityTokenException({
        message:
          'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
        $metadata: { httpStatusCode: 400 },
      }),
    );

    const e = await rejectionOf(oidcCredentials([SOURCE], oidcOptions(), h.deps));

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain('InvalidIdentityTokenException');
    expect(printed(e)).toContain('token.actions.githubusercontent.com');
    expect(printed(e)).toMatch(/bootstrap template/);
  });

  test('GIVEN a job without id-token permission WHEN the token cannot be fetched THEN the hint names `id-token: write`', async () => {
    const h = harness();
    const e = await rejectionOf(
      oidcCredentials(
        [SOURCE],
        oidcOptions({
          getIdToken: async () => {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
          },
          context: { tokenRequestAvailable: false, fromFork: false },
        }),
        h.deps,
      ),
    );

    expect(e).toBeInstanceOf(UserError);
    expect(printed(e)).toContain('id-token: write');
    expect(sts.calls()).toHaveLength(0);
  });

  test('GIVEN a pull request from a fork WHEN the token cannot be fetched THEN the hint explains forks get no token', async () => {
    const h = harness();
    const e = await rejectionOf(
      oidcCredentials(
        [SOURCE],
        oidcOptions({
          getIdToken: async () => {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
          },
          context: { tokenRequestAvailable: false, fromFork: true },
        }),
        h.deps,
      ),
    );

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(/fork/);
    expect(printed(e)).toMatch(/mode: synth/);
    expect(printed(e)).not.toContain('id-token: write');
  });

  test('GIVEN STS throttles the first two calls WHEN assuming THEN the call is retried, logged, and succeeds', async () => {
    const h = harness();
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(awsError('ThrottlingException', 'Rate exceeded', 400))
      .rejectsOnce(awsError('TooManyRequests', 'slow down', 429))
      .resolves({ Credentials: secretsOf(SOURCE) });
    callerIdentityFromCredentials(h);

    const result = await oidcCredentials([SOURCE], oidcOptions(), h.deps);

    expect((await result.get(SOURCE)!.credentials()).accessKeyId).toBe(`ASIA${SOURCE}`);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(3);
    expect(h.logger.lines.filter((l) => l.includes('retrying after'))).toEqual([
      'info: retrying after ThrottlingException (attempt 1, waiting 50 ms)',
      'info: retrying after TooManyRequests (attempt 2, waiting 100 ms)',
    ]);
  });

  test('GIVEN STS cannot reach the identity provider once WHEN assuming THEN the SDK-marked retryable error is retried', async () => {
    const h = harness();
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(
        new IDPCommunicationErrorException({
          message: 'Could not reach the identity provider',
          $metadata: { httpStatusCode: 400 },
        }),
      )
      .resolves({ Credentials: secretsOf(SOURCE) });
    callerIdentityFromCredentials(h);

    await oidcCredentials([SOURCE], oidcOptions(), h.deps);

    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2);
  });

  test('GIVEN a non-retryable STS error WHEN assuming THEN it is not retried and surfaces as a service error', async () => {
    const h = harness();
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(awsError('RegionDisabledException', 'STS is not activated in this region', 403));

    const e = await rejectionOf(oidcCredentials([SOURCE], oidcOptions(), h.deps));

    expect(e).toBeInstanceOf(ServiceError);
    expect(e.message).toContain('RegionDisabledException');
    expect(e.message).toContain(roleArn(SOURCE));
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
    expect(h.logger.lines.filter((l) => l.includes('retrying'))).toEqual([]);
  });

  test('GIVEN STS finds the OIDC token expired WHEN assuming THEN the error says so, naming the role, not "could not assume"', async () => {
    const h = harness();
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(
      new ExpiredTokenException({
        message: 'Token expired: current date/time 1736942460 must be before the expiration date/time',
        $metadata: { httpStatusCode: 400 },
      }),
    );

    const e = await rejectionOf(oidcCredentials([SOURCE], oidcOptions(), h.deps));

    expect(e).toBeInstanceOf(ServiceError);
    expect(e.message).toBe(
      `${roleArn(SOURCE)}: STS found this run's GitHub OIDC token expired (ExpiredTokenException).`,
    );
    expect((e as ServiceError).remedy).toContain("runner's clock");
  });

  test('GIVEN a deploy role that lives in another account WHEN confirming THEN a UserError names both accounts', async () => {
    const h = harness();
    assumeSucceedsForEveryAccount();
    callerIdentityFromCredentials(h, (account) => (account === DEST ? '999999999999' : account));

    const e = await rejectionOf(oidcCredentials([SOURCE, DEST], oidcOptions(), h.deps));

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain(DEST);
    expect(e.message).toContain('999999999999');
    expect(printed(e)).toContain('deployRole');
  });

  test('claims are read from an unsigned token, and a malformed token reads as no claims', () => {
    expect(decodeClaims(TOKEN)).toMatchObject(CLAIMS);
    expect(decodeClaims('not-a-jwt')).toEqual({});
    expect(decodeClaims('a.%%%.c')).toEqual({});
  });
});

describe('default-chain credentials', () => {
  test('GIVEN default credentials for one account WHEN the config needs two THEN a UserError suggests --assume-roles', async () => {
    const h = harness();
    sts.on(GetCallerIdentityCommand).resolves({ Account: SOURCE, Arn: `arn:aws:iam::${SOURCE}:user/me` });

    const e = await rejectionOf(
      defaultChainCredentials(
        [SOURCE, DEST],
        { region: (a) => REGION[a]!, sessionName: 's3-xrepl-local' },
        h.deps,
      ),
    );

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain(SOURCE);
    expect(e.message).toContain(DEST);
    expect(printed(e)).toContain('--assume-roles');
  });

  test('GIVEN default credentials for the only account WHEN no role is named THEN the SDK chain is used as is', async () => {
    const h = harness();
    sts.on(GetCallerIdentityCommand).resolves({ Account: SOURCE });

    const result = await defaultChainCredentials(
      [SOURCE],
      { region: (a) => REGION[a]!, sessionName: 's3-xrepl-local' },
      h.deps,
    );

    expect(result).toBeUndefined();
    expect(h.masks).toEqual([]);
  });

  test('GIVEN --assume-roles WHEN each role is assumed THEN credentials are masked and the account confirmed', async () => {
    const h = harness();
    for (const account of [SOURCE, DEST])
      sts.on(AssumeRoleCommand, { RoleArn: roleArn(account) }).resolves({ Credentials: secretsOf(account) });
    callerIdentityFromCredentials(h);

    const result = await defaultChainCredentials(
      [SOURCE, DEST],
      { roleArn, region: (a) => REGION[a]!, sessionName: 's3-xrepl-local' },
      h.deps,
    );

    expect([...result!.keys()].sort()).toEqual([SOURCE, DEST]);
    expect(h.masks.map((m) => m.secret)).toEqual(
      expect.arrayContaining([`ASIA${SOURCE}`, `secret-${SOURCE}`, `session-${DEST}`]),
    );
    expect(sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input.RoleSessionName)).toEqual([
      's3-xrepl-local',
      's3-xrepl-local',
    ]);
  });

  test('GIVEN a role the local credentials may not assume WHEN assuming THEN a UserError names the role and the error', async () => {
    const h = harness();
    sts.on(AssumeRoleCommand).rejects(awsError('AccessDenied', 'User is not authorized', 403));

    const e = await rejectionOf(
      defaultChainCredentials(
        [SOURCE],
        { roleArn, region: (a) => REGION[a]!, sessionName: 's3-xrepl-local' },
        h.deps,
      ),
    );

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe(`cannot assume ${roleArn(SOURCE)}: AccessDenied: User is not authorized`);
  });
});

describe('sessions are renewed before they expire', () => {
  /**
   * A CloudFormation client as the product makes one (credentials: the account's provider), whose
   * requests never leave the process: each is answered at once, and the access key it was signed
   * with is recorded.
   */
  function recordingCloudFormation(credentials: AccountCredentials['credentials']) {
    const signedWith: string[] = [];
    const client = new CloudFormationClient({
      region: 'eu-west-1',
      credentials,
      requestHandler: {
        handle: async (request: { headers: Record<string, string> }) => {
          signedWith.push(/Credential=([^/]+)\//.exec(request.headers.authorization ?? '')?.[1] ?? '');
          const body =
            '<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">' +
            '<DescribeStacksResult><Stacks/></DescribeStacksResult>' +
            '<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeStacksResponse>';
          return {
            response: { statusCode: 200, headers: { 'content-type': 'text/xml' }, body: Buffer.from(body) },
          };
        },
      },
    });
    return { client, signedWith };
  }

  /** The SDK judges expiry by the real clock: so must the provider, here. */
  const realTime = (h: Harness): CredentialDeps => ({ ...h.deps, now: Date.now });

  /** Credentials that expire `minutes` from now, on the real clock (the SDK's own check uses it). */
  const expiringIn = (minutes: number, key: string) => ({
    AccessKeyId: key,
    SecretAccessKey: `secret-of-${key}`,
    SessionToken: `session-of-${key}`,
    Expiration: new Date(Date.now() + minutes * 60_000),
  });

  test('GIVEN a session four minutes from its end WHEN a client signs its next request THEN a fresh OIDC token is fetched, the role assumed again, and the request signed with new credentials, masked first', async () => {
    const h = harness();
    const tokens = [TOKEN, fakeJwt({ ...CLAIMS, jti: 'second' })];
    let fetched = 0;
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .resolvesOnce({ Credentials: expiringIn(4, `ASIA${SOURCE}`) })
      .resolves({ Credentials: expiringIn(60, 'ASIARENEWED') });
    callerIdentityFromCredentials(h);
    const result = await oidcCredentials(
      [SOURCE],
      oidcOptions({ getIdToken: async () => tokens[Math.min(fetched++, 1)]! }),
      realTime(h),
    );
    const { client, signedWith } = recordingCloudFormation(result.get(SOURCE)!.credentials);

    await client.send(new DescribeStacksCommand({}));
    await client.send(new DescribeStacksCommand({}));

    expect(signedWith.at(-1)).toBe('ASIARENEWED');
    const assumes = sts.commandCalls(AssumeRoleWithWebIdentityCommand).map((c) => c.args[0].input);
    expect(assumes.map((a) => a.WebIdentityToken)).toEqual([tokens[0], tokens[1]]);
    expect(assumes[1]).toMatchObject({ RoleArn: roleArn(SOURCE), DurationSeconds: 3600 });
    for (const secret of [tokens[1]!, 'ASIARENEWED', 'secret-of-ASIARENEWED', 'session-of-ASIARENEWED'])
      expect(h.masks.map((m) => m.secret)).toContain(secret);
    expect(h.logger.lines).toContain(`info: renewed the session of ${roleArn(SOURCE)}`);
  });

  test('GIVEN a session with time to spare WHEN clients ask for credentials THEN they get the same ones and STS is not called again', async () => {
    const h = harness();
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: expiringIn(60, `ASIA${SOURCE}`) });
    callerIdentityFromCredentials(h);
    const result = await oidcCredentials([SOURCE], oidcOptions(), realTime(h));
    const { client, signedWith } = recordingCloudFormation(result.get(SOURCE)!.credentials);

    await client.send(new DescribeStacksCommand({}));
    await client.send(new DescribeStacksCommand({}));

    expect(signedWith).toEqual([`ASIA${SOURCE}`, `ASIA${SOURCE}`]);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
  });

  test('GIVEN several clients of one account WHEN they need fresh credentials at once THEN the role is assumed again only once', async () => {
    const h = harness();
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .resolvesOnce({ Credentials: expiringIn(4, `ASIA${SOURCE}`) })
      .resolves({ Credentials: expiringIn(60, 'ASIARENEWED') });
    callerIdentityFromCredentials(h);
    const provider = (await oidcCredentials([SOURCE], oidcOptions(), realTime(h))).get(SOURCE)!.credentials;

    const all = await Promise.all([provider(), provider(), provider()]);

    expect(all.map((c) => c.accessKeyId)).toEqual(['ASIARENEWED', 'ASIARENEWED', 'ASIARENEWED']);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2);
  });

  test('GIVEN a runner clock so far ahead that fresh credentials still look near their end WHEN clients keep asking THEN the role is assumed again at most once a minute', async () => {
    const h = harness();
    const clock = fakeClock(Date.now());
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: expiringIn(4, `ASIA${SOURCE}`) });
    callerIdentityFromCredentials(h);
    const provider = (
      await oidcCredentials([SOURCE], oidcOptions(), { ...h.deps, now: () => clock.now() })
    ).get(SOURCE)!.credentials;

    for (let i = 0; i < 5; i++) await provider();
    await clock.sleep(61_000);
    await provider();

    // The first assume, one renewal at once, and one more a minute later.
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(3);
  });

  test('GIVEN a renewal that STS refuses WHEN a client asks THEN the refusal surfaces as the same explained error as at the start', async () => {
    const h = harness();
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .resolvesOnce({ Credentials: expiringIn(4, `ASIA${SOURCE}`) })
      .rejects(awsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403));
    callerIdentityFromCredentials(h);
    const provider = (await oidcCredentials([SOURCE], oidcOptions(), realTime(h))).get(SOURCE)!.credentials;

    const e = await rejectionOf(provider());

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain("refused this workflow's OIDC token");
  });

  test('GIVEN --assume-roles WHEN a session nears its end THEN the role is assumed again with the default credentials', async () => {
    const h = harness();
    sts
      .on(AssumeRoleCommand)
      .resolvesOnce({ Credentials: expiringIn(4, `ASIA${SOURCE}`) })
      .resolves({ Credentials: expiringIn(60, 'ASIARENEWED') });
    callerIdentityFromCredentials(h);
    const result = await defaultChainCredentials(
      [SOURCE],
      { roleArn, region: (a) => REGION[a]!, sessionName: 's3-xrepl-local' },
      realTime(h),
    );

    expect((await result!.get(SOURCE)!.credentials()).accessKeyId).toBe('ASIARENEWED');
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
    expect(h.masks.map((m) => m.secret)).toContain('secret-of-ASIARENEWED');
  });
});
