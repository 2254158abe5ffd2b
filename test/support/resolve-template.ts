/**
 * Resolves a CloudFormation template (plain JSON object) into the concrete values a stack would
 * have, so tests can reason about real ARNs and policies rather than intrinsic functions.
 *
 * Supported: Ref (parameters, pseudo parameters, resources), Fn::Sub (both forms, `${!Literal}`
 * escapes, `${Logical.Attr}`), Fn::GetAtt (array and `"Logical.Attr"` forms), Fn::If (only the taken
 * branch is evaluated, as in CloudFormation), Fn::Join, Fn::Select, Fn::Split, Fn::FindInMap,
 * Fn::Base64, and in Conditions Fn::Equals, Fn::Not, Fn::And, Fn::Or and {Condition}. AWS::NoValue
 * removes the property or list element; resources and outputs whose Condition is false are dropped.
 * Anything else (Fn::ImportValue, Fn::GetAZs, Fn::Cidr, Transform, ...) throws.
 *
 * Parameters are checked like CloudFormation does at create time: unknown names, missing values
 * without Default, AllowedValues, AllowedPattern (whole value), Min/MaxLength and Min/MaxValue.
 * Ref to a String or Number parameter gives a string; to a CommaDelimitedList or List<...>, an array.
 *
 * Ref / Fn::GetAtt of a resource: `physicalIds[logicalId]` / `attributes['Logical.Attr']` win;
 * otherwise, for these types only, the value is derived the way AWS forms it:
 *   AWS::S3::Bucket            Ref = BucketName; Arn, DomainName, RegionalDomainName
 *   AWS::IAM::Role             Ref = RoleName; Arn (with Path)
 *   AWS::IAM::ManagedPolicy    Ref = PolicyArn = policy ARN (needs ManagedPolicyName)
 *   AWS::IAM::OIDCProvider     Ref = Arn = oidc-provider ARN from Url
 *   AWS::KMS::Key              Arn, KeyId from the physical id (a key id is random: pass it)
 *   AWS::KMS::Alias            Ref = AliasName
 * Any other reference without an explicit value throws, naming what to pass.
 */

export type Resolved = string | number | boolean | null | Resolved[] | { [key: string]: Resolved };

export interface TemplateLike {
  readonly Parameters?: { readonly [name: string]: unknown };
  readonly Mappings?: { readonly [name: string]: unknown };
  readonly Conditions?: { readonly [name: string]: unknown };
  readonly Resources: { readonly [logicalId: string]: unknown };
  readonly Outputs?: { readonly [name: string]: unknown };
}

export interface ResolveContext {
  readonly accountId: string;
  readonly region: string;
  /** aws, aws-cn or aws-us-gov. */
  readonly partition: string;
  readonly parameters?: { readonly [name: string]: string | number | readonly string[] };
  /** Value of Ref for a resource, by logical id. */
  readonly physicalIds?: { readonly [logicalId: string]: string };
  /** Value of Fn::GetAtt, keyed `Logical.Attr`. */
  readonly attributes?: { readonly [logicalAttr: string]: string };
  /** AWS::StackName; defaults to `test-stack`. */
  readonly stackName?: string;
}

export interface ResolvedResource {
  readonly Type: string;
  readonly Properties: { [key: string]: Resolved };
}

export interface ResolvedTemplate {
  readonly resources: Record<string, ResolvedResource>;
  readonly outputs: Record<string, string>;
  /** Every condition of the template, evaluated. */
  readonly conditions: Record<string, boolean>;
}

export class TemplateResolutionError extends Error {
  override name = 'TemplateResolutionError';
}

const NO_VALUE: unique symbol = Symbol('AWS::NoValue');
type Value = Resolved | typeof NO_VALUE;

const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(path: string, message: string): never {
  throw new TemplateResolutionError(`${path}: ${message}`);
}

function expectString(v: Value, path: string, what: string): string {
  if (typeof v !== 'string') fail(path, `${what} must resolve to a string, got ${JSON.stringify(v)}`);
  return v;
}

function expectArray(v: Value, path: string, what: string): Resolved[] {
  if (!Array.isArray(v)) fail(path, `${what} must resolve to a list, got ${JSON.stringify(v)}`);
  return v;
}

interface ParameterDecl {
  readonly Type?: unknown;
  readonly Default?: unknown;
  readonly AllowedValues?: unknown;
  readonly AllowedPattern?: unknown;
  readonly MinLength?: unknown;
  readonly MaxLength?: unknown;
  readonly MinValue?: unknown;
  readonly MaxValue?: unknown;
}

const isListType = (type: string): boolean => type === 'CommaDelimitedList' || /^List<.+>$/.test(type);

function resolveParameters(template: TemplateLike, ctx: ResolveContext): Map<string, string | string[]> {
  const decls = template.Parameters ?? {};
  const given = ctx.parameters ?? {};
  for (const name of Object.keys(given)) {
    if (!(name in decls)) fail(`Parameters.${name}`, 'is not a parameter of this template');
  }
  const out = new Map<string, string | string[]>();
  for (const [name, rawDecl] of Object.entries(decls)) {
    const path = `Parameters.${name}`;
    if (!isObject(rawDecl)) fail(path, 'is not an object');
    const decl = rawDecl as ParameterDecl;
    const type = typeof decl.Type === 'string' ? decl.Type : fail(path, 'has no Type');
    const raw = name in given ? given[name] : decl.Default;
    if (raw === undefined) fail(path, 'has no Default: pass a value in parameters');
    const text = Array.isArray(raw) ? raw.join(',') : String(raw);
    const values = isListType(type) ? (text === '' ? [] : text.split(',')) : [text];
    for (const v of values) checkParameterValue(path, type, decl, v);
    out.set(name, isListType(type) ? values : text);
  }
  return out;
}

function checkParameterValue(path: string, type: string, decl: ParameterDecl, v: string): void {
  if (Array.isArray(decl.AllowedValues) && !decl.AllowedValues.map(String).includes(v)) {
    fail(
      path,
      `value ${JSON.stringify(v)} is not one of AllowedValues ${JSON.stringify(decl.AllowedValues)}`,
    );
  }
  if (typeof decl.AllowedPattern === 'string' && !new RegExp(`^(?:${decl.AllowedPattern})$`).test(v)) {
    fail(path, `value ${JSON.stringify(v)} does not match AllowedPattern ${decl.AllowedPattern}`);
  }
  if (typeof decl.MinLength === 'number' && v.length < decl.MinLength)
    fail(path, `value shorter than ${decl.MinLength}`);
  if (typeof decl.MaxLength === 'number' && v.length > decl.MaxLength)
    fail(path, `value longer than ${decl.MaxLength}`);
  if (type === 'Number' || type === 'List<Number>') {
    const n = Number(v);
    if (v.trim() === '' || Number.isNaN(n)) fail(path, `value ${JSON.stringify(v)} is not a number`);
    if (typeof decl.MinValue === 'number' && n < decl.MinValue)
      fail(path, `value below MinValue ${decl.MinValue}`);
    if (typeof decl.MaxValue === 'number' && n > decl.MaxValue)
      fail(path, `value above MaxValue ${decl.MaxValue}`);
  }
}

class Resolver {
  private readonly parameters: Map<string, string | string[]>;
  private readonly conditionValues = new Map<string, boolean>();
  private readonly conditionStack: string[] = [];
  private readonly derivationStack: string[] = [];
  private readonly urlSuffix: string;

  constructor(
    private readonly template: TemplateLike,
    private readonly ctx: ResolveContext,
  ) {
    if (!PARTITIONS.includes(ctx.partition)) fail('context', `unknown partition ${ctx.partition}`);
    if (!/^\d{12}$/.test(ctx.accountId)) fail('context', `accountId must be 12 digits, got ${ctx.accountId}`);
    if (!isObject(template) || !isObject(template.Resources)) fail('template', 'has no Resources');
    this.urlSuffix = ctx.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
    this.parameters = resolveParameters(template, ctx);
  }

  // ---- conditions -------------------------------------------------------------------------

  condition(name: string, path: string): boolean {
    const known = this.conditionValues.get(name);
    if (known !== undefined) return known;
    const conditions = this.template.Conditions ?? {};
    if (!(name in conditions)) fail(path, `unknown condition ${name}`);
    if (this.conditionStack.includes(name))
      fail(path, `circular condition ${[...this.conditionStack, name].join(' -> ')}`);
    this.conditionStack.push(name);
    const value = this.conditionExpr(conditions[name], `Conditions.${name}`);
    this.conditionStack.pop();
    this.conditionValues.set(name, value);
    return value;
  }

  private conditionExpr(expr: unknown, path: string): boolean {
    if (!isObject(expr) || Object.keys(expr).length !== 1)
      fail(path, `not a condition function: ${JSON.stringify(expr)}`);
    const [fn, arg] = Object.entries(expr)[0] as [string, unknown];
    const args = (n?: number): unknown[] => {
      if (!Array.isArray(arg) || (n !== undefined && arg.length !== n))
        fail(path, `${fn} takes ${n ?? 'a list of'} arguments`);
      return arg;
    };
    switch (fn) {
      case 'Condition':
        return this.condition(typeof arg === 'string' ? arg : fail(path, 'Condition takes a name'), path);
      case 'Fn::Equals': {
        const [a, b] = args(2).map((x, i) => this.value(x, `${path}.Fn::Equals[${i}]`));
        return comparable(a!) === comparable(b!);
      }
      case 'Fn::Not':
        return !this.conditionExpr(args(1)[0], `${path}.Fn::Not[0]`);
      case 'Fn::And':
      case 'Fn::Or': {
        const list = args();
        if (list.length < 2 || list.length > 10) fail(path, `${fn} takes 2 to 10 conditions`);
        const results = list.map((c, i) => this.conditionExpr(c, `${path}.${fn}[${i}]`));
        return fn === 'Fn::And' ? results.every(Boolean) : results.some(Boolean);
      }
      default:
        fail(path, `${fn} is not a condition function`);
    }
  }

  resourceIncluded(logicalId: string): boolean {
    const resource = this.template.Resources[logicalId];
    if (!isObject(resource)) fail(`Resources.${logicalId}`, 'is not an object');
    const cond = resource.Condition;
    return cond === undefined || this.condition(String(cond), `Resources.${logicalId}.Condition`);
  }

  // ---- values ---------------------------------------------------------------------------------

  value(node: unknown, path: string): Value {
    if (Array.isArray(node)) {
      return node.map((x, i) => this.value(x, `${path}[${i}]`)).filter((x): x is Resolved => x !== NO_VALUE);
    }
    if (isObject(node)) {
      const keys = Object.keys(node);
      if (keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'))) {
        return this.intrinsic(keys[0]!, node[keys[0]!], `${path}.${keys[0]}`);
      }
      const out: { [key: string]: Resolved } = {};
      for (const [k, v] of Object.entries(node)) {
        const r = this.value(v, `${path}.${k}`);
        if (r !== NO_VALUE) out[k] = r;
      }
      return out;
    }
    if (node === undefined) fail(path, 'is undefined');
    return node as Resolved;
  }

  private intrinsic(fn: string, arg: unknown, path: string): Value {
    const list = (n: number): unknown[] => {
      if (!Array.isArray(arg) || arg.length !== n)
        fail(path, `takes ${n} arguments, got ${JSON.stringify(arg)}`);
      return arg;
    };
    switch (fn) {
      case 'Ref':
        return this.ref(typeof arg === 'string' ? arg : fail(path, 'Ref takes a name'), path);
      case 'Fn::GetAtt': {
        if (typeof arg === 'string') {
          const dot = arg.indexOf('.');
          if (dot < 1) fail(path, `malformed GetAtt ${arg}`);
          return this.getAtt(arg.slice(0, dot), arg.slice(dot + 1), path);
        }
        const [logical, attr] = list(2);
        return this.getAtt(
          expectString(this.value(logical, path), path, 'GetAtt logical id'),
          expectString(this.value(attr, path), path, 'GetAtt attribute'),
          path,
        );
      }
      case 'Fn::Sub':
        return this.sub(arg, path);
      case 'Fn::If': {
        const [cond, whenTrue, whenFalse] = list(3);
        const name = typeof cond === 'string' ? cond : fail(path, 'Fn::If takes a condition name');
        return this.condition(name, path)
          ? this.value(whenTrue, `${path}[1]`)
          : this.value(whenFalse, `${path}[2]`);
      }
      case 'Fn::Join': {
        const [delimiter, items] = list(2);
        const sep = expectString(this.value(delimiter, path), path, 'Fn::Join delimiter');
        const parts = expectArray(this.value(items, `${path}[1]`), path, 'Fn::Join list');
        return parts.map((p, i) => stringOf(p, `${path}[1][${i}]`)).join(sep);
      }
      case 'Fn::Select': {
        const [index, items] = list(2);
        const i = Number(this.value(index, path));
        const parts = expectArray(this.value(items, `${path}[1]`), path, 'Fn::Select list');
        if (!Number.isInteger(i) || i < 0 || i >= parts.length)
          fail(path, `index ${String(index)} out of range 0..${parts.length - 1}`);
        return parts[i]!;
      }
      case 'Fn::Split': {
        const [delimiter, source] = list(2);
        const sep = expectString(this.value(delimiter, path), path, 'Fn::Split delimiter');
        return expectString(this.value(source, `${path}[1]`), path, 'Fn::Split source').split(sep);
      }
      case 'Fn::FindInMap': {
        const [map, top, second] = list(3).map((x) =>
          expectString(this.value(x, path), path, 'Fn::FindInMap key'),
        );
        const found = (
          this.template.Mappings as Record<string, Record<string, Record<string, unknown>>> | undefined
        )?.[map!]?.[top!]?.[second!];
        if (found === undefined) fail(path, `no mapping ${map}.${top}.${second}`);
        return this.value(found, path);
      }
      case 'Fn::Base64':
        return Buffer.from(expectString(this.value(arg, path), path, 'Fn::Base64 input'), 'utf8').toString(
          'base64',
        );
      default:
        fail(path, `unsupported intrinsic ${fn}`);
    }
  }

  private sub(arg: unknown, path: string): string {
    let text: string;
    let vars: Record<string, unknown> = {};
    if (typeof arg === 'string') {
      text = arg;
    } else if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string' && isObject(arg[1])) {
      [text, vars] = arg as [string, Record<string, unknown>];
    } else {
      fail(path, `malformed Fn::Sub ${JSON.stringify(arg)}`);
    }
    return text.replace(/\$\{([^}]*)\}/g, (_match, inner: string) => {
      if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
      const name = inner.trim();
      if (name in vars) return stringOf(this.value(vars[name], `${path}.${name}`), `${path}.${name}`);
      const dot = name.indexOf('.');
      if (dot > 0 && !name.startsWith('AWS::'))
        return stringOf(this.getAtt(name.slice(0, dot), name.slice(dot + 1), path), path);
      return stringOf(this.ref(name, path), `${path} \${${name}}`);
    });
  }

  private ref(name: string, path: string): Value {
    switch (name) {
      case 'AWS::AccountId':
        return this.ctx.accountId;
      case 'AWS::Region':
        return this.ctx.region;
      case 'AWS::Partition':
        return this.ctx.partition;
      case 'AWS::URLSuffix':
        return this.urlSuffix;
      case 'AWS::StackName':
        return this.stackName();
      case 'AWS::StackId':
        return `arn:${this.ctx.partition}:cloudformation:${this.ctx.region}:${this.ctx.accountId}:stack/${this.stackName()}/00000000-0000-0000-0000-000000000000`;
      case 'AWS::NotificationARNs':
        return [];
      case 'AWS::NoValue':
        return NO_VALUE;
    }
    if (name.startsWith('AWS::')) fail(path, `unknown pseudo parameter ${name}`);
    const param = this.parameters.get(name);
    if (param !== undefined) return Array.isArray(param) ? [...param] : param;
    if (name in this.template.Resources) return this.resourceRef(name, path);
    fail(path, `Ref to unknown name ${name}`);
  }

  private stackName(): string {
    return this.ctx.stackName ?? 'test-stack';
  }

  private resource(logicalId: string, path: string): { Type: string; Properties: Record<string, unknown> } {
    const resource = this.template.Resources[logicalId];
    if (!isObject(resource)) fail(path, `unknown resource ${logicalId}`);
    if (!this.resourceIncluded(logicalId)) fail(path, `${logicalId} is not created (its Condition is false)`);
    const type = typeof resource.Type === 'string' ? resource.Type : fail(path, `${logicalId} has no Type`);
    return { Type: type, Properties: isObject(resource.Properties) ? resource.Properties : {} };
  }

  /** Resolves one property of a resource, guarding against derivation cycles. */
  private property(logicalId: string, property: string, path: string): string | undefined {
    const { Properties } = this.resource(logicalId, path);
    if (Properties[property] === undefined) return undefined;
    const key = `${logicalId}.${property}`;
    if (this.derivationStack.includes(key))
      fail(path, `circular reference ${[...this.derivationStack, key].join(' -> ')}`);
    this.derivationStack.push(key);
    try {
      const v = this.value(Properties[property], `Resources.${logicalId}.Properties.${property}`);
      return v === NO_VALUE ? undefined : expectString(v, path, key);
    } finally {
      this.derivationStack.pop();
    }
  }

  private resourceRef(logicalId: string, path: string): string {
    const { Type } = this.resource(logicalId, path);
    const explicit = this.ctx.physicalIds?.[logicalId];
    if (explicit !== undefined) return explicit;
    const { partition: p, accountId: acct } = this.ctx;
    const derived = ((): string | undefined => {
      switch (Type) {
        case 'AWS::S3::Bucket':
          return this.property(logicalId, 'BucketName', path);
        case 'AWS::IAM::Role':
          return this.property(logicalId, 'RoleName', path);
        case 'AWS::KMS::Alias':
          return this.property(logicalId, 'AliasName', path);
        case 'AWS::IAM::ManagedPolicy': {
          const name = this.property(logicalId, 'ManagedPolicyName', path);
          return (
            name && `arn:${p}:iam::${acct}:policy${this.property(logicalId, 'Path', path) ?? '/'}${name}`
          );
        }
        case 'AWS::IAM::OIDCProvider': {
          const url = this.property(logicalId, 'Url', path);
          return url && `arn:${p}:iam::${acct}:oidc-provider/${url.replace(/^https:\/\//, '')}`;
        }
        case 'AWS::SNS::Topic': {
          const name = this.property(logicalId, 'TopicName', path);
          return name && `arn:${p}:sns:${this.ctx.region}:${acct}:${name}`;
        }
        case 'AWS::CloudWatch::Alarm':
          return this.property(logicalId, 'AlarmName', path);
        default:
          return undefined;
      }
    })();
    if (derived === undefined)
      fail(path, `no physical id for ${logicalId} (${Type}): pass physicalIds.${logicalId}`);
    return derived;
  }

  private getAtt(logicalId: string, attr: string, path: string): Value {
    const { Type } = this.resource(logicalId, path);
    const explicit = this.ctx.attributes?.[`${logicalId}.${attr}`];
    if (explicit !== undefined) return explicit;
    const { partition: p, accountId: acct, region } = this.ctx;
    const id = (): string => this.resourceRef(logicalId, path);
    const derived = ((): string | undefined => {
      switch (`${Type}.${attr}`) {
        case 'AWS::S3::Bucket.Arn':
          return `arn:${p}:s3:::${id()}`;
        case 'AWS::S3::Bucket.DomainName':
          return `${id()}.s3.${this.urlSuffix}`;
        case 'AWS::S3::Bucket.RegionalDomainName':
          return `${id()}.s3.${region}.${this.urlSuffix}`;
        case 'AWS::IAM::Role.Arn':
          return `arn:${p}:iam::${acct}:role${this.property(logicalId, 'Path', path) ?? '/'}${id()}`;
        case 'AWS::IAM::ManagedPolicy.PolicyArn':
        case 'AWS::IAM::OIDCProvider.Arn':
          return id();
        case 'AWS::KMS::Key.Arn':
          return `arn:${p}:kms:${region}:${acct}:key/${id()}`;
        case 'AWS::KMS::Key.KeyId':
          return id();
        default:
          return undefined;
      }
    })();
    if (derived === undefined) {
      fail(path, `no value for ${logicalId}.${attr} (${Type}): pass attributes['${logicalId}.${attr}']`);
    }
    return derived;
  }
}

function comparable(v: Value): string {
  if (v === NO_VALUE) return '<NoValue>';
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

function stringOf(v: Value, path: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  fail(path, `must resolve to a string, got ${v === NO_VALUE ? 'AWS::NoValue' : JSON.stringify(v)}`);
}

export function resolveTemplate(template: TemplateLike, ctx: ResolveContext): ResolvedTemplate {
  const resolver = new Resolver(template, ctx);

  const conditions: Record<string, boolean> = {};
  for (const name of Object.keys(template.Conditions ?? {}))
    conditions[name] = resolver.condition(name, 'Conditions');

  const resources: Record<string, ResolvedResource> = {};
  for (const [logicalId, raw] of Object.entries(template.Resources)) {
    if (!resolver.resourceIncluded(logicalId)) continue;
    const resource = raw as { Type?: unknown; Properties?: unknown };
    if (typeof resource.Type !== 'string') fail(`Resources.${logicalId}`, 'has no Type');
    const properties = resolver.value(resource.Properties ?? {}, `Resources.${logicalId}.Properties`);
    if (!isObject(properties)) fail(`Resources.${logicalId}.Properties`, 'is not an object');
    resources[logicalId] = { Type: resource.Type, Properties: properties as { [key: string]: Resolved } };
  }

  const outputs: Record<string, string> = {};
  for (const [name, raw] of Object.entries(template.Outputs ?? {})) {
    const path = `Outputs.${name}`;
    if (!isObject(raw)) fail(path, 'is not an object');
    if (raw.Condition !== undefined && !resolver.condition(String(raw.Condition), `${path}.Condition`))
      continue;
    const value = resolver.value(raw.Value, `${path}.Value`);
    outputs[name] = expectString(value, path, 'an output value');
  }

  return { resources, outputs, conditions };
}
