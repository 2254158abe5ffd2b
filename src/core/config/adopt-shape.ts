import type { ObjectShape, Shape } from './shape.js';

/**
 * What an adopted bucket already carries that the product's template would replace: CloudFormation
 * writes the whole replication configuration, lifecycle configuration and notification
 * configuration, and AWS::S3::BucketPolicy the whole policy. Each is named here by the id S3 (or
 * the policy's Sid) gives it; mode plan lists the names a live bucket has.
 */
const names = (what: string): Shape => ({
  type: 'array',
  maxItems: 1000,
  items: { type: 'string', minLength: 1, maxLength: 255, description: `The ${what}.` },
  description: `${what[0]!.toUpperCase()}${what.slice(1)}s, by name.`,
});

const settings = (verb: string): ObjectShape => ({
  type: 'object',
  description: verb,
  properties: {
    replicationRules: names('replication rule id'),
    policyStatements: names('bucket-policy statement Sid (or "#<n>", 1-based, for a statement without one)'),
    lifecycleRules: names('lifecycle rule id'),
    notifications: names('event notification id'),
  },
});

export const adoptShape: ObjectShape = {
  type: 'object',
  description:
    'The bucket exists already: plan and deploy import it into the stack (CloudFormation resource import, ' +
    'retained on delete) instead of creating it. Every live replication rule, bucket-policy statement, ' +
    'lifecycle rule and event notification the template does not produce must be named under keep (carried ' +
    'into the template verbatim) or drop (removed by the first update); plan fails on any other. `{}` when ' +
    'the bucket has none.',
  properties: {
    keep: settings('Live settings carried over into the template exactly as they are.'),
    drop: settings('Live settings the first update after the import removes for good.'),
  },
};
