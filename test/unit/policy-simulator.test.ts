import { runSimulation } from '@cloud-copilot/iam-simulate';
import {
  defaultContext,
  simulate,
  simulateDetailed,
  SimulationInputError,
  type PolicyDocument,
  type PolicyStatement,
} from '../support/policy-simulator.js';

const SOURCE = '111111111111';
const DEST = '222222222222';
const THIRD = '333333333333';
const ROLE = `arn:aws:iam::${SOURCE}:role/s3-xrepl-replication`;
const OTHER_ROLE = `arn:aws:iam::${SOURCE}:role/someone-else`;
const THIRD_ROLE = `arn:aws:iam::${THIRD}:role/s3-xrepl-replication`;
const DEST_BUCKET_ARN = 'arn:aws:s3:::dest-bucket';
const DEST_OBJECT = `${DEST_BUCKET_ARN}/photos/cat.jpg`;
const DEST_KEY = `arn:aws:kms:eu-west-1:${DEST}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const SOURCE_KEY = `arn:aws:kms:us-east-1:${SOURCE}:key/0000abcd-12ab-34cd-56ef-1234567890ab`;
const EC = 'kms:EncryptionContext:aws:s3:arn';

const doc = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements,
});
const allow = (action: string, resource: string, extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
  ...extra,
});
const rootOf = (account: string) => ({ AWS: `arn:aws:iam::${account}:root` });
const enableIamPolicies = (account: string): PolicyStatement => ({
  Sid: 'EnableIamPolicies',
  Effect: 'Allow',
  Principal: rootOf(account),
  Action: 'kms:*',
  Resource: '*',
});

describe('the kms:EncryptionContext:aws:s3:arn context key (colon-separated variable)', () => {
  const keyPolicy = doc(
    enableIamPolicies(DEST),
    allow('kms:Encrypt', '*', {
      Sid: 'ReplicaEncryption',
      Principal: { AWS: ROLE },
      Condition: { StringLike: { [EC]: 'arn:aws:s3:::dest-bucket/*' } },
    }),
  );
  const identity = [doc(allow('kms:Encrypt', DEST_KEY))];
  const encrypt = (context: Record<string, string | null>) =>
    simulateDetailed(
      { principalArn: ROLE, action: 'kms:Encrypt', resourceArn: DEST_KEY, context },
      { identityPolicies: identity, resourcePolicy: keyPolicy, resourceAccount: DEST },
    );

  it('is silently dropped by the validating runSimulation of iam-simulate 0.1.173, which then denies a matching request', async () => {
    // Documents the gap the wrapper works around. If this starts failing, iam-simulate fixed it.
    const result = await runSimulation(
      {
        request: {
          principal: ROLE,
          action: 'kms:Encrypt',
          resource: { resource: DEST_KEY, accountId: DEST },
          contextVariables: { [EC]: 'arn:aws:s3:::dest-bucket/photos/cat.jpg' },
        },
        identityPolicies: [{ name: 'role', policy: identity[0] }],
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        resourcePolicy: keyPolicy,
      },
      {},
    );
    expect(result.resultType).toBe('single');
    if (result.resultType !== 'single') return;
    expect(result.result.ignoredContextKeys).toEqual([EC]);
    expect(result.overallResult).toBe('ImplicitlyDenied');
  });

  it('allows a request whose encryption context matches the condition', async () => {
    const outcome = await encrypt({ [EC]: 'arn:aws:s3:::dest-bucket/photos/cat.jpg' });
    expect(outcome.decision).toBe('Allowed');
    // The key was really evaluated: without it the validating engine denies.
    expect(outcome.keysTheValidatorDropped).toEqual([EC]);
    expect(outcome.validatorDecision).toBe('ImplicitlyDenied');
  });

  it('denies a request whose encryption context names another bucket', async () => {
    const outcome = await encrypt({ [EC]: 'arn:aws:s3:::other-bucket/photos/cat.jpg' });
    expect(outcome.decision).toBe('ImplicitlyDenied');
  });

  it('denies a request that carries no encryption context', async () => {
    expect((await encrypt({})).decision).toBe('ImplicitlyDenied');
  });

  it('matches whatever the case of the key in the request', async () => {
    const outcome = await encrypt({ 'KMS:encryptioncontext:aws:s3:arn': 'arn:aws:s3:::dest-bucket/x' });
    expect(outcome.decision).toBe('Allowed');
  });

  it('makes a Deny conditioned on a non-matching encryption context fire', async () => {
    const guarded = doc(allow('kms:Encrypt', '*', { Principal: { AWS: ROLE } }), {
      Sid: 'OnlyDestBucket',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { StringNotLike: { [EC]: 'arn:aws:s3:::dest-bucket/*' } },
    });
    const run = (value: string) =>
      simulate(
        { principalArn: ROLE, action: 'kms:Encrypt', resourceArn: DEST_KEY, context: { [EC]: value } },
        { identityPolicies: identity, resourcePolicy: guarded, resourceAccount: DEST },
      );
    expect(await run('arn:aws:s3:::dest-bucket/a')).toBe('Allowed');
    expect(await run('arn:aws:s3:::other-bucket/a')).toBe('ExplicitlyDenied');
  });

  it('is evaluated in identity policies as well as in key policies', async () => {
    const identityWithContext = [
      doc(
        allow('kms:Decrypt', SOURCE_KEY, {
          Condition: { StringLike: { [EC]: 'arn:aws:s3:::src-bucket/*' } },
        }),
      ),
    ];
    const run = (value: string) =>
      simulate(
        { principalArn: ROLE, action: 'kms:Decrypt', resourceArn: SOURCE_KEY, context: { [EC]: value } },
        {
          identityPolicies: identityWithContext,
          resourcePolicy: doc(enableIamPolicies(SOURCE)),
          resourceAccount: SOURCE,
        },
      );
    expect(await run('arn:aws:s3:::src-bucket/a')).toBe('Allowed');
    expect(await run('arn:aws:s3:::dest-bucket/a')).toBe('ImplicitlyDenied');
  });

  it('rejects a misspelt encryption-context key instead of ignoring it', async () => {
    const misspelt = encrypt({ 'kms:EncryptionContexts:aws:s3:arn': 'arn:aws:s3:::dest-bucket/x' });
    await expect(misspelt).rejects.toThrow(SimulationInputError);
    await expect(misspelt).rejects.toThrow(
      /kms:EncryptionContexts:aws:s3:arn are not condition keys of kms:Encrypt/,
    );
  });

  it('rejects a context key the action never carries instead of ignoring it', async () => {
    await expect(encrypt({ 's3:x-amz-server-side-encryption': 'aws:kms' })).rejects.toThrow(
      /not condition keys of kms:Encrypt/,
    );
  });
});

describe('cross-account and same-account S3 calls', () => {
  const identity = [doc(allow('s3:ReplicateObject', `${DEST_BUCKET_ARN}/*`))];
  const bucketPolicyForRole = doc(
    allow('s3:ReplicateObject', `${DEST_BUCKET_ARN}/*`, { Principal: { AWS: ROLE } }),
  );
  const replicate = (
    principalArn: string,
    identityPolicies: PolicyDocument[],
    resourcePolicy?: PolicyDocument,
  ) =>
    simulate(
      { principalArn, action: 's3:ReplicateObject', resourceArn: DEST_OBJECT },
      { identityPolicies, ...(resourcePolicy ? { resourcePolicy } : {}), resourceAccount: DEST },
    );

  it('allows a cross-account call when both the identity policy and the bucket policy allow it', async () => {
    expect(await replicate(ROLE, identity, bucketPolicyForRole)).toBe('Allowed');
  });

  it('denies a cross-account call allowed only by the identity policy', async () => {
    expect(
      await replicate(
        ROLE,
        identity,
        doc(allow('s3:GetObject', `${DEST_BUCKET_ARN}/*`, { Principal: { AWS: ROLE } })),
      ),
    ).toBe('ImplicitlyDenied');
    expect(await replicate(ROLE, identity)).toBe('ImplicitlyDenied');
  });

  it('denies a cross-account call allowed only by the bucket policy', async () => {
    expect(await replicate(ROLE, [], bucketPolicyForRole)).toBe('ImplicitlyDenied');
  });

  it('allows a same-account call allowed by either the identity policy or the bucket policy alone', async () => {
    const sameAccountRole = `arn:aws:iam::${DEST}:role/local`;
    const localBucketPolicy = doc(
      allow('s3:ReplicateObject', `${DEST_BUCKET_ARN}/*`, { Principal: { AWS: sameAccountRole } }),
    );
    expect(await replicate(sameAccountRole, identity)).toBe('Allowed');
    expect(await replicate(sameAccountRole, [], localBucketPolicy)).toBe('Allowed');
    expect(await replicate(sameAccountRole, [])).toBe('ImplicitlyDenied');
  });

  it('treats an assumed-role session of the role like the role', async () => {
    const session = `arn:aws:sts::${SOURCE}:assumed-role/s3-xrepl-replication/s3-replication`;
    expect(await replicate(session, identity, bucketPolicyForRole)).toBe('Allowed');
  });

  describe('with a bucket policy naming the source account root and an aws:PrincipalArn condition', () => {
    const byPrincipalArn = doc(
      allow('s3:ReplicateObject', `${DEST_BUCKET_ARN}/*`, {
        Principal: rootOf(SOURCE),
        Condition: { ArnEquals: { 'aws:PrincipalArn': ROLE } },
      }),
    );

    it('allows the replication role', async () => {
      expect(await replicate(ROLE, identity, byPrincipalArn)).toBe('Allowed');
    });

    it('denies another role of the source account even when its own identity policy allows', async () => {
      expect(await replicate(OTHER_ROLE, identity, byPrincipalArn)).toBe('ImplicitlyDenied');
    });

    it('denies a role of a third account even when its own identity policy allows', async () => {
      expect(await replicate(THIRD_ROLE, identity, byPrincipalArn)).toBe('ImplicitlyDenied');
    });
  });
});

describe('KMS key-policy semantics', () => {
  const decrypt = (
    principalArn: string,
    identityPolicies: PolicyDocument[],
    keyPolicy: PolicyDocument,
    key = SOURCE_KEY,
  ) =>
    simulate(
      { principalArn, action: 'kms:Decrypt', resourceArn: key },
      { identityPolicies, resourcePolicy: keyPolicy, resourceAccount: key === SOURCE_KEY ? SOURCE : DEST },
    );
  const identityDecrypt = (key: string) => [doc(allow('kms:Decrypt', key))];
  const keyAdminOnly = doc({
    Sid: 'AdminsOnly',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${SOURCE}:role/key-admin` },
    Action: 'kms:*',
    Resource: '*',
  });

  it('denies a same-account identity policy when the key policy does not delegate to IAM', async () => {
    expect(await decrypt(ROLE, identityDecrypt(SOURCE_KEY), keyAdminOnly)).toBe('ImplicitlyDenied');
  });

  it('allows a same-account identity policy when the key policy delegates to the account root', async () => {
    expect(await decrypt(ROLE, identityDecrypt(SOURCE_KEY), doc(enableIamPolicies(SOURCE)))).toBe('Allowed');
  });

  it('denies a same-account principal when the key policy delegates to IAM but no identity policy allows', async () => {
    expect(await decrypt(ROLE, [], doc(enableIamPolicies(SOURCE)))).toBe('ImplicitlyDenied');
  });

  it('allows a same-account principal named directly in the key policy without any identity policy', async () => {
    const named = doc(allow('kms:Decrypt', '*', { Principal: { AWS: ROLE } }));
    expect(await decrypt(ROLE, [], named)).toBe('Allowed');
  });

  it('requires both the key policy and the identity policy for a cross-account principal', async () => {
    const keyPolicy = doc(enableIamPolicies(DEST), allow('kms:Decrypt', '*', { Principal: { AWS: ROLE } }));
    expect(await decrypt(ROLE, identityDecrypt(DEST_KEY), keyPolicy, DEST_KEY)).toBe('Allowed');
    expect(await decrypt(ROLE, [], keyPolicy, DEST_KEY)).toBe('ImplicitlyDenied');
    expect(await decrypt(ROLE, identityDecrypt(DEST_KEY), doc(enableIamPolicies(DEST)), DEST_KEY)).toBe(
      'ImplicitlyDenied',
    );
  });

  it('lets a key policy delegate to another account root, whose IAM policies then decide', async () => {
    const keyPolicy = doc(enableIamPolicies(DEST), allow('kms:Decrypt', '*', { Principal: rootOf(SOURCE) }));
    expect(await decrypt(ROLE, identityDecrypt(DEST_KEY), keyPolicy, DEST_KEY)).toBe('Allowed');
    expect(await decrypt(OTHER_ROLE, [], keyPolicy, DEST_KEY)).toBe('ImplicitlyDenied');
    expect(await decrypt(THIRD_ROLE, identityDecrypt(DEST_KEY), keyPolicy, DEST_KEY)).toBe(
      'ImplicitlyDenied',
    );
  });

  it('refuses to simulate a KMS call without a key policy, since every key has one', async () => {
    await expect(
      simulate(
        { principalArn: ROLE, action: 'kms:Decrypt', resourceArn: SOURCE_KEY },
        { identityPolicies: identityDecrypt(SOURCE_KEY), resourceAccount: SOURCE },
      ),
    ).rejects.toThrow(/key policy/);
  });

  it('sets kms:ViaService to S3 in the key region by default, and a null context value removes it', async () => {
    const viaS3 = doc(
      allow('kms:Decrypt', '*', {
        Principal: { AWS: ROLE },
        Condition: {
          StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com', 'kms:CallerAccount': SOURCE },
        },
      }),
    );
    const run = (context: Record<string, string | null>) =>
      simulate(
        { principalArn: ROLE, action: 'kms:Decrypt', resourceArn: DEST_KEY, context },
        { identityPolicies: identityDecrypt(DEST_KEY), resourcePolicy: viaS3, resourceAccount: DEST },
      );
    expect(await run({})).toBe('Allowed');
    expect(await run({ 'kms:ViaService': null })).toBe('ImplicitlyDenied');
    expect(await run({ 'kms:ViaService': 'ec2.eu-west-1.amazonaws.com' })).toBe('ImplicitlyDenied');
  });

  it('uses the amazonaws.com.cn suffix for kms:ViaService in the aws-cn partition', () => {
    const ctx = defaultContext(
      {
        principalArn: 'arn:aws-cn:iam::111111111111:role/r',
        action: 'kms:Decrypt',
        resourceArn: 'arn:aws-cn:kms:cn-north-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      },
      '222222222222',
    );
    expect(ctx['kms:ViaService']).toBe('s3.cn-north-1.amazonaws.com.cn');
    expect(ctx['kms:CallerAccount']).toBe('111111111111');
  });
});

describe('explicit denies', () => {
  const identity = [doc(allow('s3:ReplicateObject', `${DEST_BUCKET_ARN}/*`))];
  const bucketPolicy = doc(
    allow('s3:ReplicateObject', `${DEST_BUCKET_ARN}/*`, { Principal: { AWS: ROLE } }),
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [DEST_BUCKET_ARN, `${DEST_BUCKET_ARN}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  );
  const replicate = (context: Record<string, string>, identityPolicies = identity) =>
    simulate(
      { principalArn: ROLE, action: 's3:ReplicateObject', resourceArn: DEST_OBJECT, context },
      { identityPolicies, resourcePolicy: bucketPolicy, resourceAccount: DEST },
    );

  it('lets a bucket-policy Deny win over Allows on both sides', async () => {
    expect(await replicate({})).toBe('Allowed');
    expect(await replicate({ 'aws:SecureTransport': 'false' })).toBe('ExplicitlyDenied');
  });

  it('lets an identity-policy Deny win over Allows on both sides', async () => {
    const denying = [
      ...identity,
      doc({ Effect: 'Deny', Action: 's3:Replicate*', Resource: `${DEST_BUCKET_ARN}/photos/*` }),
    ];
    expect(await replicate({}, denying)).toBe('ExplicitlyDenied');
  });
});

describe('input validation', () => {
  it('rejects a wildcard resource', async () => {
    await expect(
      simulate(
        { principalArn: ROLE, action: 's3:ReplicateObject', resourceArn: `${DEST_BUCKET_ARN}/*` },
        { identityPolicies: [], resourceAccount: DEST },
      ),
    ).rejects.toThrow(/concrete resource/);
  });

  it('rejects an invalid policy instead of treating it as a denial', async () => {
    const withPrincipal = doc(
      allow('s3:ReplicateObject', `${DEST_BUCKET_ARN}/*`, { Principal: { AWS: ROLE } }),
    );
    await expect(
      simulate(
        { principalArn: ROLE, action: 's3:ReplicateObject', resourceArn: DEST_OBJECT },
        { identityPolicies: [withPrincipal], resourceAccount: DEST },
      ),
    ).rejects.toThrow(/rejected/);
  });

  it('rejects an action that does not exist', async () => {
    await expect(
      simulate(
        { principalArn: ROLE, action: 's3:ReplicateObjects', resourceArn: DEST_OBJECT },
        { identityPolicies: [], resourceAccount: DEST },
      ),
    ).rejects.toThrow(/invalid\.action/);
  });
});

describe('a service principal as the caller', () => {
  const TOPIC = 'arn:aws:sns:us-east-1:111111111111:alerts';
  const topicPolicy = (condition?: Record<string, Record<string, string>>) => ({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow' as const,
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'sns:Publish',
        Resource: TOPIC,
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  });
  const publish = (policy: ReturnType<typeof topicPolicy> | undefined, context = {}) =>
    simulate(
      { principalArn: 's3.amazonaws.com', action: 'sns:Publish', resourceArn: TOPIC, context },
      {
        identityPolicies: [],
        resourceAccount: '111111111111',
        ...(policy ? { resourcePolicy: policy } : {}),
      },
    );

  it('is allowed only by a resource policy naming the service, and its conditions hold', async () => {
    expect(await publish(topicPolicy())).toBe('Allowed');
    expect(await publish(undefined)).toBe('ImplicitlyDenied');
    const onlyForA = topicPolicy({ StringEquals: { 'aws:SourceAccount': '111111111111' } });
    expect(await publish(onlyForA, { 'aws:SourceAccount': '111111111111' })).toBe('Allowed');
    expect(await publish(onlyForA, { 'aws:SourceAccount': '999999999999' })).toBe('ImplicitlyDenied');
  });

  it('carries the service in the context, and no principal ARN or account', () => {
    const ctx = defaultContext(
      { principalArn: 'cloudwatch.amazonaws.com', action: 'sns:Publish', resourceArn: TOPIC },
      '111111111111',
    );
    expect(ctx).toEqual({
      'aws:PrincipalIsAWSService': 'true',
      'aws:PrincipalServiceName': 'cloudwatch.amazonaws.com',
      'aws:SecureTransport': 'true',
      'aws:ResourceAccount': '111111111111',
    });
  });

  it('refuses identity policies for a service: it has none', async () => {
    await expect(
      simulate(
        { principalArn: 's3.amazonaws.com', action: 'sns:Publish', resourceArn: TOPIC },
        { identityPolicies: [topicPolicy()], resourceAccount: '111111111111' },
      ),
    ).rejects.toThrow(/no identity policies/);
  });
});
