import type { Json } from './cfn.js';

export interface Statement {
  readonly Sid: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: Json;
  readonly Action: Json;
  /** Absent only in trust policies. */
  readonly Resource?: Json;
  readonly Condition?: { readonly [op: string]: { readonly [key: string]: Json } };
}

export const policyDocument = (statements: readonly (Statement | undefined)[]): Json => ({
  Version: '2012-10-17',
  Statement: statements.filter((s): s is Statement => s !== undefined) as unknown as Json[],
});

/** Principal of an account's root: with an aws:PrincipalArn condition, names a role that may not exist yet. */
export const accountRoot = (accountExpr: string): Json => ({ AWS: { 'Fn::Sub': `arn:\${AWS::Partition}:iam::${accountExpr}:root` } });
