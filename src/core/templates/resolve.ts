/**
 * Resolves the intrinsic functions OUR templates use (see cfn.ts and the *-template.ts builders) to
 * the concrete values a deployed stack has, so drift detection can compare live state with what a
 * template declares. Deliberately not a general CloudFormation evaluator: anything our builders do
 * not emit throws, naming the function and where it was found, instead of guessing.
 *
 * Supported: Ref (parameters with their defaults, pseudo parameters, resources), Fn::Sub (both
 * forms, `${!Literal}`), Fn::GetAtt (only the attributes below), Fn::If, Fn::Join, Fn::Split, Conditions with
 * Fn::Equals / Fn::Not / Fn::And / Fn::Or / Condition, AWS::NoValue (removed from objects and lists),
 * and resources or outputs whose Condition is false are dropped.
 */
import { urlSuffix, type Partition } from '../config/regions.js';

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

export interface ResolveContext {
  readonly partition: Partition;
  readonly region: string;
  readonly accountId: string;
  readonly stackName: string;
  readonly stackId?: string;
  /** Values given to the stack; undeclared names are rejected, missing ones take the template's Default. */
  readonly parameters: Readonly<Record<string, string>>;
  /**
   * Physical ids by logical id (DescribeStackResources). Buckets and roles may be left out: their
   * physical id is their name property. Keys cannot: a key id is chosen by KMS.
   */
  readonly resources: Readonly<Record<string, { readonly physicalId: string }>>;
}

/** The input shape: a Template from cfn.ts, or the same template parsed from JSON. */
export interface TemplateInput {
  readonly Parameters?: { readonly [name: string]: unknown };
  readonly Conditions?: { readonly [name: string]: unknown };
  readonly Resources: { readonly [logicalId: string]: unknown };
  readonly Outputs?: { readonly [name: string]: unknown };
}

export interface ResolvedResource {
  readonly type: string;
  readonly properties: Record<string, Value>;
  /** From the context, or derived from the name property for buckets and roles; absent if unknown. */
  readonly physicalId?: string;
}

export interface ResolvedTemplate {
  readonly resources: Record<string, ResolvedResource>;
  readonly outputs: Record<string, string>;
}

/** Marks a value that AWS::NoValue removed; never escapes this module. */
const NO_VALUE: unique symbol = Symbol('AWS::NoValue');
type Resolved = Value | typeof NO_VALUE;

type Obj = { readonly [k: string]: unknown };
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function resolveTemplate(template: TemplateInput, ctx: ResolveContext): ResolvedTemplate {
  return new Resolver(template, ctx).run();
}

class Resolver {
  private readonly conditionValues = new Map<string, boolean>();
  private readonly conditionsInProgress = new Set<string>();
  private readonly physicalIdsInProgress = new Set<string>();

  constructor(
    private readonly template: TemplateInput,
    private readonly ctx: ResolveContext,
  ) {
    this.checkParameters();
  }

  run(): ResolvedTemplate {
    const resources: Record<string, ResolvedResource> = {};
    for (const logicalId of Object.keys(this.template.Resources)) {
      if (!this.exists(logicalId)) continue;
      const path = `Resources.${logicalId}`;
      const resource = this.resourceDeclaration(logicalId);
      const properties = this.resolve(resource.Properties ?? {}, `${path}.Properties`);
      if (!isObject(properties)) throw new Error(`${path}.Properties: expected an object`);
      const physicalId = this.knownPhysicalId(logicalId);
      resources[logicalId] = {
        type: resource.Type,
        properties: properties as Record<string, Value>,
        ...(physicalId !== undefined ? { physicalId } : {}),
      };
    }
    const outputs: Record<string, string> = {};
    for (const [name, raw] of Object.entries(this.template.Outputs ?? {})) {
      const path = `Outputs.${name}`;
      if (!isObject(raw)) throw new Error(`${path}: expected an object`);
      if (typeof raw.Condition === 'string' && !this.condition(raw.Condition, `${path}.Condition`)) continue;
      const value = this.resolve(raw.Value, `${path}.Value`);
      if (value === NO_VALUE) continue;
      outputs[name] = this.scalarText(value, `${path}.Value`);
    }
    return { resources, outputs };
  }

  // ---- parameters ----

  private checkParameters(): void {
    const declared = this.template.Parameters ?? {};
    for (const name of Object.keys(this.ctx.parameters)) {
      if (!(name in declared)) throw new Error(`Parameters: the template declares no parameter ${name}`);
    }
  }

  private parameter(name: string, path: string): Value {
    const declaration = this.template.Parameters?.[name];
    if (!isObject(declaration)) throw new Error(`${path}: Ref to unknown name ${name}`);
    const given = this.ctx.parameters[name];
    const fallback = declaration.Default;
    if (given === undefined && fallback === undefined) {
      throw new Error(`${path}: parameter ${name} has no value and no Default`);
    }
    // CloudFormation hands every parameter to the template as text, Number parameters included.
    const text = given ?? String(fallback);
    if (declaration.Type !== 'CommaDelimitedList') return text;
    return text === '' ? [] : text.split(',');
  }

  private pseudo(name: string, path: string): Value {
    const { ctx } = this;
    switch (name) {
      case 'AWS::AccountId':
        return ctx.accountId;
      case 'AWS::Region':
        return ctx.region;
      case 'AWS::Partition':
        return ctx.partition;
      case 'AWS::URLSuffix':
        return urlSuffix(ctx.partition);
      case 'AWS::StackName':
        return ctx.stackName;
      case 'AWS::StackId':
        if (ctx.stackId === undefined) throw new Error(`${path}: AWS::StackId needs ctx.stackId`);
        return ctx.stackId;
      default:
        throw new Error(`${path}: unsupported pseudo parameter ${name}`);
    }
  }

  // ---- resources ----

  private resourceDeclaration(logicalId: string): { Type: string; Condition?: string; Properties?: Obj } {
    const raw = this.template.Resources[logicalId];
    if (!isObject(raw) || typeof raw.Type !== 'string') {
      throw new Error(`Resources.${logicalId}: expected an object with a Type`);
    }
    return raw as { Type: string; Condition?: string; Properties?: Obj };
  }

  private exists(logicalId: string): boolean {
    const { Condition } = this.resourceDeclaration(logicalId);
    return Condition === undefined || this.condition(Condition, `Resources.${logicalId}.Condition`);
  }

  /** A resource someone refers to: it must be declared and not removed by its condition. */
  private referencedResource(logicalId: string, path: string): { Type: string; Properties?: Obj } {
    if (!(logicalId in this.template.Resources)) throw new Error(`${path}: unknown resource ${logicalId}`);
    if (!this.exists(logicalId))
      throw new Error(`${path}: ${logicalId} is not created (its Condition is false)`);
    return this.resourceDeclaration(logicalId);
  }

  private knownPhysicalId(logicalId: string): string | undefined {
    const given = this.ctx.resources[logicalId]?.physicalId;
    if (given !== undefined) return given;
    const type = this.resourceDeclaration(logicalId).Type;
    // A topic's physical id is its ARN, from its name.
    if (type === 'AWS::SNS::Topic') {
      const name = this.namedPhysicalId(logicalId, 'TopicName');
      const { partition, region, accountId } = this.ctx;
      return name === undefined ? undefined : `arn:${partition}:sns:${region}:${accountId}:${name}`;
    }
    return this.namedPhysicalId(logicalId, NAME_PROPERTY[type]);
  }

  /** The physical id of a type whose physical id is one of its properties. */
  private namedPhysicalId(logicalId: string, nameProperty: string | undefined): string | undefined {
    if (nameProperty === undefined) return undefined;
    const raw = this.resourceDeclaration(logicalId).Properties?.[nameProperty];
    if (raw === undefined) return undefined;
    if (this.physicalIdsInProgress.has(logicalId)) {
      throw new Error(`Resources.${logicalId}: its ${nameProperty} refers to itself`);
    }
    this.physicalIdsInProgress.add(logicalId);
    try {
      const path = `Resources.${logicalId}.Properties.${nameProperty}`;
      return this.scalarText(this.resolve(raw, path), path);
    } finally {
      this.physicalIdsInProgress.delete(logicalId);
    }
  }

  private physicalId(logicalId: string, path: string): string {
    const id = this.knownPhysicalId(logicalId);
    if (id === undefined) throw new Error(`${path}: needs resources.${logicalId}.physicalId in the context`);
    return id;
  }

  private ref(name: string, path: string): Resolved {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (name.startsWith('AWS::')) return this.pseudo(name, path);
    if (this.template.Parameters && name in this.template.Parameters) return this.parameter(name, path);
    const resource = this.referencedResource(name, path);
    // Ref of an OIDC provider is its ARN, which is also its physical id.
    if (resource.Type === 'AWS::IAM::OIDCProvider') return this.oidcProviderArn(name, path);
    // Ref of a managed policy is its ARN, from its name.
    if (resource.Type === 'AWS::IAM::ManagedPolicy' && this.ctx.resources[name] === undefined) {
      const raw = this.resourceDeclaration(name).Properties?.ManagedPolicyName;
      const at = `Resources.${name}.Properties.ManagedPolicyName`;
      if (raw === undefined) throw new Error(`${path}: needs resources.${name}.physicalId in the context`);
      return `arn:${this.ctx.partition}:iam::${this.ctx.accountId}:policy/${this.scalarText(this.resolve(raw, at), at)}`;
    }
    return this.physicalId(name, path);
  }

  private getAtt(logicalId: string, attribute: string, path: string): Value {
    const { Type } = this.referencedResource(logicalId, path);
    const { partition, region, accountId } = this.ctx;
    const where = `${path}: Fn::GetAtt ${logicalId}.${attribute}`;
    switch (`${Type}.${attribute}`) {
      case 'AWS::S3::Bucket.Arn':
        return `arn:${partition}:s3:::${this.physicalId(logicalId, path)}`;
      case 'AWS::KMS::Key.Arn': {
        const id = this.physicalId(logicalId, path);
        return id.startsWith('arn:') ? id : `arn:${partition}:kms:${region}:${accountId}:key/${id}`;
      }
      case 'AWS::KMS::Key.KeyId': {
        const id = this.physicalId(logicalId, path);
        return id.startsWith('arn:') ? id.slice(id.lastIndexOf('/') + 1) : id;
      }
      case 'AWS::IAM::Role.Arn':
        return `arn:${partition}:iam::${accountId}:role${this.rolePath(logicalId)}${this.physicalId(logicalId, path)}`;
      case 'AWS::IAM::OIDCProvider.Arn':
        return this.oidcProviderArn(logicalId, path);
      default:
        throw new Error(`${where}: unsupported attribute of ${Type}`);
    }
  }

  private rolePath(logicalId: string): string {
    const raw = this.resourceDeclaration(logicalId).Properties?.Path;
    if (raw === undefined) return '/';
    const path = `Resources.${logicalId}.Properties.Path`;
    return this.scalarText(this.resolve(raw, path), path);
  }

  private oidcProviderArn(logicalId: string, path: string): string {
    const given = this.ctx.resources[logicalId]?.physicalId;
    if (given !== undefined) return given;
    const url = this.resourceDeclaration(logicalId).Properties?.Url;
    if (url === undefined) throw new Error(`${path}: needs resources.${logicalId}.physicalId in the context`);
    const urlPath = `Resources.${logicalId}.Properties.Url`;
    const host = this.scalarText(this.resolve(url, urlPath), urlPath).replace(/^https:\/\//, '');
    return `arn:${this.ctx.partition}:iam::${this.ctx.accountId}:oidc-provider/${host}`;
  }

  // ---- conditions ----

  private condition(name: string, path: string): boolean {
    const known = this.conditionValues.get(name);
    if (known !== undefined) return known;
    const declaration = this.template.Conditions?.[name];
    if (declaration === undefined) throw new Error(`${path}: unknown condition ${name}`);
    if (this.conditionsInProgress.has(name)) throw new Error(`${path}: condition ${name} depends on itself`);
    this.conditionsInProgress.add(name);
    try {
      const value = this.evaluate(declaration, `Conditions.${name}`);
      this.conditionValues.set(name, value);
      return value;
    } finally {
      this.conditionsInProgress.delete(name);
    }
  }

  private evaluate(expr: unknown, path: string): boolean {
    const call = asCall(expr, true);
    if (!call) throw new Error(`${path}: expected a condition function`);
    const [fn, args] = call;
    const at = `${path}.${fn}`;
    switch (fn) {
      case 'Condition':
        if (typeof args !== 'string') throw new Error(`${at}: expected a condition name`);
        return this.condition(args, at);
      case 'Fn::Equals': {
        const [a, b] = this.list(args, 2, at);
        // Operands are compared as text, as CloudFormation does ("0" equals 0).
        return (
          this.scalarText(this.resolve(a, `${at}[0]`), `${at}[0]`) ===
          this.scalarText(this.resolve(b, `${at}[1]`), `${at}[1]`)
        );
      }
      case 'Fn::Not':
        return !this.evaluate(this.list(args, 1, at)[0], `${at}[0]`);
      case 'Fn::And':
        return this.list(args, undefined, at).every((c, i) => this.evaluate(c, `${at}[${i}]`));
      case 'Fn::Or':
        return this.list(args, undefined, at).some((c, i) => this.evaluate(c, `${at}[${i}]`));
      default:
        throw new Error(`${at}: unsupported condition function ${fn}`);
    }
  }

  // ---- values ----

  private resolve(value: unknown, path: string): Resolved {
    if (Array.isArray(value)) {
      const out: Value[] = [];
      value.forEach((item, i) => {
        const resolved = this.resolve(item, `${path}[${i}]`);
        if (resolved !== NO_VALUE) out.push(resolved);
      });
      return out;
    }
    if (isObject(value)) {
      const call = asCall(value);
      if (call) return this.intrinsic(call[0], call[1], path);
      const out: Record<string, Value> = {};
      for (const [k, v] of Object.entries(value)) {
        const resolved = this.resolve(v, `${path}.${k}`);
        if (resolved !== NO_VALUE) out[k] = resolved;
      }
      return out;
    }
    if (
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      value === null
    ) {
      return value;
    }
    throw new Error(`${path}: not a JSON value`);
  }

  private intrinsic(fn: string, args: unknown, path: string): Resolved {
    const at = `${path}.${fn}`;
    switch (fn) {
      case 'Ref':
        if (typeof args !== 'string') throw new Error(`${at}: expected a name`);
        return this.ref(args, at);
      case 'Fn::GetAtt': {
        const [logicalId, attribute] =
          typeof args === 'string' ? splitOnce(args, '.', at) : this.list(args, 2, at);
        if (typeof logicalId !== 'string' || typeof attribute !== 'string') {
          throw new Error(`${at}: expected [logicalId, attribute]`);
        }
        return this.getAtt(logicalId, attribute, at);
      }
      case 'Fn::Sub':
        return this.sub(args, at);
      case 'Fn::If': {
        const [name, whenTrue, whenFalse] = this.list(args, 3, at);
        if (typeof name !== 'string') throw new Error(`${at}[0]: expected a condition name`);
        // Only the branch taken is resolved: the other may name a resource that does not exist.
        return this.condition(name, `${at}[0]`)
          ? this.resolve(whenTrue, `${at}[1]`)
          : this.resolve(whenFalse, `${at}[2]`);
      }
      case 'Fn::Join': {
        const [delimiter, items] = this.list(args, 2, at);
        if (typeof delimiter !== 'string') throw new Error(`${at}[0]: expected a delimiter`);
        const list = this.resolve(items, `${at}[1]`);
        if (!Array.isArray(list)) throw new Error(`${at}[1]: expected a list`);
        return list.map((item, i) => this.scalarText(item, `${at}[1][${i}]`)).join(delimiter);
      }
      case 'Fn::Split': {
        const [delimiter, source] = this.list(args, 2, at);
        if (typeof delimiter !== 'string') throw new Error(`${at}[0]: expected a delimiter`);
        return this.scalarText(this.resolve(source, `${at}[1]`), `${at}[1]`).split(delimiter);
      }
      default:
        throw new Error(`${at}: unsupported intrinsic function ${fn}`);
    }
  }

  private sub(args: unknown, path: string): string {
    const [text, vars] = typeof args === 'string' ? [args, {}] : this.list(args, 2, path);
    if (typeof text !== 'string') throw new Error(`${path}: expected a string`);
    if (!isObject(vars)) throw new Error(`${path}[1]: expected an object of variables`);
    return text.replace(/\$\{([^}]*)\}/g, (_whole, name: string) => {
      if (name.startsWith('!')) return `\${${name.slice(1)}}`;
      const at = `${path}: \${${name}}`;
      if (name in vars) return this.scalarText(this.resolve(vars[name], `${path}[1].${name}`), at);
      const dot = name.indexOf('.');
      // A dotted name is an attribute, except for pseudo parameters, which never have one.
      if (dot > 0 && !name.startsWith('AWS::')) {
        return this.scalarText(this.getAtt(name.slice(0, dot), name.slice(dot + 1), at), at);
      }
      return this.scalarText(this.ref(name, at), at);
    });
  }

  private list(args: unknown, length: number | undefined, path: string): unknown[] {
    if (!Array.isArray(args) || (length !== undefined && args.length !== length)) {
      throw new Error(`${path}: expected a list${length !== undefined ? ` of ${length}` : ''}`);
    }
    return args;
  }

  private scalarText(value: Resolved, path: string): string {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw new Error(
      `${path}: expected a string, got ${value === NO_VALUE ? 'AWS::NoValue' : JSON.stringify(value)}`,
    );
  }
}

/** The property that is a resource's physical id, for the types whose physical id is their name. */
const NAME_PROPERTY: Readonly<Record<string, string>> = {
  'AWS::S3::Bucket': 'BucketName',
  'AWS::IAM::Role': 'RoleName',
  'AWS::CloudWatch::Alarm': 'AlarmName',
};

/**
 * A single-key `{ Ref | Fn::*: args }` is a function call; anything else is data. `{ Condition }`
 * is a call only inside conditions: elsewhere `Condition` is data (an IAM statement's, say).
 */
function asCall(value: unknown, inCondition = false): [string, unknown] | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  const isCall = key === 'Ref' || key.startsWith('Fn::') || (inCondition && key === 'Condition');
  return isCall ? [key, value[key]] : undefined;
}

function splitOnce(text: string, separator: string, path: string): [string, string] {
  const at = text.indexOf(separator);
  if (at <= 0) throw new Error(`${path}: expected "logicalId.attribute"`);
  return [text.slice(0, at), text.slice(at + 1)];
}
