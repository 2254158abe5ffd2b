import {
  buildDestinationTemplate,
  DESTINATION_PARAMETERS as P,
} from '../../src/core/templates/destination-template.js';
import {
  resolveTemplate,
  TemplateResolutionError,
  type ResolveContext,
  type TemplateLike,
} from '../support/resolve-template.js';

const CTX: ResolveContext = {
  accountId: '222222222222',
  region: 'eu-central-1',
  partition: 'aws',
  parameters: {},
};

/** Resolves `value` as the only property of a throwaway resource. */
function resolveValue(
  value: unknown,
  extra: Partial<TemplateLike> = {},
  ctx: Partial<ResolveContext> = {},
): unknown {
  const template: TemplateLike = {
    ...extra,
    Resources: {
      ...(extra.Resources ?? {}),
      Probe: { Type: 'AWS::SNS::Topic', Properties: { Value: value } },
    },
  };
  return resolveTemplate(template, { ...CTX, ...ctx }).resources.Probe?.Properties.Value;
}

describe('resolveTemplate', () => {
  describe('pseudo parameters', () => {
    it('resolves AccountId, Region, Partition, URLSuffix, StackName and StackId', () => {
      expect(
        resolveValue({
          'Fn::Sub': '${AWS::AccountId}|${AWS::Region}|${AWS::Partition}|${AWS::URLSuffix}|${AWS::StackName}',
        }),
      ).toBe('222222222222|eu-central-1|aws|amazonaws.com|test-stack');
      expect(resolveValue({ Ref: 'AWS::StackId' }, {}, { stackName: 'dest' })).toMatch(
        /^arn:aws:cloudformation:eu-central-1:222222222222:stack\/dest\//,
      );
    });

    it('uses amazonaws.com.cn as the URL suffix in the aws-cn partition', () => {
      expect(
        resolveValue(
          { 'Fn::Sub': 's3.${AWS::Region}.${AWS::URLSuffix}' },
          {},
          { partition: 'aws-cn', region: 'cn-north-1' },
        ),
      ).toBe('s3.cn-north-1.amazonaws.com.cn');
    });

    it('rejects an unknown pseudo parameter and an unknown partition', () => {
      expect(() => resolveValue({ Ref: 'AWS::Nope' })).toThrow(/unknown pseudo parameter/);
      expect(() => resolveValue('x', {}, { partition: 'aws-mars' })).toThrow(/unknown partition/);
    });
  });

  describe('parameters', () => {
    const Parameters = {
      Name: { Type: 'String', AllowedPattern: '^[a-z]+$' },
      Flag: { Type: 'String', Default: 'false', AllowedValues: ['true', 'false'] },
      Days: { Type: 'Number', Default: 0, MinValue: 0 },
      Regions: { Type: 'CommaDelimitedList', Default: 'eu-west-1,us-east-1' },
    };

    it('takes values from the context and falls back to Default', () => {
      const out = resolveValue(
        [{ Ref: 'Name' }, { Ref: 'Flag' }, { Ref: 'Days' }],
        { Parameters },
        { parameters: { Name: 'abc' } },
      );
      expect(out).toEqual(['abc', 'false', '0']);
    });

    it('gives a list for a CommaDelimitedList parameter', () => {
      expect(resolveValue({ Ref: 'Regions' }, { Parameters }, { parameters: { Name: 'a' } })).toEqual([
        'eu-west-1',
        'us-east-1',
      ]);
    });

    it('rejects a missing value, an unknown name and values breaking AllowedPattern, AllowedValues or MinValue', () => {
      expect(() => resolveValue('x', { Parameters })).toThrow(/Parameters\.Name: has no Default/);
      expect(() => resolveValue('x', { Parameters }, { parameters: { Name: 'a', Nmae: 'b' } })).toThrow(
        /not a parameter/,
      );
      expect(() => resolveValue('x', { Parameters }, { parameters: { Name: 'A1' } })).toThrow(
        /AllowedPattern/,
      );
      expect(() => resolveValue('x', { Parameters }, { parameters: { Name: 'a', Flag: 'yes' } })).toThrow(
        /AllowedValues/,
      );
      expect(() => resolveValue('x', { Parameters }, { parameters: { Name: 'a', Days: -1 } })).toThrow(
        /MinValue/,
      );
    });

    it('matches AllowedPattern against the whole value, alternatives included', () => {
      const params = {
        Arn: {
          Type: 'String',
          Default: '',
          AllowedPattern: '^$|^arn:aws:kms:[a-z0-9-]+:[0-9]{12}:key/[a-z0-9-]+$',
        },
      };
      expect(resolveValue({ Ref: 'Arn' }, { Parameters: params })).toBe('');
      expect(() =>
        resolveValue('x', { Parameters: params }, { parameters: { Arn: 'arn:aws:kms:eu-west-1:1:key/x' } }),
      ).toThrow(/AllowedPattern/);
    });
  });

  describe('Fn::Sub', () => {
    const template: Partial<TemplateLike> = {
      Parameters: { Bucket: { Type: 'String', Default: 'my-bucket' } },
      Resources: { Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'repl', Path: '/svc/' } } },
    };

    it('substitutes parameters, pseudo parameters, resource refs, Logical.Attr and leaves ${!Literal} literal', () => {
      expect(
        resolveValue(
          { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/* ${Role} ${Role.Arn} ${!Literal}' },
          template,
        ),
      ).toBe('arn:aws:s3:::my-bucket/* repl arn:aws:iam::222222222222:role/svc/repl ${Literal}');
    });

    it('substitutes the [string, vars] form, with vars winning over template names', () => {
      expect(
        resolveValue(
          {
            'Fn::Sub': ['${Bucket}:${Other}:${AWS::Region}', { Bucket: 'override', Other: { Ref: 'Role' } }],
          },
          template,
        ),
      ).toBe('override:repl:eu-central-1');
    });

    it('rejects a name that is neither a variable, a parameter nor a resource', () => {
      expect(() => resolveValue({ 'Fn::Sub': '${Missing}' }, template)).toThrow(
        /Ref to unknown name Missing/,
      );
    });
  });

  describe('Fn::GetAtt, Fn::Join, Fn::Select and Fn::Split', () => {
    const Resources = { Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'b1' } } };

    it('resolves the array and the dotted string forms of Fn::GetAtt', () => {
      expect(
        resolveValue([{ 'Fn::GetAtt': ['Bucket', 'Arn'] }, { 'Fn::GetAtt': 'Bucket.RegionalDomainName' }], {
          Resources,
        }),
      ).toEqual(['arn:aws:s3:::b1', 'b1.s3.eu-central-1.amazonaws.com']);
    });

    it('joins, selects and splits', () => {
      expect(resolveValue({ 'Fn::Join': ['/', ['a', { Ref: 'Bucket' }, 'c']] }, { Resources })).toBe(
        'a/b1/c',
      );
      expect(resolveValue({ 'Fn::Select': ['1', { 'Fn::Split': [',', 'x,y,z'] }] })).toBe('y');
      expect(resolveValue({ 'Fn::Select': [0, ['only']] })).toBe('only');
      expect(() => resolveValue({ 'Fn::Select': [3, ['only']] })).toThrow(/out of range/);
    });
  });

  describe('conditions', () => {
    const base: Partial<TemplateLike> = {
      Parameters: {
        Env: { Type: 'String', Default: 'prod' },
        Days: { Type: 'Number', Default: 0 },
      },
      Conditions: {
        IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
        IsDev: { 'Fn::Not': [{ Condition: 'IsProd' }] },
        ProdAndNoExpiry: { 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Equals': [{ Ref: 'Days' }, 0] }] },
        DevOrExpiry: {
          'Fn::Or': [{ Condition: 'IsDev' }, { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'Days' }, 0] }] }],
        },
      },
    };

    it('evaluates Fn::Equals, Fn::Not, Fn::And, Fn::Or and Condition references', () => {
      const prod = resolveTemplate({ ...base, Resources: {} }, CTX).conditions;
      expect(prod).toEqual({ IsProd: true, IsDev: false, ProdAndNoExpiry: true, DevOrExpiry: false });
      const dev = resolveTemplate(
        { ...base, Resources: {} },
        { ...CTX, parameters: { Env: 'dev', Days: 30 } },
      ).conditions;
      expect(dev).toEqual({ IsProd: false, IsDev: true, ProdAndNoExpiry: false, DevOrExpiry: true });
    });

    it('compares a Number parameter with a numeric literal as strings, as CloudFormation does', () => {
      expect(
        resolveTemplate({ ...base, Resources: {} }, { ...CTX, parameters: { Days: '0' } }).conditions
          .ProdAndNoExpiry,
      ).toBe(true);
    });

    it('picks the Fn::If branch of the condition', () => {
      expect(resolveValue({ 'Fn::If': ['IsProd', 'p', 'd'] }, base)).toBe('p');
      expect(resolveValue({ 'Fn::If': ['IsProd', 'p', 'd'] }, base, { parameters: { Env: 'dev' } })).toBe(
        'd',
      );
    });

    it('drops resources and outputs whose Condition is false, and evaluates only the taken Fn::If branch', () => {
      const template: TemplateLike = {
        ...base,
        Resources: {
          ProdBucket: { Type: 'AWS::S3::Bucket', Condition: 'IsProd', Properties: { BucketName: 'prod-b' } },
          Always: {
            Type: 'AWS::SNS::Topic',
            Properties: { Name: { 'Fn::If': ['IsProd', { Ref: 'ProdBucket' }, 'none'] } },
          },
        },
        Outputs: {
          ProdArn: { Condition: 'IsProd', Value: { 'Fn::GetAtt': ['ProdBucket', 'Arn'] } },
          Name: { Value: { 'Fn::If': ['IsProd', { Ref: 'ProdBucket' }, 'none'] } },
        },
      };
      const prod = resolveTemplate(template, CTX);
      expect(Object.keys(prod.resources)).toEqual(['ProdBucket', 'Always']);
      expect(prod.outputs).toEqual({ ProdArn: 'arn:aws:s3:::prod-b', Name: 'prod-b' });
      const dev = resolveTemplate(template, { ...CTX, parameters: { Env: 'dev' } });
      expect(Object.keys(dev.resources)).toEqual(['Always']);
      expect(dev.resources.Always?.Properties.Name).toBe('none');
      expect(dev.outputs).toEqual({ Name: 'none' });
    });

    it('rejects a Ref to a resource whose Condition is false', () => {
      const template: TemplateLike = {
        ...base,
        Resources: {
          ProdBucket: { Type: 'AWS::S3::Bucket', Condition: 'IsProd', Properties: { BucketName: 'prod-b' } },
          User: { Type: 'AWS::SNS::Topic', Properties: { Name: { Ref: 'ProdBucket' } } },
        },
      };
      expect(() => resolveTemplate(template, { ...CTX, parameters: { Env: 'dev' } })).toThrow(
        /Condition is false/,
      );
    });

    it('rejects circular and unknown conditions', () => {
      const circular = { Conditions: { A: { Condition: 'B' }, B: { Condition: 'A' } }, Resources: {} };
      expect(() => resolveTemplate(circular, CTX)).toThrow(/circular condition/);
      expect(() => resolveValue({ 'Fn::If': ['Nope', 1, 2] })).toThrow(/unknown condition Nope/);
    });
  });

  describe('AWS::NoValue', () => {
    it('removes the property or list element it stands for', () => {
      const Conditions = { No: { 'Fn::Equals': ['a', 'b'] } };
      expect(
        resolveValue(
          {
            Keep: 1,
            Gone: { Ref: 'AWS::NoValue' },
            AlsoGone: { 'Fn::If': ['No', 'x', { Ref: 'AWS::NoValue' }] },
            List: ['a', { Ref: 'AWS::NoValue' }, { 'Fn::If': ['No', 'x', { Ref: 'AWS::NoValue' }] }, 'b'],
          },
          { Conditions },
        ),
      ).toEqual({ Keep: 1, List: ['a', 'b'] });
    });
  });

  describe('resource references', () => {
    const Resources = {
      Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::Sub': 'b-${AWS::Region}' } } },
      Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'r' } },
      Key: { Type: 'AWS::KMS::Key', Properties: {} },
      Oidc: {
        Type: 'AWS::IAM::OIDCProvider',
        Properties: { Url: 'https://token.actions.githubusercontent.com' },
      },
      Queue: { Type: 'AWS::SQS::Queue', Properties: {} },
    };

    it('derives the Ref and ARN of buckets, roles, KMS keys and OIDC providers', () => {
      expect(
        resolveValue(
          [
            { Ref: 'Bucket' },
            { 'Fn::GetAtt': ['Bucket', 'Arn'] },
            { 'Fn::GetAtt': ['Role', 'Arn'] },
            { 'Fn::GetAtt': ['Key', 'Arn'] },
            { 'Fn::GetAtt': ['Key', 'KeyId'] },
            { Ref: 'Oidc' },
          ],
          { Resources },
          { physicalIds: { Key: 'k-1' } },
        ),
      ).toEqual([
        'b-eu-central-1',
        'arn:aws:s3:::b-eu-central-1',
        'arn:aws:iam::222222222222:role/r',
        'arn:aws:kms:eu-central-1:222222222222:key/k-1',
        'k-1',
        'arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com',
      ]);
    });

    it('prefers explicit physicalIds and attributes', () => {
      expect(
        resolveValue(
          [{ Ref: 'Bucket' }, { 'Fn::GetAtt': ['Bucket', 'Arn'] }, { 'Fn::GetAtt': 'Queue.Arn' }],
          { Resources },
          {
            physicalIds: { Bucket: 'given' },
            attributes: { 'Queue.Arn': 'arn:aws:sqs:eu-central-1:222222222222:q' },
          },
        ),
      ).toEqual(['given', 'arn:aws:s3:::given', 'arn:aws:sqs:eu-central-1:222222222222:q']);
    });

    it('names what to pass when a reference cannot be derived', () => {
      expect(() => resolveValue({ 'Fn::GetAtt': ['Key', 'Arn'] }, { Resources })).toThrow(
        /pass physicalIds\.Key/,
      );
      expect(() => resolveValue({ 'Fn::GetAtt': ['Queue', 'Arn'] }, { Resources })).toThrow(
        /pass attributes\['Queue\.Arn'\]/,
      );
    });
  });

  it('rejects intrinsics it does not model', () => {
    expect(() => resolveValue({ 'Fn::ImportValue': 'x' })).toThrow(TemplateResolutionError);
    expect(() => resolveValue({ 'Fn::GetAZs': '' })).toThrow(/unsupported intrinsic Fn::GetAZs/);
  });

  describe('on the generated destination template', () => {
    const params = {
      [P.bucketName]: 'acme-backup',
      [P.sourceAccountId]: '111111111111',
      [P.replicationRoleName]: 's3-xrepl-invoices',
    };
    const leftovers = (v: unknown) => JSON.stringify(v).match(/Fn::|"Ref"|\$\{/g);

    it('resolves completely when it creates the key', () => {
      const out = resolveTemplate(buildDestinationTemplate(), {
        ...CTX,
        parameters: params,
        physicalIds: { ReplicaKey: 'key-1' },
      });
      expect(out.conditions.CreateKey).toBe(true);
      expect(out.outputs['KmsKeyArn']).toBe('arn:aws:kms:eu-central-1:222222222222:key/key-1');
      expect(Object.keys(out.resources)).toContain('ReplicaKey');
      expect(leftovers(out)).toBeNull();
    });

    it('resolves completely when it uses an existing key', () => {
      const existing = 'arn:aws:kms:eu-central-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab';
      const out = resolveTemplate(buildDestinationTemplate(), {
        ...CTX,
        parameters: { ...params, [P.kmsKeyArn]: existing },
      });
      expect(out.conditions.CreateKey).toBe(false);
      expect(out.outputs['KmsKeyArn']).toBe(existing);
      expect(Object.keys(out.resources)).not.toContain('ReplicaKey');
      expect(leftovers(out)).toBeNull();
    });
  });
});
