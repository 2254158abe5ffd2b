/** Just enough CloudFormation typing to build templates as plain data. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [k: string]: Json };

export interface Parameter {
  readonly Type: 'String' | 'Number' | 'CommaDelimitedList';
  readonly Description: string;
  readonly Default?: string | number;
  readonly AllowedPattern?: string;
  readonly AllowedValues?: readonly string[];
  readonly ConstraintDescription?: string;
  readonly MinLength?: number;
  readonly MaxLength?: number;
  readonly MinValue?: number;
  readonly MaxValue?: number;
}

export interface Resource {
  readonly Type: string;
  readonly Condition?: string;
  readonly DependsOn?: string | readonly string[];
  readonly DeletionPolicy?: 'Retain' | 'Delete' | 'RetainExceptOnCreate';
  readonly UpdateReplacePolicy?: 'Retain' | 'Delete';
  readonly Properties: { readonly [k: string]: Json };
}

export interface Output {
  readonly Description: string;
  readonly Value: Json;
  readonly Condition?: string;
}

export interface Template {
  readonly AWSTemplateFormatVersion: '2010-09-09';
  readonly Description: string;
  readonly Metadata?: { readonly [k: string]: Json };
  readonly Parameters?: { readonly [k: string]: Parameter };
  readonly Conditions?: { readonly [k: string]: Json };
  readonly Resources: { readonly [k: string]: Resource };
  readonly Outputs?: { readonly [k: string]: Output };
}

export const ref = (name: string): Json => ({ Ref: name });
export const sub = (text: string, vars?: { readonly [k: string]: Json }): Json =>
  vars ? { 'Fn::Sub': [text, vars] } : { 'Fn::Sub': text };
export const getAtt = (logicalId: string, attribute: string): Json => ({
  'Fn::GetAtt': [logicalId, attribute],
});
export const fnIf = (condition: string, whenTrue: Json, whenFalse: Json): Json => ({
  'Fn::If': [condition, whenTrue, whenFalse],
});
export const equals = (a: Json, b: Json): Json => ({ 'Fn::Equals': [a, b] });
export const not = (c: Json): Json => ({ 'Fn::Not': [c] });
export const and = (...cs: Json[]): Json => ({ 'Fn::And': cs });
export const NO_VALUE: Json = { Ref: 'AWS::NoValue' };

/** Retain buckets, keys and the data they protect whatever happens to the stack. */
export const RETAIN = { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' } as const;
