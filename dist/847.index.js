export const id = 847;
export const ids = [847];
export const modules = {

/***/ 6940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planJson: () => (/* binding */ planJson),
/* harmony export */   summarizePlan: () => (/* binding */ summarizePlan)
/* harmony export */ });
/* harmony import */ var _resource_change_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3128);

function summarizePlan(plan) {
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
}
/** The machine-readable plan (the `plan-json` output): stable field names, no Markdown. */
function planJson(plan) {
    const summary = summarizePlan(plan);
    return {
        version: 1,
        topology: plan.topology,
        config: plan.configPath,
        basis: plan.basis.kind,
        hasChanges: summary.hasChanges,
        destructive: summary.destructive.length > 0,
        allowDestructive: plan.allowDestructive,
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
}


/***/ }),

/***/ 3128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ describeDestructive),
/* harmony export */   NG: () => (/* binding */ REPLACEMENT_PROPERTIES),
/* harmony export */   OQ: () => (/* binding */ destructiveChanges),
/* harmony export */   o1: () => (/* binding */ permissiveStackPolicy),
/* harmony export */   qo: () => (/* binding */ protectiveStackPolicy)
/* harmony export */ });
/**
 * Properties whose change makes CloudFormation replace the resource, for the types this tool
 * creates (from each type's schema, `createOnlyProperties`). Used where no change set can say.
 */
const REPLACEMENT_PROPERTIES = {
    'AWS::S3::Bucket': ['BucketName', 'ObjectLockEnabled'],
    'AWS::S3::BucketPolicy': ['Bucket'],
    'AWS::KMS::Key': ['KeySpec', 'KeyUsage', 'MultiRegion', 'Origin'],
    'AWS::IAM::Role': ['RoleName', 'Path'],
    'AWS::IAM::OIDCProvider': ['Url'],
};
/** Resources whose loss or replacement loses data or breaks replication. */
const PROTECTED_TYPES = new Set(['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::IAM::Role']);
/** Replace or remove of a bucket, a key or the replication role: refused unless the user opts in. */
function destructiveChanges(changes) {
    const out = [];
    for (const change of changes) {
        if (!PROTECTED_TYPES.has(change.resourceType))
            continue;
        if (change.action === 'Remove')
            out.push({ change, reason: 'remove' });
        else if (change.action === 'Modify' && change.replacement === 'True')
            out.push({ change, reason: 'replace' });
        else if (change.action === 'Modify' && change.replacement === 'Conditional')
            out.push({ change, reason: 'may-replace' });
    }
    return out;
}
function describeDestructive(d) {
    const what = `${d.change.logicalId} (${d.change.resourceType}${d.change.physicalId ? ` ${d.change.physicalId}` : ''})`;
    const props = d.change.properties.length > 0 ? `, because of ${d.change.properties.join(', ')}` : '';
    switch (d.reason) {
        case 'remove':
            return `${what} would be removed from the stack`;
        case 'replace':
            return `${what} would be replaced${props}`;
        case 'may-replace':
            return `${what} may be replaced${props}`;
    }
}
/** Every stack this tool owns protects its data-bearing resources from replacement and removal. */
function protectiveStackPolicy() {
    return JSON.stringify({
        Statement: [
            { Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' },
            {
                Effect: 'Deny',
                Action: ['Update:Replace', 'Update:Delete'],
                Principal: '*',
                Resource: '*',
                Condition: { StringEquals: { ResourceType: [...PROTECTED_TYPES] } },
            },
        ],
    });
}
/** Used only for the one update the user allowed to be destructive. */
function permissiveStackPolicy() {
    return JSON.stringify({
        Statement: [{ Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' }],
    });
}


/***/ }),

/***/ 1847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderFailure: () => (/* binding */ renderFailure)
/* harmony export */ });
/* harmony import */ var _render_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8298);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3502);


/**
 * The report of a run that failed, for the comment section an earlier run filled: the section must
 * not keep saying what that run found. `headline` is the mode's own word for it ("No plan").
 */
function renderFailure(what, configPath, error, ctx = {}) {
    const message = error instanceof Error ? error.message : String(error);
    const lines = message.split('\n');
    return {
        head: [
            `### s3-xrepl ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(what.mode)} · ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(configPath)}`,
            `⛔ **${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(what.headline)}**: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(lines[0] ?? '')}`,
            ...(lines.length > 1 ? [(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(lines.slice(1, 40), 'text')] : []),
        ],
        details: [],
        tail: [(0,_render_plan_js__WEBPACK_IMPORTED_MODULE_0__.footer)(ctx, 'nothing was executed; the log has the details.')],
    };
}


/***/ }),

/***/ 8298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  footer: () => (/* binding */ footer),
  planVerdict: () => (/* binding */ planVerdict),
  renderPlan: () => (/* binding */ renderPlan)
});

// EXTERNAL MODULE: ./src/core/plan/plan.ts
var plan_plan = __webpack_require__(6940);
// EXTERNAL MODULE: ./src/core/plan/resource-change.ts
var resource_change = __webpack_require__(3128);
;// CONCATENATED MODULE: ./src/core/plan/watched-properties.ts
/**
 * The properties that make or break replication: a reviewer must see exactly how they change.
 * Everything else is listed by name only.
 */
const WATCHED = [
    { type: 'AWS::IAM::Role', property: 'Policies', label: 'replication role policy' },
    { type: 'AWS::S3::BucketPolicy', property: 'PolicyDocument', label: 'bucket policy' },
    { type: 'AWS::KMS::Key', property: 'KeyPolicy', label: 'key policy' },
    { type: 'AWS::S3::Bucket', property: 'ReplicationConfiguration', label: 'replication rules' },
];
/** Before/after texts of the watched properties a change touches, normalized so only meaning differs. */
function watchedChanges(change) {
    const out = [];
    for (const w of WATCHED) {
        if (w.type !== change.resourceType)
            continue;
        const before = change.before?.[w.property];
        const after = change.after?.[w.property];
        const b = before === undefined ? undefined : normalizedText(before);
        const a = after === undefined ? undefined : normalizedText(after);
        if (b === a)
            continue;
        out.push({
            logicalId: change.logicalId,
            label: w.label,
            ...(b !== undefined ? { before: b } : {}),
            ...(a !== undefined ? { after: a } : {}),
        });
    }
    return out;
}
/** A property value as stable, readable JSON: policy text parsed, keys sorted, action lists sorted. */
function normalizedText(value) {
    return JSON.stringify(normalize(parseIfJson(value)), null, 2);
}
function parseIfJson(v) {
    if (typeof v !== 'string' || !/^\s*[{[]/.test(v))
        return v;
    try {
        return JSON.parse(v);
    }
    catch {
        return v;
    }
}
/** Lists whose order carries no meaning in IAM: actions, resources, principals. */
const UNORDERED_KEYS = new Set(['Action', 'NotAction', 'Resource', 'NotResource', 'AWS', 'Service']);
/**
 * Statement order carries no meaning: sorted by Sid (then by content), so a reordering shows no
 * diff and an edited statement stays where its Sid puts it.
 */
function sortStatements(items) {
    const sid = (x) => typeof x === 'object' && x !== null ? String(x.Sid ?? '') : '';
    return items
        .map((x) => ({ x, sid: sid(x), text: JSON.stringify(x) }))
        .sort((a, b) => a.sid === b.sid ? (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) : a.sid < b.sid ? -1 : 1)
        .map((e) => e.x);
}
function normalize(v, key) {
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
}

;// CONCATENATED MODULE: ./src/core/report/line-diff.ts
/** Above this many cells the middle of a diff is shown as "all removed, then all added". */
const LCS_CELL_LIMIT = 4_000_000;
/**
 * A line diff. Common head and tail are trimmed first (policy edits are local), the rest is an
 * LCS; a middle too big for that is shown as a block replacement, which is still correct.
 */
function diffLines(before, after) {
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
}
function middle(a, b) {
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
}
/** Unified-diff body (no file headers): changed lines with `context` lines around, hunks split by `@@`. */
function unifiedDiff(lines, context = 3) {
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
}
function countChanges(lines) {
    return {
        added: lines.filter((l) => l.op === '+').length,
        removed: lines.filter((l) => l.op === '-').length,
    };
}

// EXTERNAL MODULE: ./src/core/report/untrusted-text.ts
var untrusted_text = __webpack_require__(3502);
;// CONCATENATED MODULE: ./src/core/report/mermaid.ts

/**
 * Untrusted text inside a quoted Mermaid label. A quote would end the label, `#name;` and `#123;`
 * are Mermaid's entities (so `#lt;` reads as `<`), a backtick starts a Markdown label, angle
 * brackets read as HTML, and the label stands in a ```mermaid fence that a line break or a run of
 * backticks would leave. Line breaks and other controls become spaces; then every character but
 * letters, digits, spaces and `.,:/_+=@()-` is written as a numeric entity.
 */
function label(text) {
    return (0,untrusted_text/* oneLine */.TN)(text).replace(/[^\p{L}\p{N} .,:/_+=@()-]/gu, (c) => `#${c.codePointAt(0)};`);
}
const MAX_RULES_ON_EDGE = 3;
/**
 * A Mermaid flowchart of the topology (GitHub renders `mermaid` fences): the source bucket and
 * key, an arrow to each destination bucket and key labelled with the rules that feed it, account
 * and region on every node. `marks` colours the nodes whose stacks change.
 */
function topologyDiagram(picture, marks) {
    const node = (id, p, title) => `  ${id}["${label(title)}<br/>${label(p.bucket)}<br/>${label(p.account)} · ${label(p.region)}<br/>${label(p.key)}"]`;
    const lines = ['```mermaid', 'flowchart LR', node('src', picture.source, 'source')];
    picture.destinations.forEach((d, i) => {
        lines.push(node(`d${i}`, d, `destination ${d.label}`));
        const shown = d.rules.slice(0, MAX_RULES_ON_EDGE).join(', ');
        const more = d.rules.length > MAX_RULES_ON_EDGE ? ` +${d.rules.length - MAX_RULES_ON_EDGE} more` : '';
        lines.push(`  src -- "${label(`${shown}${more}`)}" --> d${i}`);
    });
    lines.push('  classDef changed fill:#fff8c5,stroke:#9a6700', '  classDef destructive fill:#ffebe9,stroke:#cf222e');
    const marked = (mark) => [
        ...(marks.source === mark ? ['src'] : []),
        ...marks.destinations.flatMap((m, i) => (m === mark ? [`d${i}`] : [])),
    ];
    for (const mark of ['changed', 'destructive']) {
        const ids = marked(mark);
        if (ids.length > 0)
            lines.push(`  class ${ids.join(',')} ${mark}`);
    }
    lines.push('```');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/core/report/render-plan.ts






/** The one-line verdict that opens every plan report. */
function planVerdict(plan, s = (0,plan_plan.summarizePlan)(plan)) {
    const destructive = s.destructive.reduce((n, d) => n + d.changes.length, 0);
    if (destructive > 0 && !plan.allowDestructive)
        return `⛔ **Destructive changes blocked**: ${destructive} destructive ${plural(destructive, 'change')} — a deploy would refuse this plan unless \`allow-destructive\` is true.`;
    if (s.blocked.length > 0)
        return `⛔ **${s.blocked.length} ${plural(s.blocked.length, 'stack')} cannot be deployed as they are** — see below.`;
    if (!s.hasChanges)
        return `✅ **No changes**: all ${plan.stacks.length} stacks match the config.`;
    const changed = plan.stacks.filter((x) => x.status !== 'unchanged').length;
    const counts = [
        s.added > 0 ? `${s.added} to add` : '',
        s.modified > 0 ? `${s.modified} to modify` : '',
        s.replaced > 0 ? `${s.replaced} to replace` : '',
        s.removed > 0 ? `${s.removed} to remove` : '',
    ].filter(Boolean);
    const allowed = destructive > 0
        ? ` ⚠️ Includes ${destructive} destructive ${plural(destructive, 'change')} (allowed).`
        : '';
    return `📝 **${changed} of ${plan.stacks.length} stacks change**${counts.length ? `: ${counts.join(', ')}` : ''}.${allowed}`;
}
/**
 * The plan as Markdown parts: one renderer for the PR comment (cut to fit), the job summary and
 * the CLI (whole).
 */
function renderPlan(plan, ctx = {}) {
    const s = (0,plan_plan.summarizePlan)(plan);
    const head = [
        `### s3-xrepl plan · ${(0,untrusted_text/* code */.aY)(plan.topology)} · ${(0,untrusted_text/* inlineText */.ln)(plan.configPath)}`,
        planVerdict(plan, s),
        ...(plan.basis.kind === 'offline'
            ? [
                `> [!NOTE]\n> **Offline plan** (${(0,untrusted_text/* inlineText */.ln)(plan.basis.reason)}): the synthesized templates were compared with ${(0,untrusted_text/* inlineText */.ln)(plan.basis.comparedWith)}, not with the stacks in AWS. Parameter values and live drift are not taken into account; deploy plans again against AWS.`,
            ]
            : []),
        topologyDiagram(plan.picture, marksOf(plan, s)),
        ...destructiveWarning(plan, s),
        ...blockedWarning(s),
        ...pendingNote(plan),
        stackTable(plan),
    ];
    const details = [];
    for (const stack of plan.stacks) {
        if (stack.changes.length > 0)
            details.push(changesDetail(stack));
        for (const c of stack.changes)
            details.push(...policyDetails(stack, c));
    }
    const tail = [footer(ctx)];
    return { head, details, tail };
}
function marksOf(plan, s) {
    const mark = (name) => {
        if (s.destructive.some((d) => d.stack.name === name))
            return 'destructive';
        const st = plan.stacks.find((x) => x.name === name);
        return st && st.status !== 'unchanged' ? 'changed' : 'unchanged';
    };
    const source = plan.stacks.find((x) => x.kind === 'source');
    const destinations = plan.stacks.filter((x) => x.kind === 'destination');
    return {
        source: source ? mark(source.name) : 'unchanged',
        destinations: destinations.map((d) => mark(d.name)),
    };
}
function destructiveWarning(plan, s) {
    if (s.destructive.length === 0)
        return [];
    const lines = s.destructive.flatMap((d) => d.changes.map((c) => `> - ${(0,untrusted_text/* code */.aY)(d.stack.name)} (${(0,untrusted_text/* inlineText */.ln)(d.stack.account)}, ${(0,untrusted_text/* inlineText */.ln)(d.stack.region)}): ${(0,untrusted_text/* inlineText */.ln)((0,resource_change/* describeDestructive */.EN)(c))}`));
    const verdict = plan.allowDestructive
        ? '`allow-destructive` is true: a deploy will make these changes. Buckets and keys are retained, not deleted, but replication to them stops.'
        : 'A deploy refuses these unless `allow-destructive` is true. Buckets and keys are retained, not deleted, but replication to them stops.';
    return [`> [!CAUTION]\n> **Destructive changes**\n${lines.join('\n')}\n>\n> ${verdict}`];
}
function blockedWarning(s) {
    if (s.blocked.length === 0)
        return [];
    const lines = s.blocked.map((b) => `> - ${(0,untrusted_text/* code */.aY)(b.name)} (${(0,untrusted_text/* inlineText */.ln)(b.account)}, ${(0,untrusted_text/* inlineText */.ln)(b.region)}): ${(0,untrusted_text/* inlineText */.ln)(b.note ?? 'blocked')}`);
    return [`> [!WARNING]\n> **Stacks a deploy cannot change as they are**\n${lines.join('\n')}`];
}
function pendingNote(plan) {
    const pending = plan.stacks.filter((x) => x.status === 'pending-inputs');
    if (pending.length === 0)
        return [];
    const lines = pending.map((p) => `> - ${(0,untrusted_text/* code */.aY)(p.name)}: ${p.unknownInputs.map(untrusted_text/* code */.aY).join(', ')} known after deploy. ${(0,untrusted_text/* inlineText */.ln)(p.note ?? '')}`.trimEnd());
    return [
        `> [!NOTE]\n> **Known after deploy.** These stacks read outputs of stacks that do not exist yet or will change; their changes below come from their templates, and deploy plans them again with the real values.\n${lines.join('\n')}`,
    ];
}
const STATUS_TEXT = {
    create: 'create',
    update: 'update',
    unchanged: 'no changes',
    'pending-inputs': 'known after deploy',
    blocked: '⛔ blocked',
};
function stackTable(plan) {
    const rows = plan.stacks.map((st, i) => {
        const n = (pred) => st.changes.filter(pred).length;
        const counts = `+${n((c) => c.action === 'Add')} ~${n((c) => c.action === 'Modify' && c.replacement !== 'True')} ±${n((c) => c.action === 'Modify' && c.replacement === 'True')} −${n((c) => c.action === 'Remove')}`;
        return `| ${i + 1} | ${(0,untrusted_text/* code */.aY)(st.name)} | ${st.kind} | ${(0,untrusted_text/* inlineText */.ln)(st.account)} | ${(0,untrusted_text/* inlineText */.ln)(st.region)} | ${STATUS_TEXT[st.status]} | ${counts} |`;
    });
    return [
        '| # | Stack | Kind | Account | Region | Plan | add ~modify ±replace −remove |',
        '|---|---|---|---|---|---|---|',
        ...rows,
    ].join('\n');
}
function changesDetail(st) {
    const rows = st.changes.map((c) => {
        const replacement = c.action === 'Modify' ? (c.replacement ?? '') : '';
        const props = c.properties.map(untrusted_text/* code */.aY).join(', ');
        return `| ${(0,untrusted_text/* inlineText */.ln)(c.action)} | ${(0,untrusted_text/* code */.aY)(c.logicalId)} | ${(0,untrusted_text/* inlineText */.ln)(c.resourceType)} | ${(0,untrusted_text/* inlineText */.ln)(replacement)} | ${props} |`;
    });
    return {
        summary: `<code>${(0,untrusted_text/* htmlText */.js)(st.name)}</code>: ${st.changes.length} resource ${plural(st.changes.length, 'change')}`,
        lines: ['| Action | Resource | Type | Replacement | Properties |', '|---|---|---|---|---|', ...rows],
    };
}
function policyDetails(st, c) {
    return watchedChanges(c).map((w) => {
        const before = w.before?.split('\n') ?? [];
        const after = w.after?.split('\n') ?? [];
        const diff = diffLines(before, after);
        const { added, removed } = countChanges(diff);
        const what = w.before === undefined ? 'new' : w.after === undefined ? 'removed' : `+${added} −${removed} lines`;
        return {
            summary: `<code>${(0,untrusted_text/* htmlText */.js)(st.name)}</code> · ${(0,untrusted_text/* htmlText */.js)(w.label)} of <code>${(0,untrusted_text/* htmlText */.js)(w.logicalId)}</code> (${what})`,
            fence: 'diff',
            lines: (w.before === undefined || w.after === undefined
                ? unifiedDiff(diff, Infinity)
                : unifiedDiff(diff)).split('\n'),
        };
    });
}
function footer(ctx, closing = 'nothing was executed.') {
    const parts = [
        ctx.commit ? `Planned from commit ${(0,untrusted_text/* code */.aY)(ctx.commit.slice(0, 12))}` : 'Planned locally',
        ...(ctx.runUrl ? [`[run and full report](${ctx.runUrl})`] : []),
    ];
    return `<sub>${parts.join(' · ')} · ${closing}</sub>`;
}
function plural(n, word) {
    return n === 1 ? word : `${word}s`;
}


/***/ })

};
