import { RETAIN, sub, type Json, type Resource } from './cfn.js';
import { policyDocument, type ConditionalStatement, type Statement } from './policy.js';
import { PRODUCT_KEY_TAG } from './product-scope.js';

/**
 * The statement every key keeps so its own account's administrators stay in control (and IAM
 * policies in that account can be granted use of the key).
 */
export const accountRootStatement: Statement = {
  Sid: 'EnableIamPoliciesOfThisAccount',
  Effect: 'Allow',
  Principal: { AWS: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') },
  Action: 'kms:*',
  Resource: '*',
};

/** A customer managed symmetric key with yearly rotation, retained on delete or replace. */
export function kmsKeyResource(opts: {
  readonly description: Json;
  readonly extraStatements: readonly (Statement | ConditionalStatement)[];
  readonly condition?: string;
}): Resource {
  return {
    Type: 'AWS::KMS::Key',
    ...RETAIN,
    ...(opts.condition ? { Condition: opts.condition } : {}),
    Properties: {
      Description: opts.description,
      EnableKeyRotation: true,
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyPolicy: policyDocument([accountRootStatement, ...opts.extraStatements]),
      // The bootstrap's execution role may manage (policy, rotation, tags) only keys carrying this tag.
      Tags: [{ Key: PRODUCT_KEY_TAG.key, Value: PRODUCT_KEY_TAG.value }],
    },
  };
}
