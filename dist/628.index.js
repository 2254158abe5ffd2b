export const id = 628;
export const ids = [628];
export const modules = {

/***/ 6283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * Drifted when anything drifted (a direct check, or a resource CloudFormation found MODIFIED or
 * DELETED, even in a detection that failed overall); otherwise unknown when anything could not be
 * checked (a missing stack, a failed detection, an unreadable value, a resource CloudFormation did
 * not check that no direct comparison covers); in sync only when everything was seen in sync.
 */
var driftVerdict = (function(r) {
    const drifted = r.stacks.some((s) => s.findings.some((f) => f.status === 'drifted') ||
        s.cloudFormation?.status === 'DRIFTED' ||
        (s.cloudFormation?.resources ?? []).some((res) => DRIFTED_RESOURCE.has(res.status)));
    if (drifted)
        return 'drifted';
    return r.stacks.some((s) => unchecked(s).length > 0) ? 'unknown' : 'in-sync';
});
/** What in a stack could not be checked, in words; empty when everything was. */
var unchecked = (function(s) {
    if (!s.deployed)
        return ['the stack does not exist'];
    const out = [];
    if (s.cloudFormation?.status === 'UNKNOWN')
        out.push(`CloudFormation drift detection: ${s.cloudFormation.reason ?? 'no result'}`);
    for (const res of s.cloudFormation?.resources ?? []) {
        if (!UNCHECKED_RESOURCE.has(res.status) || coveredDirectly(s, res))
            continue;
        out.push(`${res.logicalId} (${res.type}): CloudFormation says ${res.status}, and no direct check covers it`);
    }
    for (const f of s.findings.filter((x) => x.status === 'unknown'))
        out.push(`${f.what}${f.subject ? ` (${f.subject})` : ''} of ${f.resource}: ${(f.detail ?? ['not read']).join('; ')}`);
    return out;
});
/**
 * A bucket policy is all document: the direct comparison covers it whole. Other types have
 * properties the direct checks do not read (a bucket's CORS, logging, ...), so they stay unknown.
 */
var coveredDirectly = (function(s, res) {
    return (res.type === 'AWS::S3::BucketPolicy' &&
        s.findings.some((f) => f.resource === res.logicalId && f.what === 'bucket policy' && f.status !== 'unknown'));
});
/** One finding as a line for a person: what, where, expected against found, and the first details. */
var findingLine = (function(f) {
    const what = `${f.what}${f.subject ? ` (${f.subject})` : ''} of ${f.resource}${f.stack ? ` in ${f.stack}` : ''}`;
    const detail = f.detail?.length ? `: ${f.detail.slice(0, 3).join('; ')}` : '';
    return `${what} has drifted (expected ${f.expected ?? '—'}, found ${f.actual ?? '—'})${detail}`;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftVerdict: () => (/* binding */ driftVerdict),
/* harmony export */   findingLine: () => (/* binding */ findingLine),
/* harmony export */   unchecked: () => (/* binding */ unchecked)
/* harmony export */ });
const DRIFTED_RESOURCE = new Set(['MODIFIED', 'DELETED']);
const UNCHECKED_RESOURCE = new Set(['NOT_CHECKED', 'UNKNOWN', 'UNSUPPORTED']);


/***/ }),

/***/ 4725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * Property values as stable, readable JSON, so that two values differ only where their meaning does:
 * policy text parsed, keys sorted, and lists whose order IAM ignores sorted. Used wherever a report
 * compares or shows policies and rules (drift's diffs, the plan's permission and rule tables).
 */
/** A property value as stable, readable JSON: policy text parsed, keys sorted, action lists sorted. */
var normalizedText = (function(value) {
    return JSON.stringify(normalize(parseIfJson(value)), null, 2);
});
/** Policy documents arrive as JSON text or as objects; either reads as the object. */
var parseIfJson = (function(v) {
    if (typeof v !== 'string' || !/^\s*[{[]/.test(v))
        return v;
    try {
        return JSON.parse(v);
    }
    catch {
        return v;
    }
});
/**
 * Statement order carries no meaning: sorted by Sid (then by content), so a reordering shows no
 * diff and an edited statement stays where its Sid puts it.
 */
var sortStatements = (function(items) {
    const sid = (x) => typeof x === 'object' && x !== null ? String(x.Sid ?? '') : '';
    return items
        .map((x) => ({ x, sid: sid(x), text: JSON.stringify(x) }))
        .sort((a, b) => a.sid === b.sid ? (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) : a.sid < b.sid ? -1 : 1)
        .map((e) => e.x);
});
var normalize = (function(v, key) {
    v = parseIfJson(v);
    if (Array.isArray(v)) {
        const items = v.map((x) => normalize(x));
        if (key === 'Statement')
            return sortStatements(items);
        return key && UNORDERED_KEYS.has(key) && items.every((x) => typeof x === 'string')
            ? [...items].sort()
            : items;
    }
    if (typeof v === 'object' && v !== null) {
        const o = v;
        return Object.fromEntries(Object.keys(o)
            .sort()
            .map((k) => [k, normalize(o[k], k)]));
    }
    return v;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ normalizedText),
/* harmony export */   t: () => (/* binding */ parseIfJson)
/* harmony export */ });
/** Lists whose order carries no meaning in IAM: actions, resources, principals. */
const UNORDERED_KEYS = new Set(['Action', 'NotAction', 'Resource', 'NotResource', 'AWS', 'Service']);


/***/ }),

/***/ 3439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/** A stack's label in placeholders and pictures: `source`, or the destination's id. */
var labelsOf = (function(topology) {
    return new Map([
        [topology.source.stackName, 'source'],
        ...topology.destinations.map((d) => [d.stackName, d.id]),
    ]);
});
/** Logical ids a change list creates or replaces. */
var renewedBy = (function(changes) {
    return new Set(changes
        .filter((c) => c.action === 'Add' || (c.action === 'Modify' && c.replacement !== 'False'))
        .map((c) => c.logicalId));
});
/**
 * The plan with every stack's values resolved (StackPreview.values). A stack previewed through a
 * change set keeps CloudFormation's list of changes, its values now resolved; one previewed from
 * templates (new, waiting for inputs) gets its changes from the resolved values, so a property that
 * only reads a parameter is listed when its value changes, and only then. A template the resolver
 * cannot read leaves the plan as it was: `onError` is told.
 */
var withResolvedValues = (function(plan, facts, onError) {
    let resolved;
    try {
        resolved = resolveManifest(facts, (name) => plan.stacks.find((s) => s.name === name)?.changes ?? [], {
            partition: facts.topology.partition,
            offline: facts.offline,
        });
    }
    catch (e) {
        onError?.(e);
        return plan;
    }
    return { ...plan, stacks: plan.stacks.map((s) => withValues(s, resolved.get(s.name))) };
});
var resolveManifest = (function(facts, changesOf, opts) {
    const labels = labelsOf(facts.topology);
    const stacks = facts.synthesis.manifest.stacks.map((plan) => {
        const deployed = facts.deployed.get(plan.name);
        return {
            plan,
            label: labels.get(plan.name) ?? plan.name,
            template: facts.synthesis.templates.get(plan.template),
            ...(deployed ? { deployed } : {}),
            renewed: renewedBy(changesOf(plan.name)),
        };
    });
    return (0,_stack_values_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveStacks */ .Sh)(stacks, opts);
});
var withValues = (function(s, r) {
    if (!r || s.status === 'blocked')
        return s;
    // A stack that exists but whose deployed state was not read: its values cannot be compared.
    const isNew = s.status === 'create' ||
        (s.status === 'pending-inputs' && s.changes.length > 0 && s.changes.every((c) => c.action === 'Add'));
    if (!r.before && !isNew)
        return s;
    const values = { ...(r.before ? { before: r.before } : {}), after: r.after };
    const fromTemplates = s.status === 'create' || s.status === 'pending-inputs';
    const changes = fromTemplates
        ? (0,_stack_values_js__WEBPACK_IMPORTED_MODULE_0__/* .diffValues */ .In)(r.before, r.after)
        : s.changes.map((c) => {
            const before = c.action === 'Add' ? undefined : r.before?.[c.logicalId]?.properties;
            const after = c.action === 'Remove' ? undefined : r.after[c.logicalId]?.properties;
            return { ...c, ...(before ? { before } : {}), ...(after ? { after } : {}) };
        });
    return { ...s, changes, values, unknownValues: (0,_stack_values_js__WEBPACK_IMPORTED_MODULE_0__/* .placeholdersIn */ .Qf)(r.after) };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   labelsOf: () => (/* binding */ labelsOf),
/* harmony export */   renewedBy: () => (/* binding */ renewedBy),
/* harmony export */   resolveManifest: () => (/* binding */ resolveManifest),
/* harmony export */   withResolvedValues: () => (/* binding */ withResolvedValues)
/* harmony export */ });
/* harmony import */ var _stack_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7350);


/***/ }),

/***/ 7350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** A value only a deploy will tell, named for a reader. */
var afterDeploy = (function(what) {
    return `${OPEN}${what}, known after deploy${CLOSE}`;
});
/** A deployed value an offline plan cannot read. */
var notReadOffline = (function(what) {
    return `${OPEN}${what}, not read offline${CLOSE}`;
});
/**
 * A value as a report shows it, where it may not have been resolved (a change set's own values, a
 * template the resolver could not read): CloudFormation's "known after apply" and any intrinsic
 * function left become placeholders, so no template expression reaches a reader.
 */
var shownValue = (function(v) {
    if (typeof v === 'string')
        return v === KNOWN_AFTER_APPLY ? afterDeploy('a value') : v;
    if (isObject(v) && Object.keys(v).length === 1) {
        const [key] = Object.keys(v);
        if (key === 'Ref' || key.startsWith('Fn::'))
            return `${OPEN}a value CloudFormation computes${CLOSE}`;
    }
    if (typeof v === 'object' && v !== null)
        return JSON.stringify(v, (_k, x) => (isObject(x) || typeof x === 'string' ? shownInside(x) : x));
    return String(v);
});
var shownInside = (function(x) {
    if (typeof x === 'string')
        return x === KNOWN_AFTER_APPLY ? afterDeploy('a value') : x;
    if (isObject(x) && Object.keys(x).length === 1) {
        const [key] = Object.keys(x);
        if (key === 'Ref' || key.startsWith('Fn::'))
            return `${OPEN}a value CloudFormation computes${CLOSE}`;
    }
    return x;
});
/** The placeholders in a value, each once. */
var placeholdersIn = (function(value) {
    const text = JSON.stringify(value) ?? '';
    return [...new Set(text.match(/⟨[^⟨⟩"]*⟩/g) ?? [])];
});
/**
 * Resolves stacks in deploy order: a stack reading another's output gets that stack's resolved
 * output (its bucket's ARN follows from its name; its key's ARN is the deployed one unless the
 * key is new or replaced). Throws when a template uses what the resolver does not know.
 */
var resolveStacks = (function(stacks, opts) {
    const newKey = opts.newKey ?? afterDeploy;
    const out = new Map();
    for (const s of stacks) {
        const ctx = (parameters) => ({
            partition: opts.partition,
            region: s.plan.region,
            accountId: s.plan.account,
            stackName: s.plan.name,
            parameters,
            resources: {},
        });
        const named = (id, what) => `${keyWords(s.label, id)} ${what}`;
        let before;
        const beforeKeys = new Map();
        if (s.deployed) {
            const { template, parameters, outputs } = s.deployed;
            const fromOutputs = keyArnsFromOutputs(template, outputs);
            for (const id of keyIds(template))
                beforeKeys.set(id, fromOutputs.get(id) ?? (opts.offline ? notReadOffline : afterDeploy)(named(id, 'ARN')));
            const resolved = (0,_templates_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveTemplate */ .X)(withKeyArns(template, beforeKeys, () => ''), ctx({ ...parameters }));
            before = valuesOf(resolved.resources);
        }
        const afterKeys = new Map([...beforeKeys].filter(([id]) => !s.renewed.has(id)));
        const parameters = {};
        for (const [name, value] of Object.entries(s.plan.parameters)) {
            if (typeof value === 'string')
                parameters[name] = value;
            else
                parameters[name] =
                    out.get(value.fromStack)?.outputs[value.output] ??
                        afterDeploy(`output ${value.output} of ${value.fromStack}`);
        }
        const template = withKeyArns(s.template, afterKeys, (id, what) => newKey(named(id, what)));
        const resolved = (0,_templates_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveTemplate */ .X)(template, ctx({ ...parameters }));
        out.set(s.plan.name, {
            ...(before ? { before } : {}),
            after: valuesOf(resolved.resources),
            parameters,
            outputs: resolved.outputs,
        });
    }
    return out;
});
var valuesOf = (function(resources) {
    return Object.fromEntries(Object.entries(resources).map(([id, r]) => [
        id,
        { type: r.type, properties: r.properties, ...(r.physicalId ? { physicalId: r.physicalId } : {}) },
    ]));
});
var keyIds = (function(template) {
    return Object.entries(template.Resources)
        .filter(([, r]) => isObject(r) && r.Type === 'AWS::KMS::Key')
        .map(([id]) => id);
});
/** "dr key", or "dr ReplicaKey" when a stack has several keys. */
/**
 * A key in words, for a reader: the stack's own key (SourceKey, ReplicaKey) is `<label> key`;
 * another (AlertsKey) is named for its use, `source alerts key`.
 */
var keyWords = (function(label, logicalId) {
    if (logicalId === 'SourceKey' || logicalId === 'ReplicaKey')
        return `${label} key`;
    const use = logicalId
        .replace(/Key$/, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase();
    return `${label} ${use} key`;
});
/**
 * A deployed key's ARN, from the stack output that names it (`Fn::GetAtt [Key, Arn]`, also as a
 * branch of `Fn::If`): a key's id is chosen by KMS, and the outputs are where a stack tells it.
 */
var keyArnsFromOutputs = (function(template, outputs) {
    const out = new Map();
    const keys = new Set(keyIds(template));
    for (const [name, output] of Object.entries(template.Outputs ?? {})) {
        const value = outputs[name];
        if (value === undefined || !isObject(output))
            continue;
        const named = new Set();
        visit(output.Value, (node) => {
            const att = node['Fn::GetAtt'];
            if (Array.isArray(att) && att[1] === 'Arn' && keys.has(String(att[0])))
                named.add(String(att[0]));
        });
        if (named.size === 1)
            out.set([...named][0], value);
    }
    return out;
});
var visit = (function(value, f) {
    if (Array.isArray(value))
        value.forEach((v) => visit(v, f));
    else if (isObject(value)) {
        f(value);
        Object.values(value).forEach((v) => visit(v, f));
    }
});
/**
 * The template with every reference to a key's ARN or id replaced by its value: the known ARN, or
 * the placeholder `unknown` gives. The resolver would otherwise need each key's physical id.
 */
var withKeyArns = (function(template, known, unknown) {
    const keys = new Set(keyIds(template));
    if (keys.size === 0)
        return template;
    const arnOf = (id) => known.get(id) ?? unknown(id, 'ARN');
    const idOf = (id) => {
        const arn = known.get(id);
        if (arn === undefined)
            return unknown(id, 'id');
        // A placeholder ARN stands for the id as well: the key is the same unknown key.
        return arn.startsWith('arn:') ? arn.slice(arn.lastIndexOf('/') + 1) : arn;
    };
    const rewrite = (value) => {
        if (Array.isArray(value))
            return value.map(rewrite);
        if (!isObject(value))
            return value;
        const att = value['Fn::GetAtt'];
        const keys1 = Object.keys(value);
        if (keys1.length === 1) {
            const parts = typeof att === 'string' ? att.split('.') : Array.isArray(att) ? att : undefined;
            if (parts && keys.has(String(parts[0]))) {
                if (parts[1] === 'Arn')
                    return arnOf(String(parts[0]));
                if (parts[1] === 'KeyId')
                    return idOf(String(parts[0]));
            }
            if (typeof value.Ref === 'string' && keys.has(value.Ref))
                return idOf(value.Ref);
        }
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
    };
    return {
        ...template,
        Resources: rewrite(template.Resources),
        ...(template.Outputs ? { Outputs: rewrite(template.Outputs) } : {}),
    };
});
/**
 * What a deploy does to a stack, from its resolved values: resources added, removed, and modified
 * (replaced when a property that forces replacement changes). Used where no change set can say: a
 * stack that does not exist yet, one whose inputs a deploy will tell, an offline plan.
 */
var diffValues = (function(before, after) {
    const old = before ?? {};
    const out = [];
    for (const [logicalId, r] of Object.entries(after)) {
        const was = old[logicalId];
        if (!was || was.type !== r.type) {
            if (was)
                out.push(removal(logicalId, was));
            out.push({
                logicalId,
                resourceType: r.type,
                action: 'Add',
                properties: [],
                after: r.properties,
                ...(r.physicalId ? { physicalId: r.physicalId } : {}),
            });
            continue;
        }
        const names = [...new Set([...Object.keys(was.properties), ...Object.keys(r.properties)])];
        const changed = names.filter((k) => !sameResolved(was.properties[k], r.properties[k])).sort();
        if (changed.length === 0)
            continue;
        const replacing = _resource_change_js__WEBPACK_IMPORTED_MODULE_1__/* .REPLACEMENT_PROPERTIES */ .NG[r.type] ?? [];
        out.push({
            logicalId,
            resourceType: r.type,
            action: 'Modify',
            replacement: changed.some((k) => replacing.includes(k)) ? 'True' : 'False',
            properties: changed,
            before: was.properties,
            after: r.properties,
            ...(was.physicalId ? { physicalId: was.physicalId } : {}),
        });
    }
    for (const [logicalId, was] of Object.entries(old))
        if (!(logicalId in after))
            out.push(removal(logicalId, was));
    return out;
});
var removal = (function(logicalId, r) {
    return {
        logicalId,
        resourceType: r.type,
        action: 'Remove',
        properties: [],
        before: r.properties,
        ...(r.physicalId ? { physicalId: r.physicalId } : {}),
    };
});
/**
 * Equal as CloudFormation would apply them: it hands every scalar to a resource as text, so `20`
 * and `"20"`, `true` and `"true"` are the same value.
 */
var sameResolved = (function(a, b) {
    return (0,_template_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .sameValue */ .eE)(scalarsAsText(a), scalarsAsText(b));
});
var scalarsAsText = (function(v) {
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v))
        return v.map(scalarsAsText);
    if (isObject(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scalarsAsText(x)]));
    return v;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ diffValues),
/* harmony export */   JJ: () => (/* binding */ shownValue),
/* harmony export */   Jz: () => (/* binding */ sameResolved),
/* harmony export */   Nq: () => (/* binding */ notReadOffline),
/* harmony export */   Qf: () => (/* binding */ placeholdersIn),
/* harmony export */   Sh: () => (/* binding */ resolveStacks),
/* harmony export */   Vi: () => (/* binding */ keyWords)
/* harmony export */ });
/* unused harmony exports afterDeploy, scalarsAsText */
/* harmony import */ var _templates_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8955);
/* harmony import */ var _resource_change_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3128);
/* harmony import */ var _template_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5069);



const OPEN = '⟨';
const CLOSE = '⟩';
/** CloudFormation's own word, in a change set, for a value it learns only while deploying. */
const KNOWN_AFTER_APPLY = '{{changeSet:KNOWN_AFTER_APPLY}}';
const isObject = ((v) => typeof v === 'object' && v !== null && !Array.isArray(v));


/***/ }),

/***/ 4021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * A line diff. Common head and tail are trimmed first (policy edits are local), the rest is an
 * LCS; a middle too big for that is shown as a block replacement, which is still correct.
 */
var diffLines = (function(before, after) {
    let head = 0;
    while (head < before.length && head < after.length && before[head] === after[head])
        head++;
    let tail = 0;
    while (tail < before.length - head &&
        tail < after.length - head &&
        before[before.length - 1 - tail] === after[after.length - 1 - tail])
        tail++;
    const a = before.slice(head, before.length - tail);
    const b = after.slice(head, after.length - tail);
    const same = (text) => ({ op: ' ', text });
    return [
        ...before.slice(0, head).map(same),
        ...middle(a, b),
        ...before.slice(before.length - tail).map(same),
    ];
});
var middle = (function(a, b) {
    if (a.length * b.length > LCS_CELL_LIMIT || a.length === 0 || b.length === 0) {
        return [
            ...a.map((text) => ({ op: '-', text })),
            ...b.map((text) => ({ op: '+', text })),
        ];
    }
    // lcs[i][j]: length of the LCS of a[i..] and b[j..], one flat array.
    const w = b.length + 1;
    const lcs = new Uint32Array((a.length + 1) * w);
    for (let i = a.length - 1; i >= 0; i--)
        for (let j = b.length - 1; j >= 0; j--)
            lcs[i * w + j] =
                a[i] === b[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        if (a[i] === b[j]) {
            out.push({ op: ' ', text: a[i] });
            i++;
            j++;
        }
        else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])
            out.push({ op: '-', text: a[i++] });
        else
            out.push({ op: '+', text: b[j++] });
    }
    while (i < a.length)
        out.push({ op: '-', text: a[i++] });
    while (j < b.length)
        out.push({ op: '+', text: b[j++] });
    return out;
});
/** Unified-diff body (no file headers): changed lines with `context` lines around, hunks split by `@@`. */
var unifiedDiff = (function(lines, context = 3) {
    // Distance to the nearest change before and after each line, in two linear passes: marking a
    // window around each change would be quadratic for a wide context on a big property.
    const n = lines.length;
    const before = new Array(n);
    const after = new Array(n);
    for (let i = 0, last = -Infinity; i < n; i++) {
        if (lines[i].op !== ' ')
            last = i;
        before[i] = i - last;
    }
    for (let i = n - 1, next = Infinity; i >= 0; i--) {
        if (lines[i].op !== ' ')
            next = i;
        after[i] = next - i;
    }
    const keep = lines.map((_, i) => Math.min(before[i], after[i]) <= context);
    const out = [];
    let gap = false;
    lines.forEach((l, i) => {
        if (!keep[i]) {
            gap = true;
            return;
        }
        if (gap || out.length === 0)
            out.push('@@');
        gap = false;
        out.push(`${l.op}${l.text}`);
    });
    return out.join('\n');
});
var countChanges = (function(lines) {
    return {
        added: lines.filter((l) => l.op === '+').length,
        removed: lines.filter((l) => l.op === '-').length,
    };
});
var what = (function(f) {
    return `${f.what}${f.subject ? ` (${(0,untrusted_text/* inlineText */.ln)(f.subject)})` : ''} of ${(0,untrusted_text/* code */.aY)(f.resource)}`;
});
/** The drift report: the same parts for the tracking issue, the job summary and the CLI. */
var renderDrift = (function(r, ctx = {}) {
    const verdict = (0,drift_report.driftVerdict)(r);
    const items = (0,drift_items.driftItems)(r, ctx.labels);
    const unknown = r.stacks.flatMap((s) => (0,drift_report.unchecked)(s).map((u) => ({ s, u })));
    const failing = items.filter((i) => i.impact.kind === 'replication-fails');
    const head = [
        `### s3-xrepl drift · ${(0,untrusted_text/* code */.aY)(r.topology)} · ${(0,untrusted_text/* inlineText */.ln)(r.configPath)}`,
        verdict === 'drifted'
            ? `❌ **Drift**: ${items.length} ${items.length === 1 ? 'thing differs' : 'things differ'} from what the stacks deployed${failing.length > 0 ? `; ${impactHeadline(failing)}` : ''}.`
            : verdict === 'unknown'
                ? `❔ **Unknown**: nothing drifted among what could be checked, but ${unknown.length} ${unknown.length === 1 ? 'thing' : 'things'} could not be checked.`
                : `✅ **In sync**: every stack, bucket, key and role is as deployed.`,
        ...(items.length > 0 ? [itemsTable(items, ctx.firstSeen), remedyBlock(items)] : []),
        ...(unknown.length > 0
            ? [
                [
                    '> [!WARNING]',
                    '> **Not checked** (unknown, not in sync)',
                    ...capped(unknown.map(({ s, u }) => `> - ${(0,untrusted_text/* code */.aY)(s.name)}: ${(0,untrusted_text/* inlineText */.ln)(u)}`)),
                ].join('\n'),
            ]
            : []),
        [
            '| Stack | Account | Region | CloudFormation drift | Direct checks |',
            '|---|---|---|---|---|',
            ...r.stacks.map((s) => {
                const count = (st) => s.findings.filter((f) => f.status === st).length;
                const cfn = s.deployed ? (s.cloudFormation?.status ?? '—') : 'not deployed';
                return `| ${(0,untrusted_text/* code */.aY)(s.name)} | ${(0,untrusted_text/* inlineText */.ln)(s.account)} | ${(0,untrusted_text/* inlineText */.ln)(s.region)} | ${(0,untrusted_text/* inlineText */.ln)(cfn)} | ${count('drifted')} drifted, ${count('unknown')} unknown, ${count('in-sync')} in sync |`;
            }),
        ].join('\n'),
    ];
    const details = [
        ...items.flatMap(documentDiff),
        ...r.stacks
            .filter((s) => s.deployed)
            .map((s) => ({
            summary: `<code>${(0,untrusted_text/* htmlText */.js)(s.name)}</code>: every check`,
            lines: [
                '| Check | Result | Expected | Found |',
                '|---|---|---|---|',
                ...s.findings.map((f) => `| ${what(f)} | ${STATUS[f.status]} | ${(0,untrusted_text/* inlineText */.ln)(f.expected ?? '')} | ${(0,untrusted_text/* inlineText */.ln)(f.actual ?? '')}${f.detail?.length ? `<br>${f.detail.map(untrusted_text/* inlineText */.ln).join('<br>')}` : ''} |`),
                ...(s.cloudFormation?.resources ?? []).map((d) => `| CloudFormation ${(0,untrusted_text/* code */.aY)(d.logicalId)} (${(0,untrusted_text/* inlineText */.ln)(d.type)}) | ${(0,untrusted_text/* inlineText */.ln)(d.status)} | ${d.differences.map((p) => `${(0,untrusted_text/* inlineText */.ln)(p.path)}: ${(0,untrusted_text/* inlineText */.ln)(shortText(p.expected))}`).join('<br>')} | ${d.differences.map((p) => `${(0,untrusted_text/* inlineText */.ln)(p.path)}: ${(0,untrusted_text/* inlineText */.ln)(shortText(p.actual))}`).join('<br>')} |`),
            ],
        })),
    ];
    const tail = [
        `<sub>${ctx.commit ? `Checked at commit ${(0,untrusted_text/* code */.aY)(ctx.commit.slice(0, 12))}` : 'Checked locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · read-only.</sub>`,
    ];
    return { head, details, tail };
});
/** "replication to `dr` fails for new objects" */
var impactHeadline = (function(failing) {
    if (failing.some((i) => i.impact.kind === 'replication-fails' && i.impact.to === 'all'))
        return '**replication fails for new objects**';
    const to = [...new Set(failing.map((i) => i.label))];
    return `**replication to ${to.map(untrusted_text/* code */.aY).join(', ')} fails for new objects**`;
});
var impactText = (function(i) {
    switch (i.impact.kind) {
        case 'replication-fails':
            return `**Replication ${i.impact.to === 'all' ? 'to every destination' : `to ${(0,untrusted_text/* code */.aY)(i.label)}`} fails for new objects**: ${(0,untrusted_text/* inlineText */.ln)(i.impact.why)}.`;
        case 'replication-differs':
            return `**Replication does not follow the config**: ${(0,untrusted_text/* inlineText */.ln)(i.impact.why)}.`;
        case 'wider-access':
            return `**Wider access**: ${(0,untrusted_text/* inlineText */.ln)(i.impact.why)}.`;
        case 'other':
            return `${capitalized((0,untrusted_text/* inlineText */.ln)(i.impact.why))}.`;
    }
});
/** One row per drifted thing: what, where, expected and found in their own columns, impact, first seen. */
var itemsTable = (function(items, firstSeen) {
    const seen = firstSeen !== undefined;
    const rows = items.slice(0, MAX_ITEMS).map((i, n) => {
        const found = [
            (0,untrusted_text/* inlineText */.ln)(shortText(i.found)),
            ...i.detail.slice(0, 3).map(detailText),
            ...(i.detail.length > 3 ? [`…and ${i.detail.length - 3} more`] : []),
        ].join('<br>');
        const cfn = i.what !== 'CloudFormation' && i.differences.length > 0
            ? '<br>CloudFormation drift detection saw it too.'
            : '';
        return `| ${n + 1} | ${itemTitle(i)} | ${(0,untrusted_text/* code */.aY)(i.stack.name)}<br>${(0,untrusted_text/* inlineText */.ln)(i.stack.account)} · ${(0,untrusted_text/* inlineText */.ln)(i.stack.region)} | ${(0,untrusted_text/* inlineText */.ln)(shortText(i.expected))} | ${found} | ${impactText(i)}${cfn} |${seen ? ` ${(0,untrusted_text/* inlineText */.ln)(when(firstSeen.get(i.key)))} |` : ''}`;
    });
    return [
        `| # | What drifted | Stack | Expected | Found | Impact |${seen ? ' First seen |' : ''}`,
        `|---|---|---|---|---|---|${seen ? '---|' : ''}`,
        ...rows,
        ...(items.length > MAX_ITEMS
            ? [
                `| | …and ${items.length - MAX_ITEMS} more: every check is in the details below | | | | |${seen ? ' |' : ''}`,
            ]
            : []),
    ].join('\n');
});
/** A detail line; a whole statement is named by its Sid (the diff below shows it in full). */
var detailText = (function(d) {
    const m = /^(missing|unexpected): "([^"]*)":/.exec(d);
    return m ? `${m[1]} statement ${(0,untrusted_text/* code */.aY)(m[2])}` : (0,untrusted_text/* inlineText */.ln)(shortText(d));
});
var itemTitle = (function(i) {
    const of = i.what === 'key policy' || (i.what === 'key state' && i.subject === undefined)
        ? `the ${(0,untrusted_text/* code */.aY)(i.label)} key (${(0,untrusted_text/* code */.aY)(i.resource)})`
        : (0,untrusted_text/* code */.aY)(i.resource);
    if (i.what === 'CloudFormation')
        return `${(0,untrusted_text/* code */.aY)(i.resource)} (${(0,untrusted_text/* inlineText */.ln)(i.subject ?? '')}), as CloudFormation sees it`;
    return `${capitalized(i.what)}${i.subject ? ` (${(0,untrusted_text/* inlineText */.ln)(i.subject)})` : ''} of ${of}`;
});
var remedyBlock = (function(items) {
    const remedies = [...new Set(items.map((i) => i.remedy))];
    const broke = items.some((i) => i.impact.kind === 'replication-fails' || i.impact.kind === 'replication-differs');
    return [
        '> [!CAUTION]',
        '> **How to repair it**',
        ...remedies.map((r) => `> - ${REMEDY[r]}`),
        `> - ${report_remedies/* REDEPLOY_DOES_NOT_REPAIR */.Dp}`,
        ...(broke
            ? [
                `> - Objects written while replication was broken were marked FAILED (or skipped) and S3 never retries them: once repaired, ${report_remedies/* BACKFILL_REMEDY */.kV}.`,
            ]
            : []),
    ].join('\n');
});
/** A drifted policy's documents, expected against live, as a diff of their normalized JSON. */
var documentDiff = (function(i) {
    // Titles are HTML: a <summary> line.
    const where = `<code>${(0,untrusted_text/* htmlText */.js)(i.stack.name)}</code>`;
    const docs = [];
    if (i.documents)
        docs.push({
            title: `${where} · ${(0,untrusted_text/* htmlText */.js)(i.what)}${i.subject ? ` (${(0,untrusted_text/* htmlText */.js)(i.subject)})` : ''} of <code>${(0,untrusted_text/* htmlText */.js)(i.resource)}</code>`,
            ...i.documents,
        });
    // A difference that is a whole document (a policy CloudFormation printed) reads as a diff too,
    // unless the direct check's diff shows that document already.
    for (const d of i.documents ? [] : i.differences)
        if (isDocument(d.expected) || isDocument(d.actual))
            docs.push({
                title: `${where} · <code>${(0,untrusted_text/* htmlText */.js)(i.resource)}</code> ${(0,untrusted_text/* htmlText */.js)(d.path)} (CloudFormation)`,
                expected: d.expected,
                actual: d.actual,
            });
    return docs.map((d) => {
        const text = (v) => {
            if (v === null || v === undefined || v === '')
                return [];
            let value = v;
            if (typeof v === 'string') {
                try {
                    value = (0,policy_diff/* parsePolicyText */.XL)(v);
                }
                catch {
                    value = v;
                }
            }
            return (0,normalized_json/* normalizedText */.F)(value).split('\n');
        };
        const lines = diffLines(text(d.expected), text(d.actual));
        const { added, removed } = countChanges(lines);
        return {
            summary: `${d.title}: expected (−) against live (+), ${removed} ${removed === 1 ? 'line' : 'lines'} missing, ${added} unexpected`,
            fence: 'diff',
            lines: unifiedDiff(lines).split('\n'),
        };
    });
});
var isDocument = (function(text) {
    if (!/^\s*[{[]/.test(text))
        return false;
    try {
        return typeof JSON.parse(text) === 'object';
    }
    catch {
        return false;
    }
});
var when = (function(iso) {
    if (!iso)
        return 'this run';
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
});
var shortText = (function(text) {
    return text.length > 160 ? `${text.slice(0, 159)}…` : text;
});
var capitalized = (function(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
});
var capped = (function(lines) {
    const shown = lines.slice(0, HEAD_LINES).map((l) => (0,untrusted_text/* shortenLine */.a0)(l, LINE_CHARS));
    return lines.length > HEAD_LINES
        ? [...shown, `> - …and ${lines.length - HEAD_LINES} more: every check is in the details below.`]
        : shown;
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderDrift: () => (/* binding */ renderDrift)
});

// EXTERNAL MODULE: ./src/core/drift/drift-items.ts
var drift_items = __webpack_require__(4397);
// EXTERNAL MODULE: ./src/core/drift/drift-report.ts
var drift_report = __webpack_require__(6283);
// EXTERNAL MODULE: ./src/core/drift/policy-diff.ts
var policy_diff = __webpack_require__(6093);
// EXTERNAL MODULE: ./src/core/plan/normalized-json.ts
var normalized_json = __webpack_require__(4725);
;// CONCATENATED MODULE: ./src/core/report/line-diff.ts
/** Above this many cells the middle of a diff is shown as "all removed, then all added". */
const LCS_CELL_LIMIT = 4_000_000;

// EXTERNAL MODULE: ./src/core/report/remedies.ts
var report_remedies = __webpack_require__(3620);
// EXTERNAL MODULE: ./src/core/report/untrusted-text.ts
var untrusted_text = __webpack_require__(3502);
;// CONCATENATED MODULE: ./src/core/report/render-drift.ts







const STATUS = {
    'in-sync': '✅ in sync',
    drifted: '❌ drifted',
    unknown: '❔ unknown',
};
const MAX_ITEMS = 25;
const REMEDY = {
    'put-policy-back': 'Put the expected policy back (its difference from the live one is below): `aws s3api put-bucket-policy`, `aws kms put-key-policy` or `aws iam put-role-policy`; CloudTrail tells who changed it.',
    'enable-versioning': 'Enable versioning again: `aws s3api put-bucket-versioning --versioning-configuration Status=Enabled`.',
    'put-encryption-back': "Set the bucket's default encryption back: `aws s3api put-bucket-encryption`.",
    'put-rules-back': "Put the rules back: `aws s3api put-bucket-replication` with the template's configuration, or deploy a change to the source stack's rules (CloudFormation then writes them all).",
    'enable-key': 'Enable the key again (`aws kms enable-key`), or cancel its deletion (`aws kms cancel-key-deletion`).',
    'set-rotation': 'Set rotation back: `aws kms enable-key-rotation`.',
    'put-monitoring-back': "Put it back as the template has it (the difference is below): `aws cloudwatch put-metric-alarm`, `aws sns set-topic-attributes`, or `aws s3api put-bucket-notification-configuration` (which replaces the bucket's whole configuration: include the notifications you manage yourself).",
    'look-at-cloudformation': 'Compare the resource with its template in the CloudFormation console (Stack actions → Detect drift), and change it back by hand; a resource deleted outside CloudFormation needs the stack to create it again (a change to it in the template).',
};
/** Lines of a warning block: the head of a report always survives, so it must stay small. */
const HEAD_LINES = 25;
const LINE_CHARS = 400;


/***/ }),

/***/ 9646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


/**
 * CloudFormation's own drift detection for one stack: start it, wait (bounded, backing off), then
 * read every resource's result across pages. A detection that cannot run or fails is `UNKNOWN`
 * with the reason: never taken for in sync.
 */
var detectStackDrift = (async function(cfn, stackName, clock, timeoutMs) {
    let detectionId;
    try {
        const started = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DetectStackDriftCommand({ StackName: stackName }));
        detectionId = started.StackDriftDetectionId;
    }
    catch (e) {
        return {
            status: 'UNKNOWN',
            reason: `DetectStackDrift: ${e.name}: ${e.message}`,
            resources: [],
        };
    }
    const pollStatus = () => (0,_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g)(async () => {
        const s = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId: detectionId }));
        return s.DetectionStatus === 'DETECTION_IN_PROGRESS' ? undefined : s;
    }, { clock, timeoutMs, what: `drift detection of ${stackName}`, firstDelayMs: 500 });
    let done;
    let resources;
    try {
        done = await pollStatus();
        resources = await resourceDrifts(cfn, stackName);
    }
    catch (e) {
        // A slow or failing detection of one stack leaves that stack unknown; the others still report.
        return { status: 'UNKNOWN', reason: `${e.name}: ${e.message}`, resources: [] };
    }
    if (done.DetectionStatus === 'DETECTION_FAILED')
        return { status: 'UNKNOWN', reason: done.DetectionStatusReason ?? 'detection failed', resources };
    return {
        status: done.StackDriftStatus === 'DRIFTED'
            ? 'DRIFTED'
            : done.StackDriftStatus === 'IN_SYNC'
                ? 'IN_SYNC'
                : 'UNKNOWN',
        resources,
    };
});
var resourceDrifts = (async function(cfn, stackName) {
    const out = [];
    let token;
    do {
        const page = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStackResourceDriftsCommand({ StackName: stackName, NextToken: token, MaxResults: 100 }));
        for (const d of page.StackResourceDrifts ?? [])
            out.push(toResourceDrift(d));
        token = page.NextToken;
    } while (token);
    return out;
});
var toResourceDrift = (function(d) {
    return {
        logicalId: d.LogicalResourceId ?? '?',
        type: d.ResourceType ?? '?',
        status: d.StackResourceDriftStatus ?? 'NOT_CHECKED',
        differences: (d.PropertyDifferences ?? []).map((p) => ({
            path: p.PropertyPath ?? '',
            kind: p.DifferenceType ?? 'NOT_EQUAL',
            expected: p.ExpectedValue ?? '',
            actual: p.ActualValue ?? '',
        })),
    };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectStackDrift: () => (/* binding */ detectStackDrift)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3063);


/***/ })

};
