/**
 * The product's STS calls, through its own STS client (clients.ts), against the emulator behind
 * the throttling proxy: each call is retried by one layer only, the action's, which logs it.
 */

import { oidcCredentials, stsClient, type CredentialDeps } from '../../src/shell/aws/credentials.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { fakeJwt } from '../support/aws-mocks.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startThrottlingProxy, type ThrottlingProxy } from '../support/throttling-proxy.js';

const ACCOUNT = '111111111111';
const TIMEOUT = 60_000;

let moto: MotoServer;
let proxy: ThrottlingProxy | undefined;
const endpointBefore = process.env.AWS_ENDPOINT_URL;

beforeAll(async () => {
  moto = await startMoto();
}, TIMEOUT);
afterEach(async () => {
  await proxy?.stop();
  proxy = undefined;
  if (endpointBefore === undefined) delete process.env.AWS_ENDPOINT_URL;
  else process.env.AWS_ENDPOINT_URL = endpointBefore;
});
afterAll(async () => {
  await moto?.stop();
});

/** The proxy, throttling the first `n` AssumeRoleWithWebIdentity calls, as every client's endpoint. */
async function throttleAssume(n: number): Promise<ThrottlingProxy> {
  proxy = await startThrottlingProxy({
    target: moto.endpoint,
    throttleFirst: n,
    actions: /^AssumeRoleWithWebIdentity$/,
  });
  process.env.AWS_ENDPOINT_URL = proxy.endpoint;
  return proxy;
}

function assume(deps: Partial<CredentialDeps> = {}) {
  const logger = recordingLogger();
  const run = oidcCredentials(
    [ACCOUNT],
    {
      getIdToken: async () => fakeJwt({ sub: 'repo:acme/replication:ref:refs/heads/main' }),
      roleArn: (a) => `arn:aws:iam::${a}:role/s3-xrepl-deploy`,
      region: () => 'us-east-1',
      sessionName: 's3-xrepl-sts-retries',
      durationSeconds: 900,
      context: { tokenRequestAvailable: true, fromFork: false },
    },
    { logger, mask: () => undefined, stsClient, retry: { attempts: 3, baseMs: 10, maxMs: 50 }, ...deps },
  );
  return { logger, run };
}

const assumeCalls = (p: ThrottlingProxy) =>
  p.requests.filter((r) => r.action === 'AssumeRoleWithWebIdentity').length;

test(
  'GIVEN STS throttles the first two calls WHEN assuming THEN exactly three calls reach STS, and each retry is logged',
  async () => {
    const p = await throttleAssume(2);
    const { logger, run } = assume();

    const credentials = await run;

    expect(credentials.get(ACCOUNT)).toBeDefined();
    expect(assumeCalls(p)).toBe(3);
    expect(logger.lines.filter((l) => l.startsWith('info: retrying after Throttling'))).toHaveLength(2);
  },
  TIMEOUT,
);

test(
  'GIVEN STS throttles every call WHEN assuming THEN it gives up after the action’s own attempts, not those times the SDK’s',
  async () => {
    const p = await throttleAssume(1_000);
    const { run } = assume();

    await expect(run).rejects.toMatchObject({ name: 'ServiceError' });

    expect(assumeCalls(p)).toBe(3);
  },
  TIMEOUT,
);
