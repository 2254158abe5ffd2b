export const id = 673;
export const ids = [673];
export const modules = {

/***/ 4075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadTopology: () => (/* binding */ loadTopology)
});

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/core/config/diagnostic.ts
var diagnostic = __webpack_require__(6471);
// EXTERNAL MODULE: ./src/core/quote.ts
var quote = __webpack_require__(3195);
// EXTERNAL MODULE: ./src/core/config/did-you-mean.ts
var did_you_mean = __webpack_require__(523);
;// CONCATENATED MODULE: ./src/core/config/yaml-locations.ts

/** The map key for a path; shared with the validator so both sides agree. */
function pathKey(path) {
    return JSON.stringify(path);
}
/**
 * js-yaml's loader drops source positions, so the event stream (which keeps offsets) is walked
 * once more to record where each value, and each mapping key, begins. Keys are recorded under
 * the path of their value with a `#key` suffix so "unknown key" errors point at the key itself.
 */
function indexLocations(source) {
    const lineStarts = [0];
    for (let i = 0; i < source.length; i++)
        if (source[i] === '\n')
            lineStarts.push(i + 1);
    const locate = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((lineStarts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
    };
    const index = new Map();
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(source, {});
    }
    catch {
        return index; // the loader reports the syntax error itself
    }
    const stack = [];
    const childPath = () => {
        const top = stack[stack.length - 1];
        if (!top)
            return [];
        if (top.kind === 'seq')
            return [...top.path, top.next++];
        if (top.key === undefined)
            return undefined; // this node is a key
        const p = [...top.path, top.key];
        top.key = undefined;
        return p;
    };
    for (const ev of events) {
        switch (ev.type) {
            case js_yaml/* EVENT_ID */.hy.SCALAR: {
                const top = stack[stack.length - 1];
                const path = childPath();
                const start = ev.valueStart >= 0 ? ev.valueStart : Math.max(ev.anchorStart, ev.tagStart, 0);
                if (path === undefined && top?.kind === 'map') {
                    top.key = (0,js_yaml/* getScalarValue */.KE)(source, ev);
                    index.set(pathKey([...top.path, top.key]) + '#key', { location: locate(start), raw: top.key });
                }
                else if (path) {
                    index.set(pathKey(path), {
                        location: locate(start),
                        raw: source.slice(ev.valueStart, ev.valueEnd),
                    });
                }
                break;
            }
            case js_yaml/* EVENT_ID */.hy.MAPPING:
            case js_yaml/* EVENT_ID */.hy.SEQUENCE: {
                const path = childPath() ?? [];
                index.set(pathKey(path), { location: locate(ev.start) });
                stack.push(ev.type === js_yaml/* EVENT_ID */.hy.MAPPING ? { kind: 'map', path } : { kind: 'seq', path, next: 0 });
                break;
            }
            case js_yaml/* EVENT_ID */.hy.ALIAS:
                childPath();
                break;
            case js_yaml/* EVENT_ID */.hy.POP:
                stack.pop();
                break;
            default:
                break;
        }
    }
    return index;
}
/**
 * The key as written, for a key js-yaml turned into a number and back (e.g. an unquoted account id
 * 012345678901 arrives as "12345678901"); undefined when the key was loaded as written.
 */
function rawKeyOf(index, parent, loadedKey) {
    const prefix = pathKey(parent).slice(0, -1);
    for (const [k, info] of index) {
        if (!k.endsWith('#key') || !k.startsWith(prefix) || info.raw === undefined || info.raw === loadedKey)
            continue;
        if (pathKey([...parent, info.raw]) + '#key' === k &&
            /^[0-9]+$/.test(info.raw) &&
            Number(info.raw) === Number(loadedKey)) {
            return info.raw;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/config/check-shape.ts




function createReporter(locations) {
    const diagnostics = [];
    const push = (severity, path, message, atKey = false) => {
        const key = pathKey(path);
        const info = (atKey ? locations.get(key + '#key') : undefined) ?? locations.get(key) ?? nearest(path);
        diagnostics.push({
            severity,
            path: (0,diagnostic/* formatPath */.jV)(path),
            message,
            ...(info ? { location: info.location } : {}),
        });
    };
    // A missing property has no position of its own: point at the object that lacks it.
    const nearest = (path) => {
        for (let n = path.length - 1; n >= 0; n--) {
            const hit = locations.get(pathKey(path.slice(0, n)));
            if (hit)
                return hit;
        }
        return undefined;
    };
    return {
        diagnostics,
        error: (path, message, opts) => push('error', path, message, opts?.atKey ?? false),
        warning: (path, message) => push('warning', path, message),
    };
}
const typeName = (v) => v === null
    ? 'null'
    : Array.isArray(v)
        ? 'a list'
        : typeof v === 'object'
            ? 'a mapping'
            : `the ${typeof v} ${typeof v === 'string' ? (0,quote/* quote */.h)(v) : JSON.stringify(v)}`;
/**
 * Walks `value` against `shape`, reporting every mismatch, and returns the value with accounts
 * normalised to strings (or undefined where the value is unusable). It never throws on user input.
 */
function checkShape(value, shape, path, ctx) {
    const { report } = ctx;
    switch (shape.type) {
        case 'account': {
            if (typeof value === 'number') {
                // YAML turned an unquoted id into a number. Twelve digits with no leading zero survive any
                // YAML reader; a leading zero is already lost here and in every other tool that reads the file.
                const raw = ctx.locations.get(pathKey(path))?.raw ?? String(value);
                if (/^[1-9][0-9]{11}$/.test(raw))
                    return raw;
                report.error(path, /^0/.test(raw)
                    ? `account id ${raw} must be in quotes ("${raw}"): unquoted, YAML reads it as the number ${value} and drops the leading zero.`
                    : `account id ${raw} must be 12 digits, written in quotes ("${raw}").`);
                return undefined;
            }
            if (typeof value !== 'string' || !/^[0-9]{12}$/.test(value)) {
                report.error(path, `must be a 12-digit AWS account id in quotes, got ${typeName(value)}.`);
                return undefined;
            }
            return value;
        }
        case 'string': {
            if (typeof value !== 'string') {
                report.error(path, `must be a string, got ${typeName(value)}.`);
                return undefined;
            }
            if (LONE_SURROGATE.test(value)) {
                report.error(path, `${(0,quote/* quote */.h)(value)} is not valid Unicode (a lone UTF-16 surrogate): AWS refuses it.`);
                return undefined;
            }
            if (shape.enum && !shape.enum.includes(value)) {
                report.error(path, `${(0,quote/* quote */.h)(value)} is not one of ${shape.enum.join(', ')}.${(0,did_you_mean/* suggestion */.h)(value, shape.enum)}`);
                return undefined;
            }
            if (shape.minLength !== undefined && value.length < shape.minLength) {
                report.error(path, `must be at least ${shape.minLength} characters long.`);
                return undefined;
            }
            if (shape.maxLength !== undefined && value.length > shape.maxLength) {
                report.error(path, `must be at most ${shape.maxLength} characters long (it has ${value.length}).`);
                return undefined;
            }
            if (shape.pattern && !new RegExp(shape.pattern, 'u').test(value)) {
                report.error(path, `${(0,quote/* quote */.h)(value)} is not valid: ${shape.patternHint ?? `must match ${shape.pattern}`}.`);
                return undefined;
            }
            return value;
        }
        case 'integer': {
            if (typeof value !== 'number' || !Number.isInteger(value)) {
                report.error(path, `must be a whole number, got ${typeName(value)}.`);
                return undefined;
            }
            if ((shape.minimum !== undefined && value < shape.minimum) ||
                (shape.maximum !== undefined && value > shape.maximum)) {
                report.error(path, `must be between ${shape.minimum ?? '-∞'} and ${shape.maximum ?? '∞'}, got ${value}.`);
                return undefined;
            }
            return value;
        }
        case 'boolean':
            if (typeof value !== 'boolean') {
                report.error(path, `must be true or false, got ${typeName(value)}.`);
                return undefined;
            }
            return value;
        case 'array': {
            if (!Array.isArray(value)) {
                report.error(path, `must be a list, got ${typeName(value)}.`);
                return undefined;
            }
            if (shape.minItems !== undefined && value.length < shape.minItems) {
                report.error(path, `must have at least ${shape.minItems} item${shape.minItems === 1 ? '' : 's'}.`);
            }
            if (shape.maxItems !== undefined && value.length > shape.maxItems) {
                report.error(path, `must have at most ${shape.maxItems} items (it has ${value.length}).`);
            }
            return value.map((item, i) => checkShape(item, shape.items, [...path, i], ctx));
        }
        case 'map': {
            if (!isPlainObject(value)) {
                report.error(path, `must be a mapping, got ${typeName(value)}.`);
                return undefined;
            }
            const entries = Object.entries(value);
            if (shape.maxEntries !== undefined && entries.length > shape.maxEntries) {
                report.error(path, `must have at most ${shape.maxEntries} entries (it has ${entries.length}).`);
            }
            const out = {};
            for (const [k, v] of entries) {
                if (!usableKey(k, path, report))
                    continue;
                if (shape.keyPattern && !new RegExp(shape.keyPattern, 'u').test(k)) {
                    const raw = rawKeyOf(ctx.locations, path, k);
                    if (raw !== undefined) {
                        report.error([...path, raw], `key ${raw} must be in quotes ("${raw}"): unquoted, YAML reads it as the number ${k}.`, {
                            atKey: true,
                        });
                        continue;
                    }
                    report.error([...path, k], `key ${(0,quote/* quote */.h)(k)} is not valid: ${shape.keyHint ?? `must match ${shape.keyPattern}`}.`, {
                        atKey: true,
                    });
                    continue;
                }
                const checked = checkShape(v, shape.values, [...path, k], ctx);
                if (checked !== undefined)
                    out[k] = checked;
            }
            return out;
        }
        case 'object': {
            if (!isPlainObject(value)) {
                report.error(path, `must be a mapping, got ${typeName(value)}.`);
                return undefined;
            }
            const known = Object.keys(shape.properties);
            const out = {};
            for (const [k, v] of Object.entries(value)) {
                if (!usableKey(k, path, report))
                    continue;
                const child = Object.hasOwn(shape.properties, k) ? shape.properties[k] : undefined;
                if (!child) {
                    report.error([...path, k], `unknown key ${(0,quote/* quote */.h)(k)}.${(0,did_you_mean/* suggestion */.h)(k, known) || ` Allowed: ${known.join(', ')}.`}`, {
                        atKey: true,
                    });
                    continue;
                }
                const checked = checkShape(v, child, [...path, k], ctx);
                if (checked !== undefined)
                    out[k] = checked;
            }
            for (const req of shape.required ?? []) {
                if (!(req in value))
                    report.error([...path, req], `required key "${req}" is missing: ${shape.properties[req]?.description ?? ''}`.trim());
            }
            return out;
        }
    }
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A UTF-16 surrogate without its pair: no valid Unicode text contains one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Keys a JavaScript object cannot hold as data (`__proto__` would set the prototype and vanish) or
 * that are not valid Unicode are refused by name, never dropped in silence.
 */
function usableKey(key, path, report) {
    if (key === '__proto__') {
        report.error([...path, key], 'the key "__proto__" cannot be used: rename it.', { atKey: true });
        return false;
    }
    if (LONE_SURROGATE.test(key)) {
        report.error([...path, key], `the key ${(0,quote/* quote */.h)(key)} is not valid Unicode (a lone UTF-16 surrogate).`, {
            atKey: true,
        });
        return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/core/config/bucket-name.ts
/**
 * S3 general purpose bucket naming rules, as documented by AWS. Returns every broken rule, so the
 * user fixes a name once. Dots are legal but break virtual-hosted TLS, hence a separate warning.
 */
function bucketNameProblems(name) {
    const problems = [];
    if (name.length < 3 || name.length > 63)
        problems.push(`must be 3-63 characters long (it has ${name.length})`);
    if (!/^[a-z0-9.-]*$/.test(name))
        problems.push('may contain only lowercase letters, digits, "." and "-"');
    if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name))
        problems.push('must begin and end with a letter or digit');
    if (name.includes('..'))
        problems.push('must not contain two adjacent periods');
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name))
        problems.push('must not be formatted as an IP address');
    for (const prefix of ['xn--', 'sthree-', 'amzn-s3-demo-']) {
        if (name.startsWith(prefix))
            problems.push(`must not start with "${prefix}"`);
    }
    for (const suffix of ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3']) {
        if (name.endsWith(suffix))
            problems.push(`must not end with "${suffix}"`);
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/core/config/key-arn.ts

const KEY_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;
/**
 * Replica encryption must name a key by its full key ARN: S3 does not validate the key when the
 * configuration is written, so an alias or the AWS managed aws/s3 key only shows up later as
 * FAILED objects (AWS managed keys cannot be used across accounts at all).
 */
function checkKeyArn(value) {
    if (value === 'aws/s3' || value === 'alias/aws/s3' || /:alias\/aws\/s3$/.test(value)) {
        return {
            ok: false,
            reason: 'the AWS managed key aws/s3 cannot be used: its policy cannot grant another account',
        };
    }
    if (value.startsWith('alias/') || /^arn:[^:]+:kms:[^:]*:[^:]*:alias\//.test(value)) {
        return {
            ok: false,
            reason: 'an alias is not accepted: give the key ARN (arn:…:kms:REGION:ACCOUNT:key/ID)',
        };
    }
    const m = /^arn:(aws|aws-cn|aws-us-gov):kms:([a-z0-9-]+):([0-9]{12}):key\/(.+)$/.exec(value);
    if (!m) {
        return {
            ok: false,
            reason: 'must be "create" or a KMS key ARN of the form arn:PARTITION:kms:REGION:ACCOUNT:key/KEY-ID',
        };
    }
    const [, partition, region, account, keyId] = m;
    if (!KEY_ID.test(keyId))
        return { ok: false, reason: `${(0,quote/* quote */.h)(keyId)} is not a KMS key id (a UUID or mrk-…)` };
    return { ok: true, arn: { partition, region, account, keyId } };
}

// EXTERNAL MODULE: ./src/core/config/regions.ts
var regions = __webpack_require__(9907);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
;// CONCATENATED MODULE: ./src/core/config/check-semantics.ts






/** S3 accepts at most 1,000 rules in one replication configuration. */
const MAX_S3_RULES = 1000;
/**
 * Rules that need more than one field, or knowledge of AWS, to decide. Runs on a config whose
 * shape may have failed in places: every field is treated as possibly absent.
 */
function checkSemantics(config, report) {
    const source = config.source;
    const destinations = config.destinations ?? [];
    const sourcePartition = source?.region ? (0,regions/* partitionOf */.iQ)(source.region) : undefined;
    const checkPlace = (path, place) => {
        if (place.region !== undefined) {
            const partition = (0,regions/* partitionOf */.iQ)(place.region);
            if (!partition) {
                report.error([...path, 'region'], `${(0,quote/* quote */.h)(place.region)} is not a known AWS region.${(0,did_you_mean/* suggestion */.h)(place.region, regions/* KNOWN_REGIONS */.Qu)}`);
            }
            else if (sourcePartition && partition !== sourcePartition) {
                report.error([...path, 'region'], `${place.region} is in partition ${partition} but the source is in ${sourcePartition}: replication cannot cross partitions.`);
            }
        }
        if (place.bucket !== undefined) {
            const problems = bucketNameProblems(place.bucket);
            if (problems.length > 0)
                report.error([...path, 'bucket'], `${(0,quote/* quote */.h)(place.bucket)} is not a valid S3 bucket name: it ${problems.join('; it ')}.`);
            else if (place.bucket.includes('.')) {
                report.warning([...path, 'bucket'], `${(0,quote/* quote */.h)(place.bucket)} contains "." which breaks virtual-hosted-style HTTPS; prefer "-".`);
            }
        }
        if (place.kmsKey !== undefined && place.kmsKey !== 'create') {
            const key = checkKeyArn(place.kmsKey);
            if (!key.ok)
                report.error([...path, 'kmsKey'], key.reason + '.');
            else {
                if (place.region !== undefined && key.arn.region !== place.region) {
                    report.error([...path, 'kmsKey'], `the key is in ${key.arn.region} but the bucket is in ${place.region}: S3 needs a key in the bucket's region.`);
                }
                if (place.account !== undefined && key.arn.account !== place.account) {
                    report.error([...path, 'kmsKey'], `the key belongs to account ${key.arn.account} but the bucket to ${place.account}: use a key of the bucket's account.`);
                }
                const partition = place.region ? (0,regions/* partitionOf */.iQ)(place.region) : undefined;
                if (partition && key.arn.partition !== partition) {
                    report.error([...path, 'kmsKey'], `the key ARN is in partition ${key.arn.partition} but ${place.region} is in ${partition}.`);
                }
            }
        }
    };
    if (source)
        checkPlace(['source'], source);
    const ids = new Map();
    const logicalIds = new Map();
    const buckets = new Map();
    destinations.forEach((d, i) => {
        if (!d)
            return;
        const path = ['destinations', i];
        checkPlace(path, d);
        if (d.id !== undefined) {
            const seen = ids.get(d.id);
            if (seen !== undefined)
                report.error([...path, 'id'], `duplicate destination id ${(0,quote/* quote */.h)(d.id)} (also destinations[${seen}].id).`);
            else {
                ids.set(d.id, i);
                const logical = (0,names/* logicalIdOf */.YZ)(d.id);
                const clash = logicalIds.get(logical);
                if (clash !== undefined) {
                    report.error([...path, 'id'], `${(0,quote/* quote */.h)(d.id)} and ${(0,quote/* quote */.h)(clash)} give the same CloudFormation name ${(0,quote/* quote */.h)(logical)}: rename one.`);
                }
                else
                    logicalIds.set(logical, d.id);
            }
        }
        if (d.bucket !== undefined) {
            if (source?.bucket === d.bucket) {
                report.error([...path, 'bucket'], `${(0,quote/* quote */.h)(d.bucket)} is the source bucket: a bucket cannot replicate to itself.`);
            }
            const seen = buckets.get(d.bucket);
            if (seen !== undefined)
                report.error([...path, 'bucket'], `bucket ${(0,quote/* quote */.h)(d.bucket)} is already destinations[${seen}].bucket.`);
            else
                buckets.set(d.bucket, i);
        }
        if (d.replicationTime && d.replicationTime.minutes !== undefined && d.replicationTime.minutes !== 15) {
            report.error([...path, 'replicationTime', 'minutes'], `must be 15: S3 Replication Time Control accepts only 15 minutes (got ${d.replicationTime.minutes}).`);
        }
    });
    checkRules(config, ids, report);
    checkReplicationRoleName(config, report);
    checkAccounts(config, report);
    checkDestinationStackSet(config, report);
}
function checkRules(config, destinationIds, report) {
    const rules = config.rules ?? [];
    const ruleIds = new Map();
    const priorities = new Map();
    const used = new Set();
    // S3 rule ids are "<rule id>-<destination id>"; different pairs can spell the same id.
    const generatedIds = new Map();
    let generated = 0;
    rules.forEach((r, i) => {
        if (!r)
            return;
        const path = ['rules', i];
        if (r.id !== undefined) {
            const seen = ruleIds.get(r.id);
            if (seen !== undefined)
                report.error([...path, 'id'], `duplicate rule id ${(0,quote/* quote */.h)(r.id)} (also rules[${seen}].id).`);
            else
                ruleIds.set(r.id, i);
        }
        if (r.priority !== undefined) {
            const seen = priorities.get(r.priority);
            if (seen !== undefined) {
                report.error([...path, 'priority'], `priority ${r.priority} is already used by rules[${seen}]: priorities must be unique.`);
            }
            else
                priorities.set(r.priority, i);
        }
        const tagCount = Object.keys(r.filter?.tags ?? {}).length;
        if (tagCount > 0 && r.deleteMarkerReplication === true) {
            report.error([...path, 'deleteMarkerReplication'], 'must be false when the filter has tags: S3 does not replicate delete markers for tag-based rules.');
        }
        const seenHere = new Set();
        (r.destinations ?? []).forEach((id, j) => {
            if (id === undefined)
                return;
            if (seenHere.has(id))
                report.error([...path, 'destinations', j], `destination ${(0,quote/* quote */.h)(id)} is listed twice.`);
            seenHere.add(id);
            if (!destinationIds.has(id)) {
                const known = [...destinationIds.keys()];
                report.error([...path, 'destinations', j], `${(0,quote/* quote */.h)(id)} is not a destination id.${(0,did_you_mean/* suggestion */.h)(id, known) || (known.length ? ` Known: ${known.join(', ')}.` : '')}`);
            }
            else {
                used.add(id);
                if (r.id !== undefined && ruleIds.get(r.id) === i) {
                    const s3Id = `${r.id}-${id}`;
                    const clash = generatedIds.get(s3Id);
                    if (clash !== undefined && clash !== `${i}`) {
                        report.error([...path, 'id'], `rules[${clash}] and this rule both generate the S3 rule id ${(0,quote/* quote */.h)(s3Id)} (rule id + "-" + destination id): rename one.`);
                    }
                    generatedIds.set(s3Id, `${i}`);
                }
            }
        });
        generated += seenHere.size;
    });
    if (generated > MAX_S3_RULES) {
        report.error(['rules'], `these rules expand to ${generated} S3 rules (one per rule and destination); S3 accepts at most ${MAX_S3_RULES}.`);
    }
    for (const [id, i] of destinationIds) {
        if (!used.has(id) && rules.length > 0) {
            report.warning(['destinations', i, 'id'], `no rule replicates to ${(0,quote/* quote */.h)(id)}: its stack is deployed but receives nothing.`);
        }
    }
}
/**
 * The bootstrap's execution role may create and edit the roles these names match (always inside the
 * permissions boundary), so a name must be unmistakably the product's: never an existing role such as
 * OrganizationAccountAccessRole, which the execution role could otherwise fence in with the boundary.
 */
function checkReplicationRoleName(config, report) {
    const name = config.source?.replicationRoleName;
    if (name === undefined)
        return;
    const prefixes = [...new Set([names/* DEFAULT_STACK_PREFIX */.aH, config.options?.stackPrefix ?? names/* DEFAULT_STACK_PREFIX */.aH])];
    const ours = prefixes.some((p) => name.startsWith(`${p}-`) &&
        name.endsWith(names/* REPLICATION_ROLE_SUFFIX */.C$) &&
        name.length > p.length + names/* REPLICATION_ROLE_SUFFIX */.C$.length + 1);
    if (!ours)
        report.error(['source', 'replicationRoleName'], `"${name}" is not a product role name: it must look like ${prefixes.map((p) => `"${p}-…${names/* REPLICATION_ROLE_SUFFIX */.C$}"`).join(' or ')}, because the bootstrap's execution role may create and change the roles these names match and must never reach a role the product does not own.`);
}
function checkAccounts(config, report) {
    const partition = config.source?.region ? (0,regions/* partitionOf */.iQ)(config.source.region) : undefined;
    const inTopology = new Set();
    if (config.source?.account)
        inTopology.add(config.source.account);
    if (config.destinationStackSet?.account)
        inTopology.add(config.destinationStackSet.account);
    for (const d of config.destinations ?? [])
        if (d?.account)
            inTopology.add(d.account);
    for (const [account, settings] of Object.entries(config.accounts ?? {})) {
        if (!inTopology.has(account)) {
            report.warning(['accounts', account], `account ${account} is neither the source nor a destination; its settings are unused.`);
        }
        for (const field of ['deployRole', 'planRole', 'executionRole']) {
            const role = settings?.[field];
            if (role === undefined)
                continue;
            const arn = /^arn:(aws|aws-cn|aws-us-gov):iam::([0-9]{12}):role\/([\w+=,.@/-]{1,64})$/.exec(role);
            if (role.startsWith('arn:')) {
                if (!arn)
                    report.error(['accounts', account, field], `${(0,quote/* quote */.h)(role)} is not an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME).`);
                else if (partition && arn[1] !== partition) {
                    report.error(['accounts', account, field], `the role ARN is in partition ${arn[1]} but the topology is in ${partition}.`);
                }
                else if (arn[2] !== account) {
                    report.error(['accounts', account, field], `the role is in account ${arn[2]}, not ${account}: the action assumes a role in each account directly.`);
                }
            }
            else if (!/^[\w+=,.@-]{1,64}$/.test(role)) {
                report.error(['accounts', account, field], `${(0,quote/* quote */.h)(role)} is not an IAM role name (up to 64 letters, digits and +=,.@_-).`);
            }
        }
        const boundary = settings?.permissionsBoundary;
        if (boundary !== undefined && boundary !== names/* NO_BOUNDARY */.RK) {
            const arn = /^arn:(aws|aws-cn|aws-us-gov):iam::([0-9]{12}):policy\/([\w+=,.@/-]{1,128})$/.exec(boundary);
            const path = ['accounts', account, 'permissionsBoundary'];
            if (boundary.startsWith('arn:')) {
                if (!arn)
                    report.error(path, `"${boundary}" is not a managed policy ARN (arn:PARTITION:iam::ACCOUNT:policy/NAME).`);
                else if (partition && arn[1] !== partition)
                    report.error(path, `the policy ARN is in partition ${arn[1]} but the topology is in ${partition}.`);
                else if (arn[2] !== account)
                    report.error(path, `the policy is in account ${arn[2]}, not ${account}: a permissions boundary must be in the role's own account.`);
            }
            else if (!/^[\w+=,.@-]{1,128}$/.test(boundary))
                report.error(path, `"${boundary}" is not a managed policy name (up to 128 letters, digits and +=,.@_-), an ARN, or "none".`);
        }
    }
}
/**
 * A StackSet holds one instance per account and region: two destinations there would be one
 * instance. Its own region must be in the topology's partition (StackSets do not cross them).
 */
function checkDestinationStackSet(config, report) {
    const set = config.destinationStackSet;
    if (!set)
        return;
    const seen = new Map();
    (config.destinations ?? []).forEach((d, i) => {
        if (!d?.account || !d.region)
            return;
        const key = `${d.account}/${d.region}`;
        const first = seen.get(key);
        if (d.tags !== undefined)
            report.error(['destinations', i, 'tags'], 'a StackSet (destinationStackSet) has one set of tags for every instance: put them in the top-level tags.');
        if (first !== undefined)
            report.error(['destinations', i, 'region'], `destinations[${first}] is in the same account and region (${d.account}, ${(0,quote/* printable */.g)(String(d.region))}): a StackSet (destinationStackSet) has one instance per account and region. Use separate stacks for these, or another region.`);
        else
            seen.set(key, i);
    });
    if (set.region !== undefined) {
        const partition = (0,regions/* partitionOf */.iQ)(set.region);
        const sourcePartition = config.source?.region ? (0,regions/* partitionOf */.iQ)(config.source.region) : undefined;
        if (!partition)
            report.error(['destinationStackSet', 'region'], `${(0,quote/* quote */.h)(set.region)} is not a known AWS region.${(0,did_you_mean/* suggestion */.h)(set.region, regions/* KNOWN_REGIONS */.Qu)}`);
        else if (sourcePartition && partition !== sourcePartition)
            report.error(['destinationStackSet', 'region'], `${set.region} is in partition ${partition} but the source is in ${sourcePartition}: a StackSet cannot deploy across partitions.`);
    }
}

// EXTERNAL MODULE: ./src/core/config/config-shape.ts
var config_shape = __webpack_require__(978);
;// CONCATENATED MODULE: ./src/core/config/parse-config.ts






/** YAML text → checked Config, or every problem found in one pass. Pure: never throws on input. */
function parseConfig(text) {
    if (!/^[ \t]*[^#\s]/m.test(text)) {
        return {
            ok: false,
            diagnostics: [{ severity: 'error', path: '(root)', message: 'the config file is empty.' }],
        };
    }
    let value;
    try {
        value = (0,js_yaml/* load */.Hh)(text);
    }
    catch (e) {
        const mark = e.mark;
        const reason = e.reason ?? (e instanceof Error ? e.message : String(e));
        return {
            ok: false,
            diagnostics: [
                {
                    severity: 'error',
                    path: '(root)',
                    message: `not valid YAML: ${reason}`,
                    ...(mark?.line !== undefined
                        ? { location: { line: mark.line + 1, column: (mark.column ?? 0) + 1 } }
                        : {}),
                },
            ],
        };
    }
    if (value === undefined || value === null) {
        return {
            ok: false,
            diagnostics: [{ severity: 'error', path: '(root)', message: 'the config file is empty.' }],
        };
    }
    const locations = indexLocations(text);
    const report = createReporter(locations);
    const checked = checkShape(value, config_shape/* configShape */._, [], { report, locations });
    if (checked)
        checkSemantics(checked, report);
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0 || !checked)
        return { ok: false, diagnostics: sortByLocation(report.diagnostics) };
    return { ok: true, config: checked, warnings: sortByLocation(report.diagnostics) };
}
function sortByLocation(ds) {
    return [...ds].sort((a, b) => (a.location?.line ?? Infinity) - (b.location?.line ?? Infinity) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0));
}

;// CONCATENATED MODULE: ./src/core/model/build-topology.ts


/** Applies defaults and derives names. Expects a config that passed parseConfig. */
function buildTopology(config) {
    const partition = (0,regions/* partitionOf */.iQ)(config.source.region);
    if (!partition)
        throw new Error(`internal: unvalidated region ${config.source.region}`);
    const prefix = config.options?.stackPrefix ?? 's3-xrepl';
    const bucketKeys = config.options?.bucketKeys ?? true;
    const tagsFor = (own) => ({ ...config.tags, ...own });
    const key = (k) => k === undefined || k === 'create' ? { kind: 'create' } : { kind: 'existing', arn: k };
    const accounts = {};
    const stackSet = config.destinationStackSet;
    const admin = stackSet ? (stackSet.account ?? config.source.account) : undefined;
    const allAccounts = [
        ...new Set([
            config.source.account,
            ...config.destinations.map((d) => d.account),
            ...(admin ? [admin] : []),
        ]),
    ];
    for (const account of allAccounts) {
        const s = config.accounts?.[account];
        accounts[account] = {
            deployRoleArn: roleArn(partition, account, s?.deployRole ?? names/* DEFAULT_ROLES */.q2.deployRole),
            planRoleArn: roleArn(partition, account, s?.planRole ?? names/* DEFAULT_ROLES */.q2.planRole),
            ...(s?.executionRole === names/* NO_EXECUTION_ROLE */.gt
                ? {}
                : { executionRoleArn: roleArn(partition, account, s?.executionRole ?? names/* DEFAULT_ROLES */.q2.executionRole) }),
        };
    }
    return {
        name: config.name,
        partition,
        stackPrefix: prefix,
        hardenTrust: config.options?.hardenTrust ?? true,
        ...(config.options?.noncurrentVersionExpirationDays !== undefined
            ? { noncurrentVersionExpirationDays: config.options.noncurrentVersionExpirationDays }
            : {}),
        source: {
            account: config.source.account,
            region: config.source.region,
            bucket: config.source.bucket,
            key: key(config.source.kmsKey),
            bucketKey: config.source.bucketKey ?? bucketKeys,
            tags: tagsFor(config.source.tags),
            stackName: (0,names/* sourceStackName */.fU)(prefix, config.name),
            replicationRoleName: config.source.replicationRoleName ?? (0,names/* defaultReplicationRoleName */.vc)(config.name),
            ...boundaryOf(partition, config.source.account, config.accounts?.[config.source.account]?.permissionsBoundary),
        },
        destinations: config.destinations.map((d) => ({
            id: d.id,
            logicalId: (0,names/* logicalIdOf */.YZ)(d.id),
            account: d.account,
            region: d.region,
            bucket: d.bucket,
            key: key(d.kmsKey),
            bucketKey: d.bucketKey ?? bucketKeys,
            tags: tagsFor(d.tags),
            stackName: (0,names/* destinationStackName */.Uq)(prefix, config.name, d.id),
            ...(d.storageClass !== undefined ? { storageClass: d.storageClass } : {}),
            replicationTime: d.replicationTime !== undefined,
            metrics: d.replicationTime !== undefined || (d.metrics ?? false),
            ownerTranslation: d.ownerTranslation ?? false,
        })),
        rules: config.rules.map((r) => ({
            id: r.id,
            priority: r.priority,
            ...(r.filter?.prefix !== undefined ? { prefix: r.filter.prefix } : {}),
            tags: Object.entries(r.filter?.tags ?? {}).map(([k, v]) => ({ key: k, value: v })),
            destinationIds: [...r.destinations],
            enabled: r.enabled ?? true,
            deleteMarkerReplication: r.deleteMarkerReplication ?? false,
            replicaModificationSync: r.replicaModificationSync ?? false,
        })),
        accounts,
        ...(stackSet && admin
            ? {
                destinationStackSet: {
                    name: (0,names/* destinationStackSetName */.IV)(prefix, config.name),
                    account: admin,
                    region: stackSet.region ?? config.source.region,
                    administrationRoleArn: roleArn(partition, admin, stackSet.administrationRoleName ?? names/* DEFAULT_STACK_SET_ROLES */.MP.administrationRole),
                    executionRoleName: stackSet.executionRoleName ?? names/* DEFAULT_STACK_SET_ROLES */.MP.executionRole,
                },
            }
            : {}),
    };
}
/** The replication role's permissions boundary: the bootstrap's by default, a name, an ARN, or none. */
function boundaryOf(partition, account, given) {
    const nameOrArn = given ?? names/* DEFAULT_REPLICATION_BOUNDARY */.m7;
    if (nameOrArn === names/* NO_BOUNDARY */.RK)
        return {};
    return {
        replicationBoundaryArn: nameOrArn.startsWith('arn:')
            ? nameOrArn
            : `arn:${partition}:iam::${account}:policy/${nameOrArn}`,
    };
}
function roleArn(partition, account, nameOrArn) {
    return nameOrArn.startsWith('arn:') ? nameOrArn : `arn:${partition}:iam::${account}:role/${nameOrArn}`;
}

// EXTERNAL MODULE: ./src/core/templates/replication-role.ts
var replication_role = __webpack_require__(6078);
;// CONCATENATED MODULE: ./src/core/model/check-topology.ts

/**
 * Limits that depend on the generated output rather than on any one field: checked before
 * anything is written, because AWS would only refuse them halfway through a deploy.
 */
function checkTopologyLimits(topology) {
    const size = (0,replication_role/* replicationPolicySize */.KB)(topology);
    if (size <= replication_role/* ROLE_INLINE_POLICY_LIMIT */.SJ)
        return [];
    return [
        {
            severity: 'error',
            path: 'destinations',
            message: `the replication role's policy for these ${topology.destinations.length} destinations would be about ${size} ` +
                `characters; IAM allows ${replication_role/* ROLE_INLINE_POLICY_LIMIT */.SJ} per role. Split the destinations over several topologies ` +
                `(or shorten bucket names).`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/core/load-topology.ts



/** Config text → Topology, the one entry every mode starts from. */
function loadTopology(text) {
    const parsed = parseConfig(text);
    if (!parsed.ok)
        return parsed;
    const topology = buildTopology(parsed.config);
    const limits = checkTopologyLimits(topology);
    if (limits.length > 0)
        return { ok: false, diagnostics: [...parsed.warnings, ...limits] };
    return { ok: true, topology, warnings: parsed.warnings };
}


/***/ }),

/***/ 2078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTopology: () => (/* binding */ readTopology)
/* harmony export */ });
/* harmony import */ var _core_config_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6471);
/* harmony import */ var _core_load_topology_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4075);
/* harmony import */ var _core_synth_synthesize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3596);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _file_problem_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6114);





/**
 * The start of every mode: read the config file, validate it completely (throwing every problem
 * at once), log its warnings, and synthesize its stacks. Nothing has touched AWS or disk yet.
 */
async function readTopology(configPath, deps) {
    let text;
    try {
        text = await deps.readFile(configPath);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`cannot read the config file ${configPath}: ${(0,_file_problem_js__WEBPACK_IMPORTED_MODULE_4__/* .fileProblem */ .W)(e)}.`);
    }
    const loaded = (0,_core_load_topology_js__WEBPACK_IMPORTED_MODULE_1__.loadTopology)(text);
    if (!loaded.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ConfigError(configPath, loaded.diagnostics);
    for (const w of loaded.warnings)
        deps.logger.warning((0,_core_config_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(w), { file: configPath, ...w.location });
    const synthesis = (0,_core_synth_synthesize_js__WEBPACK_IMPORTED_MODULE_2__.synthesize)(loaded.topology);
    for (const note of synthesis.notes)
        deps.logger.warning(note);
    return { topology: loaded.topology, synthesis };
}


/***/ })

};
