export const id = 342;
export const ids = [342,116];
export const modules = {

/***/ 5646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedParameters: () => (/* binding */ changedParameters),
/* harmony export */   offlinePlan: () => (/* binding */ offlinePlan)
/* harmony export */ });
/* harmony import */ var _picture_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(437);
/* harmony import */ var _template_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5069);
/* harmony import */ var _resource_change_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3128);



/** A plan from templates alone: this branch's stacks against the base branch's. */
function offlinePlan(input) {
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
            status: !was
                ? 'create'
                : unknown.length > 0
                    ? 'pending-inputs'
                    : changes.length > 0
                        ? 'update'
                        : 'unchanged',
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
        picture: (0,_picture_js__WEBPACK_IMPORTED_MODULE_2__/* .pictureOf */ .C)(input.topology),
    };
}
function changedParameters(before, after) {
    const names = new Set([...Object.keys(before.parameters), ...Object.keys(after.parameters)]);
    return new Set([...names].filter((n) => JSON.stringify(before.parameters[n]) !== JSON.stringify(after.parameters[n])));
}
/** Parameters that read an output of a stack that is new or replaces what its outputs name. */
function movedOutputs(stack, previews) {
    return Object.entries(stack.parameters)
        .filter(([, v]) => {
        if (typeof v === 'string')
            return false;
        const from = previews.get(v.fromStack);
        return from !== undefined && (from.status === 'create' || (0,_resource_change_js__WEBPACK_IMPORTED_MODULE_1__/* .destructiveChanges */ .OQ)(from.changes).length > 0);
    })
        .map(([k]) => k);
}
function literals(stack) {
    return Object.fromEntries(Object.entries(stack.parameters).filter((e) => typeof e[1] === 'string'));
}


/***/ }),

/***/ 437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ pictureOf)
/* harmony export */ });
/** What the report draws: each bucket and key with its account and region, and which rules feed each destination. */
function pictureOf(topology) {
    const place = (label, p) => ({
        label,
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
        })),
    };
}


/***/ }),

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

/***/ 6133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   renderAll: () => (/* binding */ renderAll),
/* harmony export */   renderDetail: () => (/* binding */ renderDetail),
/* harmony export */   renderWithin: () => (/* binding */ renderWithin)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3502);

/** GitHub's limit for an issue or pull request comment body, in characters. */
const COMMENT_LIMIT = 65_536;
/** Below this, a shortened detail says too little to be worth its summary line. */
const MIN_USEFUL_DETAIL = 400;
function renderAll(parts) {
    return join([...parts.head, ...parts.details.map((d) => renderDetail(d)), ...parts.tail]);
}
/**
 * The report within `limit` characters (JavaScript string length, which is what GitHub counts for
 * the common case; surrogate pairs make it conservative). Details keep their order; the first that
 * does not fit is shortened, the rest are replaced by `omitted(n)`.
 */
function renderWithin(parts, limit, omitted) {
    const whole = renderAll(parts);
    if (whole.length <= limit)
        return whole;
    const fixed = join([...parts.head, omitted(parts.details.length), ...parts.tail]).length;
    let room = limit - fixed;
    const kept = [];
    let i = 0;
    for (; i < parts.details.length; i++) {
        const full = renderDetail(parts.details[i]);
        if (full.length + 2 <= room) {
            kept.push(full);
            room -= full.length + 2;
            continue;
        }
        if (room - 2 >= MIN_USEFUL_DETAIL) {
            const cut = renderDetail(parts.details[i], room - 2);
            if (cut !== undefined) {
                kept.push(cut);
                i++;
            }
        }
        break;
    }
    const rest = parts.details.length - i;
    return join([...parts.head, ...kept, ...(rest > 0 ? [omitted(rest)] : []), ...parts.tail]);
}
function join(blocks) {
    return blocks.join('\n\n') + '\n';
}
/** One `<details>` block, shortened to `maxChars` by dropping lines from the end; undefined if even that cannot fit. */
function renderDetail(d, maxChars = Number.POSITIVE_INFINITY) {
    const lines = d.fence !== undefined ? d.lines.map(_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .codeLine */ .U_) : d.lines;
    const fence = d.fence !== undefined ? (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceFor */ .Lt)(lines) : '';
    const build = (lines, dropped) => {
        const body = d.fence !== undefined ? [`${fence}${d.fence}`, ...lines, fence] : [...lines];
        const note = dropped > 0 ? [`_${dropped} more lines not shown here: see the job summary._`] : [];
        return ['<details>', `<summary>${d.summary}</summary>`, '', ...body, ...note, '', '</details>'].join('\n');
    };
    const full = build(lines, 0);
    if (full.length <= maxChars)
        return full;
    // Longest prefix of lines that fits, by binary search on the count.
    let lo = 0;
    let hi = lines.length - 1;
    let best;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const text = build(lines.slice(0, mid), lines.length - mid);
        if (text.length <= maxChars) {
            best = text;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return best;
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


/***/ }),

/***/ 8116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
function renderTerminal(parts, style) {
    const paint = (kind, text) => (style.color ? `${ANSI[kind][0]}${text}${ANSI[kind][1]}` : text);
    const out = [
        ...blocks(parts.head.join('\n\n'), paint, style),
        ...parts.details.flatMap((d) => detail(d, paint, style)),
        ...blocks(parts.tail.join('\n\n'), paint, style),
    ];
    return `${squeezeBlankLines(out).join('\n').trimEnd()}\n`;
}
function detail(d, paint, style) {
    const title = paint('bold', `▸ ${plainHtml(d.summary)}`);
    const body = d.fence !== undefined ? fenced(d.fence, d.lines, paint) : blocks(d.lines.join('\n'), paint, style);
    return ['', title, ...body.map((l) => (l === '' ? l : `  ${l}`))];
}
/** Markdown text (several blocks) → lines. */
function blocks(markdown, paint, style) {
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
}
function fenced(language, lines, paint) {
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
}
function table(rows, paint, style) {
    const cells = rows
        .filter((r) => !/^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(r))
        .map((r) => splitRow(r).map((c) => inline(c, paint)));
    const columns = Math.max(...cells.map((r) => r.length));
    const widths = Array.from({ length: columns }, (_, c) => Math.max(...cells.map((r) => visible(r[c] ?? '').length)));
    // Cut the widest columns until the table fits (never below a readable width).
    const gap = 2;
    while (widths.reduce((a, b) => a + b, 0) + gap * (columns - 1) > style.width) {
        const widest = widths.indexOf(Math.max(...widths));
        if (widths[widest] <= 12)
            break;
        widths[widest] = widths[widest] - 1;
    }
    return cells.map((r, n) => {
        const line = r
            .map((cell, c) => pad(cut(cell, widths[c]), widths[c]))
            .join(' '.repeat(gap))
            .trimEnd();
        return n === 0 ? paint('bold', line) : line;
    });
}
/** `| a | b\| c |` → ['a', 'b| c']: a backslash-escaped pipe stays in its cell. */
function splitRow(row) {
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
}
/** Inline Markdown → text: code spans verbatim, emphasis in bold, escapes and entities resolved. */
function inline(text, paint = (_k, t) => t) {
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
        const link = /^\[([^\]]*)\]\(([^)\s]+)\)/.exec(text.slice(i));
        if (link) {
            out += `${inline(link[1], paint)} (${link[2]})`;
            i += link[0].length;
            continue;
        }
        const tag = /^<(\/?)(sub|code|b|strong|br)\s*\/?>/.exec(text.slice(i));
        if (tag) {
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
}
/** HTML (a `<summary>`): tags dropped, entities resolved. */
function plainHtml(html) {
    return inline(html.replace(/<[^>]+>/g, ''));
}
function decodeEntity(name) {
    if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#'))
        return String.fromCodePoint(Number(name.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[name.toLowerCase()] ?? `&${name};`;
}
// eslint-disable-next-line no-control-regex
const visible = (s) => s.replace(/\u001b\[[0-9;]*m/g, '');
function pad(s, width) {
    return s + ' '.repeat(Math.max(0, width - visible(s).length));
}
function cut(s, width) {
    if (visible(s).length <= width)
        return s;
    // Cut the visible text; a cut inside colour drops it (the reset would be lost otherwise).
    const plain = visible(s);
    return `${plain.slice(0, Math.max(0, width - 1))}…`;
}
function squeezeBlankLines(lines) {
    const out = [];
    for (const l of lines)
        if (!(l.trim() === '' && (out.length === 0 || out.at(-1).trim() === '')))
            out.push(l);
    return out;
}


/***/ }),

/***/ 5353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
// EXTERNAL MODULE: ./src/shell/aws/deploy-stack.ts + 1 modules
var deploy_stack = __webpack_require__(4242);
// EXTERNAL MODULE: ./src/shell/aws/change-set.ts
var change_set = __webpack_require__(115);
// EXTERNAL MODULE: ./src/shell/aws/poll.ts
var poll = __webpack_require__(3063);
// EXTERNAL MODULE: ./src/shell/aws/stack-status.ts
var stack_status = __webpack_require__(7247);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
;// CONCATENATED MODULE: ./src/shell/aws/plan-stack.ts







/**
 * What a deploy would do to one existing stack, without doing any of it: a change set is created,
 * described with property values, and deleted. Stacks that do not exist yet are planned from their
 * templates by the caller: a change set would create them (REVIEW_IN_PROGRESS), and removing them
 * again would need cloudformation:DeleteStack, which the plan role, open to every pull request,
 * must not have.
 */
async function previewStack(req, 
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
}
/** A plan change set older than this was left by a run that was cancelled or killed. */
const STALE_PLAN_MS = 6 * 3600_000;
/**
 * Plans are cancelled when a newer push arrives (concurrency groups): such a run leaves its change
 * set behind. Each plan sweeps its stack of plan change sets older than any plan can run; a
 * deploy's change sets are out of the plan role's reach, and this leaves them alone too.
 */
async function removeStalePlans(stackName, deps) {
    try {
        let token;
        do {
            const page = await deps.cfn.send(new dist_cjs.ListChangeSetsCommand({ StackName: stackName, NextToken: token }));
            for (const c of page.Summaries ?? []) {
                const stale = c.ChangeSetName?.startsWith(names/* PLAN_CHANGE_SET_PREFIX */.FK) &&
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
}

// EXTERNAL MODULE: ./src/shell/aws/template-staging.ts
var template_staging = __webpack_require__(600);
// EXTERNAL MODULE: ./src/shell/aws/destination-stack-set.ts + 1 modules
var destination_stack_set = __webpack_require__(3302);
// EXTERNAL MODULE: ./src/shell/aws/stack-set.ts
var stack_set = __webpack_require__(213);
;// CONCATENATED MODULE: ./src/shell/aws/plan-topology.ts













/**
 * Every stack in deploy order, previewed through change sets and nothing executed. Destinations
 * first (in parallel); the source is previewed with their live outputs, or, where a destination
 * is new or will replace what its outputs name, from its templates with those inputs marked
 * "known after deploy".
 */
async function planTopology(topology, synthesis, configPath, policy, deps) {
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
            tags: { ...stack.tags, [names/* TOPOLOGY_STACK_TAG */.Wc]: topology.name },
            changeSetName: `${names/* PLAN_CHANGE_SET_PREFIX */.FK}${deps.runId}`,
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
    const destinations = await Promise.all(stacks
        .filter((s) => s.kind === 'destination')
        .map((s) => guarded(s, () => (set ? previewInstance(s) : previewLive(s, literalParameters(s))))));
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
}
/** A stack whose inputs are not known yet: its deployed template against the new one, those inputs marked. */
async function previewFromTemplates(stack, template, unknown, deps) {
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
}
function changedLiterals(live, stack) {
    const deployed = new Map((live?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]));
    return Object.entries(stack.parameters)
        .filter(([k, v]) => typeof v === 'string' && deployed.get(k) !== v)
        .map(([k]) => k);
}
function describe(stack) {
    return { name: stack.name, kind: stack.kind, account: stack.account, region: stack.region };
}
function literalParameters(stack) {
    const out = {};
    for (const [k, v] of Object.entries(stack.parameters)) {
        if (typeof v !== 'string')
            throw new Error(`internal: ${stack.name} parameter ${k} reads another stack's output`);
        out[k] = v;
    }
    return out;
}
/**
 * A stack that does not exist yet: every resource of its template is added. CloudFormation checks
 * the template (ValidateTemplate) without creating anything.
 */
async function previewNew(stack, template, source, clients) {
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
}


/***/ }),

/***/ 600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
function stagingBucketName(account, region) {
    return `s3-xrepl-staging-${account}-${region}`;
}
/**
 * A template small enough goes inline (minified: whitespace costs bytes, not meaning); a larger one
 * is uploaded to a private staging bucket in the stack's own account and region, created on first
 * use, whose objects expire after a day.
 */
async function templateSource(opts, s3) {
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
}
/**
 * Only deploy configures the bucket (private, objects expire after a day): the plan role, open to
 * every pull request, may create it (new buckets block public access by default) but never loosen it.
 * Deploy re-applies both each time, so a bucket a plan created first is configured by the next deploy.
 */
async function ensureStagingBucket(s3, bucket, region, owner, configure) {
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
}
async function createStagingBucket(s3, bucket, region) {
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
}
async function configureStagingBucket(s3, bucket, owner) {
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
}


/***/ })

};
