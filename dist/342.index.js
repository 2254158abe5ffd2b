export const id = 342;
export const ids = [342,116];
export const modules = {

/***/ 2379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var adoptionTargets = (function(topology, synthesis) {
    const templateOf = (stackName) => {
        const stack = synthesis.manifest.stacks.find((s) => s.name === stackName);
        const template = stack ? synthesis.templates.get(stack.template) : undefined;
        if (!template)
            throw new Error(`internal: no template for ${stackName}`);
        return template;
    };
    const destinationBuckets = topology.destinations.map((d) => d.bucket);
    const target = (place, configPath, p, ids) => {
        const template = templateOf(p.stackName);
        const policy = ids.policy ? template.Resources[ids.policy] : undefined;
        const document = policy?.Properties.PolicyDocument;
        return {
            place,
            configPath,
            stackName: p.stackName,
            account: p.account,
            region: p.region,
            bucket: p.bucket,
            ids,
            adopt: p.adopt,
            template,
            view: {
                bucket: template.Resources[ids.bucket].Properties,
                ...(document?.Statement ? { policyStatements: document.Statement } : {}),
                destinationBuckets,
            },
        };
    };
    return [
        ...(topology.source.adopt ? [target('source', 'source.adopt', topology.source, SOURCE_IDS)] : []),
        ...topology.destinations.flatMap((d, i) => d.adopt ? [target(d.id, `destinations[${i}].adopt`, d, DESTINATION_IDS)] : []),
    ];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   adoptionTargets: () => (/* binding */ adoptionTargets)
/* harmony export */ });
/* unused harmony exports SOURCE_IDS, DESTINATION_IDS */
const SOURCE_IDS = { bucket: 'SourceBucket', policy: 'SourceBucketPolicy' };
const DESTINATION_IDS = { bucket: 'ReplicaBucket', policy: 'ReplicaBucketPolicy' };


/***/ }),

/***/ 1125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var estimateMonthlyCost = (function(topology) {
    // A two-way destination's way back is monitored in its own stack, with its own topic and key.
    const watched = [
        topology,
        ...topology.destinations.filter((d) => d.twoWay).map((d) => (0,_model_way_back_js__WEBPACK_IMPORTED_MODULE_1__.wayBack)(topology, d)),
    ];
    const rulesWithMetrics = watched.flatMap((t) => (0,_model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.s3Rules)(t).filter((r) => r.destination.metrics));
    const alarms = watched.reduce((n, t) => n + (0,_model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.alarmsOf)(t).length, 0);
    const key = watched.filter((t) => (0,_model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.topicNeeded)(t) && t.monitoring.topic.kind === 'create').length;
    const line = (item, quantity, unit, unitPrice) => ({
        item,
        quantity,
        unit,
        unitPrice,
        monthly: cents(quantity * unitPrice),
    });
    const lines = [
        line(`replication metrics (${_model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.REPLICATION_METRICS.length} per rule and destination)`, rulesWithMetrics.length * _model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.REPLICATION_METRICS.length, 'metric', PRICES.customMetricMonth),
        line('CloudWatch alarms', alarms, 'alarm', PRICES.standardAlarmMonth),
        line(key > 1 ? "the alerts topics' KMS keys" : "the alerts topic's KMS key", key, 'key', PRICES.kmsKeyMonth),
    ].filter((l) => l.quantity > 0);
    const rtc = [
        ...topology.destinations.filter((d) => d.replicationTime).map((d) => d.id),
        ...topology.destinations
            .filter((d) => d.twoWay && d.replicationTime)
            .map((d) => `${d.id} back to source`),
    ];
    return {
        currency: 'USD',
        priceRegion: PRICE_REGION,
        lines,
        monthly: cents(lines.reduce((sum, l) => sum + l.monthly, 0)),
        perGb: rtc.length > 0
            ? [{ item: 'S3 Replication Time Control', unitPrice: PRICES.rtcPerGb, destinations: rtc }]
            : [],
        assumptions: [
            `on-demand prices of ${PRICE_REGION}; other regions differ by a few percent`,
            'before the free tier (10 metrics and 10 alarms per account and month), which other workloads may already use',
            'SNS notifications and KMS requests are left out: a failure event or alarm message costs a fraction of a cent, and healthy replication sends none',
            ...(key > 0
                ? [
                    "the key's first year: KMS adds $1 a month for each of its first two yearly rotations (so up to $3 from the third year)",
                ]
                : []),
            'replication itself (storage, requests, data transfer between regions) is not monitoring and is not counted',
        ],
    };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PRICES: () => (/* binding */ PRICES),
/* harmony export */   PRICE_REGION: () => (/* binding */ PRICE_REGION),
/* harmony export */   estimateMonthlyCost: () => (/* binding */ estimateMonthlyCost)
/* harmony export */ });
/* harmony import */ var _model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5735);
/* harmony import */ var _model_way_back_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4392);
/**
 * What a topology's monitoring costs a month, for the plan: replication metrics are billed as
 * CloudWatch custom metrics, alarms per alarm-month, the alerts topic's key per key-month, and
 * Replication Time Control per GB replicated. Pure: prices are constants with their sources, the
 * quantities come from the model (model/monitoring.ts counts the same alarms the template declares).
 */


/**
 * On-demand prices in USD, US East (N. Virginia), as AWS publishes them (checked 2026-06). Other
 * regions differ by a few percent; the plan says which region these are.
 */
const PRICES = {
    /** Per custom metric per month, first 10,000 metrics. https://aws.amazon.com/cloudwatch/pricing/ */
    customMetricMonth: 0.3,
    /** Per standard-resolution alarm metric per month. https://aws.amazon.com/cloudwatch/pricing/ */
    standardAlarmMonth: 0.1,
    /** Per customer managed key per month, in its first year. https://aws.amazon.com/kms/pricing/ */
    kmsKeyMonth: 1,
    /** S3 Replication Time Control, per GB replicated. https://aws.amazon.com/s3/pricing/ (Replication). */
    rtcPerGb: 0.015,
};
const PRICE_REGION = 'us-east-1';
const cents = ((n) => Math.round(n * 100) / 100);


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

/***/ 5646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {





/**
 * A plan from templates alone: this branch's stacks against the base branch's, both resolved with
 * every value a config tells (a deployed key's ARN is the one thing it cannot: it reads "not read
 * offline" on both sides, so it shows no change unless the key is new or replaced).
 */
var offlinePlan = (function(input) {
    const fromTemplates = templatePlan(input);
    try {
        return resolvedPlan(input, fromTemplates);
    }
    catch {
        // A base written by an older version may use what the resolver does not know: its template diff.
        return fromTemplates;
    }
});
var resolvedPlan = (function(input, fromTemplates) {
    const { synthesis, base, topology } = input;
    const labels = (0,_resolve_plan_js__WEBPACK_IMPORTED_MODULE_2__.labelsOf)(topology);
    const label = (name) => labels.get(name) ?? name;
    const opts = { partition: topology.partition, offline: true };
    const deployed = new Map();
    if (base) {
        const baseStacks = base.manifest.stacks.map((plan) => ({
            plan,
            label: label(plan.name),
            template: base.templates.get(plan.template),
            renewed: new Set(),
        }));
        const resolved = (0,_stack_values_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveStacks */ .Sh)(baseStacks, { ...opts, newKey: _stack_values_js__WEBPACK_IMPORTED_MODULE_3__/* .notReadOffline */ .Nq });
        for (const s of baseStacks) {
            const r = resolved.get(s.plan.name);
            deployed.set(s.plan.name, { template: s.template, parameters: r.parameters, outputs: r.outputs });
        }
    }
    const changesOf = (name) => fromTemplates.stacks.find((s) => s.name === name)?.changes ?? [];
    const resolved = (0,_stack_values_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveStacks */ .Sh)(synthesis.manifest.stacks.map((plan) => {
        const was = deployed.get(plan.name);
        return {
            plan,
            label: label(plan.name),
            template: synthesis.templates.get(plan.template),
            ...(was ? { deployed: was } : {}),
            renewed: (0,_resolve_plan_js__WEBPACK_IMPORTED_MODULE_2__.renewedBy)(changesOf(plan.name)),
        };
    }), opts);
    return {
        ...fromTemplates,
        stacks: synthesis.manifest.stacks.map((stack) => {
            const r = resolved.get(stack.name);
            const was = deployed.get(stack.name);
            const changes = (0,_stack_values_js__WEBPACK_IMPORTED_MODULE_3__/* .diffValues */ .In)(r.before, r.after);
            // An input the base could not know either is no new wait: a two-way destination reads the
            // source's key, deployed after it, on every run (its way back comes on in the third phase).
            const unknown = was
                ? Object.entries(r.parameters)
                    .filter(([, v]) => (0,_stack_values_js__WEBPACK_IMPORTED_MODULE_3__/* .placeholdersIn */ .Qf)(v).some((p) => p.endsWith('known after deploy⟩')))
                    .filter(([k, v]) => was.parameters[k] !== v)
                    .map(([k]) => k)
                : [];
            const existed = was !== undefined;
            return {
                name: stack.name,
                kind: stack.kind,
                account: stack.account,
                region: stack.region,
                status: offlineStatus(existed, unknown, changes),
                changes,
                unknownInputs: unknown,
                values: { ...(r.before ? { before: r.before } : {}), after: r.after },
                unknownValues: (0,_stack_values_js__WEBPACK_IMPORTED_MODULE_3__/* .placeholdersIn */ .Qf)(r.after),
            };
        }),
    };
});
/** The plan from the templates' text, compared property by property. */
var templatePlan = (function(input) {
    const { synthesis, base } = input;
    const previews = new Map();
    // Deploy order: every destination before the source that reads their outputs.
    for (const stack of synthesis.manifest.stacks) {
        const template = synthesis.templates.get(stack.template);
        const was = base?.manifest.stacks.find((s) => s.name === stack.name);
        const wasTemplate = was ? base.templates.get(was.template) : undefined;
        const unknown = was ? movedOutputs(stack, previews) : [];
        const changed = was ? new Set([...changedParameters(was, stack), ...unknown]) : new Set();
        const changes = (0,_template_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .diffStack */ .i5)(wasTemplate, template, changed, {
            before: was ? literals(was) : {},
            after: literals(stack),
        });
        previews.set(stack.name, {
            name: stack.name,
            kind: stack.kind,
            account: stack.account,
            region: stack.region,
            status: offlineStatus(Boolean(was), unknown, changes),
            changes,
            unknownInputs: unknown,
        });
    }
    const stacks = [...previews.values()];
    return {
        topology: input.topology.name,
        configPath: input.configPath,
        basis: { kind: 'offline', reason: input.reason, comparedWith: input.comparedWith },
        allowDestructive: input.allowDestructive,
        stacks,
        picture: (0,_picture_js__WEBPACK_IMPORTED_MODULE_4__/* .pictureOf */ .C)(input.topology),
    };
});
var changedParameters = (function(before, after) {
    const names = new Set([...Object.keys(before.parameters), ...Object.keys(after.parameters)]);
    return new Set([...names].filter((n) => JSON.stringify(before.parameters[n]) !== JSON.stringify(after.parameters[n])));
});
/** Parameters that read an output of a stack that is new or replaces what its outputs name. */
var movedOutputs = (function(stack, previews) {
    return Object.entries(stack.parameters)
        .filter(([, v]) => {
        if (typeof v === 'string')
            return false;
        const from = previews.get(v.fromStack);
        return from !== undefined && (from.status === 'create' || (0,_resource_change_js__WEBPACK_IMPORTED_MODULE_1__/* .destructiveChanges */ .OQ)(from.changes).length > 0);
    })
        .map(([k]) => k);
});
var literals = (function(stack) {
    return Object.fromEntries(Object.entries(stack.parameters).filter((e) => typeof e[1] === 'string'));
});
/** What an offline plan can say of a stack: new, waiting for a destination's outputs, or its diff. */
var offlineStatus = (function(existed, unknownInputs, changes) {
    if (!existed)
        return 'create';
    if (unknownInputs.length > 0)
        return 'pending-inputs';
    return changes.length > 0 ? 'update' : 'unchanged';
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedParameters: () => (/* binding */ changedParameters),
/* harmony export */   offlinePlan: () => (/* binding */ offlinePlan)
/* harmony export */ });
/* harmony import */ var _picture_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(437);
/* harmony import */ var _template_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5069);
/* harmony import */ var _resource_change_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3128);
/* harmony import */ var _resolve_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3439);
/* harmony import */ var _stack_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7350);


/***/ }),

/***/ 437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** What the report draws: each bucket and key with its account and region, and which rules feed each destination. */
var pictureOf = (function(topology) {
    const place = (label, p) => ({
        label,
        stackName: p.stackName,
        bucket: p.bucket,
        account: p.account,
        region: p.region,
        key: p.key.kind === 'create' ? 'KMS key of the stack' : `existing key ${p.key.arn}`,
    });
    return {
        source: place('source', topology.source),
        destinations: topology.destinations.map((d) => ({
            ...place(d.id, d),
            rules: topology.rules.filter((r) => r.destinationIds.includes(d.id)).map((r) => r.id),
            ...(d.twoWay ? { twoWay: true } : {}),
        })),
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ pictureOf)
/* harmony export */ });


/***/ }),

/***/ 6940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var summarizePlan = (function(plan) {
    const all = plan.stacks.flatMap((s) => s.changes);
    const destructive = plan.stacks
        .map((stack) => ({ stack, changes: (0,_resource_change_js__WEBPACK_IMPORTED_MODULE_0__/* .destructiveChanges */ .OQ)(stack.changes) }))
        .filter((d) => d.changes.length > 0);
    return {
        hasChanges: plan.stacks.some((s) => s.status !== 'unchanged'),
        added: all.filter((c) => c.action === 'Add').length,
        modified: all.filter((c) => c.action === 'Modify' && c.replacement !== 'True').length,
        removed: all.filter((c) => c.action === 'Remove').length,
        replaced: all.filter((c) => c.action === 'Modify' && c.replacement === 'True').length,
        destructive,
        blocked: plan.stacks.filter((s) => s.status === 'blocked'),
    };
});
/** The machine-readable plan (the `plan-json` output): stable field names, no Markdown. */
var planJson = (function(plan) {
    const summary = summarizePlan(plan);
    return {
        version: 1,
        topology: plan.topology,
        config: plan.configPath,
        basis: plan.basis.kind,
        hasChanges: summary.hasChanges,
        destructive: summary.destructive.length > 0,
        allowDestructive: plan.allowDestructive,
        ...(plan.monthlyCost ? { monthlyCost: plan.monthlyCost } : {}),
        ...(plan.adoptions ? { adoptions: plan.adoptions } : {}),
        stacks: plan.stacks.map((s) => ({
            name: s.name,
            kind: s.kind,
            account: s.account,
            region: s.region,
            status: s.status,
            unknownInputs: s.unknownInputs,
            ...(s.note ? { note: s.note } : {}),
            changes: s.changes.map((c) => ({
                logicalId: c.logicalId,
                type: c.resourceType,
                action: c.action,
                ...(c.replacement ? { replacement: c.replacement } : {}),
                ...(c.physicalId ? { physicalId: c.physicalId } : {}),
                properties: c.properties,
            })),
            destructive: (0,_resource_change_js__WEBPACK_IMPORTED_MODULE_0__/* .destructiveChanges */ .OQ)(s.changes).map((d) => ({
                logicalId: d.change.logicalId,
                reason: d.reason,
            })),
        })),
    };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planJson: () => (/* binding */ planJson),
/* harmony export */   summarizePlan: () => (/* binding */ summarizePlan)
/* harmony export */ });
/* harmony import */ var _resource_change_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3128);


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

/***/ 1745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** Names of adopted buckets whose plan is refused: the mode fails on any. */
var refusedAdoptions = (function(adoptions) {
    return (adoptions ?? []).flatMap((a) => a.status === 'to-import' && a.review.blocked ? [a.target.bucket] : []);
});
/**
 * What adopting each existing bucket does, reviewer first: refusals (another stack owns it; live
 * settings nobody accounted for; kept names the bucket lacks), the import, every live setting with
 * its fate, the changes that last, and the objects live replication will not copy. Names read from
 * the bucket are untrusted text.
 */
var renderAdoptions = (function(adoptions) {
    const out = [];
    for (const a of adoptions ?? []) {
        const t = a.target;
        const where = `${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(t.bucket)} (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(t.place)}, ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(t.account)}, ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(t.region)})`;
        if (a.status === 'adopted') {
            out.push(`ℹ️ Bucket ${where} is already in stack ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(t.stackName)}: planned like any other.`);
            continue;
        }
        const r = a.review;
        // Blocks apart by a blank line: a line straight after a quote or a list would join it.
        const lines = [`#### Adopting ${where}`];
        if (r.ownerStack !== undefined)
            lines.push(`> [!CAUTION]\n> **Refused**: the bucket is managed by stack ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.ownerStack)} already. A resource can be in one stack only: remove it from that stack (with \`DeletionPolicy: Retain\`) first, or leave \`${t.configPath}\` out.`);
        const unaccounted = r.items.filter((i) => i.fate === 'unaccounted');
        if (unaccounted.length > 0)
            lines.push(`> [!CAUTION]\n> **Refused**: ${unaccounted.length} live ${unaccounted.length === 1 ? 'setting is' : 'settings are'} neither kept nor dropped, and the first update after the import would delete ${unaccounted.length === 1 ? 'it' : 'them'}. Name each under \`${t.configPath}.keep\` (carried over as it is) or \`${t.configPath}.drop\` (removed for good).`);
        if (r.missingKept.length > 0)
            lines.push(`> [!CAUTION]\n> **Refused**: ${r.missingKept.map((m) => `${KIND_TEXT[m.kind]} ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(m.name)}`).join(', ')} ${r.missingKept.length === 1 ? 'is' : 'are'} kept by \`${t.configPath}.keep\` but the bucket has no such thing: there is nothing to carry over.`);
        if (a.status === 'imported')
            lines.push(`**Imported** into stack ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(t.stackName)} by an earlier run, which stopped before the update: this deploy continues with the update below.`);
        else if (r.ownerStack === undefined)
            lines.push(`**Import**: \`${t.ids.bucket}\` (AWS::S3::Bucket ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(t.bucket)}) is imported into stack ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(t.stackName)} by an \`IMPORT\` change set, retained on delete and replace; nothing about the bucket changes then. The update that follows applies what is below.`);
        if (r.items.length > 0)
            lines.push(['| live setting | name | what happens |', '|---|---|---|', ...r.items.map(itemRow)].join('\n'));
        if (r.changes.length > 0)
            lines.push(r.changes
                .map((c) => `- **${c.setting}**: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(c.from)} → ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(c.to)}${c.oneWay ? ' — **one-way**' : ''}: ${c.consequence}.`)
                .join('\n'));
        lines.push(objectsLine(r.objects, r.objectsUnreadable));
        if (r.missingDropped.length > 0)
            lines.push(`<sub>Dropped but not on the bucket (nothing to do): ${r.missingDropped.map((m) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(m.name)).join(', ')}.</sub>`);
        out.push(lines.join('\n\n'));
    }
    return out;
});
var itemRow = (function(i) {
    const fate = FATE_TEXT[i.fate] + (i.warning ? ` — ⚠️ ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(i.warning)}` : '');
    return `| ${KIND_TEXT[i.kind]} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(i.name)} | ${fate} |`;
});
var objectsLine = (function(objects, unreadable) {
    const copyNote = `live replication copies only objects written after the deploy, so ${_remedies_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKFILL_REMEDY */ .kV} once it has run.`;
    if (unreadable)
        return `**Objects**: not counted (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(unreadable)}); whatever the bucket holds, ${copyNote}`;
    if (!objects)
        return `**Objects**: S3 has published no storage metrics for this bucket yet (they come once a day); whatever it holds, ${copyNote}`;
    const size = objects.bytes !== undefined ? ` (${formatBytes(objects.bytes)})` : '';
    return `**Objects**: ${Math.round(objects.count).toLocaleString('en-US')} on ${objects.day}${size}, by S3's daily storage metrics; ${copyNote}`;
});
var formatBytes = (function(n) {
    const units = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'];
    let i = 0;
    while (n >= 1000 && i < units.length - 1) {
        n /= 1000;
        i++;
    }
    return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refusedAdoptions: () => (/* binding */ refusedAdoptions),
/* harmony export */   renderAdoptions: () => (/* binding */ renderAdoptions)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3502);
/* harmony import */ var _remedies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3620);


const KIND_TEXT = {
    replicationRules: 'replication rule',
    policyStatements: 'bucket-policy statement',
    lifecycleRules: 'lifecycle rule',
    notifications: 'event notification',
};
const FATE_TEXT = {
    kept: 'kept: carried into the template as it is',
    dropped: 'dropped: removed for good by the first update',
    replaced: "replaced by the product's own of the same name",
    untouched: 'untouched: the stack does not write these',
    unaccounted: '⛔ **neither kept nor dropped**: the update would delete it',
};


/***/ }),

/***/ 2552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The rules of the source stack's bucket, before and after; undefined when the plan does not say them. */
var replicationChanges = (function(plan) {
    const source = plan.stacks.find((s) => s.kind === 'source');
    if (!source)
        return undefined;
    const destinationOf = (bucket) => plan.picture.destinations.find((d) => d.bucket === bucket)?.label ?? bucket;
    return rulesChangesOf(source, destinationOf);
});
/** The way back of each two-way destination whose stack the plan says rules of. */
var wayBackChanges = (function(plan) {
    return plan.picture.destinations.flatMap((d) => {
        const stack = plan.stacks.find((s) => s.name === d.stackName);
        if (!stack)
            return [];
        const toSource = (bucket) => (bucket === plan.picture.source.bucket ? 'source' : bucket);
        const changes = rulesChangesOf(stack, toSource);
        return changes ? [{ label: d.label, stackName: d.stackName, changes }] : [];
    });
});
var rulesChangesOf = (function(stack, destinationOf) {
    const before = configurationOf(stack, 'before');
    const after = configurationOf(stack, 'after');
    // Neither side known (an unchanged stack, previewed without values): nothing to tell.
    if (!before && !after)
        return undefined;
    const was = new Map(rulesOf(before)
        .map((r) => viewOf(r, destinationOf))
        .map((v) => [v.id, v]));
    const out = [];
    for (const rule of rulesOf(after)) {
        const now = viewOf(rule, destinationOf);
        const old = was.get(now.id);
        was.delete(now.id);
        if (!old) {
            out.push({ id: now.id, kind: 'added', after: now, changed: [] });
            continue;
        }
        const changed = RULE_FIELDS.filter((f) => old[f] !== now[f]);
        out.push({
            id: now.id,
            kind: changed.length > 0 ? 'changed' : 'unchanged',
            before: old,
            after: now,
            changed,
        });
    }
    for (const old of was.values())
        out.push({ id: old.id, kind: 'removed', before: old, changed: [] });
    return { sourceExisted: bucketExisted(stack), rules: out };
});
var bucketExisted = (function(source) {
    if (source.status === 'create')
        return false;
    if (source.values?.before)
        return Object.values(source.values.before).some((r) => r.type === 'AWS::S3::Bucket');
    return !source.changes.some((c) => c.resourceType === 'AWS::S3::Bucket' && c.action === 'Add');
});
var configurationOf = (function(stack, side) {
    const values = stack.values ? stack.values[side] : undefined;
    const resources = values
        ? Object.values(values).map((r) => ({ type: r.type, properties: r.properties }))
        : stack.changes.map((c) => ({ type: c.resourceType, properties: c[side] }));
    for (const r of resources) {
        const config = (0,normalized_json/* parseIfJson */.t)(r.properties?.ReplicationConfiguration);
        if (r.type === 'AWS::S3::Bucket' && isObject(config))
            return config;
    }
    return undefined;
});
var rulesOf = (function(config) {
    const rules = config?.Rules;
    return Array.isArray(rules) ? rules.filter(isObject) : [];
});
var viewOf = (function(rule, destinationOf) {
    const d = isObject(rule.Destination) ? rule.Destination : {};
    const status = (v) => rule_changes_text(isObject(v) ? v.Status : undefined);
    const rtc = isObject(d.ReplicationTime) ? d.ReplicationTime : undefined;
    const minutes = isObject(rtc?.Time) ? rule_changes_text(rtc.Time.Minutes) : undefined;
    const owner = isObject(d.AccessControlTranslation) ? rule_changes_text(d.AccessControlTranslation.Owner) : undefined;
    const encryption = isObject(d.EncryptionConfiguration) ? d.EncryptionConfiguration : {};
    const selection = isObject(rule.SourceSelectionCriteria) ? rule.SourceSelectionCriteria : {};
    const bucket = (rule_changes_text(d.Bucket) ?? '').replace(/^arn:[^:]+:s3:::/, '');
    return {
        id: rule_changes_text(rule.Id) ?? '(no id)',
        priority: rule_changes_text(rule.Priority) ?? '—',
        status: (rule_changes_text(rule.Status) ?? '—').toLowerCase(),
        filter: filterText(rule),
        destination: destinationOf(bucket),
        bucket,
        storageClass: rule_changes_text(d.StorageClass) ?? 'as source',
        deleteMarkers: status(rule.DeleteMarkerReplication) === 'Enabled' ? 'replicated' : 'no',
        replicationTime: status(rtc) === 'Enabled' ? `${minutes ?? '15'} min` : 'off',
        ownerTranslation: owner ? 'yes' : 'no',
        replicaKey: rule_changes_text(encryption.ReplicaKmsKeyID) ?? '—',
        replicaSync: status(selection.ReplicaModifications) === 'Enabled' ? 'on' : 'off',
    };
});
/** `prefix orders/`, `tag classification=shareable`, `prefix exports/ and tag …`, `every object`. */
var filterText = (function(rule) {
    const f = isObject(rule.Filter) ? rule.Filter : undefined;
    if (!f)
        return rule_changes_text(rule.Prefix) !== undefined ? prefixText(rule_changes_text(rule.Prefix)) : 'every object';
    const tag = (t) => (isObject(t) ? `tag ${rule_changes_text(t.Key) ?? ''}=${rule_changes_text(t.Value) ?? ''}` : '');
    if (isObject(f.And)) {
        const parts = [
            ...(rule_changes_text(f.And.Prefix) ? [prefixText(rule_changes_text(f.And.Prefix))] : []),
            ...(Array.isArray(f.And.TagFilters) ? f.And.TagFilters.map(tag) : []),
        ];
        return parts.join(' and ') || 'every object';
    }
    if (f.TagFilter !== undefined)
        return tag(f.TagFilter);
    return prefixText(rule_changes_text(f.Prefix) ?? '');
});
/** Scalars as text: CloudFormation prints `20`, a template writes 20. */
var rule_changes_text = (function(v) {
    if (v === undefined || v === null)
        return undefined;
    return (0,stack_values/* shownValue */.JJ)(v);
});// CONCATENATED MODULE: ./src/core/plan/dangers.ts


var planDangers = (function(plan) {
    return { destructive: destructiveDangers(plan), risky: riskyDangers(plan) };
});
var refOf = (function(plan, s) {
    const label = s.kind === 'source'
        ? 'source'
        : (plan.picture.destinations.find((d) => d.stackName === s.name)?.label ?? s.name);
    return { name: s.name, account: s.account, region: s.region, label };
});
var destructiveDangers = (function(plan) {
    return plan.stacks.flatMap((s) => (0,resource_change/* destructiveChanges */.OQ)(s.changes).map((d) => {
        const stack = refOf(plan, s);
        const { change } = d;
        const name = (side, property) => {
            const v = change[side]?.[property];
            return typeof v === 'string' ? v : side === 'before' ? (change.physicalId ?? change.logicalId) : '?';
        };
        if (d.reason === 'may-replace')
            return { kind: 'may-replace', stack, change: d };
        switch (change.resourceType) {
            case 'AWS::S3::Bucket':
                return d.reason === 'remove'
                    ? { kind: 'bucket-removed', stack, bucket: name('before', 'BucketName') }
                    : {
                        kind: 'bucket-replaced',
                        stack,
                        before: name('before', 'BucketName'),
                        after: name('after', 'BucketName'),
                    };
            case 'AWS::KMS::Key':
                return {
                    kind: d.reason === 'remove' ? 'key-removed' : 'key-replaced',
                    stack,
                    logicalId: change.logicalId,
                };
            default:
                return d.reason === 'remove'
                    ? { kind: 'role-removed', stack, logicalId: change.logicalId, role: name('before', 'RoleName') }
                    : {
                        kind: 'role-replaced',
                        stack,
                        logicalId: change.logicalId,
                        before: name('before', 'RoleName'),
                        after: name('after', 'RoleName'),
                    };
        }
    }));
});
/** Rule changes that stop, start or reprice replication; one danger per kind, naming each rule. */
var riskyDangers = (function(plan) {
    const changes = replicationChanges(plan);
    if (!changes)
        return [];
    const ref = (c) => {
        const v = (c.after ?? c.before);
        return { id: c.id, destination: v.destination, filter: v.filter };
    };
    const changedIn = (field) => changes.rules
        .filter((c) => c.kind === 'changed' && c.changed.includes(field))
        .map((c) => ({ ...ref(c), before: c.before[field], after: c.after[field] }));
    const enabled = (c) => c.after?.status === 'enabled';
    const out = [];
    const push = (d) => {
        if (d.rules.length > 0)
            out.push(d);
    };
    // Live replication copies only what is written after a rule exists: a bucket the stack creates
    // is empty, so its first rules leave nothing behind.
    if (changes.sourceExisted) {
        // Rules an adopted source keeps ran before the import: they leave nothing new behind.
        const kept = new Set((plan.adoptions ?? []).flatMap((a) => a.status !== 'adopted' && a.target.place === 'source'
            ? a.review.items
                .filter((i) => i.kind === 'replicationRules' && i.fate === 'kept')
                .map((i) => i.name)
            : []));
        push({
            kind: 'rules-added',
            rules: changes.rules.filter((c) => c.kind === 'added' && enabled(c) && !kept.has(c.id)).map(ref),
        });
        push({
            kind: 'rules-enabled',
            rules: changes.rules
                .filter((c) => c.kind === 'changed' && c.before?.status !== 'enabled' && enabled(c))
                .map(ref),
        });
    }
    push({
        kind: 'filter-changed',
        rules: changes.rules
            .filter((c) => c.kind === 'changed' && c.changed.includes('filter'))
            .map((c) => ({ ...ref(c), before: c.before.filter })),
    });
    push({
        kind: 'rules-removed',
        rules: changes.rules.filter((c) => c.kind === 'removed' && c.before?.status === 'enabled').map(ref),
    });
    push({
        kind: 'rules-disabled',
        rules: changes.rules
            .filter((c) => c.kind === 'changed' && c.before?.status === 'enabled' && !enabled(c))
            .map(ref),
    });
    push({ kind: 'storage-class-changed', rules: changedIn('storageClass') });
    push({ kind: 'replication-time-changed', rules: changedIn('replicationTime') });
    push({ kind: 'delete-markers-changed', rules: changedIn('deleteMarkers') });
    return out;
});// CONCATENATED MODULE: ./src/core/plan/permissions.ts


/**
 * Every statement of every policy the plan touches, changed or not when `all` (a first deploy shows
 * the whole chain), otherwise only those added, removed or changed. Source account first, then the
 * destinations in deploy order.
 */
var permissionChanges = (function(plan, opts = {}) {
    const out = [];
    const ordered = [
        ...plan.stacks.filter((s) => s.kind === 'source'),
        ...plan.stacks.filter((s) => s.kind !== 'source'),
    ];
    for (const stack of ordered) {
        const label = stack.kind === 'source' ? 'source' : labelOf(plan, stack);
        const before = policiesOf(stack, sideOf(stack, 'before'), label);
        const after = policiesOf(stack, sideOf(stack, 'after'), label);
        for (const key of [...new Set([...before.keys(), ...after.keys()])]) {
            const was = before.get(key);
            const now = after.get(key);
            out.push(...statementChanges(now?.place ?? was.place, was?.statements ?? [], now?.statements ?? []).filter((c) => opts.all || c.kind !== 'unchanged'));
        }
    }
    return out;
});
var labelOf = (function(plan, stack) {
    return plan.picture.destinations.find((d) => d.stackName === stack.name)?.label ?? stack.name;
});
/**
 * One side of a stack: its resolved values, or, where those could not be worked out, what its
 * changes carry (changed resources only).
 */
var sideOf = (function(stack, side) {
    if (stack.values)
        return (side === 'before' ? stack.values.before : stack.values.after) ?? {};
    const out = {};
    for (const c of stack.changes) {
        const props = c[side];
        if (props)
            out[c.logicalId] = { type: c.resourceType, properties: props };
    }
    return out;
});
var policiesOf = (function(stack, values, label) {
    const out = new Map();
    const add = (logicalId, kind, subject, document, name = '') => {
        const place = {
            stack: stack.name,
            account: stack.account,
            region: stack.region,
            logicalId,
            kind,
            subject,
        };
        out.set(`${logicalId}|${kind}|${name}`, { place, statements: statementsOf(document) });
    };
    for (const [logicalId, r] of Object.entries(values)) {
        const p = r.properties;
        switch (r.type) {
            case 'AWS::IAM::Role': {
                const role = `role ${permissions_text(p.RoleName) ?? logicalId}`;
                if (p.AssumeRolePolicyDocument !== undefined)
                    add(logicalId, 'trust policy', role, p.AssumeRolePolicyDocument);
                for (const policy of Array.isArray(p.Policies) ? p.Policies : []) {
                    if (!permissions_isObject(policy))
                        continue;
                    const name = permissions_text(policy.PolicyName) ?? '';
                    add(logicalId, 'role policy', `${role}, policy ${name}`, policy.PolicyDocument, name);
                }
                break;
            }
            case 'AWS::S3::BucketPolicy':
                add(logicalId, 'bucket policy', `bucket ${permissions_text(p.Bucket) ?? logicalId}`, p.PolicyDocument);
                break;
            case 'AWS::KMS::Key':
                add(logicalId, 'key policy', (0,stack_values/* keyWords */.Vi)(label, logicalId), p.KeyPolicy);
                break;
        }
    }
    return out;
});
/** Statements matched by Sid (else by content): added, removed, changed, unchanged. */
var statementChanges = (function(place, before, after) {
    const key = (s) => s.sid ?? JSON.stringify(s);
    const was = new Map(before.map((s) => [key(s), s]));
    const out = [];
    for (const s of after) {
        const old = was.get(key(s));
        was.delete(key(s));
        if (!old)
            out.push({ place, kind: 'added', after: s });
        else
            out.push({
                place,
                kind: JSON.stringify(old) === JSON.stringify(s) ? 'unchanged' : 'changed',
                before: old,
                after: s,
            });
    }
    for (const s of was.values())
        out.push({ place, kind: 'removed', before: s });
    return out;
});
/** A policy document (or its JSON text) as statement views; nothing when it is not one. */
var statementsOf = (function(document) {
    const doc = (0,normalized_json/* parseIfJson */.t)(document);
    if (!permissions_isObject(doc))
        return [];
    const raw = doc.Statement;
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    return list.filter(permissions_isObject).map(permissions_viewOf);
});
var permissions_viewOf = (function(s) {
    const sid = permissions_text(s.Sid);
    return {
        ...(sid !== undefined ? { sid } : {}),
        effect: permissions_text(s.Effect) ?? '?',
        principals: [...principals(s.Principal), ...principals(s.NotPrincipal).map((p) => `not ${p}`)],
        actions: [...strings(s.Action).sort(), ...strings(s.NotAction).map((a) => `not ${a}`)],
        resources: [...strings(s.Resource), ...strings(s.NotResource).map((r) => `not ${r}`)],
        conditions: conditions(s.Condition),
    };
});
var principals = (function(p) {
    if (p === undefined)
        return [];
    if (!permissions_isObject(p) || isIntrinsic(p))
        return [(0,stack_values/* shownValue */.JJ)(p)];
    return Object.entries(p).flatMap(([kind, ids]) => strings(ids).map((id) => (kind === 'AWS' ? id : `${kind.toLowerCase()} ${id}`)));
});
var conditions = (function(c) {
    if (!permissions_isObject(c))
        return [];
    return Object.entries(c).flatMap(([op, keys]) => permissions_isObject(keys)
        ? Object.entries(keys).flatMap(([k, v]) => strings(v).map((x) => `${op} ${k} = ${x}`))
        : [`${op} ${(0,stack_values/* shownValue */.JJ)(keys)}`]);
});
var strings = (function(v) {
    if (v === undefined || v === null)
        return [];
    return (Array.isArray(v) ? v : [v]).map(stack_values/* shownValue */.JJ);
});// CONCATENATED MODULE: ./src/core/report/mermaid.ts

/**
 * Untrusted text inside a quoted Mermaid label. A quote would end the label, `#name;` and `#123;`
 * are Mermaid's entities (so `#lt;` reads as `<`), a backtick starts a Markdown label, angle
 * brackets read as HTML, and the label stands in a ```mermaid fence that a line break or a run of
 * backticks would leave. Line breaks and other controls become spaces; then every character but
 * letters, digits, spaces and `.,:/_+=@()-` is written as a numeric entity.
 */
var label = (function(text) {
    return (0,untrusted_text/* oneLine */.TN)(text).replace(/[^\p{L}\p{N} .,:/_+=@()-]/gu, (c) => `#${c.codePointAt(0)};`);
});
/**
 * A Mermaid flowchart of the topology (GitHub renders `mermaid` fences): the source bucket, an
 * arrow to each destination bucket labelled with the rules that feed it (and one back from a
 * two-way destination), account and region on every node. Nodes whose stacks change carry the change in words and a colour; arrows mark the
 * rules added, changed and removed.
 */
var topologyDiagram = (function(picture, marks) {
    const node = (id, p, title, mark) => {
        const lines = [
            ...(mark !== 'unchanged' ? [MARK_TEXT[mark]] : []),
            title,
            p.bucket,
            `${p.account} · ${p.region}`,
            ...(p.key.startsWith('existing key') ? [p.key.replace(/^existing key .*\//, 'existing key ')] : []),
        ];
        return `  ${id}["${lines.map(label).join('<br/>')}"]`;
    };
    const lines = ['```mermaid', 'flowchart LR', node('src', picture.source, 'source', marks.source)];
    const styled = [];
    let links = 0;
    const edge = (from, to, rules, e, back) => {
        const names = e
            ? [
                ...e.added.map((r) => `+ ${r}`),
                ...e.changed.map((r) => `~ ${r}`),
                ...e.removed.map((r) => `− ${r}`),
                ...e.unchanged,
            ]
            : [...rules];
        const shown = names.slice(0, MAX_RULES_ON_EDGE).join(', ');
        const more = names.length > MAX_RULES_ON_EDGE ? ` and ${names.length - MAX_RULES_ON_EDGE} more` : '';
        const text = `${back ? 'back: ' : ''}${`${shown}${more}` || 'no rules'}`;
        // A dotted arrow: nothing replicates this way any more.
        const arrow = e && names.length === e.removed.length && names.length > 0 ? '-.->' : '-->';
        // Mermaid numbers links in the order they are written: linkStyle needs that number.
        if (e && e.added.length + e.changed.length + e.removed.length > 0)
            styled.push(String(links));
        lines.push(`  ${from} ${arrow === '-->' ? '--' : '-.'} "${label(text)}" ${arrow} ${to}`);
        links++;
    };
    picture.destinations.forEach((d, i) => {
        lines.push(node(`d${i}`, d, `destination ${d.label}`, marks.destinations[i] ?? 'unchanged'));
        edge('src', `d${i}`, d.rules, marks.edges?.[i], false);
        if (d.twoWay)
            edge(`d${i}`, 'src', d.rules, marks.backEdges?.[i], true);
    });
    for (const mark of ['new', 'changed', 'replaced']) {
        const ids = [
            ...(marks.source === mark ? ['src'] : []),
            ...marks.destinations.flatMap((m, i) => (m === mark ? [`d${i}`] : [])),
        ];
        if (ids.length === 0)
            continue;
        lines.push(`  classDef ${mark} ${STYLE[mark]}`, `  class ${ids.join(',')} ${mark}`);
    }
    if (styled.length > 0)
        lines.push(`  linkStyle ${styled.join(',')} stroke:#9a6700,stroke-width:3px`);
    lines.push('```');
    return lines.join('\n');
});
/** The estimate in one line, for the head of the plan; nothing when there is none. */
var costLine = (function(estimate) {
    if (!estimate)
        return [];
    const perGb = estimate.perGb.map((p) => ` plus ${usdPrice(p.unitPrice)} per GB replicated with ${p.item} (${p.destinations.map(untrusted_text/* code */.aY).join(', ')})`);
    return [
        `💵 Monitoring costs about **${usd(estimate.monthly)} a month**${perGb.join('')}: see _Monthly cost_ below for how it is counted.`,
    ];
});
/** The estimate line by line, with its sources and assumptions. */
var costDetail = (function(estimate) {
    if (!estimate)
        return [];
    return [
        {
            summary: `Monthly cost: about ${usd(estimate.monthly)} (${estimate.currency}, ${estimate.priceRegion} prices)`,
            lines: [
                '| Item | Quantity | Price | A month |',
                '|---|---|---|---|',
                ...estimate.lines.map((l) => `| ${l.item} | ${l.quantity} | ${usdPrice(l.unitPrice)} per ${l.unit} | ${usd(l.monthly)} |`),
                `| **Total** | | | **${usd(estimate.monthly)}** |`,
                ...estimate.perGb.map((p) => `| ${p.item} to ${p.destinations.map(untrusted_text/* code */.aY).join(', ')} | per GB replicated | ${usdPrice(p.unitPrice)} per GB | 100 GB: ${usd(100 * p.unitPrice)} |`),
                '',
                'Assumed:',
                ...estimate.assumptions.map((a) => `- ${a}.`),
            ],
        },
    ];
});// CONCATENATED MODULE: ./src/core/report/render-plan.ts












/** A stack a deploy creates: everything in it is added. */
var isNewStack = (function(s) {
    // An adopted bucket is imported, not added, into a stack that is new all the same.
    return (!s.values?.before &&
        s.changes.length > 0 &&
        s.changes.every((c) => c.action === 'Add' || c.action === 'Import'));
});
/** Every stack is new: the whole chain is shown, not a difference. */
var isFirstDeploy = (function(plan) {
    return plan.stacks.every(isNewStack);
});
/** The one-line verdict that opens every plan report: it never sounds milder than what deploy will do. */
var planVerdict = (function(plan, s = (0,plan_plan.summarizePlan)(plan), dangers = planDangers(plan)) {
    const destructive = dangers.destructive.length;
    const refused = (0,render_adoption.refusedAdoptions)(plan.adoptions);
    if (refused.length > 0)
        return `⛔ **Adoption refused**: ${refused.map(untrusted_text/* code */.aY).join(', ')} would lose what ${refused.length === 1 ? 'it has' : 'they have'}, or cannot be imported — see below; nothing can be deployed until the config says what to keep.`;
    if (destructive > 0 && !plan.allowDestructive)
        return `⛔ **Destructive changes blocked**: ${destructive} destructive ${plural(destructive, 'change')} — a deploy refuses this plan unless \`allow-destructive\` is true.`;
    if (destructive > 0)
        return `🚨 **Destructive changes will be deployed**: ${destructive} destructive ${plural(destructive, 'change')}, allowed by \`allow-destructive\` — what they cost is below.`;
    if (s.blocked.length > 0)
        return `⛔ **${s.blocked.length} ${plural(s.blocked.length, 'stack')} cannot be deployed as ${s.blocked.length === 1 ? 'it is' : 'they are'}** — see below.`;
    if (!s.hasChanges)
        return `✅ **No changes**: all ${plan.stacks.length} stacks match the config.`;
    const changed = plan.stacks.filter((x) => x.status !== 'unchanged').length;
    const counts = countsText(plan.stacks.flatMap((x) => x.changes));
    const risky = dangers.risky.length;
    if (isFirstDeploy(plan))
        return `🆕 **First deploy**: ${plan.stacks.length} stacks to create${counts ? `, ${counts}` : ''}.${risky > 0 ? ` ⚠️ ${risky} risky ${plural(risky, 'change')} below.` : ''}`;
    if (risky > 0)
        return `⚠️ **${risky} risky ${plural(risky, 'change')}**: ${changed} of ${plan.stacks.length} stacks change${counts ? ` (${counts})` : ''}; read what follows before merging.`;
    return `📝 **${changed} of ${plan.stacks.length} stacks change**${counts ? `: ${counts}` : ''}.`;
});
/** "10 resources to add, 1 to modify": every resource once, by what happens to it. */
var countsText = (function(changes) {
    const n = (pred) => changes.filter(pred).length;
    const parts = [
        [n((c) => c.action === 'Add'), 'to add'],
        [n((c) => c.action === 'Modify' && c.replacement !== 'True'), 'to modify'],
        [n((c) => c.action === 'Modify' && c.replacement === 'True'), 'to replace'],
        [n((c) => c.action === 'Remove'), 'to remove'],
        [n((c) => c.action === 'Import'), 'to import'],
    ];
    const shown = parts.filter(([k]) => k > 0);
    if (shown.length === 0)
        return '';
    const total = shown.reduce((a, [k]) => a + k, 0);
    // A replaced bucket policy is harmless; say which replacements the danger block counted, so
    // "2 to replace" does not read against "1 destructive change".
    const destructive = (0,resource_change/* destructiveChanges */.OQ)(changes).filter((d) => d.reason === 'replace').length;
    const replaced = parts[2][0];
    const note = (w) => w === 'to replace' && destructive > 0 && destructive < replaced ? ` (${destructive} destructive)` : '';
    return shown
        .map(([k, w], i) => i === 0 ? `${k} ${plural(total === 1 ? 1 : k, 'resource')} ${w}${note(w)}` : `${k} ${w}${note(w)}`)
        .join(', ');
});
/**
 * The plan as Markdown parts: one renderer for the PR comment (cut to fit), the job summary and
 * the CLI (whole). Danger first: the verdict, then what is destructive or risky with its
 * consequence and remedy, then the stacks, the permissions, the rules and the resources, then the
 * picture.
 */
var renderPlan = (function(plan, ctx = {}) {
    const s = (0,plan_plan.summarizePlan)(plan);
    const dangers = planDangers(plan);
    const head = [
        `### s3-xrepl plan · ${(0,untrusted_text/* code */.aY)(plan.topology)} · ${(0,untrusted_text/* inlineText */.ln)(plan.configPath)}`,
        planVerdict(plan, s, dangers),
        ...destructiveBlock(plan, dangers.destructive),
        ...riskyBlock(dangers.risky),
        ...blockedWarning(s),
        ...(0,render_adoption.renderAdoptions)(plan.adoptions),
        ...(plan.basis.kind === 'offline'
            ? [
                `> [!NOTE]\n> **Offline plan** (${(0,untrusted_text/* inlineText */.ln)(plan.basis.reason)}): the synthesized templates were compared with ${(0,untrusted_text/* inlineText */.ln)(plan.basis.comparedWith)}, not with the stacks in AWS. Values only AWS knows (a deployed key's ARN) read "not read offline", and live drift is not taken into account; deploy plans again against AWS.`,
            ]
            : []),
        ...pendingNote(plan),
        ...(s.hasChanges ? [stackTable(plan), ...costLine(plan.monthlyCost)] : []),
    ];
    const details = s.hasChanges
        ? [
            ...permissionDetails(plan),
            ...ruleDetails(plan),
            ...plan.stacks.filter((st) => st.changes.length > 0).map(changesDetail),
            ...costDetail(plan.monthlyCost),
            pictureDetail(plan, dangers),
        ]
        : [];
    return { head, details, tail: [footer(ctx)] };
});
var where = (function(s) {
    return `${(0,untrusted_text/* code */.aY)(s.name)}, ${(0,untrusted_text/* inlineText */.ln)(s.account)}, ${(0,untrusted_text/* inlineText */.ln)(s.region)}`;
});
var destructiveBlock = (function(plan, dangers) {
    if (dangers.length === 0)
        return [];
    const lines = dangers.slice(0, 20).map((d) => `> - ${destructiveText(d)}`);
    if (dangers.length > 20)
        lines.push(`> - …and ${dangers.length - 20} more: see the resource changes below.`);
    const verdict = plan.allowDestructive
        ? '**`allow-destructive` is true: merging deploys these changes.** Buckets and keys are retained, not deleted.'
        : 'A deploy refuses these unless `allow-destructive` is true. Buckets and keys are retained, not deleted.';
    return [`> [!CAUTION]\n> **Destructive changes**\n${lines.join('\n')}\n>\n> ${verdict}`];
});
var destructiveText = (function(d) {
    const at = where(d.stack);
    const which = d.stack.label === 'source' ? 'source' : (0,untrusted_text/* code */.aY)(d.stack.label);
    switch (d.kind) {
        case 'bucket-replaced':
            return d.stack.label === 'source'
                ? `**The source bucket is replaced**: ${(0,untrusted_text/* code */.aY)(d.before)} → ${(0,untrusted_text/* code */.aY)(d.after)} (${at}). The new bucket starts empty: the objects in ${(0,untrusted_text/* code */.aY)(d.before)} are not copied into it and are no longer replicated. ${(0,untrusted_text/* code */.aY)(d.before)} is retained with the only copy of them, and no stack manages it any more. **To do:** copy what the new bucket needs from ${(0,untrusted_text/* code */.aY)(d.before)} yourself, then ${remedies/* BACKFILL_REMEDY */.kV}.`
                : `**The ${which} bucket is replaced**: ${(0,untrusted_text/* code */.aY)(d.before)} → ${(0,untrusted_text/* code */.aY)(d.after)} (${at}). The new bucket starts empty: the replicas made so far are not copied into it, and objects already in the source are not replicated again. ${(0,untrusted_text/* code */.aY)(d.before)} is retained, keeps the only copy of those replicas, and no stack manages it any more (nothing replicates into it, drift is not checked). **To do:** ${remedies/* BACKFILL_REFILL_REMEDY */.NM}; keep or delete ${(0,untrusted_text/* code */.aY)(d.before)} by hand.`;
        case 'bucket-removed':
            return `**The bucket ${(0,untrusted_text/* code */.aY)(d.bucket)} leaves its stack** (${at}): it is retained with its objects, but nothing replicates into it and no stack manages it any more. **To do:** keep or delete it by hand.`;
        case 'key-replaced':
            if (d.logicalId === 'AlertsKey')
                return `**The alerts topic's key is replaced** (${at}): the topic encrypts its messages with a new key from now on; the old key is retained, not scheduled for deletion. Alerts are not lost.`;
            return `**The ${which} key is replaced** (${at}): a new key encrypts what is written from now on. Objects encrypted before stay under the old key, which is retained (not scheduled for deletion) and still needed to read them. **To do:** keep the old key enabled while such objects exist.`;
        case 'key-removed':
            return `**The ${which} key leaves its stack** (${at}): it is retained, not deleted, and objects encrypted with it still need it, but no stack manages its policy any more.`;
        case 'role-replaced':
            if (d.logicalId === 'BatchReplicationRole')
                return `**The batch replication role is replaced**: ${(0,untrusted_text/* code */.aY)(d.before)} → ${(0,untrusted_text/* code */.aY)(d.after)} (${at}). A backfill job running as the old role fails the tasks it has left. **To do:** run \`mode: backfill\`${d.stack.label === 'source' ? '' : ` with \`backfill-from: ${(0,untrusted_text/* inlineText */.ln)(d.stack.label)}\``} again after deploy if one was running.`;
            // A two-way destination's own role, which replicates its bucket back to the source.
            if (d.logicalId === 'WayBackReplicationRole')
                return `**The way-back replication role of ${which} is replaced**: ${(0,untrusted_text/* code */.aY)(d.before)} → ${(0,untrusted_text/* code */.aY)(d.after)} (${at}). Objects written on ${which} while it is replaced can fail to replicate back to the source, and S3 never retries a FAILED object. **To do:** run verify after deploy; \`mode: backfill\` with \`backfill-from: ${(0,untrusted_text/* inlineText */.ln)(d.stack.label)}\` and \`backfill-statuses: FAILED\` for what failed.`;
            return `**The replication role is replaced**: ${(0,untrusted_text/* code */.aY)(d.before)} → ${(0,untrusted_text/* code */.aY)(d.after)} (${at}). Objects written while it is replaced can fail to replicate, and S3 never retries a FAILED object. **To do:** run verify after deploy; ${remedies/* BACKFILL_REMEDY */.kV} for what failed.`;
        case 'role-removed':
            if (d.logicalId === 'WayBackReplicationRole')
                return `**The way-back replication role ${(0,untrusted_text/* code */.aY)(d.role)} leaves its stack** (${at}): replication from ${which} back to the source stops.`;
            return d.logicalId === 'BatchReplicationRole'
                ? `**The batch replication role ${(0,untrusted_text/* code */.aY)(d.role)} leaves its stack** (${at}): backfill cannot run until it is back.`
                : `**The replication role ${(0,untrusted_text/* code */.aY)(d.role)} leaves its stack** (${at}): replication stops.`;
        case 'may-replace':
            return `**${(0,untrusted_text/* code */.aY)(d.change.change.logicalId)} may be replaced** (${(0,untrusted_text/* inlineText */.ln)(d.change.change.resourceType)}, ${at}): CloudFormation decides during the deploy${d.change.change.properties.length > 0 ? `, because of ${d.change.change.properties.map(untrusted_text/* code */.aY).join(', ')}` : ''}.`;
    }
});
var riskyBlock = (function(dangers) {
    if (dangers.length === 0)
        return [];
    return [
        `> [!WARNING]\n> **Risky changes**: a deploy makes them; know what follows\n${dangers.map((d) => `> - ${riskyText(d)}`).join('\n')}`,
    ];
});
var named = (function(rules, one) {
    const shown = rules.slice(0, MAX_NAMED).map(one).join('; ');
    return rules.length > MAX_NAMED ? `${shown}; and ${rules.length - MAX_NAMED} more` : shown;
});
var riskyText = (function(d) {
    switch (d.kind) {
        case 'rules-added':
            return `**New rules copy only new objects**: ${named(d.rules, ruleRef)}. Objects already in the source that they match are not replicated. **To do:** ${remedies/* BACKFILL_NEW_RULE_REMEDY */.cu}.`;
        case 'rules-enabled':
            return `**Rules enabled again copy only new objects**: ${named(d.rules, ruleRef)}. What was written while they were off is not replicated. **To do:** ${remedies/* BACKFILL_REMEDY */.kV}.`;
        case 'filter-changed':
            return `**A rule's filter changes**: ${named(d.rules, (r) => `${(0,untrusted_text/* code */.aY)(r.id)} → ${(0,untrusted_text/* code */.aY)(r.destination)}: ${(0,untrusted_text/* inlineText */.ln)(r.before)} → ${(0,untrusted_text/* inlineText */.ln)(r.filter)}`)}. Objects that match only the old filter are no longer replicated (replicas already made stay); objects that match the new filter and exist already are not copied. **To do:** ${remedies/* BACKFILL_REMEDY */.kV} for the new filter, and check that nothing still writes under the old one.`;
        case 'rules-removed':
            return `**Replication stops**: ${named(d.rules, ruleRef)} ${d.rules.length === 1 ? 'is' : 'are'} removed. New objects they matched are no longer replicated; replicas already made stay.`;
        case 'rules-disabled':
            return `**Replication stops**: ${named(d.rules, ruleRef)} ${d.rules.length === 1 ? 'is' : 'are'} disabled. New objects they match are not replicated while they are off.`;
        case 'storage-class-changed':
            return `**Replica storage class changes**: ${named(d.rules, (r) => `${(0,untrusted_text/* code */.aY)(r.id)}: ${(0,untrusted_text/* inlineText */.ln)(r.before)} → ${(0,untrusted_text/* inlineText */.ln)(r.after)}`)}. Only new replicas get it. Classes other than STANDARD charge for retrieval and have minimum storage durations.`;
        case 'replication-time-changed':
            return `**Replication Time Control changes**: ${named(d.rules, (r) => `${(0,untrusted_text/* code */.aY)(r.id)}: ${(0,untrusted_text/* inlineText */.ln)(r.before)} → ${(0,untrusted_text/* inlineText */.ln)(r.after)}`)}. With it, S3 replicates 99.99% of objects within 15 minutes and charges per GB replicated, plus its replication metrics; without it, there is no such promise.`;
        case 'delete-markers-changed':
            return `**Delete markers**: ${named(d.rules, (r) => `${(0,untrusted_text/* code */.aY)(r.id)}: ${(0,untrusted_text/* inlineText */.ln)(r.before)} → ${(0,untrusted_text/* inlineText */.ln)(r.after)}`)}. Replicated, deleting an object in the source hides it in the destination too (its versions stay); not replicated, deletes do not reach the destination.`;
    }
});
var blockedWarning = (function(s) {
    if (s.blocked.length === 0)
        return [];
    const lines = s.blocked.map((b) => `> - ${(0,untrusted_text/* code */.aY)(b.name)} (${(0,untrusted_text/* inlineText */.ln)(b.account)}, ${(0,untrusted_text/* inlineText */.ln)(b.region)}): ${(0,untrusted_text/* inlineText */.ln)(b.note ?? 'blocked')}`);
    return [`> [!WARNING]\n> **Stacks a deploy cannot change as they are**\n${lines.join('\n')}`];
});
/** What only a deploy will tell, by name: everything else in the report is the value that applies. */
var pendingNote = (function(plan) {
    const unknown = [...new Set(plan.stacks.flatMap(unknownAfterDeploy))];
    // A stack whose values were resolved waits only for what is still unknown; without values, for
    // the inputs the plan could not give it.
    const pending = plan.stacks.filter((x) => x.status === 'pending-inputs' && (!x.values || unknownAfterDeploy(x).length > 0));
    if (unknown.length === 0 && pending.length === 0)
        return [];
    const lines = [
        ...(unknown.length > 0
            ? [
                `> - ${unknown.slice(0, 10).map(untrusted_text/* code */.aY).join(', ')}${unknown.length > 10 ? ` and ${unknown.length - 10} more` : ''}: KMS chooses a key's ARN when the deploy creates it. Every other value in this plan is the one that will apply.`,
            ]
            : []),
        ...pending.map((p) => `> - ${(0,untrusted_text/* code */.aY)(p.name)} reads ${p.unknownInputs.length > 0 ? p.unknownInputs.map(untrusted_text/* code */.aY).join(', ') : 'outputs'} from stacks deployed before it: deploy plans it again with their real values.`),
    ];
    return [`> [!NOTE]\n> **Known after deploy**\n${lines.join('\n')}`];
});
var unknownAfterDeploy = (function(s) {
    return (s.unknownValues ?? []).filter((v) => v.endsWith('known after deploy⟩'));
});
var stackTable = (function(plan) {
    const rows = plan.stacks.map((st, i) => {
        const counts = countsText(st.changes);
        const waits = st.status === 'pending-inputs' && (!st.values || unknownAfterDeploy(st).length > 0);
        const status = st.status !== 'pending-inputs'
            ? STATUS_TEXT[st.status]
            : `${isNewStack(st) ? 'create' : 'update'}${waits ? ', inputs known after deploy' : ''}`;
        return `| ${i + 1} | ${(0,untrusted_text/* code */.aY)(st.name)} | ${st.kind} | ${(0,untrusted_text/* inlineText */.ln)(st.account)} | ${(0,untrusted_text/* inlineText */.ln)(st.region)} | ${status} | ${counts || '—'} |`;
    });
    return [
        '| # | Stack | Kind | Account | Region | Plan | Resources |',
        '|---|---|---|---|---|---|---|',
        ...rows,
    ].join('\n');
});
// ---- permissions ----
/** One block per account: the statements added, removed and changed (all of them on a first deploy). */
var permissionDetails = (function(plan) {
    const firstDeploy = isFirstDeploy(plan);
    const changes = permissionChanges(plan, { all: firstDeploy });
    const accounts = [...new Set(changes.map((c) => c.place.account))];
    return accounts.map((account) => {
        const mine = changes.filter((c) => c.place.account === account);
        const stacks = plan.stacks.filter((s) => s.account === account);
        const roles = stacks.map((s) => (s.kind === 'source' ? 'source' : render_plan_labelOf(plan, s)));
        const count = (k) => mine.filter((c) => c.kind === k).length;
        const summary = firstDeploy
            ? `${mine.length} ${plural(mine.length, 'statement')}, all new`
            : [
                count('added') > 0 ? `${count('added')} added` : '',
                count('changed') > 0 ? `${count('changed')} changed` : '',
                count('removed') > 0 ? `${count('removed')} removed` : '',
            ]
                .filter(Boolean)
                .join(', ');
        const policies = [
            ...new Map(mine.map((c) => [
                `${c.place.stack}|${c.place.logicalId}|${c.place.kind}|${c.place.subject}`,
                c.place,
            ])).values(),
        ];
        const lines = policies.flatMap((p) => {
            const rows = mine.filter((c) => c.place.stack === p.stack &&
                c.place.logicalId === p.logicalId &&
                c.place.kind === p.kind &&
                c.place.subject === p.subject);
            // Columns no statement of this policy uses are left out: a role policy names no principal,
            // a trust policy no resource.
            const columns = STATEMENT_COLUMNS.filter(([, pick]) => !rows.every((c) => pick(c.before ?? c.after).length === 0 && pick(c.after ?? c.before).length === 0));
            return [
                `**${(0,untrusted_text/* inlineText */.ln)(capitalized(p.kind))}** of ${(0,untrusted_text/* inlineText */.ln)(p.subject)} (${(0,untrusted_text/* code */.aY)(p.stack)}, ${(0,untrusted_text/* inlineText */.ln)(p.region)})`,
                '',
                `| | Statement | ${columns.map(([h]) => h).join(' | ')} |`,
                `|---|---|${columns.map(() => '---').join('|')}|`,
                ...rows.map((c) => statementRow(c, columns)),
                '',
            ];
        });
        lines.pop();
        return {
            summary: `Permissions in account <code>${(0,untrusted_text/* htmlText */.js)(account)}</code> (${(0,untrusted_text/* htmlText */.js)(roles.join(', '))}, ${(0,untrusted_text/* htmlText */.js)([...new Set(stacks.map((x) => x.region))].join(', '))}): ${(0,untrusted_text/* htmlText */.js)(summary)}`,
            lines,
            open: true,
        };
    });
});
var render_plan_labelOf = (function(plan, s) {
    return plan.picture.destinations.find((d) => d.stackName === s.name)?.label ?? s.name;
});
/** The statement's effect and Sid in one cell (a Deny stands out), then one cell per column. */
var statementRow = (function(c, columns) {
    const v = (c.after ?? c.before);
    const effect = (e) => (e === 'Deny' ? '**Deny**' : `_${(0,untrusted_text/* inlineText */.ln)(e)}_`);
    const effectText = c.kind === 'changed' && c.before.effect !== c.after.effect
        ? `${effect(c.before.effect)} → ${effect(c.after.effect)}`
        : effect(v.effect);
    const cells = columns.map(([, pick]) => itemsCell(c.before && c.kind !== 'added' ? pick(c.before) : undefined, c.after ? pick(c.after) : undefined, c.kind));
    return `| ${MARK[c.kind]} | ${effectText}${v.sid !== undefined ? `<br>${breakable((0,untrusted_text/* inlineText */.ln)(v.sid))}` : ''} | ${cells.join(' | ')} |`;
});
/**
 * A Sid such as EncryptReplicasInUsWest2WithBucketKeys, free to wrap between its words (an
 * invisible space at each): otherwise the longest one sets its column's width.
 */
var breakable = (function(escaped) {
    return escaped.replace(/([a-z0-9])(?=[A-Z])/g, '$1\u200b');
});
/** A cell of items; for a changed statement, what left (−) and what came (+) beside what stayed. */
var itemsCell = (function(before, after, kind) {
    const item = (t) => (0,untrusted_text/* code */.aY)(t);
    if (kind !== 'changed') {
        const items = (kind === 'removed' ? before : after) ?? [];
        return items.length > 0 ? items.map(item).join('<br>') : '—';
    }
    const was = before ?? [];
    const now = after ?? [];
    const out = [
        ...now.map((t) => (was.includes(t) ? item(t) : `+ ${item(t)}`)),
        ...was.filter((t) => !now.includes(t)).map((t) => `− ${item(t)}`),
    ];
    return out.length > 0 ? out.join('<br>') : '—';
});
var ruleDetails = (function(plan) {
    const source = replicationChanges(plan);
    return [
        ...(source ? ruleDetail('Replication rules of the source bucket', source.rules) : []),
        // A two-way destination's rules back to the source live in its own stack.
        ...wayBackChanges(plan).flatMap((w) => ruleDetail(`Replication rules of destination ${w.label}'s bucket, back to the source`, w.changes.rules)),
    ];
});
var ruleDetail = (function(title, rules) {
    const moved = rules.filter((r) => r.kind !== 'unchanged');
    if (moved.length === 0)
        return [];
    const count = (k) => rules.filter((r) => r.kind === k).length;
    const summary = [
        count('added') > 0 ? `${count('added')} added` : '',
        count('changed') > 0 ? `${count('changed')} changed` : '',
        count('removed') > 0 ? `${count('removed')} removed` : '',
        count('unchanged') > 0 ? `${count('unchanged')} unchanged, not shown` : '',
    ]
        .filter(Boolean)
        .join(', ');
    // Status only where a rule is (or was) disabled; the replica key only where one changes;
    // replica modification sync only where it is (or was) on.
    const keyChanged = moved.some((r) => r.changed.includes('replicaKey'));
    const statusShown = moved.some((r) => r.before?.status === 'disabled' || r.after?.status === 'disabled');
    const syncShown = moved.some((r) => r.before?.replicaSync === 'on' || r.after?.replicaSync === 'on');
    const columns = [
        ...RULE_COLUMNS.filter(([f]) => f !== 'status' || statusShown),
        ...(keyChanged ? [['replicaKey', 'Replica key']] : []),
        ...(syncShown ? [['replicaSync', 'Replica changes sync back']] : []),
    ];
    const cell = (r, f) => {
        const v = (x) => (0,untrusted_text/* inlineText */.ln)(x?.[f] ?? '—');
        if (f === 'destination' && r.kind === 'changed' && r.changed.includes('bucket'))
            return `**${v(r.after)}: ${(0,untrusted_text/* code */.aY)(r.before.bucket)} → ${(0,untrusted_text/* code */.aY)(r.after.bucket)}**`;
        if (r.kind === 'changed' && r.changed.includes(f))
            return `**${v(r.before)} → ${v(r.after)}**`;
        return v(r.after ?? r.before);
    };
    return [
        {
            summary: `${(0,untrusted_text/* htmlText */.js)(title)}: ${(0,untrusted_text/* htmlText */.js)(summary)}`,
            lines: [
                `| | Rule | ${columns.map(([, h]) => h).join(' | ')} |`,
                `|---|---|${columns.map(() => '---').join('|')}|`,
                ...moved.map((r) => `| ${MARK[r.kind]} | ${(0,untrusted_text/* code */.aY)(r.id)} | ${columns.map(([f]) => cell(r, f)).join(' | ')} |`),
            ],
            open: true,
        },
    ];
});
var changesDetail = (function(st) {
    const rows = st.changes.map((c) => {
        const replacement = c.action === 'Modify'
            ? c.replacement === 'True'
                ? 'replaced'
                : c.replacement === 'Conditional'
                    ? 'maybe'
                    : 'in place'
            : '';
        const name = nameOf(c);
        return `| ${(0,untrusted_text/* inlineText */.ln)(c.action)} | ${(0,untrusted_text/* code */.aY)(c.logicalId)} | ${(0,untrusted_text/* inlineText */.ln)(c.resourceType)} | ${name ? (0,untrusted_text/* code */.aY)(name) : ''} | ${replacement} | ${whatChanges(c)} |`;
    });
    return {
        summary: `<code>${(0,untrusted_text/* htmlText */.js)(st.name)}</code>: ${st.changes.length} resource ${plural(st.changes.length, 'change')}`,
        lines: [
            '| Action | Resource | Type | Name | Replacement | What changes |',
            '|---|---|---|---|---|---|',
            ...rows,
        ],
        // What an update changes is the review; a new stack's resources are in the tables above.
        open: !isNewStack(st) && st.changes.length <= 20,
    };
});
var nameOf = (function(c) {
    const props = c.after ?? c.before ?? {};
    for (const k of ['BucketName', 'RoleName', 'Bucket'])
        if (props[k] !== undefined)
            return (0,stack_values/* shownValue */.JJ)(props[k]);
    return c.physicalId;
});
/** The changed properties; small values as `before → after`, policies and rules pointing to their tables. */
var whatChanges = (function(c) {
    if (c.action !== 'Modify')
        return '';
    return c.properties
        .map((p) => {
        if (TABLE_PROPERTIES.has(p))
            return `${(0,untrusted_text/* code */.aY)(p)} (${p === 'ReplicationConfiguration' ? 'see the rules' : 'see the permissions'})`;
        const leaves = leafChanges(c.before?.[p], c.after?.[p], p).slice(0, 4);
        if (leaves.length === 0)
            return (0,untrusted_text/* code */.aY)(p);
        return leaves
            .map((l) => `${(0,untrusted_text/* code */.aY)(l.path)}: ${(0,untrusted_text/* code */.aY)(render_plan_short(l.before))} → ${(0,untrusted_text/* code */.aY)(render_plan_short(l.after))}`)
            .join('<br>');
    })
        .join('<br>');
});
var leafChanges = (function(a, b, path) {
    if ((0,stack_values/* sameResolved */.Jz)(a, b))
        return [];
    const isObj = (v) => typeof v === 'object' && v !== null;
    if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
        return keys.flatMap((k) => leafChanges(a[k], b[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`));
    }
    const text = (v) => (v === undefined ? '(none)' : (0,stack_values/* shownValue */.JJ)(v));
    return [{ path, before: text(a), after: text(b) }];
});
var render_plan_short = (function(text) {
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
});
// ---- picture ----
var pictureDetail = (function(plan, dangers) {
    const markOf = (st) => {
        if (!st)
            return 'unchanged';
        if (dangers.destructive.some((d) => d.stack.name === st.name))
            return 'replaced';
        if (isNewStack(st))
            return 'new';
        return st.status === 'unchanged' || st.changes.length === 0 ? 'unchanged' : 'changed';
    };
    const rules = replicationChanges(plan);
    const edges = plan.picture.destinations.map((d) => {
        if (!rules)
            return undefined;
        const mine = rules.rules.filter((r) => (r.after ?? r.before).destination === d.label);
        // S3 rule ids are `<config rule id>-<destination id>`: on an arrow to that destination, the rule's own id.
        const short = (id) => {
            const own = id.endsWith(`-${d.label}`) ? id.slice(0, -d.label.length - 1) : id;
            return d.rules.includes(own) ? own : id;
        };
        const of = (k) => mine.filter((r) => r.kind === k).map((r) => short(r.id));
        return { added: of('added'), changed: of('changed'), removed: of('removed'), unchanged: of('unchanged') };
    });
    // The way back's S3 rule ids are `<config rule id>-<WAY_BACK.id>`.
    const back = wayBackChanges(plan);
    const backEdges = plan.picture.destinations.map((d) => {
        const mine = back.find((w) => w.stackName === d.stackName)?.changes.rules;
        if (!mine)
            return undefined;
        const suffix = `-${way_back.WAY_BACK.id}`;
        const short = (id) => (id.endsWith(suffix) ? id.slice(0, -suffix.length) : id);
        const of = (k) => mine.filter((r) => r.kind === k).map((r) => short(r.id));
        return { added: of('added'), changed: of('changed'), removed: of('removed'), unchanged: of('unchanged') };
    });
    const firstDeploy = isFirstDeploy(plan);
    const diagram = topologyDiagram(plan.picture, {
        source: markOf(plan.stacks.find((s) => s.kind === 'source')),
        destinations: plan.picture.destinations.map((d) => markOf(plan.stacks.find((s) => s.name === d.stackName))),
        // On a first deploy every rule is new: the arrows just name them.
        ...(firstDeploy ? {} : { edges, backEdges }),
    });
    return {
        summary: 'Picture: what changes where',
        lines: [PICTURE_LEGEND, '', ...diagram.split('\n')],
        open: true,
        whole: true,
    };
});
var footer = (function(ctx, closing = 'nothing was executed.') {
    const parts = [
        ctx.commit ? `Planned from commit ${(0,untrusted_text/* code */.aY)(ctx.commit.slice(0, 12))}` : 'Planned locally',
        ...(ctx.runUrl ? [`[run and full report](${ctx.runUrl})`] : []),
    ];
    return `<sub>${parts.join(' · ')} · ${closing}</sub>`;
});
var capitalized = (function(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
});
var plural = (function(n, word) {
    return n === 1 ? word : `${word}s`;
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  footer: () => (/* binding */ footer),
  isFirstDeploy: () => (/* binding */ isFirstDeploy),
  planVerdict: () => (/* binding */ planVerdict),
  renderPlan: () => (/* binding */ renderPlan)
});

// EXTERNAL MODULE: ./src/core/plan/resource-change.ts
var resource_change = __webpack_require__(3128);
// EXTERNAL MODULE: ./src/core/plan/stack-values.ts
var stack_values = __webpack_require__(7350);
// EXTERNAL MODULE: ./src/core/plan/normalized-json.ts
var normalized_json = __webpack_require__(4725);
;// CONCATENATED MODULE: ./src/core/plan/rule-changes.ts


const RULE_FIELDS = [
    'priority',
    'status',
    'filter',
    'destination',
    'bucket',
    'storageClass',
    'deleteMarkers',
    'replicationTime',
    'ownerTranslation',
    'replicaKey',
    'replicaSync',
];
const prefixText = ((p) => (p === '' ? 'every object' : `prefix ${p}`));
const isObject = ((v) => typeof v === 'object' && v !== null && !Array.isArray(v));

;

// EXTERNAL MODULE: ./src/core/plan/plan.ts
var plan_plan = __webpack_require__(6940);
;
const isIntrinsic = ((v) => Object.keys(v).length === 1 && Object.keys(v).some((k) => k === 'Ref' || k.startsWith('Fn::')));
const permissions_text = ((v) => (typeof v === 'string' ? v : undefined));
const permissions_isObject = ((v) => typeof v === 'object' && v !== null && !Array.isArray(v));

// EXTERNAL MODULE: ./src/core/model/way-back.ts
var way_back = __webpack_require__(4392);
// EXTERNAL MODULE: ./src/core/report/untrusted-text.ts
var untrusted_text = __webpack_require__(3502);
;
const MAX_RULES_ON_EDGE = 4;
/** The words on a marked node: the picture never tells a change by colour alone. */
const MARK_TEXT = {
    new: 'NEW',
    changed: 'CHANGED',
    replaced: 'REPLACED (destructive)',
};
/**
 * Fill, border and text colour together, so a marked node reads the same on GitHub's light and
 * dark themes (a fill without a text colour leaves light text on a light fill in dark mode).
 */
const STYLE = {
    new: 'fill:#dafbe1,stroke:#1a7f37,stroke-width:2px,color:#0f2e16',
    changed: 'fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#3b2300',
    replaced: 'fill:#ffebe9,stroke:#cf222e,stroke-width:3px,stroke-dasharray:6 3,color:#4c0519',
};
/** What the marks mean, for the line above the picture. */
const PICTURE_LEGEND = '**NEW** created by this deploy · **CHANGED** updated in place · **REPLACED** destructive · unmarked: no change. ' +
    'Arrows name the rules that feed each destination: **+** added, **~** changed, **−** removed.';

// EXTERNAL MODULE: ./src/core/report/remedies.ts
var remedies = __webpack_require__(3620);
;// CONCATENATED MODULE: ./src/core/report/render-costs.ts

const usd = ((n) => `$${n.toFixed(2)}`);
const usdPrice = ((n) => `$${n < 0.1 ? n.toFixed(3) : n.toFixed(2)}`);

// EXTERNAL MODULE: ./src/core/report/render-adoption.ts
var render_adoption = __webpack_require__(1745);
;
// ---- danger ----
const MAX_NAMED = 6;
const ruleRef = ((r) => `${(0,untrusted_text/* code */.aY)(r.id)} (${(0,untrusted_text/* inlineText */.ln)(r.filter)} → ${(0,untrusted_text/* code */.aY)(r.destination)})`);
// ---- stacks ----
const STATUS_TEXT = {
    create: 'create',
    update: 'update',
    unchanged: 'no changes',
    'pending-inputs': 'update, inputs known after deploy',
    blocked: '⛔ blocked',
};
const MARK = {
    added: '+',
    removed: '−',
    changed: '~',
    unchanged: ' ',
};
const STATEMENT_COLUMNS = [
    ['Principal', (v) => v.principals],
    ['Action', (v) => v.actions],
    ['Resource', (v) => v.resources],
    ['Condition', (v) => v.conditions],
];
// ---- rules ----
const RULE_COLUMNS = [
    ['priority', 'Priority'],
    ['filter', 'Filter'],
    ['destination', 'Destination'],
    ['storageClass', 'Storage class'],
    ['deleteMarkers', 'Delete markers'],
    ['replicationTime', 'RTC'],
    ['ownerTranslation', 'Owner to destination'],
    ['status', 'Status'],
];
// ---- resources ----
const TABLE_PROPERTIES = new Set([
    'Policies',
    'AssumeRolePolicyDocument',
    'PolicyDocument',
    'KeyPolicy',
    'ReplicationConfiguration',
]);


/***/ }),

/***/ 8116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var renderTerminal = (function(parts, style) {
    const paint = (kind, text) => (style.color ? `${ANSI[kind][0]}${text}${ANSI[kind][1]}` : text);
    const out = [
        ...blocks(parts.head.join('\n\n'), paint, style),
        ...parts.details.flatMap((d) => detail(d, paint, style)),
        ...blocks(parts.tail.join('\n\n'), paint, style),
    ];
    return `${squeezeBlankLines(out).join('\n').trimEnd()}\n`;
});
var detail = (function(d, paint, style) {
    const title = paint('bold', `▸ ${plainHtml(d.summary)}`);
    const body = d.fence !== undefined ? fenced(d.fence, d.lines, paint) : blocks(d.lines.join('\n'), paint, style);
    return ['', title, ...body.map((l) => (l === '' ? l : `  ${l}`))];
});
/** Markdown text (several blocks) → lines. */
var blocks = (function(markdown, paint, style) {
    const lines = markdown.split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const fence = /^(`{3,}|~{3,})(\S*)\s*$/.exec(line);
        if (fence) {
            const end = lines.findIndex((l, j) => j > i && l.startsWith(fence[1]));
            const body = lines.slice(i + 1, end < 0 ? lines.length : end);
            i = end < 0 ? lines.length : end;
            out.push(...fenced(fence[2] ?? '', body, paint));
            continue;
        }
        if (/^\s*\|.*\|\s*$/.test(line)) {
            const rows = [];
            while (i < lines.length && /^\s*\|.*\|\s*$/.test(lines[i]))
                rows.push(lines[i++]);
            i--;
            out.push(...table(rows, paint, style));
            continue;
        }
        const details = /^<details>(?:<summary>(.*?)<\/summary>)?/.exec(line);
        if (details) {
            if (details[1])
                out.push('', paint('bold', `▸ ${plainHtml(details[1])}`));
            continue;
        }
        if (/^<\/?(details|summary)>$/.test(line.trim()))
            continue;
        const alert = /^>\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$/.exec(line);
        if (alert) {
            const kind = alert[1];
            const color = kind === 'CAUTION' ? 'red' : kind === 'WARNING' || kind === 'IMPORTANT' ? 'yellow' : 'cyan';
            out.push(paint(color, paint('bold', kind)));
            continue;
        }
        const quote = /^>\s?(.*)$/.exec(line);
        if (quote) {
            out.push(`  ${inline(quote[1], paint)}`);
            continue;
        }
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        if (heading) {
            out.push(paint('bold', inline(heading[1], paint)));
            continue;
        }
        out.push(inline(line, paint));
    }
    return out;
});
var fenced = (function(language, lines, paint) {
    // The picture repeats the tables; a terminal cannot draw it.
    if (language === 'mermaid')
        return [paint('dim', '(the topology picture is in the Markdown report)')];
    return lines.map((l) => {
        const text = `    ${l}`;
        if (language !== 'diff')
            return text;
        if (l.startsWith('+'))
            return paint('green', text);
        if (l.startsWith('-'))
            return paint('red', text);
        if (l.startsWith('@@'))
            return paint('cyan', text);
        return text;
    });
});
var table = (function(rows, paint, style) {
    const raw = rows.filter((r) => !/^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(r)).map(splitRow);
    const cells = raw.map((r) => r.map((c) => inline(c, paint)));
    const columns = Math.max(...cells.map((r) => r.length));
    const widths = Array.from({ length: columns }, (_, c) => Math.max(...cells.map((r) => visible(r[c] ?? '').length)));
    const gap = 2;
    const fits = (w) => w.reduce((a, b) => a + b, 0) + gap * (columns - 1) <= style.width;
    // A table wider than the terminal would lose values to cutting: each row as a record instead.
    if (!fits(widths) && raw.length > 1)
        return records(raw, paint);
    return cells.map((r, n) => {
        const line = r
            .map((cell, c) => pad(cut(cell, widths[c]), widths[c]))
            .join(' '.repeat(gap))
            .trimEnd();
        return n === 0 ? paint('bold', line) : line;
    });
});
/**
 * Rows as records, every value whole: `Header: value`, the items of a cell (`<br>` in Markdown) on
 * lines of their own. A column with no header (a table's +/~/− mark) leads its row.
 */
var records = (function(raw, paint) {
    const [header, ...rows] = raw;
    const names = header.map((h) => inline(h));
    const width = Math.max(...names.map((n) => n.length)) + 1;
    const out = [];
    for (const row of rows) {
        const lead = row
            .filter((_, c) => names[c] === '')
            .map((c) => inline(c, paint))
            .join(' ')
            .trim();
        out.push('');
        row.forEach((cell, c) => {
            if (names[c] === '')
                return;
            const items = cell
                .split(/<br\s*\/?>/)
                .map((x) => inline(x, paint).trim())
                .filter((x) => x !== '');
            if (items.length === 0 || (items.length === 1 && items[0] === '—'))
                return;
            const label = paint('bold', pad(`${names[c]}:`, width));
            items.forEach((item, i) => out.push(`${i === 0 ? `${lead && out.at(-1) === '' ? `${lead} ` : lead ? '  ' : ''}${label}` : `${lead ? '  ' : ''}${' '.repeat(width)}`} ${item}`));
        });
    }
    return out;
});
/** `| a | b\| c |` → ['a', 'b| c']: a backslash-escaped pipe stays in its cell. */
var splitRow = (function(row) {
    const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
    const cells = [];
    let cell = '';
    for (let i = 0; i < inner.length; i++) {
        if (inner[i] === '\\' && inner[i + 1] === '|') {
            cell += '\\|';
            i++;
        }
        else if (inner[i] === '|') {
            cells.push(cell.trim());
            cell = '';
        }
        else
            cell += inner[i];
    }
    cells.push(cell.trim());
    return cells;
});
/** Inline Markdown → text: code spans verbatim, emphasis in bold, escapes and entities resolved. */
var inline = (function(text, paint = (_k, t) => t) {
    let out = '';
    for (let i = 0; i < text.length;) {
        const ticks = /^`+/.exec(text.slice(i));
        if (ticks) {
            const close = text.indexOf(ticks[0], i + ticks[0].length);
            if (close > 0) {
                let code = text.slice(i + ticks[0].length, close);
                if (/^ .* $/.test(code))
                    code = code.slice(1, -1);
                out += paint('cyan', code.replace(/\\\|/g, '|'));
                i = close + ticks[0].length;
                continue;
            }
        }
        const bold = /^\*\*(.+?)\*\*/.exec(text.slice(i));
        if (bold) {
            out += paint('bold', inline(bold[1], paint));
            i += bold[0].length;
            continue;
        }
        const em = i === 0 || /[\s(>]/.test(text[i - 1]) ? /^_([^_\s][^_]*)_(?![\p{L}\p{N}])/u.exec(text.slice(i)) : null;
        if (em) {
            out += inline(em[1], paint);
            i += em[0].length;
            continue;
        }
        const link = /^\[([^\]]*)\]\(([^)\s]+)\)/.exec(text.slice(i));
        if (link) {
            out += `${inline(link[1], paint)} (${link[2]})`;
            i += link[0].length;
            continue;
        }
        const tag = /^<(\/?)(sub|code|b|strong|br)\s*\/?>/.exec(text.slice(i));
        if (tag) {
            // A line break inside a table cell separates items: on one line, a semicolon does.
            if (tag[2] === 'br')
                out += '; ';
            i += tag[0].length;
            continue;
        }
        if (text[i] === '\\' && i + 1 < text.length && /[\\`*_{}[\]()#+\-.!|<>~$&=:@]/.test(text[i + 1])) {
            out += text[i + 1];
            i += 2;
            continue;
        }
        const entity = /^&(#\d+|#x[0-9a-f]+|[a-z]+);/i.exec(text.slice(i));
        if (entity) {
            out += decodeEntity(entity[1]);
            i += entity[0].length;
            continue;
        }
        out += text[i];
        i++;
    }
    // Zero-width spaces keep GitHub from linking mentions and URLs; a terminal links nothing.
    return out.replace(/\u200b/g, '');
});
/** HTML (a `<summary>`): tags dropped, entities resolved. */
var plainHtml = (function(html) {
    return inline(html.replace(/<[^>]+>/g, ''));
});
var decodeEntity = (function(name) {
    if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#'))
        return String.fromCodePoint(Number(name.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[name.toLowerCase()] ?? `&${name};`;
});
var pad = (function(s, width) {
    return s + ' '.repeat(Math.max(0, width - visible(s).length));
});
var cut = (function(s, width) {
    if (visible(s).length <= width)
        return s;
    // Cut the visible text; a cut inside colour drops it (the reset would be lost otherwise).
    const plain = visible(s);
    return `${plain.slice(0, Math.max(0, width - 1))}…`;
});
var squeezeBlankLines = (function(lines) {
    const out = [];
    for (const l of lines)
        if (!(l.trim() === '' && (out.length === 0 || out.at(-1).trim() === '')))
            out.push(l);
    return out;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inline: () => (/* binding */ inline),
/* harmony export */   renderTerminal: () => (/* binding */ renderTerminal)
/* harmony export */ });
const ANSI = {
    bold: ['\u001b[1m', '\u001b[22m'],
    dim: ['\u001b[2m', '\u001b[22m'],
    red: ['\u001b[31m', '\u001b[39m'],
    green: ['\u001b[32m', '\u001b[39m'],
    yellow: ['\u001b[33m', '\u001b[39m'],
    cyan: ['\u001b[36m', '\u001b[39m'],
};
// eslint-disable-next-line no-control-regex
const visible = ((s) => s.replace(/\u001b\[[0-9;]*m/g, ''));


/***/ }),

/***/ 7704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {




/**
 * What CloudFormation holds for each stack of the manifest that exists: its template, parameters
 * and outputs, keyed by the manifest's stack name (a StackSet instance's stack is found through
 * its StackSet). A plan resolves the values it shows from these; read-only, with the plan role.
 */
var readDeployedStacks = (async function(topology, synthesis, deps) {
    const located = await (0,_locate_stacks_js__WEBPACK_IMPORTED_MODULE_1__.locateStacks)(topology, synthesis, deps);
    const out = new Map();
    await Promise.all(synthesis.manifest.stacks.map(async (s, i) => {
        const name = located.synthesis.manifest.stacks[i].name;
        const cfn = deps.clients(s.account, s.region).cfn;
        const live = await (0,_deploy_stack_js__WEBPACK_IMPORTED_MODULE_0__.describeStack)(cfn, name);
        const state = (0,_stack_status_js__WEBPACK_IMPORTED_MODULE_2__/* .stackState */ .Kk)(live?.StackStatus);
        if (!live || state.kind === 'deleted' || state.kind === 'review')
            return;
        const { TemplateBody } = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_3__.GetTemplateCommand({ StackName: name, TemplateStage: 'Original' }));
        if (!TemplateBody)
            return;
        out.set(s.name, {
            template: JSON.parse(TemplateBody),
            parameters: (0,_deploy_stack_js__WEBPACK_IMPORTED_MODULE_0__.parameterMap)(live.Parameters),
            outputs: (0,_deploy_stack_js__WEBPACK_IMPORTED_MODULE_0__.outputsOf)(live),
        });
    }));
    return out;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readDeployedStacks: () => (/* binding */ readDeployedStacks)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3805);
/* harmony import */ var _deploy_stack_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5804);
/* harmony import */ var _locate_stacks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7780);
/* harmony import */ var _stack_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7247);


/***/ }),

/***/ 5353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {// CONCATENATED MODULE: ./src/shell/aws/plan-stack.ts







/**
 * What a deploy would do to one existing stack, without doing any of it: a change set is created,
 * described with property values, and deleted. Stacks that do not exist yet are planned from their
 * templates by the caller: a change set would create them (REVIEW_IN_PROGRESS), and removing them
 * again would need cloudformation:DeleteStack, which the plan role, open to every pull request,
 * must not have.
 */
var previewStack = (async function(req, 
/** The stack as the caller just described it. */
current, recreateFailedStacks, timeoutMs, deps) {
    const deadline = deps.clock.now() + timeoutMs;
    const remaining = () => Math.max(1_000, deadline - deps.clock.now());
    let stack = current;
    let state = (0,stack_status/* stackState */.Kk)(stack.StackStatus);
    if (state.kind === 'busy') {
        deps.logger.info(`${req.stackName} is ${state.status}; waiting for it to finish before planning`);
        stack = await (0,poll/* pollUntil */.g)(async () => {
            const s = await (0,deploy_stack.describeStack)(deps.cfn, req.stackName);
            return s && (0,stack_status/* isInProgress */.LT)(s.StackStatus ?? '') && s.StackStatus !== 'REVIEW_IN_PROGRESS'
                ? undefined
                : { s };
        }, { clock: deps.clock, timeoutMs: remaining(), what: `${req.stackName} to finish its ${state.status}` }).then((x) => x.s);
        state = (0,stack_status/* stackState */.Kk)(stack?.StackStatus);
    }
    if (state.kind === 'stuck')
        return blocked(`it is ${state.status}; CloudFormation needs a person to resolve it before any deploy.`);
    if (state.kind === 'failed-create')
        return blocked(recreateFailedStacks
            ? `it is ${state.status}; deploy will delete it (retained buckets and keys stay) and create it again.`
            : `it is ${state.status}; only deleting and creating it again fixes that (recreate-failed-stacks).`);
    // The caller plans absent stacks from templates; one that vanished while this waited is news.
    if (state.kind !== 'ready')
        return blocked('it changed while this plan waited for it; plan again.');
    await removeStalePlans(req.stackName, deps);
    let outcome;
    try {
        outcome = await (0,change_set/* createChangeSet */.V$)(deps.cfn, {
            stackName: req.stackName,
            changeSetName: req.changeSetName,
            type: 'UPDATE',
            template: req.template,
            parameters: req.parameters,
            tags: req.tags,
            description: 's3-xrepl plan (preview only, never executed)',
            includePropertyValues: true,
        }, deps.clock, remaining());
    }
    catch (e) {
        if (e instanceof change_set/* ChangeSetFailedError */.cn)
            throw new errors.UserError(e.message, 'A deploy would fail the same way: fix the template or parameters it names.');
        throw e;
    }
    await (0,change_set/* deleteChangeSet */.cW)(deps.cfn, outcome.id, req.stackName);
    const outputs = (0,deploy_stack.outputsOf)(stack);
    if (outcome.kind === 'empty')
        return { status: 'unchanged', changes: [], outputs };
    return { status: 'update', changes: outcome.changes, outputs };
    function blocked(note) {
        return { status: 'blocked', changes: [], note };
    }
});
/**
 * Plans are cancelled when a newer push arrives (concurrency groups): such a run leaves its change
 * set behind. Each plan sweeps its stack of plan change sets older than any plan can run; a
 * deploy's change sets are out of the plan role's reach, and this leaves them alone too.
 */
var removeStalePlans = (async function(stackName, deps) {
    try {
        let token;
        do {
            const page = await deps.cfn.send(new dist_cjs.ListChangeSetsCommand({ StackName: stackName, NextToken: token }));
            for (const c of page.Summaries ?? []) {
                const stale = c.ChangeSetName?.startsWith(names.PLAN_CHANGE_SET_PREFIX) &&
                    c.CreationTime !== undefined &&
                    deps.clock.now() - c.CreationTime.getTime() > STALE_PLAN_MS;
                if (stale && c.ChangeSetId)
                    await (0,change_set/* deleteChangeSet */.cW)(deps.cfn, c.ChangeSetId, stackName);
            }
            token = page.NextToken;
        } while (token);
    }
    catch (e) {
        deps.logger.info(`${stackName}: could not sweep old plan change sets (${e.name}); they are harmless`);
    }
});// CONCATENATED MODULE: ./src/shell/aws/plan-topology.ts















/**
 * Every stack in deploy order, previewed through change sets and nothing executed. Destinations
 * first (in parallel); the source is previewed with their live outputs, or, where a destination
 * is new or will replace what its outputs name, from its templates with those inputs marked
 * "known after deploy".
 */
var planTopology = (async function(topology, synthesis, configPath, policy, deps) {
    const files = (0,render_files.renderSynthesisFiles)(synthesis);
    const stacks = synthesis.manifest.stacks;
    const guarded = (stack, work) => work().catch((e) => {
        throw (0,errors.stackServiceError)(e, stack, 'while planning', 'Nothing was changed. Run the plan again once the service is reachable.');
    });
    const previewLive = async (stack, parameters) => {
        const clients = deps.clients(stack.account, stack.region);
        const live = await (0,deploy_stack.describeStack)(clients.cfn, stack.name);
        const state = (0,stack_status/* stackState */.Kk)(live?.StackStatus);
        const template = await (0,template_staging/* templateSource */.Gh)({
            templateText: files.get(stack.template),
            stackName: stack.name,
            account: stack.account,
            region: stack.region,
            partition: topology.partition,
            stagedBy: 'plan',
        }, clients.s3);
        if (!live || state.kind === 'deleted' || state.kind === 'review')
            return {
                preview: await previewNew(stack, synthesis.templates.get(stack.template), template, clients),
            };
        const { outputs, ...result } = await previewStack({
            stackName: stack.name,
            template,
            parameters,
            tags: { ...stack.tags, [names.TOPOLOGY_STACK_TAG]: topology.name },
            changeSetName: `${names.PLAN_CHANGE_SET_PREFIX}${deps.runId}`,
        }, live, policy.recreateFailedStacks, policy.timeoutMs, { cfn: clients.cfn, logger: deps.logger, clock: deps.clock });
        const settled = result.status === 'update' || result.status === 'unchanged';
        const replacesOutputs = (0,resource_change/* destructiveChanges */.OQ)(result.changes).some((d) => d.change.resourceType !== 'AWS::IAM::Role');
        return {
            preview: { ...describe(stack), ...result, unknownInputs: [] },
            ...(settled && !replacesOutputs && outputs ? { settledOutputs: outputs } : {}),
        };
    };
    /**
     * A destination deployed as a StackSet instance: what the StackSet operation would change there,
     * from the instance stack's deployed template and parameters (no change set is made on a stack
     * StackSets owns). A destination without an instance is new: every resource is added.
     */
    const set = topology.destinationStackSet;
    const deployedInstances = set
        ? await guarded({ name: `StackSet ${set.name}`, account: set.account, region: set.region }, async () => (0,destination_stack_set/* readDeployed */.BJ)(stacks.filter((s) => s.kind === 'destination'), await (0,stack_set/* instancesIfAny */.AQ)(set.name, (0,destination_stack_set/* stackSetDepsOf */.c_)(set, policy.timeoutMs, deps)), deps))
        : undefined;
    const previewInstance = async (stack) => {
        const deployed = deployedInstances.get(stack.name);
        const via = `an instance of StackSet ${set.name}`;
        const blocked = (note) => ({
            preview: { ...describe(stack), status: 'blocked', changes: [], unknownInputs: [], note },
        });
        if (deployed && deployed.state.kind !== 'ready')
            return blocked(`${via}, whose stack is ${(0,stack_status/* stateText */.r9)(deployed.state)}: a deploy refuses to build on it until it is fixed.`);
        if (!deployed && (await (0,destination_stack_set/* hasOwnStack */.vS)(stack, deps)))
            return blocked(`deployed as its own stack: a deploy refuses to move it into StackSet ${set.name} (its bucket and key already exist).`);
        const changes = (0,destination_stack_set/* instanceChanges */.t3)(deployed, synthesis.templates.get(stack.template), literalParameters(stack));
        if (!deployed?.template)
            return {
                preview: {
                    ...describe(stack),
                    status: 'create',
                    changes,
                    unknownInputs: [],
                    note: `${via}, new: every resource is added.`,
                },
            };
        const replacesOutputs = (0,resource_change/* destructiveChanges */.OQ)(changes).length > 0;
        return {
            preview: {
                ...describe(stack),
                status: changes.length > 0 ? 'update' : 'unchanged',
                changes,
                unknownInputs: [],
                note: `${via} (${deployed.instance.status}), compared with its deployed template and parameters.`,
            },
            ...(replacesOutputs ? {} : { settledOutputs: deployed.outputs }),
        };
    };
    const sourceStack = stacks.find((s) => s.kind === 'source');
    const prior = await guarded(sourceStack, () => (0,prior_source_outputs/* priorSourceOutputs */.u)(synthesis, deps.clients));
    const destinations = await Promise.all(stacks
        .filter((s) => s.kind === 'destination')
        .map((s) => guarded(s, () => set
        ? previewInstance(s)
        : previewLive(s, (0,resolve_parameters/* resolveParameters */.v)(s.name, s.parameters, prior)).then(wayBackNote(synthesis, s, prior)))));
    const outputsOf = new Map(stacks
        .filter((s) => s.kind === 'destination')
        .map((s, i) => [s.name, destinations[i].settledOutputs]));
    const previews = destinations.map((d) => d.preview);
    for (const source of stacks.filter((s) => s.kind === 'source')) {
        const known = {};
        const unknown = [];
        for (const [name, value] of Object.entries(source.parameters)) {
            if (typeof value === 'string')
                known[name] = value;
            else {
                const v = outputsOf.get(value.fromStack)?.[value.output];
                if (v === undefined)
                    unknown.push(name);
                else
                    known[name] = v;
            }
        }
        previews.push(await guarded(source, async () => unknown.length === 0
            ? (await previewLive(source, known)).preview
            : await previewFromTemplates(source, synthesis.templates.get(source.template), unknown, deps)));
    }
    return {
        topology: topology.name,
        configPath,
        basis: { kind: 'live' },
        allowDestructive: policy.allowDestructive,
        stacks: previews,
        picture: (0,picture/* pictureOf */.C)(topology),
    };
});
/** A stack whose inputs are not known yet: its deployed template against the new one, those inputs marked. */
var previewFromTemplates = (async function(stack, template, unknown, deps) {
    const clients = deps.clients(stack.account, stack.region);
    const live = await (0,deploy_stack.describeStack)(clients.cfn, stack.name);
    const state = (0,stack_status/* stackState */.Kk)(live?.StackStatus);
    if (state.kind === 'busy' || state.kind === 'stuck' || state.kind === 'failed-create')
        return {
            ...describe(stack),
            status: 'blocked',
            changes: [],
            unknownInputs: unknown,
            note: `it is ${state.status}: ${state.kind === 'busy' ? 'another operation is running on it; plan again when it has finished' : 'CloudFormation needs a person (or recreate-failed-stacks) before any deploy'}.`,
        };
    let deployed;
    if (state.kind === 'ready') {
        const out = await clients.cfn.send(new dist_cjs.GetTemplateCommand({ StackName: stack.name, TemplateStage: 'Original' }));
        deployed = out.TemplateBody ? JSON.parse(out.TemplateBody) : undefined;
    }
    const changes = (0,template_diff/* diffStack */.i5)(deployed, template, new Set([...unknown, ...changedLiterals(live, stack)]));
    return {
        ...describe(stack),
        status: 'pending-inputs',
        changes,
        unknownInputs: unknown,
        note: deployed
            ? 'compared with its deployed template.'
            : 'it does not exist yet: every resource is added.',
    };
});
var changedLiterals = (function(live, stack) {
    const deployed = new Map((live?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]));
    return Object.entries(stack.parameters)
        .filter(([k, v]) => typeof v === 'string' && deployed.get(k) !== v)
        .map(([k]) => k);
});
var describe = (function(stack) {
    return { name: stack.name, kind: stack.kind, account: stack.account, region: stack.region };
});
/** A two-way destination deployed before its source exists says that its way back comes in a later phase. */
var wayBackNote = (function(synthesis, stack, prior) {
    return (p) => {
        const later = synthesis.manifest.wayBack?.some((s) => s.name === stack.name) && prior.size === 0;
        if (!later)
            return p;
        const note = 'two-way: deployed first with its way back off (its rules need the source key), then again after the ' +
            'source stack with its replication role and rules to the source.';
        return { ...p, preview: { ...p.preview, note: p.preview.note ? `${p.preview.note} ${note}` : note } };
    };
});
var literalParameters = (function(stack) {
    const out = {};
    for (const [k, v] of Object.entries(stack.parameters)) {
        if (typeof v !== 'string')
            throw new Error(`internal: ${stack.name} parameter ${k} reads another stack's output`);
        out[k] = v;
    }
    return out;
});
/**
 * A stack that does not exist yet: every resource of its template is added. CloudFormation checks
 * the template (ValidateTemplate) without creating anything.
 */
var previewNew = (async function(stack, template, source, clients) {
    try {
        await clients.cfn.send(new dist_cjs.ValidateTemplateCommand('body' in source ? { TemplateBody: source.body } : { TemplateURL: source.url }));
    }
    catch (e) {
        if (e.name === 'ValidationError')
            throw new errors.UserError(`${stack.name}: CloudFormation refuses the template: ${e.message}`, 'A deploy would fail the same way.');
        throw e;
    }
    return {
        ...describe(stack),
        status: 'create',
        changes: (0,template_diff/* diffStack */.i5)(undefined, template, new Set()),
        unknownInputs: [],
        note: 'it does not exist yet: every resource is added.',
    };
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planTopology: () => (/* binding */ planTopology)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/core/plan/picture.ts
var picture = __webpack_require__(437);
// EXTERNAL MODULE: ./src/core/plan/resource-change.ts
var resource_change = __webpack_require__(3128);
// EXTERNAL MODULE: ./src/core/plan/template-diff.ts
var template_diff = __webpack_require__(5069);
// EXTERNAL MODULE: ./src/core/synth/render-files.ts
var render_files = __webpack_require__(3726);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/shell/aws/deploy-stack.ts
var deploy_stack = __webpack_require__(5804);
// EXTERNAL MODULE: ./src/shell/aws/change-set.ts
var change_set = __webpack_require__(115);
// EXTERNAL MODULE: ./src/shell/aws/poll.ts
var poll = __webpack_require__(3063);
// EXTERNAL MODULE: ./src/shell/aws/stack-status.ts
var stack_status = __webpack_require__(7247);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
;
/** A plan change set older than this was left by a run that was cancelled or killed. */
const STALE_PLAN_MS = 6 * 3600_000;

// EXTERNAL MODULE: ./src/shell/aws/template-staging.ts
var template_staging = __webpack_require__(600);
// EXTERNAL MODULE: ./src/shell/aws/prior-source-outputs.ts
var prior_source_outputs = __webpack_require__(8623);
// EXTERNAL MODULE: ./src/core/plan/resolve-parameters.ts
var resolve_parameters = __webpack_require__(4116);
// EXTERNAL MODULE: ./src/shell/aws/destination-stack-set.ts + 1 modules
var destination_stack_set = __webpack_require__(3302);
// EXTERNAL MODULE: ./src/shell/aws/stack-set.ts
var stack_set = __webpack_require__(213);
;


/***/ }),

/***/ 8623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


/**
 * The source stack's outputs from an earlier deploy, when a two-way destination needs them: its
 * way back then stays on from the first phase instead of being switched off until the source has
 * been deployed again. Empty when there is no two-way destination or no deployed source yet.
 */
var priorSourceOutputs = (async function(synthesis, clients) {
    const prior = new Map();
    if (!synthesis.manifest.wayBack?.length)
        return prior;
    const source = synthesis.manifest.stacks.find((s) => s.kind === 'source');
    const live = await (0,_deploy_stack_js__WEBPACK_IMPORTED_MODULE_0__.describeStack)(clients(source.account, source.region).cfn, source.name);
    if ((0,_stack_status_js__WEBPACK_IMPORTED_MODULE_1__/* .stackState */ .Kk)(live?.StackStatus).kind === 'ready')
        prior.set(source.name, (0,_deploy_stack_js__WEBPACK_IMPORTED_MODULE_0__.outputsOf)(live));
    return prior;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ priorSourceOutputs)
/* harmony export */ });
/* harmony import */ var _deploy_stack_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5804);
/* harmony import */ var _stack_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7247);


/***/ }),

/***/ 600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var stagingBucketName = (function(account, region) {
    return `s3-xrepl-staging-${account}-${region}`;
});
/**
 * A template small enough goes inline (minified: whitespace costs bytes, not meaning); a larger one
 * is uploaded to a private staging bucket in the stack's own account and region, created on first
 * use, whose objects expire after a day.
 */
var templateSource = (async function(opts, s3) {
    const body = JSON.stringify(JSON.parse(opts.templateText));
    if (Buffer.byteLength(body) <= INLINE_TEMPLATE_LIMIT)
        return { body };
    const bucket = stagingBucketName(opts.account, opts.region);
    await ensureStagingBucket(s3, bucket, opts.region, opts.account, opts.stagedBy === 'deploy');
    const key = `${opts.stagedBy}/${opts.stackName}/${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex')}.json`;
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentType: 'application/json',
        // The name is predictable, so another account could create it first: insist on our ownership.
        ExpectedBucketOwner: opts.account,
    }));
    return { url: `https://${bucket}.s3.${opts.region}.${(0,_core_config_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .urlSuffix */ .rW)(opts.partition)}/${key}` };
});
/**
 * Only deploy configures the bucket (private, objects expire after a day): the plan role, open to
 * every pull request, may create it (new buckets block public access by default) but never loosen it.
 * Deploy re-applies both each time, so a bucket a plan created first is configured by the next deploy.
 */
var ensureStagingBucket = (async function(s3, bucket, region, owner, configure) {
    let exists = true;
    try {
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.HeadBucketCommand({ Bucket: bucket, ExpectedBucketOwner: owner }));
    }
    catch (e) {
        const status = e.$metadata?.httpStatusCode;
        if (status !== 404)
            throw e;
        exists = false;
    }
    if (!exists)
        await createStagingBucket(s3, bucket, region);
    if (configure)
        await configureStagingBucket(s3, bucket, owner);
});
var createStagingBucket = (async function(s3, bucket, region) {
    try {
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.CreateBucketCommand({
            Bucket: bucket,
            ...(region === 'us-east-1'
                ? {}
                : { CreateBucketConfiguration: { LocationConstraint: region } }),
        }));
    }
    catch (e) {
        // Another stack of this run, staging in the same account and region, created it first.
        if (e.name !== 'BucketAlreadyOwnedByYou')
            throw e;
    }
});
var configureStagingBucket = (async function(s3, bucket, owner) {
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.PutPublicAccessBlockCommand({
        Bucket: bucket,
        ExpectedBucketOwner: owner,
        PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
        },
    }));
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.PutBucketLifecycleConfigurationCommand({
        Bucket: bucket,
        ExpectedBucketOwner: owner,
        LifecycleConfiguration: {
            Rules: [
                {
                    ID: 'expire-staged-templates',
                    Status: 'Enabled',
                    Filter: { Prefix: '' },
                    Expiration: { Days: 1 },
                },
            ],
        },
    }));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ templateSource)
/* harmony export */ });
/* unused harmony exports INLINE_TEMPLATE_LIMIT, stagingBucketName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _core_config_regions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9907);



/** CloudFormation's limit for a template sent inline. */
const INLINE_TEMPLATE_LIMIT = 51_200;


/***/ })

};
