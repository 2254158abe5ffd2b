export const id = 113;
export const ids = [113];
export const modules = {

/***/ 3620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ REDEPLOY_DOES_NOT_REPAIR),
/* harmony export */   NM: () => (/* binding */ BACKFILL_REFILL_REMEDY),
/* harmony export */   cu: () => (/* binding */ BACKFILL_NEW_RULE_REMEDY),
/* harmony export */   kV: () => (/* binding */ BACKFILL_REMEDY)
/* harmony export */ });
/**
 * Remedies several reports give, worded once so they read the same everywhere (and can be linked
 * to their documentation once it exists). Markdown within what terminal.ts converts.
 */
/** For objects live replication never copies: those written before a rule, and FAILED ones. */
const BACKFILL_REMEDY = 're-replicate existing objects with S3 Batch Replication (`mode: backfill`)';
/**
 * A version's replication status is one per version, not per destination: a version that already
 * replicated elsewhere reads COMPLETED, and backfill's default (NONE, FAILED) would skip it.
 */
const BACKFILL_NEW_RULE_REMEDY = 'after deploy, run `mode: backfill` (add `COMPLETED` to `backfill-statuses` where those objects already replicated to another destination)';
/** A destination that starts empty needs every version again, whatever its status says. */
const BACKFILL_REFILL_REMEDY = 'after deploy, run `mode: backfill` with `backfill-statuses: COMPLETED,NONE,FAILED` to fill it';
/** Why a plain redeploy is no cure for drift. */
const REDEPLOY_DOES_NOT_REPAIR = 'Redeploying an unchanged template does not repair drift: CloudFormation changes only what the template changes.';


/***/ }),

/***/ 8955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var resolveTemplate = (function(template, ctx) {
    return new Resolver(template, ctx).run();
});
/**
 * A single-key `{ Ref | Fn::*: args }` is a function call; anything else is data. `{ Condition }`
 * is a call only inside conditions: elsewhere `Condition` is data (an IAM statement's, say).
 */
var asCall = (function(value, inCondition = false) {
    if (!isObject(value))
        return undefined;
    const keys = Object.keys(value);
    if (keys.length !== 1)
        return undefined;
    const key = keys[0];
    const isCall = key === 'Ref' || key.startsWith('Fn::') || (inCondition && key === 'Condition');
    return isCall ? [key, value[key]] : undefined;
});
var splitOnce = (function(text, separator, path) {
    const at = text.indexOf(separator);
    if (at <= 0)
        throw new Error(`${path}: expected "logicalId.attribute"`);
    return [text.slice(0, at), text.slice(at + 1)];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ resolveTemplate)
/* harmony export */ });
/* harmony import */ var _config_regions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9907);
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

/** Marks a value that AWS::NoValue removed; never escapes this module. */
const NO_VALUE = Symbol('AWS::NoValue');
const isObject = ((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
class Resolver {
    template;
    ctx;
    conditionValues = new Map();
    conditionsInProgress = new Set();
    physicalIdsInProgress = new Set();
    constructor(template, ctx) {
        this.template = template;
        this.ctx = ctx;
        this.checkParameters();
    }
    run() {
        const resources = {};
        for (const logicalId of Object.keys(this.template.Resources)) {
            if (!this.exists(logicalId))
                continue;
            const path = `Resources.${logicalId}`;
            const resource = this.resourceDeclaration(logicalId);
            const properties = this.resolve(resource.Properties ?? {}, `${path}.Properties`);
            if (!isObject(properties))
                throw new Error(`${path}.Properties: expected an object`);
            const physicalId = this.knownPhysicalId(logicalId);
            resources[logicalId] = {
                type: resource.Type,
                properties: properties,
                ...(physicalId !== undefined ? { physicalId } : {}),
            };
        }
        const outputs = {};
        for (const [name, raw] of Object.entries(this.template.Outputs ?? {})) {
            const path = `Outputs.${name}`;
            if (!isObject(raw))
                throw new Error(`${path}: expected an object`);
            if (typeof raw.Condition === 'string' && !this.condition(raw.Condition, `${path}.Condition`))
                continue;
            const value = this.resolve(raw.Value, `${path}.Value`);
            if (value === NO_VALUE)
                continue;
            outputs[name] = this.scalarText(value, `${path}.Value`);
        }
        return { resources, outputs };
    }
    // ---- parameters ----
    checkParameters() {
        const declared = this.template.Parameters ?? {};
        for (const name of Object.keys(this.ctx.parameters)) {
            if (!(name in declared))
                throw new Error(`Parameters: the template declares no parameter ${name}`);
        }
    }
    parameter(name, path) {
        const declaration = this.template.Parameters?.[name];
        if (!isObject(declaration))
            throw new Error(`${path}: Ref to unknown name ${name}`);
        const given = this.ctx.parameters[name];
        const fallback = declaration.Default;
        if (given === undefined && fallback === undefined) {
            throw new Error(`${path}: parameter ${name} has no value and no Default`);
        }
        // CloudFormation hands every parameter to the template as text, Number parameters included.
        const text = given ?? String(fallback);
        if (declaration.Type !== 'CommaDelimitedList')
            return text;
        return text === '' ? [] : text.split(',');
    }
    pseudo(name, path) {
        const { ctx } = this;
        switch (name) {
            case 'AWS::AccountId':
                return ctx.accountId;
            case 'AWS::Region':
                return ctx.region;
            case 'AWS::Partition':
                return ctx.partition;
            case 'AWS::URLSuffix':
                return (0,_config_regions_js__WEBPACK_IMPORTED_MODULE_0__/* .urlSuffix */ .rW)(ctx.partition);
            case 'AWS::StackName':
                return ctx.stackName;
            case 'AWS::StackId':
                if (ctx.stackId === undefined)
                    throw new Error(`${path}: AWS::StackId needs ctx.stackId`);
                return ctx.stackId;
            default:
                throw new Error(`${path}: unsupported pseudo parameter ${name}`);
        }
    }
    // ---- resources ----
    resourceDeclaration(logicalId) {
        const raw = this.template.Resources[logicalId];
        if (!isObject(raw) || typeof raw.Type !== 'string') {
            throw new Error(`Resources.${logicalId}: expected an object with a Type`);
        }
        return raw;
    }
    exists(logicalId) {
        const { Condition } = this.resourceDeclaration(logicalId);
        return Condition === undefined || this.condition(Condition, `Resources.${logicalId}.Condition`);
    }
    /** A resource someone refers to: it must be declared and not removed by its condition. */
    referencedResource(logicalId, path) {
        if (!(logicalId in this.template.Resources))
            throw new Error(`${path}: unknown resource ${logicalId}`);
        if (!this.exists(logicalId))
            throw new Error(`${path}: ${logicalId} is not created (its Condition is false)`);
        return this.resourceDeclaration(logicalId);
    }
    knownPhysicalId(logicalId) {
        const given = this.ctx.resources[logicalId]?.physicalId;
        if (given !== undefined)
            return given;
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
    namedPhysicalId(logicalId, nameProperty) {
        if (nameProperty === undefined)
            return undefined;
        const raw = this.resourceDeclaration(logicalId).Properties?.[nameProperty];
        if (raw === undefined)
            return undefined;
        if (this.physicalIdsInProgress.has(logicalId)) {
            throw new Error(`Resources.${logicalId}: its ${nameProperty} refers to itself`);
        }
        this.physicalIdsInProgress.add(logicalId);
        try {
            const path = `Resources.${logicalId}.Properties.${nameProperty}`;
            return this.scalarText(this.resolve(raw, path), path);
        }
        finally {
            this.physicalIdsInProgress.delete(logicalId);
        }
    }
    physicalId(logicalId, path) {
        const id = this.knownPhysicalId(logicalId);
        if (id === undefined)
            throw new Error(`${path}: needs resources.${logicalId}.physicalId in the context`);
        return id;
    }
    ref(name, path) {
        if (name === 'AWS::NoValue')
            return NO_VALUE;
        if (name.startsWith('AWS::'))
            return this.pseudo(name, path);
        if (this.template.Parameters && name in this.template.Parameters)
            return this.parameter(name, path);
        const resource = this.referencedResource(name, path);
        // Ref of an OIDC provider is its ARN, which is also its physical id.
        if (resource.Type === 'AWS::IAM::OIDCProvider')
            return this.oidcProviderArn(name, path);
        // Ref of a managed policy is its ARN, from its name.
        if (resource.Type === 'AWS::IAM::ManagedPolicy' && this.ctx.resources[name] === undefined) {
            const raw = this.resourceDeclaration(name).Properties?.ManagedPolicyName;
            const at = `Resources.${name}.Properties.ManagedPolicyName`;
            if (raw === undefined)
                throw new Error(`${path}: needs resources.${name}.physicalId in the context`);
            return `arn:${this.ctx.partition}:iam::${this.ctx.accountId}:policy/${this.scalarText(this.resolve(raw, at), at)}`;
        }
        return this.physicalId(name, path);
    }
    getAtt(logicalId, attribute, path) {
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
    rolePath(logicalId) {
        const raw = this.resourceDeclaration(logicalId).Properties?.Path;
        if (raw === undefined)
            return '/';
        const path = `Resources.${logicalId}.Properties.Path`;
        return this.scalarText(this.resolve(raw, path), path);
    }
    oidcProviderArn(logicalId, path) {
        const given = this.ctx.resources[logicalId]?.physicalId;
        if (given !== undefined)
            return given;
        const url = this.resourceDeclaration(logicalId).Properties?.Url;
        if (url === undefined)
            throw new Error(`${path}: needs resources.${logicalId}.physicalId in the context`);
        const urlPath = `Resources.${logicalId}.Properties.Url`;
        const host = this.scalarText(this.resolve(url, urlPath), urlPath).replace(/^https:\/\//, '');
        return `arn:${this.ctx.partition}:iam::${this.ctx.accountId}:oidc-provider/${host}`;
    }
    // ---- conditions ----
    condition(name, path) {
        const known = this.conditionValues.get(name);
        if (known !== undefined)
            return known;
        const declaration = this.template.Conditions?.[name];
        if (declaration === undefined)
            throw new Error(`${path}: unknown condition ${name}`);
        if (this.conditionsInProgress.has(name))
            throw new Error(`${path}: condition ${name} depends on itself`);
        this.conditionsInProgress.add(name);
        try {
            const value = this.evaluate(declaration, `Conditions.${name}`);
            this.conditionValues.set(name, value);
            return value;
        }
        finally {
            this.conditionsInProgress.delete(name);
        }
    }
    evaluate(expr, path) {
        const call = asCall(expr, true);
        if (!call)
            throw new Error(`${path}: expected a condition function`);
        const [fn, args] = call;
        const at = `${path}.${fn}`;
        switch (fn) {
            case 'Condition':
                if (typeof args !== 'string')
                    throw new Error(`${at}: expected a condition name`);
                return this.condition(args, at);
            case 'Fn::Equals': {
                const [a, b] = this.list(args, 2, at);
                // Operands are compared as text, as CloudFormation does ("0" equals 0).
                return (this.scalarText(this.resolve(a, `${at}[0]`), `${at}[0]`) ===
                    this.scalarText(this.resolve(b, `${at}[1]`), `${at}[1]`));
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
    resolve(value, path) {
        if (Array.isArray(value)) {
            const out = [];
            value.forEach((item, i) => {
                const resolved = this.resolve(item, `${path}[${i}]`);
                if (resolved !== NO_VALUE)
                    out.push(resolved);
            });
            return out;
        }
        if (isObject(value)) {
            const call = asCall(value);
            if (call)
                return this.intrinsic(call[0], call[1], path);
            const out = {};
            for (const [k, v] of Object.entries(value)) {
                const resolved = this.resolve(v, `${path}.${k}`);
                if (resolved !== NO_VALUE)
                    out[k] = resolved;
            }
            return out;
        }
        if (typeof value === 'string' ||
            typeof value === 'number' ||
            typeof value === 'boolean' ||
            value === null) {
            return value;
        }
        throw new Error(`${path}: not a JSON value`);
    }
    intrinsic(fn, args, path) {
        const at = `${path}.${fn}`;
        switch (fn) {
            case 'Ref':
                if (typeof args !== 'string')
                    throw new Error(`${at}: expected a name`);
                return this.ref(args, at);
            case 'Fn::GetAtt': {
                const [logicalId, attribute] = typeof args === 'string' ? splitOnce(args, '.', at) : this.list(args, 2, at);
                if (typeof logicalId !== 'string' || typeof attribute !== 'string') {
                    throw new Error(`${at}: expected [logicalId, attribute]`);
                }
                return this.getAtt(logicalId, attribute, at);
            }
            case 'Fn::Sub':
                return this.sub(args, at);
            case 'Fn::If': {
                const [name, whenTrue, whenFalse] = this.list(args, 3, at);
                if (typeof name !== 'string')
                    throw new Error(`${at}[0]: expected a condition name`);
                // Only the branch taken is resolved: the other may name a resource that does not exist.
                return this.condition(name, `${at}[0]`)
                    ? this.resolve(whenTrue, `${at}[1]`)
                    : this.resolve(whenFalse, `${at}[2]`);
            }
            case 'Fn::Join': {
                const [delimiter, items] = this.list(args, 2, at);
                if (typeof delimiter !== 'string')
                    throw new Error(`${at}[0]: expected a delimiter`);
                const list = this.resolve(items, `${at}[1]`);
                if (!Array.isArray(list))
                    throw new Error(`${at}[1]: expected a list`);
                return list.map((item, i) => this.scalarText(item, `${at}[1][${i}]`)).join(delimiter);
            }
            case 'Fn::Split': {
                const [delimiter, source] = this.list(args, 2, at);
                if (typeof delimiter !== 'string')
                    throw new Error(`${at}[0]: expected a delimiter`);
                return this.scalarText(this.resolve(source, `${at}[1]`), `${at}[1]`).split(delimiter);
            }
            default:
                throw new Error(`${at}: unsupported intrinsic function ${fn}`);
        }
    }
    sub(args, path) {
        const [text, vars] = typeof args === 'string' ? [args, {}] : this.list(args, 2, path);
        if (typeof text !== 'string')
            throw new Error(`${path}: expected a string`);
        if (!isObject(vars))
            throw new Error(`${path}[1]: expected an object of variables`);
        return text.replace(/\$\{([^}]*)\}/g, (_whole, name) => {
            if (name.startsWith('!'))
                return `\${${name.slice(1)}}`;
            const at = `${path}: \${${name}}`;
            if (name in vars)
                return this.scalarText(this.resolve(vars[name], `${path}[1].${name}`), at);
            const dot = name.indexOf('.');
            // A dotted name is an attribute, except for pseudo parameters, which never have one.
            if (dot > 0 && !name.startsWith('AWS::')) {
                return this.scalarText(this.getAtt(name.slice(0, dot), name.slice(dot + 1), at), at);
            }
            return this.scalarText(this.ref(name, at), at);
        });
    }
    list(args, length, path) {
        if (!Array.isArray(args) || (length !== undefined && args.length !== length)) {
            throw new Error(`${path}: expected a list${length !== undefined ? ` of ${length}` : ''}`);
        }
        return args;
    }
    scalarText(value, path) {
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        throw new Error(`${path}: expected a string, got ${value === NO_VALUE ? 'AWS::NoValue' : JSON.stringify(value)}`);
    }
}
/** The property that is a resource's physical id, for the types whose physical id is their name. */
const NAME_PROPERTY = {
    'AWS::S3::Bucket': 'BucketName',
    'AWS::IAM::Role': 'RoleName',
    'AWS::CloudWatch::Alarm': 'AlarmName',
};


/***/ }),

/***/ 7780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


/**
 * With destinations deployed as a StackSet, each destination's stack is its instance's stack,
 * named by StackSets (StackSet-<name>-<uuid>) and found through the StackSet. Returns the
 * topology and synthesis with those names in place, so verify and drift read the stacks that
 * exist; a destination without an instance keeps its own name and reads as not deployed.
 */
var locateStacks = (async function(topology, synthesis, deps) {
    const set = topology.destinationStackSet;
    if (!set)
        return { topology, synthesis };
    const instances = await (0,_stack_set_js__WEBPACK_IMPORTED_MODULE_0__/* .instancesIfAny */ .AQ)(set.name, (0,_destination_stack_set_js__WEBPACK_IMPORTED_MODULE_1__/* .stackSetDepsOf */ .c_)(set, 0, deps));
    const renamed = new Map();
    for (const d of topology.destinations) {
        const stackId = instances.find((i) => i.account === d.account && i.region === d.region)?.stackId;
        // arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/UUID
        const name = stackId?.split(':').pop()?.split('/')[1];
        if (name)
            renamed.set(d.stackName, name);
    }
    const rename = (name) => renamed.get(name) ?? name;
    return {
        topology: {
            ...topology,
            destinations: topology.destinations.map((d) => ({ ...d, stackName: rename(d.stackName) })),
        },
        synthesis: {
            ...synthesis,
            manifest: {
                ...synthesis.manifest,
                stacks: synthesis.manifest.stacks.map((s) => ({
                    ...s,
                    name: rename(s.name),
                    parameters: Object.fromEntries(Object.entries(s.parameters).map(([k, v]) => [
                        k,
                        typeof v === 'string' ? v : { ...v, fromStack: rename(v.fromStack) },
                    ])),
                })),
            },
        },
    };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   locateStacks: () => (/* binding */ locateStacks)
/* harmony export */ });
/* harmony import */ var _stack_set_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(213);
/* harmony import */ var _destination_stack_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3302);


/***/ })

};
