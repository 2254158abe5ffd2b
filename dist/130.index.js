export const id = 130;
export const ids = [130];
export const modules = {

/***/ 4397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var driftItems = (function(r, labels = new Map()) {
    return r.stacks.flatMap((s) => stackItems(s, labels.get(s.name) ?? (s.kind === 'source' ? 'source' : s.name)));
});
var stackItems = (function(s, label) {
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
});
/** What a drifted check does to replication, and how to put it back. */
var judge = (function(f, kind, label) {
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
        // Monitoring never stops replication; its drift means a failure may go unnoticed.
        case 'alarm':
            return {
                impact: {
                    kind: 'other',
                    why: 'an alarm on replication differs from the config: a failure may go unnoticed',
                },
                remedy: 'put-monitoring-back',
            };
        case 'notifications':
            return {
                impact: {
                    kind: 'other',
                    why: "S3's failure events may no longer reach the alerts topic: a failure and its reason may go unnoticed",
                },
                remedy: 'put-monitoring-back',
            };
        case 'topic policy':
            return {
                impact: missing
                    ? {
                        kind: 'other',
                        why: 'S3 or CloudWatch may no longer publish to the alerts topic: alerts are lost',
                    }
                    : wider("the alerts topic's policy grants more than the config"),
                remedy: 'put-monitoring-back',
            };
        case 'topic encryption':
            return {
                impact: { kind: 'other', why: 'the alerts topic is not encrypted with the key the config gives it' },
                remedy: 'put-monitoring-back',
            };
    }
});

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
        [/^\/NotificationConfiguration/, 'notifications'],
    ],
    'AWS::CloudWatch::Alarm': [[/^\//, 'alarm']],
    'AWS::SNS::TopicPolicy': [[/^\/PolicyDocument/, 'topic policy']],
    'AWS::SNS::Topic': [[/^\/KmsMasterKeyId/, 'topic encryption']],
    'AWS::S3::BucketPolicy': [[/^\/PolicyDocument/, 'bucket policy']],
    'AWS::KMS::Key': [
        [/^\/KeyPolicy/, 'key policy'],
        [/^\/(Enabled|EnableKeyRotation)/, 'key state'],
    ],
    'AWS::IAM::Role': [[/^\/(Policies|AssumeRolePolicyDocument|ManagedPolicyArns)/, 'role policy']],
};


/***/ }),

/***/ 2279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** CloudFormation's ReplicationConfiguration, respelled as the S3 API spells it. */
var replicationFromCfn = (function(cfn) {
    if (!isObject(cfn))
        throw new Error('ReplicationConfiguration: expected an object');
    const rules = cfn.Rules ?? [];
    if (!Array.isArray(rules))
        throw new Error('ReplicationConfiguration.Rules: expected a list');
    return {
        ...(cfn.Role !== undefined ? { Role: String(cfn.Role) } : {}),
        Rules: rules.map((rule, i) => ruleFromCfn(rule, `ReplicationConfiguration.Rules[${i}]`)),
    };
});
/** `expectedCfn`: the template's ReplicationConfiguration. `actual`: undefined when the bucket has none. */
var compareReplication = (function(expectedCfn, actual) {
    const expected = replicationFromCfn(expectedCfn);
    const role = change('Role', expected.Role, actual?.Role);
    const rules = compareRules(expected.Rules ?? [], actual?.Rules ?? []);
    return { equal: role === undefined && rules.length === 0, ...(role ? { role } : {}), rules };
});
/** One line per drifted rule, for reports. */
var describeRuleDrift = (function(drift) {
    switch (drift.status) {
        case 'missing':
            return [`rule "${drift.id}" is missing (${describeRule(drift.expected)})`];
        case 'unexpected':
            return [`rule "${drift.id}" is not in the template (${describeRule(drift.actual)})`];
        case 'changed':
            return drift.changes.map((c) => `rule "${drift.id}" ${c.path}: expected ${c.expected ?? '(none)'}, found ${c.actual ?? '(none)'}`);
    }
});
// ---- CloudFormation → S3 ----
var ruleFromCfn = (function(rule, path) {
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
});
var filterFromCfn = (function(filter, path) {
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
});
var andFromCfn = (function(and, path) {
    if (!isObject(and))
        throw new Error(`${path}: expected an object`);
    const out = {};
    for (const [k, v] of Object.entries(and))
        out[k === 'TagFilters' ? 'Tags' : k] = v;
    return out;
});
// ---- matching ----
var compareRules = (function(expected, actual) {
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
});
var canonicalRule = (function(rule) {
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
});
var canonicalFilter = (function(filter) {
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
});
var canonicalDestination = (function(destination) {
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
});
/** Without undefined or null members (the SDK leaves `undefined` keys), and numeric text as numbers. */
var pruned = (function(value) {
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
});
// ---- field diff ----
/**
 * Leaf paths to display text. Lists are leaves (the only list, And.Tags, is already sorted). An
 * empty object has no leaves: `Filter: {}` differs from a V1 rule only by the latter's Prefix.
 */
var flatten = (function(value, prefix = '', out = new Map()) {
    for (const [k, v] of Object.entries(value)) {
        const path = prefix ? `${prefix}.${k}` : k;
        if (isObject(v))
            flatten(v, path, out);
        else
            out.set(path, display(v));
    }
    return out;
});
var diffFlat = (function(expected, actual) {
    const paths = [...new Set([...expected.keys(), ...actual.keys()])].sort();
    return paths.flatMap((path) => {
        const c = change(path, expected.get(path), actual.get(path));
        return c ? [c] : [];
    });
});
var change = (function(path, expected, actual) {
    if (expected === actual)
        return undefined;
    return {
        path,
        ...(expected !== undefined ? { expected } : {}),
        ...(actual !== undefined ? { actual } : {}),
    };
});
var display = (function(v) {
    if (typeof v === 'string')
        return v;
    if (Array.isArray(v) && v.every(isObject) && v.every((t) => 'Key' in t))
        return v.map(tagText).join(', ');
    return JSON.stringify(v);
});
var describeRule = (function(rule) {
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
});
/** GetBucketEncryption's ServerSideEncryptionConfiguration → LiveEncryption (its first rule). */
var liveEncryptionOf = (function(configuration) {
    const rule = configuration.Rules?.[0];
    const byDefault = rule?.ApplyServerSideEncryptionByDefault;
    return {
        ...(byDefault?.SSEAlgorithm !== undefined ? { algorithm: byDefault.SSEAlgorithm } : {}),
        ...(byDefault?.KMSMasterKeyID !== undefined ? { kmsKeyId: byDefault.KMSMasterKeyID } : {}),
        ...(rule?.BucketKeyEnabled !== undefined ? { bucketKey: rule.BucketKeyEnabled } : {}),
    };
});
var expectedState = (function(resolved, stack) {
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
});
var expectedBucket = (function(logicalId, r) {
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
});
var expectedEncryption = (function(bucketEncryption) {
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
});
var attachPolicy = (function(buckets, logicalId, r) {
    const bucketName = expected_state_text(r.properties.Bucket);
    const i = buckets.findIndex((b) => b.name === bucketName);
    // Our templates only ever write policies for buckets they create; anything else is a template bug.
    if (i < 0)
        throw new Error(`${logicalId}: its bucket ${String(bucketName)} is not in this template`);
    buckets[i] = { ...buckets[i], policy: { logicalId, document: r.properties.PolicyDocument } };
});
var expectedKey = (function(logicalId, r) {
    const p = r.properties;
    return {
        logicalId,
        ...(r.physicalId !== undefined ? { keyId: r.physicalId } : {}),
        policy: p.KeyPolicy,
        // KMS creates keys enabled unless told otherwise, and rotation off unless told otherwise.
        enabled: p.Enabled === undefined || isTrue(p.Enabled),
        rotation: isTrue(p.EnableKeyRotation),
    };
});
var expectedRole = (function(logicalId, r) {
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
});
// ---- expected vs live ----
var compareState = (function(expected, live) {
    const findings = [];
    const add = (f) => findings.push(expected.stack !== undefined ? { stack: expected.stack, ...f } : f);
    for (const b of expected.buckets)
        bucketFindings(b, live.buckets?.[b.logicalId] ?? {}).forEach(add);
    for (const k of expected.keys)
        keyFindings(k, live.keys?.[k.logicalId] ?? {}).forEach(add);
    for (const r of expected.roles)
        roleFindings(r, live.roles?.[r.logicalId] ?? {}).forEach(add);
    return findings;
});
/**
 * The one place a live value becomes a finding: not read or unreadable is unknown; otherwise
 * `judge` decides, given the value or undefined when it does not exist. A judge that throws (a
 * policy text that does not parse, say) is unknown too.
 */
var finding = (function(base, observed, judge) {
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
});
var bucketFindings = (function(b, live) {
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
});
var keyFindings = (function(k, live) {
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
});
var roleFindings = (function(r, live) {
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
});
var policyFinding = (function(base, document, observed, whenAbsent) {
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
});
var policyDetail = (function(c) {
    return [
        ...(c.version ? [`Version: expected ${c.version.expected}, found ${c.version.actual}`] : []),
        ...c.missing.map((s) => `missing: ${(0,policy_diff/* describeStatement */.Zc)(s)}`),
        ...c.unexpected.map((s) => `unexpected: ${(0,policy_diff/* describeStatement */.Zc)(s)}`),
    ];
});
var encryptionDifferences = (function(want, have) {
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
});
/**
 * S3 returns KMSMasterKeyID as it was set. A bare key id names a key in the bucket's own account
 * and region, which is where the template's key ARN points, so the id of that ARN is the same key.
 */
var sameKey = (function(expectedArn, actual) {
    if (expectedArn === actual)
        return true;
    if (expectedArn === undefined || actual === undefined || actual.startsWith('arn:'))
        return false;
    return expectedArn.endsWith(`:key/${actual}`);
});
var describeEncryption = (function(e) {
    const key = e.kmsKeyArn ?? e.kmsKeyId;
    return `${e.algorithm ?? '(no algorithm)'}${key ? ` with ${key}` : ''}, bucket key ${onOff(e.bucketKey)}`;
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ge: () => (/* binding */ absent),
  fX: () => (/* binding */ compareState),
  _$: () => (/* binding */ expectedState),
  gk: () => (/* binding */ finding),
  $o: () => (/* binding */ liveEncryptionOf),
  U9: () => (/* binding */ policyFinding),
  LF: () => (/* binding */ read),
  i4: () => (/* binding */ sameOrDrifted),
  O$: () => (/* binding */ unreadable)
});

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
const isObject = ((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
const priorityOf = ((r) => Number(r.Priority ?? 0));
const ruleName = ((r) => r.ID ?? `(no ID, priority ${priorityOf(r)})`);
// ---- canonical form ----
const DISABLED = { Status: 'Disabled' };
const tagText = ((tag) => isObject(tag) ? `${String(tag.Key)}=${String(tag.Value)}` : String(tag));
const NUMERIC_FIELDS = new Set(['Priority', 'Minutes']);

;// CONCATENATED MODULE: ./src/core/drift/expected-state.ts


const read = ((value) => ({ state: 'read', value }));
const absent = ((detail) => ({ state: 'absent', ...(detail ? { detail } : {}) }));
const unreadable = ((error) => ({ state: 'unreadable', error }));
const expected_state_isObject = ((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
const expected_state_text = ((v) => (typeof v === 'string' ? v : undefined));
const isTrue = ((v) => v === true || v === 'true');
const sameOrDrifted = ((same) => (same ? 'in-sync' : 'drifted'));
const onOff = ((on) => (on ? 'on' : 'off'));
const count = ((n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`);


/***/ }),

/***/ 6093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
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
var parsePolicyText = (function(text) {
    const trimmed = text.trim();
    // Encoded JSON starts with %7B; plain JSON may hold a literal "%" that must not be decoded.
    const json = trimmed.startsWith('{') ? trimmed : decodeURIComponent(trimmed);
    try {
        return JSON.parse(json);
    }
    catch (e) {
        throw new Error(`not a policy document: ${e.message}`);
    }
});
/** `expected` and `actual` may each be a document, its text, or undefined/null for "no policy". */
var comparePolicies = (function(expected, actual) {
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
});
/**
 * One line for a report, e.g.
 * `"Sid": Allow kms:Encrypt, kms:GenerateDataKey for AWS arn:aws:iam::111111111111:root on * when 3 conditions hold`.
 */
var describeStatement = (function(s) {
    const sid = s.Sid !== undefined ? `"${s.Sid}"` : '(no Sid)';
    const actions = s.Action !== undefined ? list(s.Action).join(', ') : `all but ${list(s.NotAction).join(', ')}`;
    const principal = describePrincipal(s.Principal, s.NotPrincipal);
    const resources = s.Resource !== undefined || s.NotResource !== undefined ? ` on ${describeResources(s)}` : '';
    const conditions = isObject(s.Condition)
        ? Object.values(s.Condition).reduce((n, keys) => n + (isObject(keys) ? Object.keys(keys).length : 0), 0)
        : 0;
    const when = conditions > 0 ? ` when ${conditions} condition${conditions === 1 ? '' : 's'} hold` : '';
    return `${sid}: ${s.Effect ?? '?'} ${actions}${principal}${resources}${when}`;
});
var documentOf = (function(input, side) {
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
});
// ---- normalization ----
var canonicalKey = (function(s) {
    return stableJson(normalizeStatement(s));
});
var normalizeStatement = (function(s) {
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
});
var normalizePrincipal = (function(principal) {
    if (principal === '*')
        return { AWS: ['*'] };
    if (!isObject(principal))
        return principal;
    const out = {};
    for (const [kind, ids] of Object.entries(principal)) {
        out[kind] = set(ids, kind === 'AWS' ? accountIdOfRoot : (id) => id);
    }
    return out;
});
/** `arn:<partition>:iam::<id>:root` and `<id>` name the same principal: the account. */
var accountIdOfRoot = (function(principal) {
    return /^arn:[a-z-]+:iam::(\d{12}):root$/.exec(principal)?.[1] ?? principal;
});
var normalizeCondition = (function(condition) {
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
});
/** A value IAM reads as a set of strings: one string or a list, order and repeats irrelevant. */
var set = (function(value, map = (v) => v) {
    const items = Array.isArray(value) ? value : [value];
    return [...new Set(items.map((v) => map(typeof v === 'string' ? v : stableJson(v))))].sort();
});
var stableJson = (function(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (isObject(value)) {
        const keys = Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value);
});
// ---- description ----
var describePrincipal = (function(principal, notPrincipal) {
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
});
var describeResources = (function(s) {
    return s.Resource !== undefined ? list(s.Resource).join(', ') : `all but ${list(s.NotResource).join(', ')}`;
});
var list = (function(value) {
    const items = Array.isArray(value) ? value : [value];
    return items.map((v) => (typeof v === 'string' ? v : stableJson(v)));
});
var isObject = (function(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OF: () => (/* binding */ comparePolicies),
/* harmony export */   XL: () => (/* binding */ parsePolicyText),
/* harmony export */   Zc: () => (/* binding */ describeStatement)
/* harmony export */ });


/***/ }),

/***/ 9163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var commentMarker = (function(configPath) {
    return `<!-- s3-xrepl:comment config=${encodeURIComponent(configPath)} -->`;
});
var parseSections = (function(comment) {
    const out = new Map();
    // The frame starts after the marker line.
    let at = comment.indexOf('\n');
    let previous = -1;
    while (at >= 0 && at < comment.length) {
        HEADER.lastIndex = at;
        const m = HEADER.exec(comment);
        if (!m)
            break;
        const name = m[1];
        const start = HEADER.lastIndex;
        const end = start + Number(m[3]);
        const close = `\n${ending(name)}`;
        // Each section at most once, in the order compose writes them.
        if (ORDER.indexOf(name) <= previous || !comment.startsWith(close, end))
            break;
        previous = ORDER.indexOf(name);
        out.set(name, { digest: m[2], body: comment.slice(start, end) });
        at = end + close.length;
    }
    return out;
});
var compose = (function(configPath, sections) {
    const blocks = ORDER.filter((n) => sections.has(n)).map((n) => {
        const s = sections.get(n);
        return `${header(n, s)}\n${s.body}\n${ending(n)}`;
    });
    return [commentMarker(configPath), ...blocks].join('\n');
});
/**
 * The comment with `name`'s section set to `parts`, cut to what GitHub accepts after the other
 * sections; `unchanged` when the section already holds this digest.
 */
var withSection = (function(existing, configPath, name, parts, omitted, limit = _budget_js__WEBPACK_IMPORTED_MODULE_0__.COMMENT_LIMIT) {
    const sections = existing === undefined ? new Map() : parseSections(existing);
    const digest = digestOf(parts);
    if (sections.get(name)?.digest === digest)
        return { kind: 'unchanged' };
    sections.delete(name);
    // The new section's header with an empty body says length=0: its real length may take as many
    // digits as the limit has.
    const overheadWith = (others) => compose(configPath, new Map([...others, [name, { digest, body: '' }]])).length + String(limit).length - 1;
    let overhead = overheadWith(sections);
    // The other sections leave too little room: they make way (their runs' summaries hold them whole).
    const room = limit - overhead;
    if (room < Math.min(MIN_SECTION_ROOM, limit / 4) && (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__.renderAll)(parts).length > room) {
        for (const [other, s] of sections)
            sections.set(other, { digest: s.digest, body: MADE_WAY(other) });
        overhead = overheadWith(sections);
    }
    const body = (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__.renderWithin)(parts, limit - overhead, omitted).trimEnd();
    sections.set(name, { digest, body });
    return { kind: 'write', body: compose(configPath, sections) };
});
/**
 * SHA-256 (the first 128 bits, in hex) of everything but the tail, which names the commit and the
 * run. Report text comes from configs: a short or non-cryptographic hash could be matched on
 * purpose, leaving an older report in place of a new one.
 */
var digestOf = (function(parts) {
    return (0,_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .s)(JSON.stringify([parts.head, parts.details])).slice(0, 32);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MJ: () => (/* binding */ parseSections),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   iG: () => (/* binding */ withSection)
/* harmony export */ });
/* unused harmony export digestOf */
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6133);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9863);


/** The pull request's life: its plan, then (after merge) what deploy did, what verify proved, what a backfill copied. */
const ORDER = ['plan', 'deploy', 'verify', 'backfill', 'drift'];
const header = ((name, s) => `<!-- s3-xrepl:section ${name} digest=${s.digest} length=${s.body.length} -->`);
const ending = ((name) => `<!-- s3-xrepl:end ${name} -->`);
/** A header as `compose` writes it, matched only where the previous section ended (sticky). */
const HEADER = /\n<!-- s3-xrepl:section (plan|deploy|verify|backfill|drift) digest=([0-9a-f]{32}) length=(0|[1-9]\d{0,5}) -->\n/y;
/** Below this much room for a section, the other sections are replaced by a pointer. */
const MIN_SECTION_ROOM = 16_000;
const MADE_WAY = ((name) => `_The ${name} report was too long to keep beside this one: it is in the job summary of its run._`);


/***/ }),

/***/ 8343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var trackingMarker = (function(configPath) {
    return `<!-- s3-xrepl:drift config=${encodeURIComponent(configPath)} -->`;
});
/** First sightings ride on the state line as URI-encoded JSON, which holds no `-->`. */
var stateLine = (function(s, firstSeen) {
    const seen = firstSeen && firstSeen.size > 0
        ? ` first-seen=${encodeURIComponent(JSON.stringify(Object.fromEntries([...firstSeen].sort())))}`
        : '';
    return `<!-- s3-xrepl:checks drift=${s.drift} canary=${s.canary}${seen} -->`;
});
/** The state line of an issue body the action wrote for this config, or nothing. */
var stateMatch = (function(body, configPath) {
    const [marker, line] = body.split('\n', 2);
    if (configPath !== undefined && marker !== trackingMarker(configPath))
        return null;
    return STATE_LINE.exec(line ?? '');
});
/** An issue the action opened before it tracked the canary too held drift alone, failing. */
var statesOf = (function(body) {
    const m = stateMatch(body);
    return m ? { drift: m[1], canary: m[2] } : { drift: 'failing', canary: 'none' };
});
/**
 * When each drifted thing was first seen, as the issue's state line says: read only from the line
 * under this config's marker, which only the action writes, so the reports below it (which quote
 * AWS and configs) can never supply it. Anything else reads as nothing.
 */
var firstSeenIn = (function(body, configPath) {
    const encoded = stateMatch(body, configPath)?.[3];
    if (!encoded)
        return new Map();
    try {
        const parsed = JSON.parse(decodeURIComponent(encoded));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            return new Map();
        return new Map(Object.entries(parsed).filter((e) => typeof e[1] === 'string' && ISO_TIME.test(e[1])));
    }
    catch {
        return new Map();
    }
});
/** Each key's first sighting: the earlier one where there was one, else now. */
var firstSeenOf = (function(keys, earlier, now) {
    return new Map(keys.map((k) => [k, earlier.get(k) ?? now]));
});
/**
 * One open issue per config while drift or the canary fails: opened by the first failure, a
 * section per check replaced as its result changes, closed with a comment once both pass. An
 * unknown result changes nothing: it proves neither a failure nor its end.
 */
var trackingIssueAction = (function(check, outcome, existing, req) {
    if (outcome === 'unknown')
        return { kind: 'none', why: 'the result is unknown' };
    if (!existing && outcome === 'passing')
        return { kind: 'none', why: `${check} passes and no issue is open` };
    const before = existing ? statesOf(existing.body) : { drift: 'none', canary: 'none' };
    const after = { ...before, [check]: outcome };
    if (existing && CHECKS.every((c) => after[c] !== 'failing'))
        return {
            kind: 'close',
            comment: check === 'drift'
                ? 'Back in sync, and no canary is failing: every check of the last runs passed. Closing.'
                : 'The canary replicates again, and nothing has drifted: every check of the last runs passed. Closing.',
        };
    const marker = trackingMarker(req.configPath);
    // A canary run keeps the drift's first sightings as they were.
    const seen = check === 'drift' ? req.firstSeen : existing ? firstSeenIn(existing.body, req.configPath) : undefined;
    const header = `${marker}\n${stateLine(after, seen)}`;
    // sticky-comment.ts writes its own marker as the first line: room is kept for the longer header.
    const room = _budget_js__WEBPACK_IMPORTED_MODULE_0__.COMMENT_LIMIT - Math.max(0, header.length - (0,_sticky_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .commentMarker */ .Ql)(req.configPath).length);
    const update = (0,_sticky_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .withSection */ .iG)(existing ? framed(existing.body) : undefined, req.configPath, SECTION[check], req.parts, req.omitted, room);
    if (update.kind === 'unchanged' && before[check] === after[check] && existing?.body.startsWith(header))
        return { kind: 'none', why: UNCHANGED[check] };
    // The sections after sticky-comment's first line: new ones, or the old ones under a new state line.
    const from = update.kind === 'write' ? update.body : framed(existing.body);
    const sections = from.slice(from.indexOf('\n'));
    const failing = CHECKS.filter((c) => after[c] === 'failing').map((c) => c === 'drift' ? 'drift' : 'canary failing');
    return {
        kind: existing ? 'update' : 'open',
        // A title is plain text on one line: no markup to escape, only line breaks to keep out.
        title: `Replication ${failing.join(' and ')}: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(req.topology)} (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(req.configPath)})`,
        body: `${header}${sections}`,
    };
});
/** The checks an issue body says are failing (for tests and logs). */
var failingChecks = (function(body) {
    const s = statesOf(body);
    return CHECKS.filter((c) => s[c] === 'failing');
});
/** The report of one check in an issue body, read only within its frame. */
var checkReport = (function(body, check) {
    return (0,_sticky_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSections */ .MJ)(framed(body)).get(SECTION[check])?.body;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DRIFT_LABEL: () => (/* binding */ DRIFT_LABEL),
/* harmony export */   checkReport: () => (/* binding */ checkReport),
/* harmony export */   driftOutcome: () => (/* binding */ driftOutcome),
/* harmony export */   failingChecks: () => (/* binding */ failingChecks),
/* harmony export */   firstSeenIn: () => (/* binding */ firstSeenIn),
/* harmony export */   firstSeenOf: () => (/* binding */ firstSeenOf),
/* harmony export */   trackingIssueAction: () => (/* binding */ trackingIssueAction),
/* harmony export */   trackingMarker: () => (/* binding */ trackingMarker)
/* harmony export */ });
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6133);
/* harmony import */ var _sticky_comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9163);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3502);



/** The label that finds tracking issues (with the marker, which tells configs apart). */
const DRIFT_LABEL = 's3-xrepl-drift';
const driftOutcome = ((verdict) => verdict === 'drifted' ? 'failing' : verdict === 'in-sync' ? 'passing' : 'unknown');
const CHECKS = ['drift', 'canary'];
const SECTION = { drift: 'drift', canary: 'verify' };
/**
 * The line under the marker that says where each check stands. Only the action writes line two of
 * its own issue (the issue is found by its author), and the reports follow it in sections framed by
 * their length (sticky-comment.ts), so no text a report quotes is ever read as a state.
 */
const STATE_LINE = /^<!-- s3-xrepl:checks drift=(failing|passing|none) canary=(failing|passing|none)(?: first-seen=([A-Za-z0-9%._~!*'()-]*))? -->$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
/** The body without its marker line, as sticky-comment.ts frames it: one header line, then the sections. */
const framed = ((body) => body.slice(body.indexOf('\n') + 1));
const UNCHANGED = {
    drift: 'the drift is unchanged',
    canary: 'the canary failure is unchanged',
};


/***/ }),

/***/ 4672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var expectedMonitoring = (function(resolved, stack) {
    const entries = Object.entries(resolved.resources);
    const ofType = (type) => entries.filter(([, r]) => r.type === type);
    const topics = ofType('AWS::SNS::Topic').map(([logicalId, r]) => ({
        logicalId,
        arn: r.physicalId ?? '',
        ...(expected_monitoring_text(r.properties.KmsMasterKeyId) !== undefined
            ? { kmsKeyId: expected_monitoring_text(r.properties.KmsMasterKeyId) }
            : {}),
    }));
    for (const [logicalId, r] of ofType('AWS::SNS::TopicPolicy')) {
        for (const arn of list(r.properties.Topics)) {
            const i = topics.findIndex((t) => t.arn === arn);
            // A policy on a topic this stack does not create (monitoring.topic: ARN) is not ours to check.
            if (i >= 0)
                topics[i] = { ...topics[i], policy: { logicalId, document: r.properties.PolicyDocument } };
        }
    }
    return {
        ...(stack !== undefined ? { stack } : {}),
        alarms: ofType('AWS::CloudWatch::Alarm').map(([logicalId, r]) => expectedAlarm(logicalId, r)),
        topics,
        notifications: ofType('AWS::S3::Bucket')
            .filter(([, r]) => r.properties.NotificationConfiguration !== undefined)
            .map(([logicalId, r]) => ({
            bucketLogicalId: logicalId,
            bucket: r.physicalId ?? String(r.properties.BucketName),
            configuration: r.properties.NotificationConfiguration,
        })),
    };
});
var expectedAlarm = (function(logicalId, r) {
    const p = r.properties;
    const name = r.physicalId ?? expected_monitoring_text(p.AlarmName);
    if (name === undefined)
        throw new Error(`${logicalId}: no physical id and no AlarmName`);
    const dimensions = {};
    for (const d of Array.isArray(p.Dimensions) ? p.Dimensions : [])
        if (isObject(d))
            dimensions[String(d.Name)] = String(d.Value);
    const datapoints = num(p.DatapointsToAlarm);
    return {
        logicalId,
        name,
        settings: {
            namespace: String(p.Namespace),
            metricName: String(p.MetricName),
            dimensions,
            statistic: String(p.Statistic),
            period: Number(p.Period),
            evaluationPeriods: Number(p.EvaluationPeriods),
            ...(datapoints !== undefined ? { datapointsToAlarm: datapoints } : {}),
            threshold: Number(p.Threshold),
            comparisonOperator: String(p.ComparisonOperator),
            // CloudWatch's default when a template leaves it out.
            treatMissingData: expected_monitoring_text(p.TreatMissingData) ?? 'missing',
            actionsEnabled: p.ActionsEnabled === undefined || p.ActionsEnabled === true || p.ActionsEnabled === 'true',
            alarmActions: list(p.AlarmActions),
            okActions: list(p.OKActions),
        },
    };
});
// ---- expected vs live ----
var compareMonitoring = (function(expected, live) {
    const out = [];
    const add = (f) => out.push(expected.stack !== undefined ? { stack: expected.stack, ...f } : f);
    for (const a of expected.alarms)
        add(alarmFinding(a, live.alarms?.[a.logicalId]));
    for (const t of expected.topics) {
        const l = live.topics?.[t.logicalId] ?? {};
        if (t.policy)
            add((0,expected_state/* policyFinding */.U9)({ resource: t.policy.logicalId, what: 'topic policy' }, t.policy.document, l.policy, 'no topic policy (or the topic is gone)'));
        const want = t.kmsKeyId ?? 'none';
        add((0,expected_state/* finding */.gk)({ resource: t.logicalId, what: 'topic encryption', expected: want }, l.kmsKeyId, (v) => ({
            status: (0,expected_state/* sameOrDrifted */.i4)((v ?? 'none') === want),
            actual: v ?? 'not encrypted (or the topic is gone)',
        })));
    }
    for (const n of expected.notifications)
        add(notificationsFinding(n, live.notifications?.[n.bucketLogicalId]));
    return out;
});
var describeAlarm = (function(s) {
    return `${s.metricName ?? '?'} ${s.statistic ?? '?'} > ${s.threshold ?? '?'} over ${s.evaluationPeriods ?? '?'} × ${s.period ?? '?'} s, missing data ${s.treatMissingData ?? '?'}`;
});
var alarmFinding = (function(a, observed) {
    return (0,expected_state/* finding */.gk)({ resource: a.logicalId, what: 'alarm', subject: a.name, expected: describeAlarm(a.settings) }, observed, (v) => {
        if (v === undefined)
            return { status: 'drifted', actual: 'alarm deleted: nothing will fire' };
        const differences = alarmDifferences(a.settings, v);
        return {
            status: (0,expected_state/* sameOrDrifted */.i4)(differences.length === 0),
            actual: describeAlarm(v),
            ...(differences.length > 0 ? { detail: differences } : {}),
        };
    });
});
var alarmDifferences = (function(want, have) {
    const out = [];
    const scalar = (key, label) => {
        const w = want[key];
        const h = have[key];
        if (w === undefined)
            return;
        if (String(w) !== String(h))
            out.push(`${label}: expected ${String(w)}, found ${h === undefined ? '(none)' : String(h)}`);
    };
    scalar('namespace', 'Namespace');
    scalar('metricName', 'MetricName');
    scalar('statistic', 'Statistic');
    scalar('period', 'Period');
    scalar('evaluationPeriods', 'EvaluationPeriods');
    scalar('datapointsToAlarm', 'DatapointsToAlarm');
    scalar('threshold', 'Threshold');
    scalar('comparisonOperator', 'ComparisonOperator');
    scalar('treatMissingData', 'TreatMissingData');
    if (want.actionsEnabled !== (have.actionsEnabled ?? true))
        out.push(`actions: expected ${want.actionsEnabled ? 'enabled' : 'disabled'}, found ${want.actionsEnabled ? 'disabled' : 'enabled'}`);
    const dims = (d = {}) => Object.entries(d)
        .map(([k, v]) => `${k}=${v}`)
        .sort();
    if (!sameSet(dims(want.dimensions), dims(have.dimensions)))
        out.push(`Dimensions: expected ${dims(want.dimensions).join(', ')}, found ${dims(have.dimensions).join(', ') || '(none)'}`);
    if (!sameSet(want.alarmActions, have.alarmActions))
        out.push(`AlarmActions: expected ${want.alarmActions.join(', ') || '(none)'}, found ${(have.alarmActions ?? []).join(', ') || '(none)'}`);
    if (!sameSet(want.okActions, have.okActions))
        out.push(`OKActions: expected ${want.okActions.join(', ') || '(none)'}, found ${(have.okActions ?? []).join(', ') || '(none)'}`);
    return out;
});
/** One entry per target and event, the same whichever spelling (CloudFormation's or S3's) it came in. */
var cfnEntries = (function(configuration) {
    const c = isObject(configuration) ? configuration : {};
    const entries = [];
    const kinds = [
        ['TopicConfigurations', 'Topic', 'topic'],
        ['QueueConfigurations', 'Queue', 'queue'],
        ['LambdaConfigurations', 'Function', 'function'],
    ];
    for (const [key, arnKey, kind] of kinds) {
        for (const e of Array.isArray(c[key]) ? c[key] : []) {
            if (!isObject(e))
                continue;
            const rules = isObject(e.Filter) && isObject(e.Filter.S3Key) ? e.Filter.S3Key.Rules : [];
            entries.push(entry(kind, String(e[arnKey]), String(e.Event), Array.isArray(rules) ? rules : []));
        }
    }
    const eb = c.EventBridgeConfiguration;
    return {
        entries,
        eventBridge: isObject(eb) && (eb.EventBridgeEnabled === true || eb.EventBridgeEnabled === 'true'),
    };
});
var s3Entries = (function(c) {
    const entries = [];
    const each = (list, arnKey, kind) => {
        for (const e of list ?? [])
            for (const event of e.Events ?? [])
                entries.push(entry(kind, String(e[arnKey]), event, e.Filter?.Key?.FilterRules ?? []));
    };
    each(c.TopicConfigurations, 'TopicArn', 'topic');
    each(c.QueueConfigurations, 'QueueArn', 'queue');
    each(c.LambdaFunctionConfigurations, 'LambdaFunctionArn', 'function');
    return { entries, eventBridge: c.EventBridgeConfiguration !== undefined };
});
var entry = (function(kind, arn, event, rules) {
    const filter = rules
        .filter(isObject)
        .map((r) => `${String(r.Name).toLowerCase()}=${String(r.Value)}`)
        .sort()
        .join(' ');
    return `${kind} ${arn} ${event}${filter ? ` (${filter})` : ''}`;
});
var notificationsFinding = (function(n, observed) {
    const want = cfnEntries(n.configuration);
    const describe = (x) => `${x.entries.length} ${x.entries.length === 1 ? 'entry' : 'entries'}${x.eventBridge ? ' and EventBridge' : ''}`;
    return (0,expected_state/* finding */.gk)({ resource: n.bucketLogicalId, what: 'notifications', expected: describe(want) }, observed, (v) => {
        const have = v ? s3Entries(v) : { entries: [], eventBridge: false };
        const detail = [
            ...want.entries.filter((e) => !have.entries.includes(e)).map((e) => `missing: ${e}`),
            ...have.entries.filter((e) => !want.entries.includes(e)).map((e) => `unexpected: ${e}`),
            ...(want.eventBridge !== have.eventBridge
                ? [
                    `EventBridge: expected ${want.eventBridge ? 'on' : 'off'}, found ${have.eventBridge ? 'on' : 'off'}`,
                ]
                : []),
        ];
        return {
            status: (0,expected_state/* sameOrDrifted */.i4)(detail.length === 0),
            actual: v ? describe(have) : 'no notification configuration',
            ...(detail.length > 0 ? { detail } : {}),
        };
    });
});// CONCATENATED MODULE: ./src/shell/aws/direct-findings.ts







/**
 * The direct comparison alone, for one deployed stack: its deployed template resolved with its
 * parameters and physical ids, against the live buckets, keys and role, and against the alarms,
 * topic and notifications that report on them. Verify uses it to say which link of the chain broke
 * when a canary FAILED.
 */
var directFindings = (async function(s, c, partition, stack) {
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
    const expected = (0,expected_state/* expectedState */._$)(resolved, s.name);
    const monitoring = expectedMonitoring(resolved, s.name);
    const [live, liveMonitoring] = await Promise.all([
        (0,read_live_state/* readLiveState */.e)(expected, c),
        (0,read_live_monitoring/* readLiveMonitoring */.n)(monitoring, c),
    ]);
    return [...(0,expected_state/* compareState */.fX)(expected, live), ...compareMonitoring(monitoring, liveMonitoring)];
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  directFindings: () => (/* binding */ directFindings)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/core/drift/expected-state.ts + 1 modules
var expected_state = __webpack_require__(2279);
;// CONCATENATED MODULE: ./src/core/drift/expected-monitoring.ts

const isObject = ((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
const expected_monitoring_text = ((v) => typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const list = ((v) => (Array.isArray(v) ? v.map(String) : []));
const num = ((v) => v === undefined || v === null || v === '' ? undefined : Number(v));
const sameSet = ((a, b = []) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]));

// EXTERNAL MODULE: ./src/core/templates/resolve.ts
var resolve = __webpack_require__(8955);
// EXTERNAL MODULE: ./src/shell/aws/deploy-stack.ts
var deploy_stack = __webpack_require__(5804);
// EXTERNAL MODULE: ./src/shell/aws/read-live-monitoring.ts
var read_live_monitoring = __webpack_require__(5824);
// EXTERNAL MODULE: ./src/shell/aws/read-live-state.ts
var read_live_state = __webpack_require__(7601);
;


/***/ }),

/***/ 5824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The alarms by name: each one read, or absent when CloudWatch has no alarm of that name. */
var readAlarms = (async function(cloudwatch, names) {
    const out = new Map();
    for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
        const batch = names.slice(i, i + NAMES_PER_CALL);
        try {
            const found = new Map();
            let NextToken;
            do {
                const page = await cloudwatch.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__.DescribeAlarmsCommand({ AlarmNames: batch, AlarmTypes: ['MetricAlarm'], NextToken }));
                for (const a of page.MetricAlarms ?? [])
                    if (a.AlarmName)
                        found.set(a.AlarmName, a);
                NextToken = page.NextToken;
            } while (NextToken);
            for (const name of batch) {
                const a = found.get(name);
                out.set(name, a ? (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .LF)(liveAlarmOf(a)) : (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .absent */ .Ge)('no alarm of this name'));
            }
        }
        catch (e) {
            for (const name of batch)
                out.set(name, (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .unreadable */ .O$)(`${e.name}: ${e.message}`));
        }
    }
    return out;
});
var liveAlarmOf = (function(a) {
    return {
        ...(a.Namespace !== undefined ? { namespace: a.Namespace } : {}),
        ...(a.MetricName !== undefined ? { metricName: a.MetricName } : {}),
        dimensions: Object.fromEntries((a.Dimensions ?? []).map((d) => [d.Name ?? '', d.Value ?? ''])),
        ...(a.Statistic !== undefined ? { statistic: a.Statistic } : {}),
        ...(a.Period !== undefined ? { period: a.Period } : {}),
        ...(a.EvaluationPeriods !== undefined ? { evaluationPeriods: a.EvaluationPeriods } : {}),
        ...(a.DatapointsToAlarm !== undefined ? { datapointsToAlarm: a.DatapointsToAlarm } : {}),
        ...(a.Threshold !== undefined ? { threshold: a.Threshold } : {}),
        ...(a.ComparisonOperator !== undefined ? { comparisonOperator: a.ComparisonOperator } : {}),
        // CloudWatch leaves TreatMissingData out when it is the default.
        treatMissingData: a.TreatMissingData ?? 'missing',
        actionsEnabled: a.ActionsEnabled ?? true,
        alarmActions: a.AlarmActions ?? [],
        okActions: a.OKActions ?? [],
        ...(a.StateValue !== undefined ? { stateValue: a.StateValue } : {}),
        ...(a.StateReason !== undefined ? { stateReason: a.StateReason } : {}),
        ...(a.StateUpdatedTimestamp !== undefined ? { stateUpdated: a.StateUpdatedTimestamp.toISOString() } : {}),
    };
});
/** Reads, through CloudWatch, SNS and S3, everything an expected monitoring names. */
var readLiveMonitoring = (async function(expected, c) {
    const topics = {};
    const notifications = {};
    const [alarms] = await Promise.all([
        expected.alarms.length > 0
            ? readAlarms(c.cloudwatch, expected.alarms.map((a) => a.name))
            : new Map(),
        ...expected.topics.map(async (t) => {
            const attributes = await (0,_read_live_state_js__WEBPACK_IMPORTED_MODULE_1__/* .observe */ .l)(async () => (await c.sns.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_3__.GetTopicAttributesCommand({ TopicArn: t.arn }))).Attributes);
            topics[t.logicalId] =
                attributes.state === 'read'
                    ? {
                        policy: attributes.value.Policy !== undefined ? (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .LF)(attributes.value.Policy) : (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .absent */ .Ge)(),
                        kmsKeyId: attributes.value.KmsMasterKeyId !== undefined
                            ? (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .LF)(attributes.value.KmsMasterKeyId)
                            : (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .absent */ .Ge)(),
                    }
                    : { policy: attributes, kmsKeyId: attributes };
        }),
        ...expected.notifications.map(async (n) => {
            notifications[n.bucketLogicalId] = await (0,_read_live_state_js__WEBPACK_IMPORTED_MODULE_1__/* .observe */ .l)(async () => (await c.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.GetBucketNotificationConfigurationCommand({ Bucket: n.bucket }))));
        }),
    ]);
    return {
        alarms: Object.fromEntries(expected.alarms.map((a) => [a.logicalId, alarms.get(a.name) ?? (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .unreadable */ .O$)('not read')])),
        topics,
        notifications,
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ readLiveMonitoring),
/* harmony export */   t: () => (/* binding */ readAlarms)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8797);
/* harmony import */ var _core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2279);
/* harmony import */ var _read_live_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7601);





/** DescribeAlarms takes at most 100 names a call. */
const NAMES_PER_CALL = 100;


/***/ }),

/***/ 7601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var observe = (async function(what) {
    try {
        const v = await what();
        return v === undefined ? (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .absent */ .Ge)() : (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .LF)(v);
    }
    catch (e) {
        const name = e.name;
        return ABSENT.has(name) ? (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .absent */ .Ge)(name) : (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .unreadable */ .O$)(`${name}: ${e.message}`);
    }
});
/** Reads, through S3, KMS and IAM, the live values of everything an expected state names. */
var readLiveState = (async function(expected, c) {
    const buckets = {};
    const keys = {};
    const roles = {};
    await Promise.all([
        ...expected.buckets.map(async (b) => {
            const Bucket = b.name;
            const [versioning, encryption, policy, replication] = await Promise.all([
                observe(async () => (await c.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetBucketVersioningCommand({ Bucket }))).Status),
                observe(async () => {
                    const out = await c.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetBucketEncryptionCommand({ Bucket }));
                    return out.ServerSideEncryptionConfiguration
                        ? (0,_core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__/* .liveEncryptionOf */ .$o)(out.ServerSideEncryptionConfiguration)
                        : undefined;
                }),
                observe(async () => (await c.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetBucketPolicyCommand({ Bucket }))).Policy),
                observe(async () => (await c.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetBucketReplicationCommand({ Bucket }))).ReplicationConfiguration),
            ]);
            buckets[b.logicalId] = { versioning, encryption, policy, replication };
        }),
        ...expected.keys.map(async (k) => {
            const KeyId = k.keyId;
            if (!KeyId)
                return;
            const [keyState, rotation, policy] = await Promise.all([
                observe(async () => (await c.kms.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__.DescribeKeyCommand({ KeyId }))).KeyMetadata?.KeyState),
                observe(async () => (await c.kms.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__.GetKeyRotationStatusCommand({ KeyId }))).KeyRotationEnabled),
                observe(async () => (await c.kms.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__.GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }))).Policy),
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
                        const page = await c.iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.ListRolePoliciesCommand({ RoleName, Marker }));
                        for (const PolicyName of page.PolicyNames ?? [])
                            docs[PolicyName] = (await c.iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.GetRolePolicyCommand({ RoleName, PolicyName }))).PolicyDocument;
                        Marker = page.IsTruncated ? page.Marker : undefined;
                    } while (Marker);
                    return docs;
                }),
                observe(async () => (await c.iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.GetRoleCommand({ RoleName }))).Role?.AssumeRolePolicyDocument),
                observe(async () => {
                    const arns = [];
                    let Marker;
                    do {
                        const page = await c.iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.ListAttachedRolePoliciesCommand({ RoleName, Marker }));
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
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readLiveState),
/* harmony export */   l: () => (/* binding */ observe)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6764);
/* harmony import */ var _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2632);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);
/* harmony import */ var _core_drift_expected_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2279);




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


/***/ }),

/***/ 6301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/** This config's open tracking issue, opened by `author`: found by label and marker. */
var findTrackingIssue = (async function(api, configPath, author) {
    const marker = (0,_core_report_tracking_issue_js__WEBPACK_IMPORTED_MODULE_0__.trackingMarker)(configPath);
    for await (const i of api.listOpen(_core_report_tracking_issue_js__WEBPACK_IMPORTED_MODULE_0__.DRIFT_LABEL))
        if (i.author === author && i.body.startsWith(marker))
            return i;
    return undefined;
});
/** Opens, updates or closes this config's tracking issue (drift and canary), found by label and marker. */
var syncTrackingIssue = (async function(api, req, logger) {
    try {
        const existing = req.found ? req.found.issue : await findTrackingIssue(api, req.configPath, req.author);
        const action = (0,_core_report_tracking_issue_js__WEBPACK_IMPORTED_MODULE_0__.trackingIssueAction)(req.check, req.outcome, existing, req);
        switch (action.kind) {
            case 'open': {
                const i = await api.create(action.title, action.body, [_core_report_tracking_issue_js__WEBPACK_IMPORTED_MODULE_0__.DRIFT_LABEL]);
                return { kind: 'opened', url: i.url };
            }
            case 'update':
                return {
                    kind: 'updated',
                    url: (await api.update(existing.number, { title: action.title, body: action.body })).url,
                };
            case 'close':
                await api.comment(existing.number, action.comment);
                return {
                    kind: 'closed',
                    url: (await api.update(existing.number, { state: 'closed', state_reason: 'completed' })).url,
                };
            case 'none':
                logger.info(`tracking issue: left as it is (${action.why})`);
                return existing ? { kind: 'unchanged', url: existing.url } : { kind: 'none' };
        }
    }
    catch (e) {
        const status = e.status;
        logger.warning(`could not update the tracking issue${status ? ` (HTTP ${status})` : ''}: ${e.message}. ` +
            (status === 403 ? 'Give the job "permissions: issues: write". ' : '') +
            'The report is in the job summary.');
        return { kind: status === 403 ? 'not-permitted' : 'failed' };
    }
});
/** Whether this run keeps the tracking issue: a scheduled or manual run of the action. */
var tracksIssues = (function(env) {
    return env.frontDoor === 'action' && TRACKING_EVENTS.has(env.github.context.event ?? '');
});
/**
 * On a scheduled or manual run of the action (never on a terminal, a push or a pull request), one
 * check's result goes into the config's tracking issue; the issue's URL, or '' when none is kept.
 */
var trackScheduledCheck = (async function(env, req) {
    if (!tracksIssues(env))
        return '';
    const runUrl = env.github.context.runUrl;
    const outcome = await syncTrackingIssue(env.github.issues(), {
        ...req,
        author: env.github.author,
        omitted: (n) => `_${n} more ${n === 1 ? 'section is' : 'sections are'} in the job summary${runUrl ? ` of [the run](${runUrl})` : ''}._`,
    }, env.logger);
    const url = 'url' in outcome ? outcome.url : '';
    env.logger.info(`${req.check} tracking issue: ${outcome.kind}${url ? ` ${url}` : ''}`);
    return url;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findTrackingIssue: () => (/* binding */ findTrackingIssue),
/* harmony export */   syncTrackingIssue: () => (/* binding */ syncTrackingIssue),
/* harmony export */   trackScheduledCheck: () => (/* binding */ trackScheduledCheck),
/* harmony export */   tracksIssues: () => (/* binding */ tracksIssues)
/* harmony export */ });
/* harmony import */ var _core_report_tracking_issue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8343);
/** Runs that keep the tracking issue: the scheduled checks and a manual one. */
const TRACKING_EVENTS = new Set(['schedule', 'workflow_dispatch']);


/***/ })

};
