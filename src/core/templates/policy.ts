import type { Json } from './cfn.js';

export interface Statement {
  readonly Sid: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: Json;
  readonly Action: Json;
  /** Absent only in trust policies (and where NotResource is given). */
  readonly Resource?: Json;
  /** Only in a Deny: everything but these. */
  readonly NotResource?: Json;
  readonly Condition?: { readonly [op: string]: { readonly [key: string]: Json } };
}

/** A statement present only when a template condition holds (Fn::If with AWS::NoValue). */
export interface ConditionalStatement {
  readonly 'Fn::If': readonly [string, Statement, Json];
}

export const whenCondition = (condition: string, statement: Statement): ConditionalStatement => ({
  'Fn::If': [condition, statement, { Ref: 'AWS::NoValue' }],
});

export const policyDocument = (statements: readonly (Statement | ConditionalStatement)[]): Json => ({
  Version: '2012-10-17',
  Statement: statements as unknown as Json[],
});

/** Principal of an account's root: with an aws:PrincipalArn condition, names a role that may not exist yet. */
export const accountRoot = (accountExpr: string): Json => ({
  AWS: { 'Fn::Sub': `arn:\${AWS::Partition}:iam::${accountExpr}:root` },
});
