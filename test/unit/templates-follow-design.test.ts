/**
 * The permission chain and bucket settings of DESIGN.md §1, checked on every example's templates,
 * including the mistakes widely copied write-ups make. The evaluator-based proof that the chain
 * really allows replication lives in permission-chain.test.ts; this file pins the shape.
 */
import { synthesize } from '../../src/core/synth/synthesize.js';
import type { Json, Template } from '../../src/core/templates/cfn.js';
import { bucketArnsWith } from '../../src/core/templates/product-scope.js';
import { buildBootstrapTemplate } from '../../src/core/templates/bootstrap-template.js';
import { EXAMPLE_NAMES, exampleTopology } from '../support/examples.js';
import { resolveTemplate } from '../../src/core/templates/resolve.js';
import { globMatches } from '../../src/core/bootstrap/bootstrap-targets.js';

type Stmt = {
  Sid: string;
  Effect: string;
  Action: Json;
  Resource?: Json;
  Principal?: Json;
  Condition?: Record<string, Record<string, Json>>;
};

/** Statements of a policy, with conditional ones (Fn::If [cond, statement, NoValue]) unwrapped. */
function statementsOf(policy: Json): Stmt[] {
  const raw = ((policy as { Statement: unknown[] }).Statement ?? []) as Record<string, unknown>[];
  return raw.map((s) => ('Fn::If' in s ? ((s['Fn::If'] as unknown[])[1] as Stmt) : (s as unknown as Stmt)));
}
/** Every action a statement can grant, whichever branch of an Fn::If applies. */
function actionsOf(s: Stmt): string[] {
  const walk = (a: Json): string[] =>
    typeof a === 'string'
      ? [a]
      : Array.isArray(a)
        ? a.flatMap(walk)
        : a && typeof a === 'object' && 'Fn::If' in a
          ? walk((a['Fn::If'] as Json[]).slice(1))
          : [];
  return walk(s.Action);
}

function synthExample(name: string) {
  const topology = exampleTopology(name);
  const synthesis = synthesize(topology);
  const source = synthesis.templates.get(
    synthesis.manifest.stacks.find((s) => s.kind === 'source')!.template,
  )!;
  const destination = synthesis.templates.get('destination.template.json')!;
  return { topology, synthesis, source, destination };
}

const resourcesOfType = (t: Template, type: string) =>
  Object.entries(t.Resources).filter(([, r]) => r.Type === type);

describe.each(EXAMPLE_NAMES)('the templates of example %s', (name) => {
  const { topology, synthesis, source, destination } = synthExample(name);
  const role = source.Resources.ReplicationRole!;
  const rolePolicy = (role.Properties.Policies as { PolicyDocument: Json }[])[0]!.PolicyDocument;
  const roleStatements = statementsOf(rolePolicy);
  const replication = (
    source.Resources.SourceBucket!.Properties.ReplicationConfiguration as { Rules: Record<string, Json>[] }
  ).Rules;

  test('deploy every destination before the source that consumes their outputs', () => {
    const kinds = synthesis.manifest.stacks.map((s) => s.kind);
    expect(kinds).toEqual([...topology.destinations.map(() => 'destination'), 'source']);
    const sourceStack = synthesis.manifest.stacks.at(-1)!;
    const { ReplicationRoleBoundaryArn: boundary, ...fromDestinations } = sourceStack.parameters;
    expect(boundary).toBe(`arn:aws:iam::${topology.source.account}:policy/s3-xrepl-replication-boundary`);
    for (const value of Object.values(fromDestinations)) {
      expect(value).toEqual({
        fromStack: expect.stringMatching(/-dst-/),
        output: expect.stringMatching(/^(BucketArn|KmsKeyArn)$/),
      });
    }
  });

  test('retain every bucket and key on delete and on replacement, and rotate every key', () => {
    for (const t of [source, destination]) {
      for (const [, r] of [
        ...resourcesOfType(t, 'AWS::S3::Bucket'),
        ...resourcesOfType(t, 'AWS::KMS::Key'),
      ]) {
        expect(r.DeletionPolicy).toBe('Retain');
        expect(r.UpdateReplacePolicy).toBe('Retain');
      }
      for (const [, k] of resourcesOfType(t, 'AWS::KMS::Key'))
        expect(k.Properties.EnableKeyRotation).toBe(true);
    }
  });

  test('version, encrypt with SSE-KMS, enforce bucket ownership and block public access on both sides', () => {
    for (const t of [source, destination]) {
      for (const [, b] of resourcesOfType(t, 'AWS::S3::Bucket')) {
        expect(b.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
        const sse = (
          b.Properties.BucketEncryption as {
            ServerSideEncryptionConfiguration: { ServerSideEncryptionByDefault: { SSEAlgorithm: string } }[];
          }
        ).ServerSideEncryptionConfiguration[0]!;
        expect(sse.ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
        expect(b.Properties.OwnershipControls).toEqual({
          Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }],
        });
        expect(Object.values(b.Properties.PublicAccessBlockConfiguration as object)).toEqual([
          true,
          true,
          true,
          true,
        ]);
      }
    }
  });

  test('select SSE-KMS objects in every rule and encrypt replicas with the destination key ARN parameter', () => {
    expect(replication.length).toBeGreaterThan(0);
    for (const rule of replication) {
      expect(rule.SourceSelectionCriteria).toMatchObject({ SseKmsEncryptedObjects: { Status: 'Enabled' } });
      expect(rule.Filter).toBeDefined(); // V2 schema: never the legacy top-level Prefix
      expect(rule).not.toHaveProperty('Prefix');
      const dest = rule.Destination as { EncryptionConfiguration: { ReplicaKmsKeyID: { Ref: string } } };
      expect(dest.EncryptionConfiguration.ReplicaKmsKeyID).toEqual({
        Ref: expect.stringMatching(/KmsKeyArn$/),
      });
    }
    const priorities = replication.map((r) => r.Priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  test('disable delete marker replication on every rule that filters by tag', () => {
    for (const rule of replication) {
      const filter = JSON.stringify(rule.Filter);
      if (filter.includes('TagFilter')) expect(rule.DeleteMarkerReplication).toEqual({ Status: 'Disabled' });
    }
  });

  test('let only S3 assume the replication role, and name it as the destination policies expect', () => {
    expect(role.Properties.RoleName).toBe(topology.source.replicationRoleName);
    const trust = statementsOf(role.Properties.AssumeRolePolicyDocument as Json);
    expect(trust).toHaveLength(1);
    expect(trust[0]).toMatchObject({
      Effect: 'Allow',
      Principal: { Service: 's3.amazonaws.com' },
      Action: 'sts:AssumeRole',
    });
    expect(trust[0]!.Condition !== undefined).toBe(topology.hardenTrust);
  });

  test('grant source reads with GetObjectVersionForReplication, never GetObjectVersion, and only on the source', () => {
    const all = roleStatements.flatMap(actionsOf);
    expect(all).toEqual(
      expect.arrayContaining([
        's3:GetObjectVersionForReplication',
        's3:GetReplicationConfiguration',
        's3:ListBucket',
      ]),
    );
    expect(all).not.toContain('s3:GetObjectVersion');
    expect(all).not.toContain('s3:PutBucketVersioning');
    const reads = roleStatements.find((s) => actionsOf(s).includes('s3:GetObjectVersionForReplication'))!;
    expect(JSON.stringify(reads.Resource)).toContain(topology.source.bucket);
    expect(JSON.stringify(reads.Resource)).not.toMatch(/BucketArn/);
  });

  test('decrypt with the source key only through S3 in the source region and for the source bucket', () => {
    const decrypt = roleStatements.find((s) => s.Sid === 'DecryptSourceObjects')!;
    expect(actionsOf(decrypt)).toEqual(['kms:Decrypt']);
    expect(JSON.stringify(decrypt.Condition!.StringEquals)).toContain(`s3.${topology.source.region}.`);
    expect(JSON.stringify(decrypt.Condition!.StringLike!['kms:EncryptionContext:aws:s3:arn'])).toContain(
      topology.source.bucket,
    );
  });

  test('encrypt with each destination key (kms:Encrypt, not only GenerateDataKey) through S3 in its region', () => {
    for (const d of topology.destinations) {
      const stmt = roleStatements.find((s) =>
        JSON.stringify(s.Resource).includes(`${d.logicalId}KmsKeyArn`),
      )!;
      expect(actionsOf(stmt)).toEqual(expect.arrayContaining(['kms:Encrypt', 'kms:GenerateDataKey']));
      expect(actionsOf(stmt).includes('kms:Decrypt')).toBe(d.bucketKey);
      expect(JSON.stringify(stmt.Condition!.StringEquals)).toContain(`s3.${d.region}.`);
    }
  });

  test('give the destination policies to the source account root pinned to the replication role ARN', () => {
    const keyPolicy = destination.Resources.ReplicaKey!.Properties.KeyPolicy as Json;
    const bucketPolicy = destination.Resources.ReplicaBucketPolicy!.Properties.PolicyDocument as Json;
    const grants = [...statementsOf(keyPolicy), ...statementsOf(bucketPolicy)].filter(
      (s) => s.Effect === 'Allow' && s.Sid !== 'EnableIamPoliciesOfThisAccount',
    );
    expect(grants.length).toBe(3);
    for (const g of grants) {
      expect(JSON.stringify(g.Principal)).toContain('${SourceAccountId}:root');
      expect(JSON.stringify(g.Condition!.ArnEquals)).toContain('role/${ReplicationRoleName}');
    }
    const keyActions = statementsOf(keyPolicy).find(
      (s) => s.Sid === 'AllowReplicationRoleToEncryptReplicas',
    )!;
    expect(actionsOf(keyActions)).toEqual(expect.arrayContaining(['kms:Encrypt', 'kms:GenerateDataKey']));
    const bucketActions = statementsOf(bucketPolicy).flatMap(actionsOf);
    expect(bucketActions).not.toContain('s3:PutBucketVersioning');
    expect(bucketActions).toEqual(
      expect.arrayContaining(['s3:ReplicateObject', 's3:ReplicateDelete', 's3:GetBucketVersioning']),
    );
  });

  test('keep the key administrators: every key policy keeps its account-root statement', () => {
    const keys = [
      ...resourcesOfType(source, 'AWS::KMS::Key'),
      ...resourcesOfType(destination, 'AWS::KMS::Key'),
    ];
    for (const [, k] of keys) {
      expect(statementsOf(k.Properties.KeyPolicy as Json)[0]).toMatchObject({
        Sid: 'EnableIamPoliciesOfThisAccount',
        Action: 'kms:*',
      });
    }
  });

  test("put no bucket policy on the source that grants anything to another account, but to a two-way destination's way-back role", () => {
    const policy = source.Resources.SourceBucketPolicy!.Properties.PolicyDocument as Json;
    const wayBackRoles = topology.destinations
      .filter((d) => d.twoWay && d.account !== topology.source.account)
      .map((d) => `:iam::${d.account}:role/${d.twoWay!.roleName}`);
    const allows = statementsOf(policy).filter((s) => s.Effect !== 'Deny');
    // Two per way back (objects, versioning), each pinned to the way-back role by aws:PrincipalArn.
    expect(allows).toHaveLength(2 * wayBackRoles.length);
    for (const s of allows)
      expect(wayBackRoles.filter((r) => JSON.stringify(s.Condition ?? {}).includes(r))).toHaveLength(1);
  });

  test('bake no account, region or bucket into the destination template', () => {
    const text = JSON.stringify(destination);
    for (const d of topology.destinations) {
      expect(text).not.toContain(d.account);
      expect(text).not.toContain(d.bucket);
      expect(text).not.toContain(d.region);
    }
    expect(text).not.toContain(topology.source.account);
  });

  test('build every ARN with the partition of the topology, never a literal arn:aws:', () => {
    expect(JSON.stringify(source)).not.toContain('arn:aws:');
    expect(JSON.stringify(destination)).not.toContain('arn:aws:');
  });
});

describe('the bootstrap template', () => {
  const t = buildBootstrapTemplate();
  const trusts = ['PlanRole', 'DeployRole'].map(
    (r) => [r, statementsOf(t.Resources[r]!.Properties.AssumeRolePolicyDocument as Json)[0]!] as const,
  );

  test.each(trusts)(
    '%s trusts GitHub OIDC by audience and exact subject, with no wildcard and no ForAllValues',
    (_name, s) => {
      expect(s.Action).toBe('sts:AssumeRoleWithWebIdentity');
      expect(Object.keys(s.Condition!)).toEqual(['StringEquals']);
      expect(s.Condition!.StringEquals!['token.actions.githubusercontent.com:aud']).toBe('sts.amazonaws.com');
      expect(s.Condition!.StringEquals!['token.actions.githubusercontent.com:sub']).toBeDefined();
      expect(JSON.stringify(s)).not.toMatch(/\*|ForAllValues|StringLike/);
    },
  );

  test('the plan role trusts pull requests and the deploy branch, the deploy role never pull requests', () => {
    const [plan, deploy] = trusts.map(([, s]) => JSON.stringify(s.Condition));
    expect(plan).toContain(':pull_request');
    expect(plan).toContain(':ref:refs/heads/${DeployBranch}');
    expect(deploy).not.toContain('pull_request');
    expect(deploy).toContain(':environment:${DeployEnvironment}');
  });

  test('supports the immutable-id subject form repo:ORG@ORGID/REPO@REPOID', () => {
    expect(JSON.stringify(t)).toContain('repo:${GitHubOrg}@${GitHubOrgId}/${GitHubRepo}@${GitHubRepoId}');
  });

  test.each([
    [{}, true, 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com'],
    [
      { ReuseOidcProvider: 'true' },
      false,
      'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com',
    ],
    [
      { OidcProviderArn: 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com' },
      false,
      'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com',
    ],
  ])('with %j the provider is created: %s; the roles trust %s', (given, created, trusted) => {
    const resolved = resolveTemplate(t, {
      partition: 'aws',
      region: 'us-east-1',
      accountId: '444455556666',
      stackName: 'StackSet-s3-xrepl-bootstrap-1',
      parameters: {
        GitHubOrg: 'acme',
        GitHubRepo: 'infra',
        BucketArns: 'arn:aws:s3:::acme-orders',
        ...given,
      },
      // What CloudFormation would return for the provider it creates.
      resources: { GitHubOidcProvider: { physicalId: trusted } },
    });
    expect('GitHubOidcProvider' in resolved.resources).toBe(created);
    expect(resolved.outputs.OidcProviderArn).toBe(trusted);
    expect(JSON.stringify(resolved.resources.PlanRole!.properties.AssumeRolePolicyDocument)).toContain(
      `"Federated":"${trusted}"`,
    );
  });

  test('creates the OIDC provider only when none is given, without a thumbprint, and retains it', () => {
    const p = t.Resources.GitHubOidcProvider!;
    expect(p.Condition).toBe('CreateOidcProvider');
    expect(p.DeletionPolicy).toBe('Retain');
    expect(p.Properties).not.toHaveProperty('ThumbprintList');
  });

  test.each(['PlanRole', 'DeployRole'])(
    '%s writes nothing but staged templates in its own staging buckets',
    (role) => {
      const stmts = statementsOf(
        (t.Resources[role]!.Properties.Policies as { PolicyDocument: Json }[])[0]!.PolicyDocument,
      );
      const writing = stmts.filter((s) =>
        actionsOf(s).some((a) => /^(s3|kms|iam):(Put|Create|Delete|Update)/.test(a)),
      );
      // The deploy role also runs verify: it writes canaries, on their reserved segment only.
      expect(writing.map((s) => s.Sid)).toEqual(
        role === 'DeployRole'
          ? ['StagingBucket', 'StageLargeTemplates', 'VerifyCanaryObjects']
          : ['StagingBucket', 'StageLargeTemplates'],
      );
      expect(writing[0]!.Resource).toEqual({
        'Fn::Sub': 'arn:${AWS::Partition}:s3:::s3-xrepl-staging-${AWS::AccountId}-*',
      });
      // Each role writes templates under its own prefix only: a pull request's plan role can never
      // replace an object a deploy is about to hand to CloudFormation.
      expect(writing[1]!.Resource).toEqual({
        'Fn::Sub': `arn:\${AWS::Partition}:s3:::s3-xrepl-staging-\${AWS::AccountId}-*/${role === 'PlanRole' ? 'plan' : 'deploy'}/*`,
      });
      if (role === 'DeployRole') expect(writing[2]!.Resource).toEqual(bucketArnsWith('/*.s3-xrepl-canary/*'));
    },
  );

  test('the deploy role passes only the execution role, and only to CloudFormation', () => {
    const stmts = statementsOf(
      (t.Resources.DeployRole!.Properties.Policies as { PolicyDocument: Json }[])[0]!.PolicyDocument,
    );
    const pass = stmts.find((s) => s.Sid === 'PassOnlyTheExecutionRole')!;
    expect(pass.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' },
    });
  });

  test('the execution role cannot delete buckets or schedule key deletion', () => {
    const stmts = statementsOf(
      (t.Resources.ExecutionRole!.Properties.Policies as { PolicyDocument: Json }[])[0]!.PolicyDocument,
    );
    const actions = stmts.filter((s) => s.Effect === 'Allow').flatMap(actionsOf);
    expect(actions).not.toContain('s3:DeleteBucket');
    expect(actions).not.toContain('kms:ScheduleKeyDeletion');
    expect(actions.some((a) => a.endsWith('*') && !a.startsWith('s3:GetBucket'))).toBe(false);
  });
});

test("by default the execution role may manage replication roles, never the bootstrap template's own roles", () => {
  const parameters = buildBootstrapTemplate().Parameters!;
  const pattern = String(parameters.ManagedRoleNamePattern!.Default);
  const own = Object.entries(parameters)
    .filter(([name]) => /RoleName$/.test(name))
    .map(([, p]) => String(p.Default));
  expect(own.length).toBeGreaterThanOrEqual(5);
  for (const name of own) expect(globMatches(pattern, name)).toBe(false);
  expect(globMatches(pattern, 's3-xrepl-orders-replication')).toBe(true);
});

describe('the bootstrap template for destinations as a StackSet', () => {
  const t = buildBootstrapTemplate();
  const policyOf = (role: string) =>
    statementsOf((t.Resources[role]!.Properties.Policies as { PolicyDocument: Json }[])[0]!.PolicyDocument);

  test('the StackSet execution role holds buckets and keys only: no IAM action, nothing outside its instance stacks', () => {
    const stmts = policyOf('StackSetExecutionRole');
    expect(stmts.flatMap(actionsOf).filter((a) => a.startsWith('iam:'))).toEqual([]);
    const cfn = stmts.find((s) => s.Sid === 'InstanceStacks')!;
    expect(cfn.Resource).toEqual({
      'Fn::Sub': 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/StackSet-${StackPrefix}-*/*',
    });
  });

  test('the StackSet execution role trusts the administrator account only through the administration role ARN', () => {
    const [trust] = statementsOf(
      t.Resources.StackSetExecutionRole!.Properties.AssumeRolePolicyDocument as Json,
    );
    expect(trust!.Principal).toEqual({
      AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${StackSetAdministratorAccount}:root' },
    });
    expect(trust!.Condition).toEqual({
      ArnEquals: {
        'aws:PrincipalArn': {
          'Fn::Sub':
            'arn:${AWS::Partition}:iam::${StackSetAdministratorAccount}:role/${StackSetAdministrationRoleName}',
        },
      },
    });
  });

  test('the deploy role creates and updates StackSets only with the narrow administration role, and never the bootstrap StackSet', () => {
    const stmts = policyOf('DeployRole');
    for (const sid of ['CreateDestinationStackSets', 'UpdateDestinationStackSets'])
      expect(stmts.find((s) => s.Sid === sid)!.Condition).toEqual({
        StringEquals: {
          'cloudformation:RoleArn': {
            'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackSetAdministrationRoleName}',
          },
        },
      });
    const changing = stmts.filter((s) =>
      actionsOf(s).some((a) => /^cloudformation:(Update|Create)StackInstances|UpdateStackSet$/.test(a)),
    );
    for (const s of changing)
      for (const r of [s.Resource].flat())
        if (JSON.stringify(r).includes(':stackset/'))
          expect(JSON.stringify(r)).toContain('-*-destinations:*');
  });
});
