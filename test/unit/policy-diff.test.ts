import { describe, expect, it } from '@jest/globals';
import {
  comparePolicies,
  describeStatement,
  parsePolicyText,
  type Statement,
} from '../../src/core/drift/policy-diff.js';
import { buildDestinationTemplate } from '../../src/core/templates/destination-template.js';
import { resolveTemplate } from '../../src/core/templates/resolve.js';

interface Doc {
  Version?: string;
  Id?: string;
  Statement: Statement[];
}

/** The destination key policy as deployed cross-account: the statement list the product really writes. */
function deployedKeyPolicy(): Doc {
  const resolved = resolveTemplate(buildDestinationTemplate(), {
    partition: 'aws',
    region: 'eu-central-1',
    accountId: '222222222222',
    stackName: 'dst',
    parameters: { BucketName: 'acme-backup', SourceAccountId: '111111111111', ReplicationRoleName: 'repl' },
    resources: { ReplicaKey: { physicalId: '0a1b2c3d-0000-4000-8000-000000000001' } },
  });
  return structuredClone(resolved.resources.ReplicaKey!.properties.KeyPolicy) as unknown as Doc;
}

const clone = <T>(v: T): T => structuredClone(v);

/** Every list in the document reversed and every object's keys in reverse order. */
function reversedEverywhere(value: unknown): unknown {
  if (Array.isArray(value)) return [...value].reverse().map(reversedEverywhere);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedEverywhere(v)]),
    );
  }
  return value;
}

describe('comparePolicies', () => {
  it('finds a policy equal to itself, as an object and as the text KMS returns', () => {
    const policy = deployedKeyPolicy();
    expect(policy.Statement.length).toBeGreaterThanOrEqual(2);
    expect(comparePolicies(policy, policy)).toEqual({ equal: true, missing: [], unexpected: [] });
    expect(comparePolicies(policy, JSON.stringify(policy, null, 2)).equal).toBe(true);
  });

  it('ignores the order of statements, actions, resources, principals and condition values', () => {
    const policy = deployedKeyPolicy();
    const shuffled = reversedEverywhere(policy) as Doc;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(policy));
    expect(comparePolicies(policy, shuffled).equal).toBe(true);

    const principals = {
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Principal: { AWS: ['111111111111', '333333333333'] },
        },
      ],
    };
    const principalsReversed = clone(principals);
    principalsReversed.Statement[0]!.Principal.AWS.reverse();
    expect(comparePolicies(principals, principalsReversed).equal).toBe(true);
  });

  it('equates a single string with a one-element list for actions, resources, principals and condition values', () => {
    const asStrings = {
      Statement: [
        {
          Sid: 'S',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111111111111:root', Service: 's3.amazonaws.com' },
          NotAction: 'kms:Delete*',
          Resource: '*',
          Condition: { StringEquals: { 'kms:ViaService': 's3.eu-central-1.amazonaws.com' } },
        },
      ],
    };
    const asLists = {
      Statement: [
        {
          Sid: 'S',
          Effect: 'Allow',
          Principal: { AWS: ['arn:aws:iam::111111111111:root'], Service: ['s3.amazonaws.com'] },
          NotAction: ['kms:Delete*'],
          Resource: ['*'],
          Condition: { StringEquals: { 'kms:ViaService': ['s3.eu-central-1.amazonaws.com'] } },
        },
      ],
    };
    expect(comparePolicies(asStrings, asLists).equal).toBe(true);
    // The single Statement object IAM also accepts.
    expect(comparePolicies({ Statement: asStrings.Statement[0] }, asLists).equal).toBe(true);
  });

  it('equates Principal "*" with {AWS: "*"}, and an account id with its root ARN, in either direction', () => {
    const withPrincipal = (Principal: unknown) => ({
      Statement: [{ Sid: 'P', Effect: 'Deny', Principal, Action: 's3:*', Resource: 'arn:aws:s3:::b' }],
    });
    expect(comparePolicies(withPrincipal('*'), withPrincipal({ AWS: '*' })).equal).toBe(true);
    expect(comparePolicies(withPrincipal({ AWS: ['*'] }), withPrincipal('*')).equal).toBe(true);
    expect(
      comparePolicies(
        withPrincipal({ AWS: '111111111111' }),
        withPrincipal({ AWS: 'arn:aws:iam::111111111111:root' }),
      ).equal,
    ).toBe(true);
    expect(
      comparePolicies(
        withPrincipal({ AWS: ['arn:aws-cn:iam::111111111111:root', '222222222222'] }),
        withPrincipal({ AWS: ['arn:aws-cn:iam::222222222222:root', '111111111111'] }),
      ).equal,
    ).toBe(true);
    // A role in that account is not the account.
    expect(
      comparePolicies(
        withPrincipal({ AWS: '111111111111' }),
        withPrincipal({ AWS: 'arn:aws:iam::111111111111:role/r' }),
      ).equal,
    ).toBe(false);
    expect(comparePolicies(withPrincipal('*'), withPrincipal({ Service: '*' })).equal).toBe(false);
  });

  it('reads action names and condition key names in any case, but not condition values', () => {
    const base = {
      Statement: [
        {
          Effect: 'Allow',
          Action: 'kms:GenerateDataKey',
          Resource: '*',
          Condition: { StringEquals: { 'kms:ViaService': 'x' } },
        },
      ],
    };
    const recased: { Statement: Record<string, unknown>[] } = clone(base);
    recased.Statement[0]!.Action = 'KMS:generatedatakey';
    recased.Statement[0]!.Condition = { StringEquals: { 'KMS:viaservice': 'x' } };
    expect(comparePolicies(base, recased).equal).toBe(true);
    const otherValue: { Statement: Record<string, unknown>[] } = clone(base);
    otherValue.Statement[0]!.Condition = { StringEquals: { 'kms:ViaService': 'X' } };
    expect(comparePolicies(base, otherValue).equal).toBe(false);
  });

  it('equates a JSON boolean condition value with its text', () => {
    const withValue = (v: unknown) => ({
      Statement: [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': v } },
        },
      ],
    });
    expect(comparePolicies(withValue(false), withValue('false')).equal).toBe(true);
    expect(comparePolicies(withValue(false), withValue('true')).equal).toBe(false);
  });

  it('keeps Version significant only when both sides state it, and ignores Id', () => {
    const policy = deployedKeyPolicy();
    const noVersion: Doc = { ...policy };
    delete noVersion.Version;
    expect(comparePolicies(policy, noVersion).equal).toBe(true);
    expect(comparePolicies(noVersion, policy).equal).toBe(true);
    expect(comparePolicies(policy, { ...policy, Id: 'key-consolepolicy-3' }).equal).toBe(true);
    const old = comparePolicies(policy, { ...policy, Version: '2008-10-17' });
    expect(old).toEqual({
      equal: false,
      missing: [],
      unexpected: [],
      version: { expected: '2012-10-17', actual: '2008-10-17' },
    });
  });

  it('compares Sid as given: missing equals missing, a renamed Sid is a different statement', () => {
    const s = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
    expect(comparePolicies({ Statement: [s] }, { Statement: [{ ...s }] }).equal).toBe(true);
    const renamed = comparePolicies({ Statement: [{ ...s, Sid: 'A' }] }, { Statement: [{ ...s, Sid: 'B' }] });
    expect(renamed.missing.map((x) => x.Sid)).toEqual(['A']);
    expect(renamed.unexpected.map((x) => x.Sid)).toEqual(['B']);
  });

  it('reports exactly the statement removed from a key policy as missing', () => {
    const policy = deployedKeyPolicy();
    const live = clone(policy);
    const [removed] = live.Statement.splice(1, 1);
    const result = comparePolicies(policy, JSON.stringify(live));
    expect(result.equal).toBe(false);
    expect(result.missing).toEqual([removed]);
    expect(result.missing[0]!.Sid).toBe('AllowReplicationRoleToEncryptReplicas');
    expect(result.unexpected).toEqual([]);
  });

  it('reports an added statement as unexpected, and a changed one as missing plus unexpected', () => {
    const policy = deployedKeyPolicy();
    const added: Statement = {
      Sid: 'Backdoor',
      Effect: 'Allow',
      Principal: { AWS: '999999999999' },
      Action: 'kms:*',
      Resource: '*',
    };
    const withExtra = clone(policy);
    withExtra.Statement.push(added);
    expect(comparePolicies(policy, withExtra)).toEqual({ equal: false, missing: [], unexpected: [added] });

    const widened = clone(policy);
    widened.Statement[1] = { ...widened.Statement[1]!, Action: 'kms:*' };
    const result = comparePolicies(policy, widened);
    expect(result.missing.map((s) => s.Sid)).toEqual(['AllowReplicationRoleToEncryptReplicas']);
    expect(result.unexpected).toEqual([widened.Statement[1]]);
  });

  it('counts repeats: a statement present twice live is once unexpected', () => {
    const s = { Sid: 'A', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
    expect(comparePolicies({ Statement: [s] }, { Statement: [s, s] }).unexpected).toEqual([s]);
  });

  it('treats no live policy as every expected statement missing', () => {
    const policy = deployedKeyPolicy();
    for (const none of [undefined, null, '']) {
      const result = comparePolicies(policy, none);
      expect(result.missing).toEqual(policy.Statement);
      expect(result.unexpected).toEqual([]);
    }
  });
});

describe('parsePolicyText', () => {
  it('reads the URL-encoded text IAM returns and plain JSON, including a literal %', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/100%/*' }],
    };
    const encoded = encodeURIComponent(JSON.stringify(policy));
    expect(encoded.startsWith('%7B')).toBe(true);
    expect(parsePolicyText(encoded)).toEqual(policy);
    expect(parsePolicyText(`  ${JSON.stringify(policy)}\n`)).toEqual(policy);
    expect(comparePolicies(policy, encoded).equal).toBe(true);
  });

  it('refuses text that is not a policy document', () => {
    expect(() => parsePolicyText('not json')).toThrow(/not a policy document/);
    expect(() => comparePolicies({ Statement: [] }, '[1]')).toThrow(/actual policy: not a JSON object/);
  });
});

describe('describeStatement', () => {
  it('gives Sid, effect, actions, principal, resources and how many conditions in one line', () => {
    const keyStatement = deployedKeyPolicy().Statement.find(
      (s) => s.Sid === 'AllowReplicationRoleToEncryptReplicas',
    )!;
    expect(describeStatement(keyStatement)).toBe(
      '"AllowReplicationRoleToEncryptReplicas": Allow kms:Encrypt, kms:GenerateDataKey, kms:Decrypt ' +
        'for AWS arn:aws:iam::111111111111:root on * when 3 conditions hold',
    );
    expect(
      describeStatement({
        Effect: 'Deny',
        Principal: '*',
        NotAction: ['s3:Get*'],
        NotResource: 'arn:aws:s3:::b',
      }),
    ).toBe('(no Sid): Deny all but s3:Get* for * on all but arn:aws:s3:::b');
  });
});
