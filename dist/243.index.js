export const id = 243;
export const ids = [243];
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

/***/ 5942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



/**
 * The template with every live setting the config keeps written into it, so that CloudFormation's
 * whole-configuration writes put them back as they were. The S3 API and CloudFormation spell a few
 * fields differently (see drift/replication-config.ts); a field this cannot carry is an error, never
 * silently left out.
 */
var carryKeptSettings = (function(template, ids, live, adopt) {
    const resources = { ...template.Resources };
    const bucket = resources[ids.bucket];
    if (!bucket)
        throw new Error(`internal: no ${ids.bucket} in the template`);
    const props = { ...bucket.Properties };
    const keep = adopt.keep;
    const rules = (live.replication?.Rules ?? []).filter((r, i) => keep.replicationRules.includes(r.ID ?? `#${i + 1}`));
    if (rules.length > 0) {
        const config = props.ReplicationConfiguration;
        if (!config)
            throw new Error(`internal: ${ids.bucket} has no ReplicationConfiguration to keep rules in`);
        props.ReplicationConfiguration = {
            ...config,
            Rules: [...config.Rules, ...rules.map(ruleToCfn)],
        };
    }
    const lifecycle = live.lifecycleRules.filter((r, i) => keep.lifecycleRules.includes(r.ID ?? `#${i + 1}`));
    if (lifecycle.length > 0) {
        const config = props.LifecycleConfiguration ?? { Rules: [] };
        props.LifecycleConfiguration = {
            ...config,
            Rules: [...config.Rules, ...lifecycle.map(lifecycleToCfn)],
        };
    }
    const notifications = live.notifications.filter((n) => keep.notifications.includes(n.id));
    // CloudFormation's notification configurations have no id, so S3 gives the carried ones new
    // random ids: the template records them under the names the config keeps them by, for the next
    // deploy to carry them again (recordedNotifications).
    const metadata = notifications.length > 0
        ? { ...template.Metadata, [KEPT_METADATA]: { notifications: notifications } }
        : template.Metadata;
    if (notifications.length > 0)
        props.NotificationConfiguration = withNotifications(props.NotificationConfiguration, notifications);
    resources[ids.bucket] = { ...bucket, Properties: props };
    const statements = (live.policy?.Statement ?? []).filter((s, i) => keep.policyStatements.includes((0,_live_bucket_js__WEBPACK_IMPORTED_MODULE_2__/* .statementName */ .V)(s, i)));
    if (statements.length > 0) {
        const policy = ids.policy ? resources[ids.policy] : undefined;
        if (!policy)
            throw new Error(`internal: no bucket policy in the template to keep statements in`);
        const document = policy.Properties.PolicyDocument;
        resources[ids.policy] = {
            ...policy,
            Properties: {
                ...policy.Properties,
                // Verbatim: the statement as S3 returned it, JSON in, JSON out.
                PolicyDocument: {
                    ...document,
                    Statement: [...document.Statement, ...statements],
                },
            },
        };
    }
    return { ...template, ...(metadata ? { Metadata: metadata } : {}), Resources: resources };
});
/** The notifications a deployed template recorded as kept (see carryKeptSettings). */
var recordedNotifications = (function(deployed) {
    const recorded = deployed?.Metadata?.[KEPT_METADATA]
        ?.notifications;
    return Array.isArray(recorded) ? recorded : [];
});
/**
 * The template of the IMPORT change set: the adopted bucket alone, retained on delete and replace,
 * with nothing but its name (an import may change nothing; the update after it does).
 */
var importTemplateOf = (function(template, ids) {
    const bucket = template.Resources[ids.bucket];
    if (!bucket)
        throw new Error(`internal: no ${ids.bucket} in the template`);
    const name = bucket.Properties.BucketName;
    const refName = typeof name === 'object' && name !== null ? name.Ref : undefined;
    return {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: template.Description,
        // Only the parameter the bucket's name may be (the destination template's BucketName): an
        // import template declares what it uses, and deploy passes it only those.
        ...(refName && template.Parameters?.[refName]
            ? { Parameters: { [refName]: template.Parameters[refName] } }
            : {}),
        Resources: {
            [ids.bucket]: {
                Type: 'AWS::S3::Bucket',
                DeletionPolicy: 'Retain',
                UpdateReplacePolicy: 'Retain',
                Properties: { BucketName: bucket.Properties.BucketName },
            },
        },
    };
});
var ruleToCfn = (function(rule) {
    const { ID, Filter, ...rest } = rule;
    const filter = {};
    if (Filter?.Prefix !== undefined)
        filter.Prefix = Filter.Prefix;
    if (Filter?.Tag)
        filter.TagFilter = { Key: Filter.Tag.Key ?? '', Value: Filter.Tag.Value ?? '' };
    if (Filter?.And)
        filter.And = {
            ...(Filter.And.Prefix !== undefined ? { Prefix: Filter.And.Prefix } : {}),
            TagFilters: (Filter.And.Tags ?? []).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' })),
        };
    return { ...(ID !== undefined ? { Id: ID } : {}), ...(Filter ? { Filter: filter } : {}), ...rest };
});
/** S3's LifecycleRule in CloudFormation's spelling (dates arrive as ISO text: read-live-bucket.ts). */
var lifecycleToCfn = (function(rule) {
    const r = rule;
    const out = { Status: r.Status };
    const known = new Set([
        'ID',
        'Status',
        'Filter',
        'Prefix',
        'Expiration',
        'Transitions',
        'NoncurrentVersionExpiration',
        'NoncurrentVersionTransitions',
        'AbortIncompleteMultipartUpload',
    ]);
    const unknown = Object.keys(r).filter((k) => !known.has(k) && r[k] !== undefined);
    // A user's choice (keep), not a fault: said as one, before anything is deployed.
    if (unknown.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`the live lifecycle rule ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(String(r.ID ?? '(no id)'))} has ${unknown.join(', ')}, which this cannot carry ` +
            "into CloudFormation's LifecycleConfiguration: keeping it would change it.", 'Name it under adopt.drop.lifecycleRules instead, and add the rule again after the deploy if you still need it.');
    if (r.ID !== undefined)
        out.Id = r.ID;
    const f = r.Filter ?? {};
    const prefix = f.Prefix ?? f.And?.Prefix ?? r.Prefix;
    if (prefix !== undefined && prefix !== '')
        out.Prefix = prefix;
    const tags = f.Tag ? [f.Tag] : (f.And?.Tags ?? []);
    if (tags.length > 0)
        out.TagFilters = tags.map((t) => ({ Key: t.Key, Value: t.Value }));
    if (f.ObjectSizeGreaterThan ?? f.And?.ObjectSizeGreaterThan)
        out.ObjectSizeGreaterThan = String(f.ObjectSizeGreaterThan ?? f.And.ObjectSizeGreaterThan);
    if (f.ObjectSizeLessThan ?? f.And?.ObjectSizeLessThan)
        out.ObjectSizeLessThan = String(f.ObjectSizeLessThan ?? f.And.ObjectSizeLessThan);
    if (r.Expiration?.Days !== undefined)
        out.ExpirationInDays = r.Expiration.Days;
    if (r.Expiration?.Date !== undefined)
        out.ExpirationDate = String(r.Expiration.Date);
    if (r.Expiration?.ExpiredObjectDeleteMarker !== undefined)
        out.ExpiredObjectDeleteMarker = r.Expiration.ExpiredObjectDeleteMarker;
    if (r.Transitions?.length)
        out.Transitions = r.Transitions.map((t) => ({
            StorageClass: t.StorageClass,
            ...(t.Days !== undefined ? { TransitionInDays: t.Days } : { TransitionDate: String(t.Date) }),
        }));
    if (r.NoncurrentVersionExpiration)
        out.NoncurrentVersionExpiration = {
            NoncurrentDays: r.NoncurrentVersionExpiration.NoncurrentDays,
            ...(r.NoncurrentVersionExpiration.NewerNoncurrentVersions !== undefined
                ? { NewerNoncurrentVersions: r.NoncurrentVersionExpiration.NewerNoncurrentVersions }
                : {}),
        };
    if (r.NoncurrentVersionTransitions?.length)
        out.NoncurrentVersionTransitions = r.NoncurrentVersionTransitions.map((t) => ({
            StorageClass: t.StorageClass,
            TransitionInDays: t.NoncurrentDays,
            ...(t.NewerNoncurrentVersions !== undefined
                ? { NewerNoncurrentVersions: t.NewerNoncurrentVersions }
                : {}),
        }));
    if (r.AbortIncompleteMultipartUpload)
        out.AbortIncompleteMultipartUpload = {
            DaysAfterInitiation: r.AbortIncompleteMultipartUpload.DaysAfterInitiation,
        };
    return out;
});
/** CloudFormation takes one event per configuration (S3 takes a list). */
var withNotifications = (function(current, kept) {
    const out = {};
    for (const [k, v] of Object.entries(current ?? {}))
        out[k] = Array.isArray(v) ? [...v] : v;
    for (const n of kept) {
        if (n.kind === 'eventbridge') {
            out.EventBridgeConfiguration = { EventBridgeEnabled: true };
            continue;
        }
        const [list, field] = TARGET[n.kind];
        const filter = n.filterRules?.length
            ? {
                Filter: {
                    S3Key: { Rules: n.filterRules.map((r) => ({ Name: r.Name ?? '', Value: r.Value ?? '' })) },
                },
            }
            : {};
        const entries = out[list] ?? [];
        for (const Event of n.events)
            entries.push({ Event, [field]: n.arn ?? '', ...filter });
        out[list] = entries;
    }
    return out;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ recordedNotifications),
/* harmony export */   RB: () => (/* binding */ importTemplateOf),
/* harmony export */   ZE: () => (/* binding */ carryKeptSettings)
/* harmony export */ });
/* unused harmony export KEPT_METADATA */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3195);
/* harmony import */ var _live_bucket_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5833);
/** Template metadata key under which carried notifications are recorded by name. */
const KEPT_METADATA = 's3-xrepl-kept';
const TARGET = {
    topic: ['TopicConfigurations', 'Topic'],
    queue: ['QueueConfigurations', 'Queue'],
    function: ['LambdaConfigurations', 'Function'],
};


/***/ }),

/***/ 1215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/**
 * The synthesis with every adopted stack's template carrying what its config keeps of the live
 * bucket, so that plan previews and deploy sends the same template. A destination that keeps
 * something gets a template of its own (`<stack>.template.json`): the shared destination template
 * serves every other destination unchanged.
 */
var withKeptSettings = (function(synthesis, targets, live) {
    const templates = new Map(synthesis.templates);
    const files = new Map();
    for (const t of targets) {
        const bucket = live.get(t.stackName);
        if (!bucket || Object.values(t.adopt.keep).every((names) => names.length === 0))
            continue;
        const file = `${t.stackName}.template.json`;
        templates.set(file, (0,_carry_kept_js__WEBPACK_IMPORTED_MODULE_0__/* .carryKeptSettings */ .ZE)(t.template, t.ids, bucket, t.adopt));
        files.set(t.stackName, file);
    }
    if (files.size === 0)
        return synthesis;
    return {
        ...synthesis,
        templates,
        manifest: {
            ...synthesis.manifest,
            stacks: synthesis.manifest.stacks.map((s) => files.has(s.name) ? { ...s, template: files.get(s.name) } : s),
        },
    };
});
/** The IMPORT change set's template of each stack whose bucket is still to be imported. */
var importTemplates = (function(targets) {
    return new Map(targets.map((t) => [
        t.stackName,
        { template: (0,_carry_kept_js__WEBPACK_IMPORTED_MODULE_0__/* .importTemplateOf */ .RB)(t.template, t.ids), logicalId: t.ids.bucket, bucket: t.bucket },
    ]));
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importTemplates: () => (/* binding */ importTemplates),
/* harmony export */   withKeptSettings: () => (/* binding */ withKeptSettings)
/* harmony export */ });
/* harmony import */ var _carry_kept_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5942);


/***/ }),

/***/ 5833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ statementName)
/* harmony export */ });
/** A statement's name in tables and in `adopt:`: its Sid, or "#<n>" (1-based) when it has none. */
const statementName = ((s, index) => typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : `#${index + 1}`);


/***/ }),

/***/ 4686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The plan with each bucket still to be adopted shown as imported, not added: a change set of a
 * new stack (or a template diff) sees the bucket as a resource to create, which a deploy would try,
 * and fail on, since the bucket exists.
 */
var withAdoptions = (function(plan, adoptions) {
    if (adoptions.length === 0)
        return plan;
    const toImport = new Map(adoptions.filter((a) => a.status === 'to-import').map((a) => [a.target.stackName, a.target.ids.bucket]));
    return {
        ...plan,
        adoptions,
        stacks: plan.stacks.map((s) => {
            const bucket = toImport.get(s.name);
            if (bucket === undefined)
                return s;
            return {
                ...s,
                changes: s.changes.map((c) => c.logicalId === bucket && c.action === 'Add' ? { ...c, action: 'Import' } : c),
                note: `${s.note ? `${s.note} ` : ''}Its existing bucket is imported first (an IMPORT change set), then this update applies the rest.`,
            };
        }),
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withAdoptions: () => (/* binding */ withAdoptions)
/* harmony export */ });


/***/ }),

/***/ 6697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var adoptionOf = (function(config) {
    if (config === undefined)
        return {};
    const names = (side) => ({
        replicationRules: [...(side?.replicationRules ?? [])],
        policyStatements: [...(side?.policyStatements ?? [])],
        lifecycleRules: [...(side?.lifecycleRules ?? [])],
        notifications: [...(side?.notifications ?? [])],
    });
    return { adopt: { keep: names(config.keep), drop: names(config.drop) } };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ADOPTED_KINDS),
/* harmony export */   w: () => (/* binding */ adoptionOf)
/* harmony export */ });
/** The kinds of live bucket settings a template replaces as a whole, named as the config names them. */
const ADOPTED_KINDS = [
    'replicationRules',
    'policyStatements',
    'lifecycleRules',
    'notifications',
];


/***/ }),

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

/***/ 3502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The text on one line, with nothing that reorders it. */
var oneLine = (function(text) {
    return text.replace(CONTROL, ' ').replace(BIDI, '\ufffd');
});
/**
 * What GitHub links after rendering, broken by an invisible space: escapes cannot stop it, as it
 * reads the rendered text. `@name` (a mention, or an e-mail address), `#1` and `GH-1` (references),
 * `scheme://` and `www.` (bare URLs).
 */
var unlinked = (function(text) {
    return text
        .replace(/@(?=[\p{L}\p{N}_])/gu, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
        .replace(/:(?=\/\/)/g, `:${ZWSP}`)
        .replace(/\b(www)\./gi, `$1${ZWSP}.`);
});
/**
 * Untrusted text in Markdown. Backslash-escapes every character that can start or end markup
 * anywhere in a line: `\` `` ` `` `*` `_` `~` (emphasis, code, strikethrough), `[` `]` `!` (links,
 * images, footnotes, alerts), `<` `>` (HTML, comments, autolinks), `&` (entities), `|` (table
 * cells), `$` (math), `#` `+` `{` `}`. Where the text could start a line, `-` `+` `=` and an
 * ordered-list number are escaped as well and leading spaces dropped, so it starts no list,
 * heading or code block.
 */
var inlineText = (function(text) {
    return unlinked(oneLine(text))
        .replace(/[\\`*_~[\]!<>&|$#+{}]/g, (c) => `\\${c}`)
        .replace(/^ +/, '')
        .replace(/^[-=]/, (c) => `\\${c}`)
        .replace(/^(\d+)([.)])/, '$1\\$2');
});
/**
 * Untrusted text as a code span, which shows it literally: no markup, no links. The span's
 * backticks outnumber any run in the text, so the text cannot close it. A pipe is written `\|`:
 * GFM splits table rows at pipes even inside code spans, and in a table GitHub shows `\|` as `|`
 * (elsewhere the backslash shows; names with pipes are rare).
 */
var code = (function(text) {
    const body = oneLine(text).replace(/\|/g, '\\|');
    if (body.trim() === '')
        return '` `';
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    // CommonMark strips one space on each side when both are there, and a backtick at an end would
    // join the span's own: a space on each side keeps the text as it is.
    const pad = /^[` ]|[` ]$/.test(body) ? ' ' : '';
    return `${ticks}${pad}${body}${pad}${ticks}`;
});
/** Untrusted text in raw HTML (the `<summary>` line of a `<details>` block, inside or outside `<code>`). */
var htmlText = (function(text) {
    return unlinked(oneLine(text)).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
});
/**
 * Lines as a fenced code block: shown literally, closed by a fence longer than any backtick run in
 * them. A carriage return would end a line in Markdown: control characters but tabs become U+FFFD.
 */
var codeBlock = (function(lines, info = '') {
    const shown = lines.map(codeLine);
    const fence = fenceFor(shown);
    return [`${fence}${info}`, ...shown, fence].join('\n');
});
/** One line of a code block, with no control character but tabs. */
var codeLine = (function(line) {
    return line.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => (c === '\t' ? c : '\ufffd'));
});
/** A backtick fence longer than any backtick run in the lines, and at least three. */
var fenceFor = (function(lines) {
    const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...[...l.matchAll(/`+/g)].map((m) => m[0].length))));
    return '`'.repeat(longest + 1);
});
/**
 * A rendered Markdown line cut to at most `max` characters, ending in "…", never inside a code
 * span: a span cut open would show the untrusted text it holds as Markdown. Escaped text can be
 * cut anywhere (a backslash left before "…" shows as itself).
 */
var shortenLine = (function(line, max) {
    if (line.length <= max)
        return line;
    let cut = max - 1;
    for (let i = 0; i < cut;) {
        if (line[i] === '\\') {
            i += 2;
            continue;
        }
        if (line[i] !== '`') {
            i++;
            continue;
        }
        const run = /^`+/.exec(line.slice(i))[0].length;
        const close = closingRun(line, i + run, run);
        // A span that ends past the cut, or a run the cut would shorten (it could then pair with an
        // earlier one): cut before it.
        if ((close >= 0 && close + run > cut) || i + run > cut) {
            cut = i;
            break;
        }
        i = close >= 0 ? close + run : i + run;
    }
    return `${line.slice(0, cut)}…`;
});
/** Where the next run of exactly `length` backticks starts at or after `from`; -1 if none. */
var closingRun = (function(line, from, length) {
    const runs = /`+/g;
    runs.lastIndex = from;
    for (let m = runs.exec(line); m; m = runs.exec(line))
        if (m[0].length === length)
            return m.index;
    return -1;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Lt: () => (/* binding */ fenceFor),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   U_: () => (/* binding */ codeLine),
/* harmony export */   a0: () => (/* binding */ shortenLine),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   ln: () => (/* binding */ inlineText)
/* harmony export */ });
/**
 * Text from a config, a file name or AWS, made to show as the text it is wherever a report puts it.
 * GitHub renders a comment, summary or issue as CommonMark + GFM, then links what it recognises in
 * the rendered text: @mentions (which notify people and teams), #123 references (which add a
 * cross-reference to that issue), bare URLs, `www.` names and e-mail addresses. Escaping works
 * differently in each place text can stand, so there is one function per place:
 *
 * - `inlineText`: Markdown text — a paragraph, heading, list item, block quote or table cell;
 * - `code`: a code span, for names;
 * - `htmlText`: raw HTML — the `<summary>` line of a `<details>` block is an HTML block, where
 *   backslash escapes do not exist and only entities do;
 * - `codeBlock`: lines of a fenced code block.
 *
 * All of them keep the text on its line (line breaks and other control characters become spaces)
 * and replace the characters that reorder how text is displayed (bidirectional overrides). Mermaid
 * labels have their own syntax: see mermaid.ts.
 */
/** Line breaks of every kind and the other control characters: a line break ends a table row or a list item. */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
/** Bidirectional embeddings, overrides and isolates: they can make text read as something else. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Between characters, invisible: breaks what GitHub would link without changing what a reader sees. */
const ZWSP = '\u200b';


/***/ }),

/***/ 2720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** Sids of a statement list, both branches of an Fn::If included. */
var sidsOf = (function(statements) {
    const sids = new Set();
    const visit = (s) => {
        if (!isObj(s))
            return;
        const branches = s['Fn::If'];
        if (Array.isArray(branches))
            return branches.slice(1).forEach(visit);
        if (typeof s.Sid === 'string')
            sids.add(s.Sid);
    };
    statements.forEach(visit);
    return sids;
});
var reviewAdoption = (function(live, template, adopt) {
    const props = template.bucket;
    const replication = isObj(props.ReplicationConfiguration) ? props.ReplicationConfiguration : undefined;
    const lifecycle = isObj(props.LifecycleConfiguration) ? props.LifecycleConfiguration : undefined;
    // What the template writes, per kind (undefined: it does not write that kind at all).
    const written = {
        replicationRules: replication ? idsOf(replication.Rules, 'Id') : undefined,
        policyStatements: template.policyStatements ? sidsOf(template.policyStatements) : undefined,
        lifecycleRules: lifecycle ? idsOf(lifecycle.Rules, 'Id') : undefined,
        // CloudFormation's notification configurations carry no id: none of the live ones is the template's.
        notifications: props.NotificationConfiguration !== undefined ? new Set() : undefined,
    };
    const liveNames = {
        replicationRules: (live.replication?.Rules ?? []).map((r, i) => r.ID ?? `#${i + 1}`),
        policyStatements: (live.policy?.Statement ?? []).map(live_bucket/* statementName */.V),
        lifecycleRules: live.lifecycleRules.map((r, i) => r.ID ?? `#${i + 1}`),
        notifications: live.notifications.map((n) => n.id),
    };
    const items = [];
    const missingKept = [];
    const missingDropped = [];
    for (const kind of adoption/* ADOPTED_KINDS */.Y) {
        const keep = new Set(adopt.keep[kind]);
        const drop = new Set(adopt.drop[kind]);
        const writes = written[kind];
        liveNames[kind].forEach((name, i) => {
            const fate = keep.has(name)
                ? 'kept'
                : writes?.has(name)
                    ? 'replaced'
                    : drop.has(name)
                        ? 'dropped'
                        : writes === undefined
                            ? 'untouched'
                            : 'unaccounted';
            const warning = fate === 'kept' && kind === 'replicationRules'
                ? keptRuleWarning(live, i, template.destinationBuckets)
                : undefined;
            items.push({ kind, name, fate, ...(warning ? { warning } : {}) });
        });
        const present = new Set(liveNames[kind]);
        for (const name of keep)
            if (!present.has(name))
                missingKept.push({ kind, name });
        for (const name of drop)
            if (!present.has(name))
                missingDropped.push({ kind, name });
    }
    const changes = settingChanges(live, props);
    const blocked = live.ownerStack !== undefined || missingKept.length > 0 || items.some((i) => i.fate === 'unaccounted');
    return {
        bucket: live.name,
        ...(live.ownerStack !== undefined ? { ownerStack: live.ownerStack } : {}),
        items,
        missingKept,
        missingDropped,
        changes,
        ...(live.objects ? { objects: live.objects } : {}),
        ...(live.objectsUnreadable ? { objectsUnreadable: live.objectsUnreadable } : {}),
        blocked,
    };
});
/** S3 takes one role per replication configuration: a kept rule runs as the topology's role. */
var keptRuleWarning = (function(live, index, destinationBuckets) {
    const arn = live.replication?.Rules?.[index]?.Destination?.Bucket ?? '';
    const bucket = arn.replace(/^arn:[^:]+:s3:::/, '');
    if (destinationBuckets.includes(bucket))
        return undefined;
    return (`replicates to ${bucket || 'an unnamed bucket'}, which the topology's replication role may not write: ` +
        `after the update it runs as that role (one role per configuration) and every object it matches fails`);
});
/** Settings the first update changes, the one-way ones flagged. */
var settingChanges = (function(live, props) {
    const changes = [];
    const versioning = isObj(props.VersioningConfiguration) ? props.VersioningConfiguration.Status : undefined;
    if (versioning === 'Enabled' && live.versioning !== 'Enabled')
        changes.push({
            setting: 'versioning',
            from: live.versioning ?? 'never enabled',
            to: 'Enabled',
            oneWay: true,
            consequence: 'cannot be undone, only suspended: from now on every overwrite and delete keeps the earlier version, ' +
                'and is billed as storage until a lifecycle rule expires it',
        });
    const sse = Array.isArray(props.BucketEncryption?.ServerSideEncryptionConfiguration)
        ? props.BucketEncryption.ServerSideEncryptionConfiguration[0]
        : undefined;
    const byDefault = isObj(sse) && isObj(sse.ServerSideEncryptionByDefault) ? sse.ServerSideEncryptionByDefault : {};
    const algorithm = typeof byDefault.SSEAlgorithm === 'string' ? byDefault.SSEAlgorithm : undefined;
    const keyId = typeof byDefault.KMSMasterKeyID === 'string' ? byDefault.KMSMasterKeyID : undefined;
    if (algorithm !== undefined &&
        (live.encryption?.algorithm !== algorithm || (keyId !== undefined && live.encryption?.kmsKeyId !== keyId)))
        changes.push({
            setting: 'default encryption',
            from: describeEncryption(live.encryption),
            to: describeEncryption({
                algorithm,
                ...(keyId !== undefined ? { kmsKeyId: keyId } : { kmsKeyId: "the stack's key" }),
            }),
            oneWay: false,
            consequence: 'applies to objects written from now on only: existing objects keep the encryption they have. Rules ' +
                'replicate SSE-S3 and unencrypted objects anyway, and SSE-KMS ones because of SseKmsEncryptedObjects; ' +
                'existing objects of any kind are copied only by backfill',
        });
    const ownership = isObj(props.OwnershipControls) && Array.isArray(props.OwnershipControls.Rules)
        ? props.OwnershipControls.Rules[0]?.ObjectOwnership
        : undefined;
    if (typeof ownership === 'string' && live.ownership !== ownership)
        changes.push({
            setting: 'object ownership',
            from: live.ownership ?? 'not set (ACLs in use)',
            to: ownership,
            oneWay: false,
            consequence: 'ACLs stop counting: access granted by object or bucket ACLs ends, and the bucket owner owns every object',
        });
    const block = isObj(props.PublicAccessBlockConfiguration)
        ? props.PublicAccessBlockConfiguration
        : undefined;
    if (block && PUBLIC_ACCESS_FIELDS.some((f) => block[f] === true && live.publicAccessBlock?.[f] !== true))
        changes.push({
            setting: 'public access block',
            from: PUBLIC_ACCESS_FIELDS.filter((f) => live.publicAccessBlock?.[f] === true).join(', ') || 'none',
            to: PUBLIC_ACCESS_FIELDS.filter((f) => block[f] === true).join(', '),
            oneWay: false,
            consequence: 'public ACLs and public bucket-policy grants stop working',
        });
    return changes;
});
var unlessAbsent = (async function(read) {
    try {
        return await read();
    }
    catch (e) {
        if (NOT_CONFIGURED.has(e.name))
            return undefined;
        throw e;
    }
});
/**
 * Reads everything an adoption compares (review-adoption.ts) from the live bucket, the stack that
 * may already own it, and the bucket's size from the daily CloudWatch storage metrics (cheap:
 * listing a bucket of millions of objects is not).
 */
var readLiveBucket = (async function(bucket, c, now) {
    const Bucket = bucket;
    const tagsRead = unlessAbsent(() => c.s3.send(new client_s3_dist_cjs.GetBucketTaggingCommand({ Bucket }))).then((o) => Object.fromEntries((o?.TagSet ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])));
    const [versioning, encryption, ownership, publicAccessBlock, policy, replication, notifications, lifecycle, objectLock, tags, ownerStack, objects,] = await Promise.all([
        c.s3.send(new client_s3_dist_cjs.GetBucketVersioningCommand({ Bucket })).then((o) => o.Status),
        unlessAbsent(() => c.s3.send(new client_s3_dist_cjs.GetBucketEncryptionCommand({ Bucket }))).then((o) => {
            const rule = o?.ServerSideEncryptionConfiguration?.Rules?.[0];
            const d = rule?.ApplyServerSideEncryptionByDefault;
            return d?.SSEAlgorithm
                ? {
                    algorithm: d.SSEAlgorithm,
                    ...(d.KMSMasterKeyID ? { kmsKeyId: d.KMSMasterKeyID } : {}),
                    ...(rule?.BucketKeyEnabled !== undefined ? { bucketKey: rule.BucketKeyEnabled } : {}),
                }
                : undefined;
        }),
        unlessAbsent(() => c.s3.send(new client_s3_dist_cjs.GetBucketOwnershipControlsCommand({ Bucket }))).then((o) => o?.OwnershipControls?.Rules?.[0]?.ObjectOwnership),
        unlessAbsent(() => c.s3.send(new client_s3_dist_cjs.GetPublicAccessBlockCommand({ Bucket }))).then((o) => o?.PublicAccessBlockConfiguration),
        unlessAbsent(() => c.s3.send(new client_s3_dist_cjs.GetBucketPolicyCommand({ Bucket }))).then((o) => o?.Policy ? JSON.parse(o.Policy) : undefined),
        unlessAbsent(() => c.s3.send(new client_s3_dist_cjs.GetBucketReplicationCommand({ Bucket }))).then((o) => o?.ReplicationConfiguration),
        c.s3.send(new client_s3_dist_cjs.GetBucketNotificationConfigurationCommand({ Bucket })).then(notificationsOf),
        unlessAbsent(() => c.s3.send(new client_s3_dist_cjs.GetBucketLifecycleConfigurationCommand({ Bucket }))).then((o) => (o?.Rules ?? []).map(lifecycleRuleOf)),
        unlessAbsent(() => c.s3.send(new client_s3_dist_cjs.GetObjectLockConfigurationCommand({ Bucket }))).then((o) => o?.ObjectLockConfiguration
            ? { enabled: o.ObjectLockConfiguration.ObjectLockEnabled === 'Enabled' }
            : undefined),
        tagsRead,
        ownerStackOf(bucket, c.cfn, tagsRead),
        objectsOf(bucket, c.cloudwatch, now),
    ]);
    return {
        name: bucket,
        ...(versioning === 'Enabled' || versioning === 'Suspended' ? { versioning } : {}),
        ...(encryption ? { encryption } : {}),
        ...(ownership ? { ownership } : {}),
        ...(publicAccessBlock ? { publicAccessBlock } : {}),
        ...(policy ? { policy } : {}),
        ...(replication ? { replication } : {}),
        notifications,
        lifecycleRules: lifecycle ?? [],
        ...(objectLock ? { objectLock } : {}),
        tags: tags ?? {},
        ...(objects && 'unreadable' in objects
            ? { objectsUnreadable: objects.unreadable }
            : objects
                ? { objects }
                : {}),
        ...(ownerStack ? { ownerStack: ownerStack.name } : {}),
        ...(ownerStack?.resources !== undefined ? { ownerStackResources: ownerStack.resources } : {}),
    };
});
var notificationsOf = (function(o) {
    const out = [];
    const add = (kind, list, arnOf) => (list ?? []).forEach((c, i) => {
        const rules = c.Filter?.Key?.FilterRules ?? [];
        out.push({
            id: c.Id ?? `${kind}#${i + 1}`,
            kind,
            arn: arnOf(c),
            events: c.Events ?? [],
            ...(rules.length ? { filterRules: rules } : {}),
        });
    });
    add('topic', o.TopicConfigurations, (c) => c.TopicArn);
    add('queue', o.QueueConfigurations, (c) => c.QueueArn);
    add('function', o.LambdaFunctionConfigurations, (c) => c.LambdaFunctionArn);
    if (o.EventBridgeConfiguration)
        out.push({ id: 'EventBridge', kind: 'eventbridge', events: [] });
    return out;
});
/** Dates as ISO text: the core has no clock and no Date. */
var lifecycleRuleOf = (function(rule) {
    return JSON.parse(JSON.stringify(rule));
});
/**
 * CloudFormation names the stack that owns a physical resource, with all that stack's resources;
 * ValidationError when none does. Where IAM refuses the lookup (it names no stack the role's
 * policy can match), the tag CloudFormation puts on buckets it creates says it instead.
 */
var ownerStackOf = (async function(bucket, cfn, tags) {
    try {
        const out = await cfn.send(new dist_cjs.DescribeStackResourcesCommand({ PhysicalResourceId: bucket }));
        const owned = out.StackResources?.find((r) => r.PhysicalResourceId === bucket);
        return owned?.StackName
            ? {
                name: owned.StackName,
                resources: (out.StackResources ?? []).filter((r) => r.StackName === owned.StackName).length,
            }
            : undefined;
    }
    catch (e) {
        if (e.name === 'ValidationError')
            return undefined;
        if (e.name !== 'AccessDenied' && e.name !== 'AccessDeniedException')
            throw e;
        const name = (await tags)?.['aws:cloudformation:stack-name'];
        return name ? { name } : undefined;
    }
});
var objectsOf = (async function(bucket, cloudwatch, now) {
    const metric = (id, MetricName, StorageType) => ({
        Id: id,
        ReturnData: true,
        MetricStat: {
            Metric: {
                Namespace: 'AWS/S3',
                MetricName,
                Dimensions: [
                    { Name: 'BucketName', Value: bucket },
                    { Name: 'StorageType', Value: StorageType },
                ],
            },
            Period: 86_400,
            Stat: 'Average',
        },
    });
    // GetMetricData takes no resource: a role allowed it reads every metric of the account, which
    // the bootstrap's plan role (open to every pull request) is not. The count is then left out.
    let out;
    try {
        out = await cloudwatch.send(new client_cloudwatch_dist_cjs.GetMetricDataCommand({
            StartTime: new Date(now - METRIC_WINDOW_MS),
            EndTime: new Date(now),
            ScanBy: 'TimestampDescending',
            MetricDataQueries: [
                metric('objects', 'NumberOfObjects', 'AllStorageTypes'),
                metric('bytes', 'BucketSizeBytes', 'StandardStorage'),
            ],
        }));
    }
    catch (e) {
        if (e.name !== 'AccessDenied' && e.name !== 'AccessDeniedException')
            throw e;
        return { unreadable: 'this role may not read CloudWatch metrics' };
    }
    const latest = (id) => {
        const r = out.MetricDataResults?.find((m) => m.Id === id);
        return r?.Values?.length ? { value: r.Values[0], at: r.Timestamps[0] } : undefined;
    };
    const count = latest('objects');
    if (!count)
        return undefined;
    const bytes = latest('bytes');
    return {
        count: count.value,
        ...(bytes ? { bytes: bytes.value } : {}),
        day: count.at.toISOString().slice(0, 10),
    };
});// CONCATENATED MODULE: ./src/shell/aws/review-adoptions.ts





/**
 * Plan's and deploy's way in: the clients a read needs (loaded only when a config adopts), through
 * the mode's credentials, then reviewAdoptions.
 */
var readAdoptions = (async function(targets, clients, credentials, now) {
    const [{ CloudFormationClient }, { S3Client }, { CloudWatchClient }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6466, 19)),
    ]);
    const make = clients(credentials, {
        cfn: CloudFormationClient,
        s3: S3Client,
        cloudwatch: CloudWatchClient,
    });
    return reviewAdoptions(targets, make, now);
});
/** Reads each adopted bucket (in parallel) and compares it with the template that will own it. */
var reviewAdoptions = (async function(targets, clients, now) {
    const read = await Promise.all(targets.map(async ({ template: _template, view, adopt, ...target }) => {
        const live = await readLiveBucket(target.bucket, clients(target.account, target.region), now).catch((e) => {
            if (e.name !== 'NoSuchBucket')
                throw e;
            throw new errors.UserError(`${target.configPath}: the bucket ${target.bucket} does not exist in account ${target.account} (${target.region}), so there is nothing to adopt.`, `Check the bucket's name, account and region, or remove ${target.configPath} to let the stack create the bucket.`);
        });
        if (live.ownerStack !== target.stackName)
            return {
                live,
                adoption: { target, status: 'to-import', review: reviewAdoption(live, view, adopt) },
            };
        // In its own stack: alone there, the import ran and the update did not, so it is still
        // reviewed (without the owner, which is this stack); with the rest of the stack, it is done.
        if ((live.ownerStackResources ?? 2) > 1) {
            // Kept notifications came back from S3 under new ids: the deployed template has them by name.
            const c = clients(target.account, target.region);
            const out = await c.cfn.send(new dist_cjs.GetTemplateCommand({ StackName: target.stackName, TemplateStage: 'Original' }));
            const recorded = (0,carry_kept/* recordedNotifications */.H_)(out.TemplateBody ? JSON.parse(out.TemplateBody) : undefined);
            const present = new Set(live.notifications.map((n) => n.id));
            const withRecorded = {
                ...live,
                notifications: [...live.notifications, ...recorded.filter((n) => !present.has(n.id))],
            };
            return { live: withRecorded, adoption: { target, status: 'adopted' } };
        }
        const unowned = { ...live, ownerStack: undefined };
        return {
            live,
            adoption: { target, status: 'imported', review: reviewAdoption(unowned, view, adopt) },
        };
    }));
    return {
        adoptions: read.map((r) => r.adoption),
        live: new Map(read.map((r, i) => [targets[i].stackName, r.live])),
    };
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readAdoptions: () => (/* binding */ readAdoptions),
  reviewAdoptions: () => (/* binding */ reviewAdoptions)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/core/adopt/carry-kept.ts
var carry_kept = __webpack_require__(5942);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/model/adoption.ts
var adoption = __webpack_require__(6697);
// EXTERNAL MODULE: ./src/core/adopt/live-bucket.ts
var live_bucket = __webpack_require__(5833);
;// CONCATENATED MODULE: ./src/core/adopt/review-adoption.ts


const isObj = ((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
const idsOf = ((list, field) => new Set((Array.isArray(list) ? list : [])
    .map((r) => (isObj(r) ? r[field] : undefined))
    .filter((id) => typeof id === 'string')));
const describeEncryption = ((e) => !e
    ? 'none'
    : e.algorithm === 'AES256'
        ? 'SSE-S3 (AES256)'
        : `${e.algorithm}${e.kmsKeyId ? ` with ${e.kmsKeyId}` : ''}`);
const PUBLIC_ACCESS_FIELDS = [
    'BlockPublicAcls',
    'BlockPublicPolicy',
    'IgnorePublicAcls',
    'RestrictPublicBuckets',
];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/shell/aws/read-live-bucket.ts



/**
 * S3's "this bucket has none" answers, one per configuration: each means absent, not a failure.
 * Anything else (AccessDenied, NoSuchBucket, throttling past the SDK's retries) stops the read:
 * a plan that guessed "none" would let the update delete what it could not see.
 */
const NOT_CONFIGURED = new Set([
    'NoSuchBucketPolicy',
    'ServerSideEncryptionConfigurationNotFoundError',
    'ReplicationConfigurationNotFoundError',
    'NoSuchLifecycleConfiguration',
    'NoSuchTagSet',
    'ObjectLockConfigurationNotFoundError',
    'NoSuchPublicAccessBlockConfiguration',
    'OwnershipControlsNotFoundError',
]);
/** S3 publishes storage metrics once a day; two days back always holds the latest. */
const METRIC_WINDOW_MS = 3 * 86_400_000;

;


/***/ })

};
