export const id = 355;
export const ids = [355];
export const modules = {

/***/ 4397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftItems: () => (/* binding */ driftItems)
/* harmony export */ });
/** Which direct check covers a CloudFormation property path, by resource type. */
const COVERED_BY = {
    'AWS::S3::Bucket': [
        [/^\/ReplicationConfiguration/, 'replication rules'],
        [/^\/VersioningConfiguration/, 'versioning'],
        [/^\/BucketEncryption/, 'encryption'],
    ],
    'AWS::S3::BucketPolicy': [[/^\/PolicyDocument/, 'bucket policy']],
    'AWS::KMS::Key': [
        [/^\/KeyPolicy/, 'key policy'],
        [/^\/(Enabled|EnableKeyRotation)/, 'key state'],
    ],
    'AWS::IAM::Role': [[/^\/(Policies|AssumeRolePolicyDocument|ManagedPolicyArns)/, 'role policy']],
};
function driftItems(r, labels = new Map()) {
    return r.stacks.flatMap((s) => stackItems(s, labels.get(s.name) ?? (s.kind === 'source' ? 'source' : s.name)));
}
function stackItems(s, label) {
    const stack = { name: s.name, kind: s.kind, account: s.account, region: s.region };
    const drifted = s.findings.filter((f) => f.status === 'drifted');
    const folded = new Map(drifted.map((f) => [f, []]));
    const items = [];
    for (const res of s.cloudFormation?.resources ?? []) {
        if (res.status !== 'MODIFIED' && res.status !== 'DELETED')
            continue;
        const rules = COVERED_BY[res.type] ?? [];
        const covering = (d) => {
            const topic = rules.find(([re]) => re.test(d.path))?.[1];
            return topic ? drifted.find((f) => f.resource === res.logicalId && f.what === topic) : undefined;
        };
        const own = [];
        for (const d of res.differences) {
            const f = covering(d);
            if (f)
                folded.get(f).push(d);
            else
                own.push(d);
        }
        const gone = res.status === 'DELETED' && !drifted.some((f) => f.resource === res.logicalId);
        if (own.length === 0 && !gone)
            continue;
        items.push({
            key: `${s.name}|${res.logicalId}|CloudFormation|${own.map((d) => d.path).join(',')}`,
            stack,
            label,
            resource: res.logicalId,
            what: 'CloudFormation',
            subject: res.type,
            expected: gone ? 'exists' : own.map((d) => `${d.path}: ${d.expected}`).join('; '),
            found: gone ? 'deleted' : own.map((d) => `${d.path}: ${d.actual || '(none)'}`).join('; '),
            detail: [],
            differences: own,
            impact: {
                kind: gone ? 'replication-fails' : 'other',
                ...(gone ? { to: s.kind === 'source' ? 'all' : 'one' } : {}),
                why: gone
                    ? `${res.logicalId} (${res.type}) was deleted outside CloudFormation`
                    : 'a property CloudFormation manages differs from the template',
            },
            remedy: 'look-at-cloudformation',
        });
    }
    const direct = drifted.map((f) => {
        const { impact, remedy } = judge(f, s.kind, label);
        return {
            key: `${s.name}|${f.resource}|${f.what}|${f.subject ?? ''}`,
            stack,
            label,
            resource: f.resource,
            what: f.what,
            ...(f.subject !== undefined ? { subject: f.subject } : {}),
            expected: f.expected ?? '—',
            found: f.actual ?? '—',
            detail: f.detail ?? [],
            ...(f.documents ? { documents: f.documents } : {}),
            differences: folded.get(f),
            impact,
            remedy,
        };
    });
    return [...direct, ...items];
}
/** What a drifted check does to replication, and how to put it back. */
function judge(f, kind, label) {
    const missing = (f.detail ?? []).some((d) => d.startsWith('missing:')) ||
        /not attached|no (bucket|key) policy|not found/.test(f.actual ?? '');
    const dest = kind === 'destination';
    const fails = (why) => ({ kind: 'replication-fails', to: dest ? 'one' : 'all', why });
    const wider = (why) => ({ kind: 'wider-access', why });
    switch (f.what) {
        case 'key policy':
            return {
                impact: missing
                    ? fails(dest ? `S3 cannot encrypt replicas with the ${label} key` : 'S3 cannot decrypt source objects')
                    : wider(`the ${label} key's policy grants more than the config`),
                remedy: 'put-policy-back',
            };
        case 'bucket policy':
            return {
                impact: missing
                    ? dest
                        ? fails('the replication role may no longer write replicas')
                        : { kind: 'other', why: 'the source bucket lost a statement of its policy (TLS-only access)' }
                    : wider(`the ${dest ? `${label} ` : 'source '}bucket's policy grants more than the config`),
                remedy: 'put-policy-back',
            };
        case 'role policy':
            return f.subject === 'trust policy'
                ? { impact: fails('S3 may no longer assume the replication role'), remedy: 'put-policy-back' }
                : {
                    impact: missing
                        ? { kind: 'replication-fails', to: 'all', why: 'the replication role lost permissions' }
                        : wider('the replication role has permissions the config does not grant'),
                    remedy: 'put-policy-back',
                };
        case 'versioning':
            return { impact: fails('S3 replicates only between versioned buckets'), remedy: 'enable-versioning' };
        case 'encryption':
            return {
                impact: {
                    kind: 'other',
                    why: 'objects written directly to the bucket are encrypted otherwise than the config says',
                },
                remedy: 'put-encryption-back',
            };
        case 'replication rules':
            return {
                impact: { kind: 'replication-differs', why: 'the rules were changed outside CloudFormation' },
                remedy: 'put-rules-back',
            };
        case 'key state':
            return f.subject === 'rotation'
                ? { impact: { kind: 'other', why: 'key rotation differs from the config' }, remedy: 'set-rotation' }
                : {
                    impact: fails(dest ? `the ${label} key cannot encrypt replicas` : 'the source key cannot decrypt objects'),
                    remedy: 'enable-key',
                };
    }
}


/***/ }),

/***/ 6093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OF: () => (/* binding */ comparePolicies),
/* harmony export */   XL: () => (/* binding */ parsePolicyText),
/* harmony export */   Zc: () => (/* binding */ describeStatement)
/* harmony export */ });
/**
 * Compares IAM, S3 bucket and KMS key policy documents by meaning, not by text: S3, KMS and IAM
 * hand a policy back re-serialized, sometimes reshaped, so a string comparison would report drift
 * where there is none. Each statement is normalized, then statements are matched whole.
 *
 * What counts as the same (IAM User Guide, "IAM JSON policy elements"):
 * - statement order, and the order of actions, resources, principals and condition values;
 * - a single string and a one-element list, wherever IAM accepts either;
 * - `Principal: "*"` and `Principal: {AWS: "*"}` ("the following elements are equivalent");
 * - an account id and its root ARN as AWS principal: they "behave the same way", and "when you save
 *   a resource-based policy that includes the shortened account ID, the service might convert it
 *   to the principal ARN";
 * - action names and condition key names in any letter case ("The prefix and the action name are
 *   case insensitive"; "Condition key names are not case-sensitive");
 * - condition values given as JSON booleans or numbers and as their text (`false` and `"false"`).
 * Version matters only when both documents state it: AWS reads a missing one as 2008-10-17, but
 * a service that echoes back what it stored may simply leave it out. A policy's `Id` is ignored:
 * it names the document and grants nothing.
 */
/**
 * A policy as a service returns it: JSON text (S3 GetBucketPolicy, KMS GetKeyPolicy) or the
 * URL-encoded JSON text IAM returns from GetRolePolicy and GetRole (RFC 3986).
 */
function parsePolicyText(text) {
    const trimmed = text.trim();
    // Encoded JSON starts with %7B; plain JSON may hold a literal "%" that must not be decoded.
    const json = trimmed.startsWith('{') ? trimmed : decodeURIComponent(trimmed);
    try {
        return JSON.parse(json);
    }
    catch (e) {
        throw new Error(`not a policy document: ${e.message}`);
    }
}
/** `expected` and `actual` may each be a document, its text, or undefined/null for "no policy". */
function comparePolicies(expected, actual) {
    const want = documentOf(expected, 'expected');
    const have = documentOf(actual, 'actual');
    const pool = new Map();
    for (const s of have.statements) {
        const key = canonicalKey(s);
        pool.set(key, [...(pool.get(key) ?? []), s]);
    }
    const missing = [];
    for (const s of want.statements) {
        const same = pool.get(canonicalKey(s));
        if (same && same.length > 0)
            same.shift();
        else
            missing.push(s);
    }
    const unexpected = [...pool.values()].flat();
    const version = want.version !== undefined && have.version !== undefined && want.version !== have.version
        ? { expected: want.version, actual: have.version }
        : undefined;
    return {
        equal: missing.length === 0 && unexpected.length === 0 && version === undefined,
        missing,
        unexpected,
        ...(version ? { version } : {}),
    };
}
/**
 * One line for a report, e.g.
 * `"Sid": Allow kms:Encrypt, kms:GenerateDataKey for AWS arn:aws:iam::111111111111:root on * when 3 conditions hold`.
 */
function describeStatement(s) {
    const sid = s.Sid !== undefined ? `"${s.Sid}"` : '(no Sid)';
    const actions = s.Action !== undefined ? list(s.Action).join(', ') : `all but ${list(s.NotAction).join(', ')}`;
    const principal = describePrincipal(s.Principal, s.NotPrincipal);
    const resources = s.Resource !== undefined || s.NotResource !== undefined ? ` on ${describeResources(s)}` : '';
    const conditions = isObject(s.Condition)
        ? Object.values(s.Condition).reduce((n, keys) => n + (isObject(keys) ? Object.keys(keys).length : 0), 0)
        : 0;
    const when = conditions > 0 ? ` when ${conditions} condition${conditions === 1 ? '' : 's'} hold` : '';
    return `${sid}: ${s.Effect ?? '?'} ${actions}${principal}${resources}${when}`;
}
function documentOf(input, side) {
    if (input === undefined || input === null || input === '')
        return { statements: [] };
    const doc = typeof input === 'string' ? parsePolicyText(input) : input;
    if (!isObject(doc))
        throw new Error(`${side} policy: not a JSON object`);
    const raw = doc.Statement;
    const statements = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    statements.forEach((s, i) => {
        if (!isObject(s))
            throw new Error(`${side} policy: Statement[${i}] is not an object`);
    });
    return {
        statements: statements,
        ...(typeof doc.Version === 'string' ? { version: doc.Version } : {}),
    };
}
// ---- normalization ----
function canonicalKey(s) {
    return stableJson(normalizeStatement(s));
}
function normalizeStatement(s) {
    const out = {};
    for (const [element, value] of Object.entries(s)) {
        if (value === undefined)
            continue;
        switch (element) {
            case 'Action':
            case 'NotAction':
                out[element] = set(value, (a) => a.toLowerCase());
                break;
            case 'Resource':
            case 'NotResource':
                out[element] = set(value);
                break;
            case 'Principal':
            case 'NotPrincipal':
                out[element] = normalizePrincipal(value);
                break;
            case 'Condition':
                out[element] = normalizeCondition(value);
                break;
            default:
                out[element] = value;
        }
    }
    return out;
}
function normalizePrincipal(principal) {
    if (principal === '*')
        return { AWS: ['*'] };
    if (!isObject(principal))
        return principal;
    const out = {};
    for (const [kind, ids] of Object.entries(principal)) {
        out[kind] = set(ids, kind === 'AWS' ? accountIdOfRoot : (id) => id);
    }
    return out;
}
/** `arn:<partition>:iam::<id>:root` and `<id>` name the same principal: the account. */
function accountIdOfRoot(principal) {
    return /^arn:[a-z-]+:iam::(\d{12}):root$/.exec(principal)?.[1] ?? principal;
}
function normalizeCondition(condition) {
    if (!isObject(condition))
        return condition;
    const out = {};
    for (const [operator, keys] of Object.entries(condition)) {
        if (!isObject(keys))
            return condition;
        const normalized = {};
        for (const [key, values] of Object.entries(keys))
            normalized[key.toLowerCase()] = set(values);
        out[operator] = normalized;
    }
    return out;
}
/** A value IAM reads as a set of strings: one string or a list, order and repeats irrelevant. */
function set(value, map = (v) => v) {
    const items = Array.isArray(value) ? value : [value];
    return [...new Set(items.map((v) => map(typeof v === 'string' ? v : stableJson(v))))].sort();
}
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (isObject(value)) {
        const keys = Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
// ---- description ----
function describePrincipal(principal, notPrincipal) {
    if (principal === undefined && notPrincipal === undefined)
        return '';
    const which = principal !== undefined ? 'for' : 'for all but';
    const p = principal ?? notPrincipal;
    if (p === '*')
        return ` ${which} *`;
    if (!isObject(p))
        return ` ${which} ${stableJson(p)}`;
    const parts = Object.entries(p).map(([kind, ids]) => `${kind} ${list(ids).join(', ')}`);
    return ` ${which} ${parts.join('; ')}`;
}
function describeResources(s) {
    return s.Resource !== undefined ? list(s.Resource).join(', ') : `all but ${list(s.NotResource).join(', ')}`;
}
function list(value) {
    const items = Array.isArray(value) ? value : [value];
    return items.map((v) => (typeof v === 'string' ? v : stableJson(v)));
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 4615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  directFindings: () => (/* binding */ directFindings)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/core/drift/policy-diff.ts
var policy_diff = __webpack_require__(6093);
;// CONCATENATED MODULE: ./src/core/drift/replication-config.ts
/**
 * Compares a bucket's ReplicationConfiguration as our source template declares it (CloudFormation
 * spelling, after resolve) with what S3's GetBucketReplication returns (the AWS SDK v3 shape),
 * rule by rule, keyed by rule ID.
 *
 * CloudFormation (AWS::S3::Bucket ReplicationRule) and the S3 API spell three fields differently:
 * rule `Id` is `ID`, filter `TagFilter` is `Tag`, and `And.TagFilters` is `And.Tags`. Every other
 * field (Priority, Status, Prefix, DeleteMarkerReplication, SourceSelectionCriteria with
 * SseKmsEncryptedObjects and ReplicaModifications, Destination with Bucket, Account, StorageClass,
 * AccessControlTranslation.Owner, EncryptionConfiguration.ReplicaKmsKeyID, ReplicationTime.Time
 * and Metrics.EventThreshold) has the same name and shape on both sides.
 *
 * Both sides are brought to one canonical form before comparing, so that what S3 fills in or
 * leaves out by itself is not reported as drift:
 * - a missing Priority is 0;
 * - an empty prefix (`Filter.Prefix: ""`, `And.Prefix: ""`) filters nothing, so it equals none,
 *   and a Filter S3 returns as `{}` or not at all (with no V1 rule-level Prefix either) equals the
 *   template's `Filter: {Prefix: ""}`; a rule-level Prefix without a Filter is a V1 rule and stays
 *   different, because V1 rules treat delete markers differently;
 * - DeleteMarkerReplication, SseKmsEncryptedObjects, ReplicaModifications and
 *   ExistingObjectReplication that are absent are Disabled, which is what S3 does without them;
 * - ReplicationTime and Metrics with Status Disabled equal their absence (their minutes then mean
 *   nothing), and an empty EncryptionConfiguration equals none;
 * - numbers given as text ("15", from a template parameter) equal the numbers S3 returns;
 * - the order of rules and of `And.Tags` does not matter.
 * StorageClass is NOT defaulted: without it S3 keeps each object's own storage class, which is not
 * the same as STANDARD. Fields this module does not know are compared as they are.
 */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** CloudFormation's ReplicationConfiguration, respelled as the S3 API spells it. */
function replicationFromCfn(cfn) {
    if (!isObject(cfn))
        throw new Error('ReplicationConfiguration: expected an object');
    const rules = cfn.Rules ?? [];
    if (!Array.isArray(rules))
        throw new Error('ReplicationConfiguration.Rules: expected a list');
    return {
        ...(cfn.Role !== undefined ? { Role: String(cfn.Role) } : {}),
        Rules: rules.map((rule, i) => ruleFromCfn(rule, `ReplicationConfiguration.Rules[${i}]`)),
    };
}
/** `expectedCfn`: the template's ReplicationConfiguration. `actual`: undefined when the bucket has none. */
function compareReplication(expectedCfn, actual) {
    const expected = replicationFromCfn(expectedCfn);
    const role = change('Role', expected.Role, actual?.Role);
    const rules = compareRules(expected.Rules ?? [], actual?.Rules ?? []);
    return { equal: role === undefined && rules.length === 0, ...(role ? { role } : {}), rules };
}
/** One line per drifted rule, for reports. */
function describeRuleDrift(drift) {
    switch (drift.status) {
        case 'missing':
            return [`rule "${drift.id}" is missing (${describeRule(drift.expected)})`];
        case 'unexpected':
            return [`rule "${drift.id}" is not in the template (${describeRule(drift.actual)})`];
        case 'changed':
            return drift.changes.map((c) => `rule "${drift.id}" ${c.path}: expected ${c.expected ?? '(none)'}, found ${c.actual ?? '(none)'}`);
    }
}
// ---- CloudFormation → S3 ----
function ruleFromCfn(rule, path) {
    if (!isObject(rule))
        throw new Error(`${path}: expected an object`);
    const out = {};
    for (const [k, v] of Object.entries(rule)) {
        if (k === 'Id')
            out.ID = v;
        else if (k === 'Filter')
            out.Filter = filterFromCfn(v, `${path}.Filter`);
        else
            out[k] = v;
    }
    return out;
}
function filterFromCfn(filter, path) {
    if (!isObject(filter))
        throw new Error(`${path}: expected an object`);
    const out = {};
    for (const [k, v] of Object.entries(filter)) {
        if (k === 'TagFilter')
            out.Tag = v;
        else if (k === 'And')
            out.And = andFromCfn(v, `${path}.And`);
        else
            out[k] = v;
    }
    return out;
}
function andFromCfn(and, path) {
    if (!isObject(and))
        throw new Error(`${path}: expected an object`);
    const out = {};
    for (const [k, v] of Object.entries(and))
        out[k === 'TagFilters' ? 'Tags' : k] = v;
    return out;
}
// ---- matching ----
function compareRules(expected, actual) {
    const unmatched = [...actual];
    const take = (found) => {
        const i = unmatched.findIndex(found);
        return i < 0 ? undefined : unmatched.splice(i, 1)[0];
    };
    const pairs = expected
        .filter((e) => e.ID !== undefined)
        .map((e) => [e, take((a) => a.ID === e.ID)]);
    // S3 names a rule declared without an ID itself, so such a rule can only be found by its priority.
    for (const e of expected.filter((r) => r.ID === undefined)) {
        pairs.push([e, take((a) => priorityOf(a) === priorityOf(e))]);
    }
    const drifts = [];
    for (const [e, a] of pairs) {
        const id = ruleName(e);
        if (!a) {
            drifts.push({ id, status: 'missing', expected: e });
            continue;
        }
        const live = canonicalRule(a);
        if (e.ID === undefined)
            delete live.ID;
        const changes = diffFlat(flatten(canonicalRule(e)), flatten(live));
        if (changes.length > 0)
            drifts.push({ id, status: 'changed', changes });
    }
    for (const a of unmatched)
        drifts.push({ id: ruleName(a), status: 'unexpected', actual: a });
    return drifts;
}
const priorityOf = (r) => Number(r.Priority ?? 0);
const ruleName = (r) => r.ID ?? `(no ID, priority ${priorityOf(r)})`;
// ---- canonical form ----
const DISABLED = { Status: 'Disabled' };
function canonicalRule(rule) {
    const r = pruned(rule);
    const out = { ...r, Priority: priorityOf(rule) };
    if (r.Filter === undefined && r.Prefix === undefined)
        out.Filter = {};
    if (out.Filter !== undefined) {
        out.Filter = canonicalFilter(out.Filter);
        if (r.Prefix === '')
            delete out.Prefix;
    }
    out.DeleteMarkerReplication = r.DeleteMarkerReplication ?? DISABLED;
    out.ExistingObjectReplication = r.ExistingObjectReplication ?? DISABLED;
    const criteria = (r.SourceSelectionCriteria ?? {});
    out.SourceSelectionCriteria = {
        ...criteria,
        SseKmsEncryptedObjects: criteria.SseKmsEncryptedObjects ?? DISABLED,
        ReplicaModifications: criteria.ReplicaModifications ?? DISABLED,
    };
    if (isObject(r.Destination))
        out.Destination = canonicalDestination(r.Destination);
    return out;
}
function canonicalFilter(filter) {
    const out = { ...filter };
    if (out.Prefix === '')
        delete out.Prefix;
    if (isObject(out.And)) {
        const and = { ...out.And };
        if (and.Prefix === '')
            delete and.Prefix;
        if (Array.isArray(and.Tags))
            and.Tags = [...and.Tags].sort((x, y) => tagText(x).localeCompare(tagText(y)));
        out.And = and;
    }
    return out;
}
const tagText = (tag) => isObject(tag) ? `${String(tag.Key)}=${String(tag.Value)}` : String(tag);
function canonicalDestination(destination) {
    const out = { ...destination };
    for (const optional of ['ReplicationTime', 'Metrics']) {
        const value = out[optional];
        if (isObject(value) && value.Status === 'Disabled')
            delete out[optional];
    }
    if (isObject(out.EncryptionConfiguration) && Object.keys(out.EncryptionConfiguration).length === 0) {
        delete out.EncryptionConfiguration;
    }
    return out;
}
/** Without undefined or null members (the SDK leaves `undefined` keys), and numeric text as numbers. */
function pruned(value) {
    if (Array.isArray(value))
        return value.map(pruned);
    if (!isObject(value))
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (v === undefined || v === null)
            continue;
        out[k] = NUMERIC_FIELDS.has(k) && typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : pruned(v);
    }
    return out;
}
const NUMERIC_FIELDS = new Set(['Priority', 'Minutes']);
// ---- field diff ----
/**
 * Leaf paths to display text. Lists are leaves (the only list, And.Tags, is already sorted). An
 * empty object has no leaves: `Filter: {}` differs from a V1 rule only by the latter's Prefix.
 */
function flatten(value, prefix = '', out = new Map()) {
    for (const [k, v] of Object.entries(value)) {
        const path = prefix ? `${prefix}.${k}` : k;
        if (isObject(v))
            flatten(v, path, out);
        else
            out.set(path, display(v));
    }
    return out;
}
function diffFlat(expected, actual) {
    const paths = [...new Set([...expected.keys(), ...actual.keys()])].sort();
    return paths.flatMap((path) => {
        const c = change(path, expected.get(path), actual.get(path));
        return c ? [c] : [];
    });
}
function change(path, expected, actual) {
    if (expected === actual)
        return undefined;
    return {
        path,
        ...(expected !== undefined ? { expected } : {}),
        ...(actual !== undefined ? { actual } : {}),
    };
}
function display(v) {
    if (typeof v === 'string')
        return v;
    if (Array.isArray(v) && v.every(isObject) && v.every((t) => 'Key' in t))
        return v.map(tagText).join(', ');
    return JSON.stringify(v);
}
function describeRule(rule) {
    const filter = rule.Filter;
    const prefix = filter?.Prefix ?? filter?.And?.Prefix ?? rule.Prefix;
    const tags = filter?.Tag ? [filter.Tag] : (filter?.And?.Tags ?? []);
    const what = [
        `priority ${priorityOf(rule)}`,
        rule.Status ?? 'no status',
        prefix ? `prefix "${prefix}"` : 'all objects',
        ...(tags.length > 0 ? [`tags ${tags.map(tagText).join(', ')}`] : []),
        `to ${rule.Destination?.Bucket ?? '(no bucket)'}`,
    ];
    return what.join(', ');
}

;// CONCATENATED MODULE: ./src/core/drift/expected-state.ts


const read = (value) => ({ state: 'read', value });
const absent = (detail) => ({ state: 'absent', ...(detail ? { detail } : {}) });
const unreadable = (error) => ({ state: 'unreadable', error });
/** GetBucketEncryption's ServerSideEncryptionConfiguration → LiveEncryption (its first rule). */
function liveEncryptionOf(configuration) {
    const rule = configuration.Rules?.[0];
    const byDefault = rule?.ApplyServerSideEncryptionByDefault;
    return {
        ...(byDefault?.SSEAlgorithm !== undefined ? { algorithm: byDefault.SSEAlgorithm } : {}),
        ...(byDefault?.KMSMasterKeyID !== undefined ? { kmsKeyId: byDefault.KMSMasterKeyID } : {}),
        ...(rule?.BucketKeyEnabled !== undefined ? { bucketKey: rule.BucketKeyEnabled } : {}),
    };
}
const expected_state_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const expected_state_text = (v) => (typeof v === 'string' ? v : undefined);
const isTrue = (v) => v === true || v === 'true';
function expectedState(resolved, stack) {
    const entries = Object.entries(resolved.resources);
    const ofType = (type) => entries.filter(([, r]) => r.type === type);
    const buckets = ofType('AWS::S3::Bucket').map(([id, r]) => expectedBucket(id, r));
    for (const [id, r] of ofType('AWS::S3::BucketPolicy'))
        attachPolicy(buckets, id, r);
    return {
        ...(stack !== undefined ? { stack } : {}),
        buckets,
        keys: ofType('AWS::KMS::Key').map(([id, r]) => expectedKey(id, r)),
        roles: ofType('AWS::IAM::Role').map(([id, r]) => expectedRole(id, r)),
    };
}
function expectedBucket(logicalId, r) {
    const p = r.properties;
    const name = r.physicalId ?? expected_state_text(p.BucketName);
    if (name === undefined)
        throw new Error(`${logicalId}: no physical id and no BucketName`);
    const versioning = expected_state_isObject(p.VersioningConfiguration) ? expected_state_text(p.VersioningConfiguration.Status) : undefined;
    const encryption = expectedEncryption(p.BucketEncryption);
    return {
        logicalId,
        name,
        ...(versioning !== undefined ? { versioning } : {}),
        ...(encryption ? { encryption } : {}),
        ...(p.ReplicationConfiguration !== undefined ? { replication: p.ReplicationConfiguration } : {}),
    };
}
function expectedEncryption(bucketEncryption) {
    if (!expected_state_isObject(bucketEncryption) || !Array.isArray(bucketEncryption.ServerSideEncryptionConfiguration))
        return undefined;
    const rule = bucketEncryption.ServerSideEncryptionConfiguration[0];
    if (!expected_state_isObject(rule) || !expected_state_isObject(rule.ServerSideEncryptionByDefault))
        return undefined;
    const byDefault = rule.ServerSideEncryptionByDefault;
    const kmsKeyArn = expected_state_text(byDefault.KMSMasterKeyID);
    return {
        algorithm: expected_state_text(byDefault.SSEAlgorithm) ?? '',
        ...(kmsKeyArn !== undefined ? { kmsKeyArn } : {}),
        bucketKey: isTrue(rule.BucketKeyEnabled),
    };
}
function attachPolicy(buckets, logicalId, r) {
    const bucketName = expected_state_text(r.properties.Bucket);
    const i = buckets.findIndex((b) => b.name === bucketName);
    // Our templates only ever write policies for buckets they create; anything else is a template bug.
    if (i < 0)
        throw new Error(`${logicalId}: its bucket ${String(bucketName)} is not in this template`);
    buckets[i] = { ...buckets[i], policy: { logicalId, document: r.properties.PolicyDocument } };
}
function expectedKey(logicalId, r) {
    const p = r.properties;
    return {
        logicalId,
        ...(r.physicalId !== undefined ? { keyId: r.physicalId } : {}),
        policy: p.KeyPolicy,
        // KMS creates keys enabled unless told otherwise, and rotation off unless told otherwise.
        enabled: p.Enabled === undefined || isTrue(p.Enabled),
        rotation: isTrue(p.EnableKeyRotation),
    };
}
function expectedRole(logicalId, r) {
    const p = r.properties;
    const name = r.physicalId ?? expected_state_text(p.RoleName);
    if (name === undefined)
        throw new Error(`${logicalId}: no physical id and no RoleName`);
    const inlinePolicies = {};
    for (const policy of Array.isArray(p.Policies) ? p.Policies : []) {
        if (expected_state_isObject(policy) && typeof policy.PolicyName === 'string')
            inlinePolicies[policy.PolicyName] = policy.PolicyDocument;
    }
    return {
        logicalId,
        name,
        inlinePolicies,
        ...(p.AssumeRolePolicyDocument !== undefined ? { trustPolicy: p.AssumeRolePolicyDocument } : {}),
        managedPolicyArns: Array.isArray(p.ManagedPolicyArns) ? p.ManagedPolicyArns.map(String) : [],
    };
}
// ---- expected vs live ----
function compareState(expected, live) {
    const findings = [];
    const add = (f) => findings.push(expected.stack !== undefined ? { stack: expected.stack, ...f } : f);
    for (const b of expected.buckets)
        bucketFindings(b, live.buckets?.[b.logicalId] ?? {}).forEach(add);
    for (const k of expected.keys)
        keyFindings(k, live.keys?.[k.logicalId] ?? {}).forEach(add);
    for (const r of expected.roles)
        roleFindings(r, live.roles?.[r.logicalId] ?? {}).forEach(add);
    return findings;
}
/**
 * The one place a live value becomes a finding: not read or unreadable is unknown; otherwise
 * `judge` decides, given the value or undefined when it does not exist. A judge that throws (a
 * policy text that does not parse, say) is unknown too.
 */
function finding(base, observed, judge) {
    if (observed === undefined)
        return { ...base, status: 'unknown', detail: ['not read'] };
    if (observed.state === 'unreadable')
        return { ...base, status: 'unknown', detail: [observed.error] };
    try {
        const { detail: found = [], ...verdict } = judge(observed.state === 'read' ? observed.value : undefined);
        const note = observed.state === 'absent' && observed.detail ? [observed.detail] : [];
        const detail = [...note, ...found];
        return { ...base, ...verdict, ...(detail.length > 0 ? { detail } : {}) };
    }
    catch (e) {
        return { ...base, status: 'unknown', detail: [`could not compare: ${e.message}`] };
    }
}
const sameOrDrifted = (same) => (same ? 'in-sync' : 'drifted');
function bucketFindings(b, live) {
    const out = [];
    if (b.versioning !== undefined) {
        const expected = b.versioning;
        out.push(finding({ resource: b.logicalId, what: 'versioning', expected }, live.versioning, (v) => ({
            status: sameOrDrifted(v === expected),
            actual: v ?? 'never enabled',
        })));
    }
    if (b.encryption) {
        const want = b.encryption;
        out.push(finding({ resource: b.logicalId, what: 'encryption', expected: describeEncryption(want) }, live.encryption, (v) => {
            const differences = v ? encryptionDifferences(want, v) : ['no default encryption'];
            return {
                status: sameOrDrifted(differences.length === 0),
                actual: v ? describeEncryption({ ...v, bucketKey: v.bucketKey === true }) : 'none',
                ...(differences.length > 0 ? { detail: differences } : {}),
            };
        }));
    }
    if (b.policy) {
        const { logicalId, document } = b.policy;
        out.push(policyFinding({ resource: logicalId, what: 'bucket policy' }, document, live.policy, 'no bucket policy'));
    }
    if (b.replication !== undefined) {
        const declared = b.replication;
        const rules = Array.isArray(declared.Rules) ? declared.Rules.length : 0;
        out.push(finding({ resource: b.logicalId, what: 'replication rules', expected: count(rules, 'rule') }, live.replication, (v) => {
            const c = compareReplication(declared, v);
            return {
                status: sameOrDrifted(c.equal),
                actual: v ? count(v.Rules?.length ?? 0, 'rule') : 'no replication configuration',
                detail: [
                    ...(c.role
                        ? [`role: expected ${c.role.expected ?? '(none)'}, found ${c.role.actual ?? '(none)'}`]
                        : []),
                    ...c.rules.flatMap(describeRuleDrift),
                ],
            };
        }));
    }
    return out;
}
function keyFindings(k, live) {
    const wantedState = k.enabled ? 'Enabled' : 'Disabled';
    const rotation = (on) => (on ? 'rotation enabled' : 'rotation disabled');
    return [
        finding({ resource: k.logicalId, what: 'key state', expected: wantedState }, live.keyState, (v) => ({
            status: sameOrDrifted(v === wantedState),
            actual: v ?? 'not found',
        })),
        finding({ resource: k.logicalId, what: 'key state', subject: 'rotation', expected: rotation(k.rotation) }, live.rotation, (v) => ({
            status: sameOrDrifted(v === k.rotation),
            actual: v === undefined ? 'key not found' : rotation(v),
        })),
        policyFinding({ resource: k.logicalId, what: 'key policy' }, k.policy, live.policy, 'no key policy'),
    ];
}
function roleFindings(r, live) {
    const base = { resource: r.logicalId, what: 'role policy' };
    const out = [];
    const inline = live.inlinePolicies;
    for (const [name, document] of Object.entries(r.inlinePolicies)) {
        const one = inline?.state === 'read'
            ? name in inline.value
                ? read(inline.value[name])
                : absent(`inline policy ${name} is not attached`)
            : inline;
        out.push(policyFinding({ ...base, subject: `inline policy ${name}` }, document, one, 'not attached'));
    }
    if (inline?.state === 'read') {
        for (const [name, document] of Object.entries(inline.value)) {
            if (name in r.inlinePolicies)
                continue;
            out.push(finding({ ...base, subject: `inline policy ${name}`, expected: 'none' }, read(document), (v) => ({
                status: 'drifted',
                actual: count((0,policy_diff/* comparePolicies */.OF)(undefined, v).unexpected.length, 'statement'),
                detail: ['an inline policy the template does not declare'],
            })));
        }
    }
    if (r.trustPolicy !== undefined) {
        out.push(policyFinding({ ...base, subject: 'trust policy' }, r.trustPolicy, live.trustPolicy, 'role not found'));
    }
    const want = [...r.managedPolicyArns].sort();
    out.push(finding({ ...base, subject: 'managed policies', expected: want.join(', ') || 'none' }, live.managedPolicyArns, (v) => {
        const have = [...(v ?? [])].sort();
        const extra = have.filter((a) => !want.includes(a)).map((a) => `attached, not in the template: ${a}`);
        const gone = want.filter((a) => !have.includes(a)).map((a) => `in the template, not attached: ${a}`);
        return {
            status: sameOrDrifted(extra.length + gone.length === 0),
            actual: v === undefined ? 'role not found' : have.join(', ') || 'none',
            detail: [...gone, ...extra],
        };
    }));
    return out;
}
function policyFinding(base, document, observed, whenAbsent) {
    const expectedCount = (0,policy_diff/* comparePolicies */.OF)(document, undefined).missing.length;
    return finding({ ...base, expected: count(expectedCount, 'statement') }, observed, (v) => {
        const c = (0,policy_diff/* comparePolicies */.OF)(document, v);
        return {
            status: sameOrDrifted(c.equal),
            ...(c.equal ? {} : { documents: { expected: document, actual: v ?? null } }),
            actual: v === undefined
                ? whenAbsent
                : count(expectedCount - c.missing.length + c.unexpected.length, 'statement'),
            detail: policyDetail(c),
        };
    });
}
function policyDetail(c) {
    return [
        ...(c.version ? [`Version: expected ${c.version.expected}, found ${c.version.actual}`] : []),
        ...c.missing.map((s) => `missing: ${(0,policy_diff/* describeStatement */.Zc)(s)}`),
        ...c.unexpected.map((s) => `unexpected: ${(0,policy_diff/* describeStatement */.Zc)(s)}`),
    ];
}
function encryptionDifferences(want, have) {
    const out = [];
    if (have.algorithm !== want.algorithm)
        out.push(`algorithm: expected ${want.algorithm}, found ${have.algorithm ?? '(none)'}`);
    if (!sameKey(want.kmsKeyArn, have.kmsKeyId)) {
        out.push(`key: expected ${want.kmsKeyArn ?? '(none)'}, found ${have.kmsKeyId ?? '(none)'}`);
    }
    if ((have.bucketKey === true) !== want.bucketKey) {
        out.push(`bucket key: expected ${onOff(want.bucketKey)}, found ${onOff(have.bucketKey === true)}`);
    }
    return out;
}
/**
 * S3 returns KMSMasterKeyID as it was set. A bare key id names a key in the bucket's own account
 * and region, which is where the template's key ARN points, so the id of that ARN is the same key.
 */
function sameKey(expectedArn, actual) {
    if (expectedArn === actual)
        return true;
    if (expectedArn === undefined || actual === undefined || actual.startsWith('arn:'))
        return false;
    return expectedArn.endsWith(`:key/${actual}`);
}
const onOff = (on) => (on ? 'on' : 'off');
function describeEncryption(e) {
    const key = e.kmsKeyArn ?? e.kmsKeyId;
    return `${e.algorithm ?? '(no algorithm)'}${key ? ` with ${key}` : ''}, bucket key ${onOff(e.bucketKey)}`;
}
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

// EXTERNAL MODULE: ./src/core/templates/resolve.ts
var resolve = __webpack_require__(8955);
// EXTERNAL MODULE: ./src/shell/aws/deploy-stack.ts + 1 modules
var deploy_stack = __webpack_require__(4242);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var client_kms_dist_cjs = __webpack_require__(2632);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/shell/aws/read-live-state.ts




/** Errors that mean "this does not exist", per service; anything else leaves the value unknown. */
const ABSENT = new Set([
    'NoSuchBucket',
    'NoSuchBucketPolicy',
    'ServerSideEncryptionConfigurationNotFoundError',
    'ReplicationConfigurationNotFoundError',
    'NotFoundException',
    'NoSuchEntity',
    'NoSuchEntityException',
]);
async function observe(what) {
    try {
        const v = await what();
        return v === undefined ? absent() : read(v);
    }
    catch (e) {
        const name = e.name;
        return ABSENT.has(name) ? absent(name) : unreadable(`${name}: ${e.message}`);
    }
}
/** Reads, through S3, KMS and IAM, the live values of everything an expected state names. */
async function readLiveState(expected, c) {
    const buckets = {};
    const keys = {};
    const roles = {};
    await Promise.all([
        ...expected.buckets.map(async (b) => {
            const Bucket = b.name;
            const [versioning, encryption, policy, replication] = await Promise.all([
                observe(async () => (await c.s3.send(new client_s3_dist_cjs.GetBucketVersioningCommand({ Bucket }))).Status),
                observe(async () => {
                    const out = await c.s3.send(new client_s3_dist_cjs.GetBucketEncryptionCommand({ Bucket }));
                    return out.ServerSideEncryptionConfiguration
                        ? liveEncryptionOf(out.ServerSideEncryptionConfiguration)
                        : undefined;
                }),
                observe(async () => (await c.s3.send(new client_s3_dist_cjs.GetBucketPolicyCommand({ Bucket }))).Policy),
                observe(async () => (await c.s3.send(new client_s3_dist_cjs.GetBucketReplicationCommand({ Bucket }))).ReplicationConfiguration),
            ]);
            buckets[b.logicalId] = { versioning, encryption, policy, replication };
        }),
        ...expected.keys.map(async (k) => {
            const KeyId = k.keyId;
            if (!KeyId)
                return;
            const [keyState, rotation, policy] = await Promise.all([
                observe(async () => (await c.kms.send(new client_kms_dist_cjs.DescribeKeyCommand({ KeyId }))).KeyMetadata?.KeyState),
                observe(async () => (await c.kms.send(new client_kms_dist_cjs.GetKeyRotationStatusCommand({ KeyId }))).KeyRotationEnabled),
                observe(async () => (await c.kms.send(new client_kms_dist_cjs.GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }))).Policy),
            ]);
            keys[k.logicalId] = { keyState, rotation, policy };
        }),
        ...expected.roles.map(async (r) => {
            const RoleName = r.name;
            const [inlinePolicies, trustPolicy, managedPolicyArns] = await Promise.all([
                observe(async () => {
                    const docs = {};
                    let Marker;
                    do {
                        const page = await c.iam.send(new client_iam_dist_cjs.ListRolePoliciesCommand({ RoleName, Marker }));
                        for (const PolicyName of page.PolicyNames ?? [])
                            docs[PolicyName] = (await c.iam.send(new client_iam_dist_cjs.GetRolePolicyCommand({ RoleName, PolicyName }))).PolicyDocument;
                        Marker = page.IsTruncated ? page.Marker : undefined;
                    } while (Marker);
                    return docs;
                }),
                observe(async () => (await c.iam.send(new client_iam_dist_cjs.GetRoleCommand({ RoleName }))).Role?.AssumeRolePolicyDocument),
                observe(async () => {
                    const arns = [];
                    let Marker;
                    do {
                        const page = await c.iam.send(new client_iam_dist_cjs.ListAttachedRolePoliciesCommand({ RoleName, Marker }));
                        arns.push(...(page.AttachedPolicies ?? []).map((p) => p.PolicyArn));
                        Marker = page.IsTruncated ? page.Marker : undefined;
                    } while (Marker);
                    return arns;
                }),
            ]);
            roles[r.logicalId] = { inlinePolicies, trustPolicy, managedPolicyArns };
        }),
    ]);
    return { buckets, keys, roles };
}

;// CONCATENATED MODULE: ./src/shell/aws/direct-findings.ts





/**
 * The direct comparison alone, for one deployed stack: its deployed template resolved with its
 * parameters and physical ids, against the live buckets, keys and role. Verify uses it to say which
 * link of the chain broke when a canary FAILED.
 */
async function directFindings(s, c, partition, stack) {
    const [template, resources] = await Promise.all([
        c.cfn.send(new dist_cjs.GetTemplateCommand({ StackName: s.name, TemplateStage: 'Original' })),
        c.cfn.send(new dist_cjs.DescribeStackResourcesCommand({ StackName: s.name })),
    ]);
    const resolved = (0,resolve/* resolveTemplate */.X)(JSON.parse(template.TemplateBody ?? '{}'), {
        partition,
        region: s.region,
        accountId: s.account,
        stackName: s.name,
        ...(stack.StackId ? { stackId: stack.StackId } : {}),
        parameters: (0,deploy_stack.parameterMap)(stack.Parameters),
        resources: Object.fromEntries((resources.StackResources ?? [])
            .filter((r) => r.LogicalResourceId && r.PhysicalResourceId)
            .map((r) => [r.LogicalResourceId, { physicalId: r.PhysicalResourceId }])),
    });
    const expected = expectedState(resolved, s.name);
    return compareState(expected, await readLiveState(expected, c));
}


/***/ })

};
