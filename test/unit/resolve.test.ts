import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTopology } from '../../src/core/load-topology.js';
import type { Topology } from '../../src/core/model/topology.js';
import { resolveParameters } from '../../src/core/plan/resolve-parameters.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { buildBootstrapTemplate } from '../../src/core/templates/bootstrap-template.js';
import { buildDestinationTemplate } from '../../src/core/templates/destination-template.js';
import {
  resolveTemplate,
  type ResolveContext,
  type ResolvedTemplate,
  type TemplateInput,
} from '../../src/core/templates/resolve.js';
import { EXAMPLE_NAMES, REPO_ROOT, exampleTopology } from '../support/examples.js';
import * as independent from '../support/resolve-template.js';
import { syntheticConfig } from '../support/synthetic-config.js';

/** A key id as KMS would issue it, different per stack and logical id so mix-ups show. */
function fakeKeyId(stackName: string, logicalId: string): string {
  let h = 0;
  for (const c of `${stackName}/${logicalId}`) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const hex = h.toString(16).padStart(8, '0');
  return `${hex}-1234-4abc-8def-${hex}${hex.slice(0, 4)}`;
}

function keyIds(template: TemplateInput, stackName: string): Record<string, { physicalId: string }> {
  const out: Record<string, { physicalId: string }> = {};
  for (const [id, r] of Object.entries(template.Resources)) {
    if ((r as { Type: string }).Type === 'AWS::KMS::Key') out[id] = { physicalId: fakeKeyId(stackName, id) };
  }
  return out;
}

/** The same template through both resolvers; returns ours after checking the other agrees. */
function resolveBothWays(template: TemplateInput, ctx: ResolveContext): ResolvedTemplate {
  const ours = resolveTemplate(template, ctx);
  const theirs = independent.resolveTemplate(template as independent.TemplateLike, {
    partition: ctx.partition,
    region: ctx.region,
    accountId: ctx.accountId,
    stackName: ctx.stackName,
    parameters: ctx.parameters,
    physicalIds: Object.fromEntries(Object.entries(ctx.resources).map(([id, r]) => [id, r.physicalId])),
  });
  const oursInTheirShape = Object.fromEntries(
    Object.entries(ours.resources).map(([id, r]) => [id, { Type: r.type, Properties: r.properties }]),
  );
  expect(oursInTheirShape).toEqual(theirs.resources);
  expect(ours.outputs).toEqual(theirs.outputs);
  return ours;
}

/** Every stack of a topology in deploy order, the source fed with the destinations' resolved outputs. */
function resolveTopology(topology: Topology): Map<string, ResolvedTemplate> {
  const synthesis = synthesize(topology);
  const outputs = new Map<string, Record<string, string>>();
  const resolved = new Map<string, ResolvedTemplate>();
  for (const stack of synthesis.manifest.stacks) {
    const template = synthesis.templates.get(stack.template)!;
    const ctx: ResolveContext = {
      partition: topology.partition,
      region: stack.region,
      accountId: stack.account,
      stackName: stack.name,
      parameters: resolveParameters(stack.name, stack.parameters, outputs),
      resources: keyIds(template, stack.name),
    };
    const result = resolveBothWays(template, ctx);
    outputs.set(stack.name, result.outputs);
    resolved.set(stack.name, result);
  }
  return resolved;
}

function topologyOf(yaml: string): Topology {
  const loaded = loadTopology(yaml);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.topology;
}

const DEST_CTX: ResolveContext = {
  partition: 'aws',
  region: 'eu-central-1',
  accountId: '222222222222',
  stackName: 's3-xrepl-x-dst-backup',
  parameters: {
    BucketName: 'acme-backup',
    SourceAccountId: '111111111111',
    ReplicationRoleName: 's3-xrepl-x-replication',
  },
  resources: { ReplicaKey: { physicalId: '0a1b2c3d-0000-4000-8000-000000000001' } },
};

describe('resolveTemplate agrees with the independent test resolver', () => {
  it.each(EXAMPLE_NAMES)('on every stack of example %s', (name) => {
    const resolved = resolveTopology(exampleTopology(name));
    expect(resolved.size).toBeGreaterThanOrEqual(2);
    // The source's replication rules point at what the destination stacks really output.
    const source = [...resolved.values()].at(-1)!;
    const rules = (source.resources.SourceBucket!.properties.ReplicationConfiguration as { Rules: unknown[] })
      .Rules;
    for (const rule of rules) {
      expect(JSON.stringify(rule)).toMatch(
        /"ReplicaKmsKeyID":"arn:aws:kms:[a-z0-9-]+:\d{12}:key\/[0-9a-f-]{36}"/,
      );
    }
  });

  it.each([
    { destinations: 1, rules: 1 },
    { destinations: 5, rules: 9 },
    { destinations: 12, rules: 40 },
  ])('on every stack of synthetic config %j', (size) => {
    const resolved = resolveTopology(topologyOf(syntheticConfig(size)));
    expect(resolved.size).toBe(size.destinations + 1);
  });

  it.each<{ label: string; parameters: Record<string, string> }>([
    { label: 'defaults (created key, bucket keys, cross-account)', parameters: {} },
    {
      label: 'an existing key, owner translation, expiry, no bucket keys',
      parameters: {
        KmsKeyArn: 'arn:aws:kms:eu-central-1:222222222222:key/11111111-2222-3333-4444-555555555555',
        OwnerTranslation: 'true',
        NoncurrentVersionExpirationDays: '30',
        BucketKeyEnabled: 'false',
      },
    },
    { label: 'the same account', parameters: { SourceAccountId: '222222222222' } },
  ])('on the destination template with $label', ({ parameters }) => {
    resolveBothWays(buildDestinationTemplate(), {
      ...DEST_CTX,
      parameters: { ...DEST_CTX.parameters, ...parameters },
    });
  });

  it.each<Record<string, string>>([
    { GitHubOrg: 'acme', GitHubRepo: 'infra', BucketArns: 'arn:aws:s3:::acme-orders' },
    {
      GitHubOrg: 'acme',
      GitHubRepo: 'infra',
      GitHubOrgId: '42',
      GitHubRepoId: '4242',
      DeployEnvironment: 'production',
      BucketArns: 'arn:aws:s3:::acme-orders-*,arn:aws:s3:::acme-invoices',
      ProductAccounts: '111111111111,222222222222',
      OidcProviderArn: 'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com',
    },
  ])('on the bootstrap template with %j', (parameters) => {
    const resolved = resolveBothWays(buildBootstrapTemplate(), {
      partition: 'aws',
      region: 'us-east-1',
      accountId: '111111111111',
      stackName: 's3-xrepl-bootstrap',
      parameters,
      resources: {},
    });
    expect(resolved.outputs.OidcProviderArn).toBe(
      'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com',
    );
  });

  it.each(['templates/destination.template.json', 'templates/bootstrap.template.json'])(
    'on the committed JSON %s',
    (file) => {
      const template = JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as TemplateInput;
      const bootstrap = file.includes('bootstrap');
      resolveBothWays(template, {
        ...DEST_CTX,
        parameters: bootstrap
          ? { GitHubOrg: 'acme', GitHubRepo: 'infra', BucketArns: 'arn:aws:s3:::acme-orders' }
          : DEST_CTX.parameters,
        resources: bootstrap ? {} : DEST_CTX.resources,
      });
    },
  );
});

function lifecycleRuleIds(resolved: ResolvedTemplate): string[] {
  const lifecycle = resolved.resources.ReplicaBucket!.properties.LifecycleConfiguration as
    { Rules: { Id: string }[] } | undefined;
  return (lifecycle?.Rules ?? []).map((r) => r.Id);
}

describe('resolveTemplate on the destination template', () => {
  const resolve = (parameters: Record<string, string> = {}, ctx: Partial<ResolveContext> = {}) =>
    resolveTemplate(buildDestinationTemplate(), {
      ...DEST_CTX,
      ...ctx,
      parameters: { ...DEST_CTX.parameters, ...parameters },
    });

  it('derives ARNs from physical ids and fills parameters, defaults and pseudo parameters', () => {
    const out = resolve();
    expect(out.outputs).toEqual({
      BucketArn: 'arn:aws:s3:::acme-backup',
      BucketName: 'acme-backup',
      KmsKeyArn: 'arn:aws:kms:eu-central-1:222222222222:key/0a1b2c3d-0000-4000-8000-000000000001',
    });
    const bucket = out.resources.ReplicaBucket!;
    expect(bucket.physicalId).toBe('acme-backup');
    // BucketKeyEnabled defaults to "true", so the Fn::If takes its boolean true branch.
    expect(bucket.properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [
        {
          ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: out.outputs.KmsKeyArn },
          BucketKeyEnabled: true,
        },
      ],
    });
    expect(JSON.stringify(out.resources.ReplicaKey!.properties)).toContain(
      '"kms:ViaService":"s3.eu-central-1.amazonaws.com"',
    );
  });

  it('an explicit physical id wins over the name property', () => {
    const out = resolve(
      {},
      { resources: { ...DEST_CTX.resources, ReplicaBucket: { physicalId: 'renamed' } } },
    );
    expect(out.outputs.BucketName).toBe('renamed');
    expect(out.outputs.BucketArn).toBe('arn:aws:s3:::renamed');
  });

  it('drops a resource whose condition is false, and AWS::NoValue from objects and lists', () => {
    const out = resolve({ SourceAccountId: '222222222222' });
    const statements = (
      out.resources.ReplicaBucketPolicy!.properties.PolicyDocument as { Statement: { Sid: string }[] }
    ).Statement;
    expect(statements.map((s) => s.Sid)).toEqual(['DenyInsecureTransport']);
    expect(lifecycleRuleIds(out)).not.toContain('expire-noncurrent-versions');

    const existing = 'arn:aws:kms:eu-central-1:222222222222:key/11111111-2222-3333-4444-555555555555';
    const withKey = resolve({ KmsKeyArn: existing }, { resources: {} });
    expect(withKey.resources).not.toHaveProperty('ReplicaKey');
    expect(withKey.outputs.KmsKeyArn).toBe(existing);
  });

  it('compares a Number parameter with a number as CloudFormation does, as text', () => {
    const out = resolve({ NoncurrentVersionExpirationDays: '30' });
    const rules = (
      out.resources.ReplicaBucket!.properties.LifecycleConfiguration as { Rules: { Id: string }[] }
    ).Rules;
    expect(rules.find((r) => r.Id === 'expire-noncurrent-versions')).toEqual({
      Id: 'expire-noncurrent-versions',
      Status: 'Enabled',
      NoncurrentVersionExpiration: { NoncurrentDays: '30' },
    });
  });

  it('names what is missing: a key id, a parameter value, an undeclared parameter', () => {
    expect(() => resolve({}, { resources: {} })).toThrow(/needs resources\.ReplicaKey\.physicalId/);
    expect(() =>
      resolveTemplate(buildDestinationTemplate(), { ...DEST_CTX, parameters: { BucketName: 'b' } }),
    ).toThrow(/parameter SourceAccountId has no value and no Default/);
    expect(() => resolve({ Nope: 'x' })).toThrow(/declares no parameter Nope/);
  });
});

describe('resolveTemplate on hand-written snippets', () => {
  const CTX: ResolveContext = {
    partition: 'aws-cn',
    region: 'cn-north-1',
    accountId: '123456789012',
    stackName: 'probe',
    parameters: {},
    resources: {},
  };
  const probe = (value: unknown, extra: Partial<TemplateInput> = {}, ctx: Partial<ResolveContext> = {}) =>
    resolveTemplate(
      {
        ...extra,
        Resources: { ...extra.Resources, Probe: { Type: 'AWS::SNS::Topic', Properties: { Value: value } } },
      },
      { ...CTX, ...ctx },
    ).resources.Probe!.properties.Value;

  it('resolves Fn::Sub in both forms, with escapes, pseudo parameters and attributes', () => {
    const Resources = { Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'r', Path: '/svc/' } } };
    expect(
      probe({ 'Fn::Sub': '${!Literal}-${AWS::URLSuffix}-${AWS::StackName}-${Role.Arn}' }, { Resources }),
    ).toBe('${Literal}-amazonaws.com.cn-probe-arn:aws-cn:iam::123456789012:role/svc/r');
    expect(
      probe(
        { 'Fn::Sub': ['${A}/${Role}', { A: { 'Fn::Join': ['-', ['x', { Ref: 'AWS::Region' }]] } }] },
        { Resources },
      ),
    ).toBe('x-cn-north-1/r');
  });

  it('evaluates Fn::Or, Fn::And, Fn::Not and Condition, and only the branch taken', () => {
    const Conditions = {
      Yes: { 'Fn::Equals': ['a', 'a'] },
      No: { 'Fn::Not': [{ Condition: 'Yes' }] },
      Either: { 'Fn::Or': [{ Condition: 'No' }, { Condition: 'Yes' }] },
      Both: { 'Fn::And': [{ Condition: 'Either' }, { Condition: 'No' }] },
    };
    expect(
      probe(
        [
          { 'Fn::If': ['Either', 'e', { 'Fn::GetAtt': ['Nowhere', 'Arn'] }] },
          { 'Fn::If': ['Both', 'b', { Ref: 'AWS::NoValue' }] },
        ],
        { Conditions },
      ),
    ).toEqual(['e']);
  });

  it('needs ctx.stackId for AWS::StackId', () => {
    expect(() => probe({ Ref: 'AWS::StackId' })).toThrow(/AWS::StackId needs ctx.stackId/);
    expect(probe({ Ref: 'AWS::StackId' }, {}, { stackId: 'arn:x' })).toBe('arn:x');
  });

  it.each([
    [
      { 'Fn::Select': [0, ['a']] },
      /Resources\.Probe\.Properties\.Value\.Fn::Select: unsupported intrinsic function Fn::Select/,
    ],
    [{ 'Fn::GetAZs': '' }, /Value\.Fn::GetAZs: unsupported intrinsic function/],
    [{ 'Fn::ImportValue': 'x' }, /Value\.Fn::ImportValue: unsupported intrinsic function/],
    [{ Ref: 'AWS::NotificationARNs' }, /Value\.Ref: unsupported pseudo parameter AWS::NotificationARNs/],
    [{ Ref: 'Ghost' }, /Value\.Ref: unknown resource Ghost/],
    [{ 'Fn::If': ['Nope', 'a', 'b'] }, /Value\.Fn::If\[0\]: unknown condition Nope/],
    [
      { 'Fn::Join': ['', [{ Ref: 'AWS::NoValue' }, ['nested']]] },
      /Value\.Fn::Join\[1\]\[0\]: expected a string/,
    ],
  ])('throws on %j, naming the function and the path', (value, message) => {
    expect(() => probe(value)).toThrow(message);
  });

  it('throws on an attribute our templates never use, and on a reference to a resource that is not created', () => {
    const Resources = {
      Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'b' } },
      Gone: { Type: 'AWS::S3::Bucket', Condition: 'Never', Properties: { BucketName: 'g' } },
    };
    const Conditions = { Never: { 'Fn::Equals': ['a', 'b'] } };
    expect(() => probe({ 'Fn::GetAtt': ['Bucket', 'WebsiteURL'] }, { Resources, Conditions })).toThrow(
      /Fn::GetAtt Bucket\.WebsiteURL: unsupported attribute of AWS::S3::Bucket/,
    );
    expect(() => probe({ Ref: 'Gone' }, { Resources, Conditions })).toThrow(/Gone is not created/);
  });

  it('treats a lone Condition key in properties as data, not as a function', () => {
    expect(probe({ Condition: { Bool: { 'aws:SecureTransport': 'false' } } })).toEqual({
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
  });
});
