export const id = 628;
export const ids = [628];
export const modules = {

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

/***/ 3654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDrift: () => (/* binding */ renderDrift)
/* harmony export */ });
/* harmony import */ var _drift_drift_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6283);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3502);


const STATUS = {
    'in-sync': '✅ in sync',
    drifted: '❌ drifted',
    unknown: '❔ unknown',
};
function what(f) {
    return `${f.what}${f.subject ? ` (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(f.subject)})` : ''} of ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(f.resource)}`;
}
/** The drift report: the same parts for the tracking issue, the job summary and the CLI. */
function renderDrift(r, ctx = {}) {
    const verdict = (0,_drift_drift_report_js__WEBPACK_IMPORTED_MODULE_0__.driftVerdict)(r);
    const drifted = r.stacks.flatMap((s) => s.findings.filter((f) => f.status === 'drifted').map((f) => ({ s, f })));
    const cfnDrifted = r.stacks.flatMap((s) => (s.cloudFormation?.resources ?? [])
        .filter((d) => d.status === 'MODIFIED' || d.status === 'DELETED')
        .map((d) => ({ s, d })));
    const unknown = r.stacks.flatMap((s) => (0,_drift_drift_report_js__WEBPACK_IMPORTED_MODULE_0__.unchecked)(s).map((u) => ({ s, u })));
    const head = [
        `### s3-xrepl drift · ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.topology)} · ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(r.configPath)}`,
        verdict === 'drifted'
            ? `❌ **Drift**: ${drifted.length + cfnDrifted.length} ${drifted.length + cfnDrifted.length === 1 ? 'difference' : 'differences'} between the live resources and what the stacks deployed.`
            : verdict === 'unknown'
                ? `❔ **Unknown**: nothing drifted among what could be checked, but ${unknown.length} ${unknown.length === 1 ? 'thing' : 'things'} could not be checked.`
                : `✅ **In sync**: every stack, bucket, key and role is as deployed.`,
        [
            '| Stack | Account | Region | CloudFormation drift | Direct checks |',
            '|---|---|---|---|---|',
            ...r.stacks.map((s) => {
                const count = (st) => s.findings.filter((f) => f.status === st).length;
                const cfn = s.deployed ? (s.cloudFormation?.status ?? '—') : 'not deployed';
                return `| ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s.name)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(s.account)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(s.region)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(cfn)} | ${count('drifted')} drifted, ${count('unknown')} unknown, ${count('in-sync')} in sync |`;
            }),
        ].join('\n'),
        ...(drifted.length + cfnDrifted.length > 0
            ? [
                [
                    '> [!CAUTION]',
                    '> **What drifted** (expected → found)',
                    ...capped([
                        ...drifted.map(({ s, f }) => `> - ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s.name)} (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(s.account)}, ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(s.region)}): ${what(f)}: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(f.expected ?? '')} → ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(f.actual ?? '')}${f.detail?.length ? `; ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(f.detail.slice(0, 3).join('; '))}` : ''}`),
                        ...cfnDrifted.map(({ s, d }) => `> - ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s.name)} (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(s.account)}, ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(s.region)}): CloudFormation: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(d.logicalId)} ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(d.status)}${d.differences.length ? ` at ${d.differences.map((p) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(p.path)).join(', ')}` : ''}`),
                    ]),
                ].join('\n'),
            ]
            : []),
        ...(unknown.length > 0
            ? [
                [
                    '> [!WARNING]',
                    '> **Not checked** (unknown, not in sync)',
                    ...capped(unknown.map(({ s, u }) => `> - ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s.name)}: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(u)}`)),
                ].join('\n'),
            ]
            : []),
    ];
    const details = r.stacks
        .filter((s) => s.deployed)
        .map((s) => ({
        summary: `<code>${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlText */ .js)(s.name)}</code>: every check`,
        lines: [
            '| Check | Result | Expected | Found |',
            '|---|---|---|---|',
            ...s.findings.map((f) => `| ${what(f)} | ${STATUS[f.status]} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(f.expected ?? '')} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(f.actual ?? '')}${f.detail?.length ? `<br>${f.detail.map(_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln).join('<br>')}` : ''} |`),
            ...(s.cloudFormation?.resources ?? []).map((d) => `| CloudFormation ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(d.logicalId)} (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(d.type)}) | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(d.status)} | | ${d.differences.map((p) => `${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(p.path)}: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(p.expected)} → ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(p.actual)}`).join('<br>')} |`),
        ],
    }));
    const tail = [
        `<sub>${ctx.commit ? `Checked at commit ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(ctx.commit.slice(0, 12))}` : 'Checked locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · read-only.</sub>`,
    ];
    return { head, details, tail };
}
/** Lines of a warning block: the head of a report always survives, so it must stay small. */
const HEAD_LINES = 25;
const LINE_CHARS = 400;
function capped(lines) {
    const shown = lines.slice(0, HEAD_LINES).map((l) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .shortenLine */ .a0)(l, LINE_CHARS));
    return lines.length > HEAD_LINES
        ? [...shown, `> - …and ${lines.length - HEAD_LINES} more: every check is in the details below.`]
        : shown;
}


/***/ }),

/***/ 3836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ql: () => (/* binding */ commentMarker),
  ol: () => (/* binding */ digestOf),
  iG: () => (/* binding */ withSection)
});

// UNUSED EXPORTS: parseSections

// EXTERNAL MODULE: ./src/core/report/budget.ts
var budget = __webpack_require__(6133);
;// CONCATENATED MODULE: ./src/core/report/sha256.ts
/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, in hex. The core stays free of node:*, and a
 * report digest needs a hash nobody can match on purpose; test/unit checks it against node:crypto.
 */
function sha256(text) {
    const bytes = new TextEncoder().encode(text);
    // Message, 0x80, zeros, and the bit length in the last 8 bytes of a 64-byte block.
    const blocks = Math.ceil((bytes.length + 9) / 64);
    const data = new Uint8Array(blocks * 64);
    data.set(bytes);
    data[bytes.length] = 0x80;
    const view = new DataView(data.buffer);
    view.setUint32(data.length - 8, Math.floor(bytes.length / 0x20000000));
    view.setUint32(data.length - 4, (bytes.length << 3) >>> 0);
    const h = [...H0];
    const w = new Uint32Array(64);
    for (let b = 0; b < blocks; b++) {
        for (let i = 0; i < 16; i++)
            w[i] = view.getUint32(b * 64 + i * 4);
        for (let i = 16; i < 64; i++) {
            const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
            const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
            w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
        }
        let [a, b1, c, d, e, f, g, hh] = h;
        for (let i = 0; i < 64; i++) {
            const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
            const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b1) ^ (a & c) ^ (b1 & c))) >>> 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) >>> 0;
            d = c;
            c = b1;
            b1 = a;
            a = (t1 + t2) >>> 0;
        }
        [a, b1, c, d, e, f, g, hh].forEach((v, i) => (h[i] = (h[i] + v) >>> 0));
    }
    return h.map((v) => v.toString(16).padStart(8, '0')).join('');
}
const rotr = (x, n) => (x >>> n) | (x << (32 - n));
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
];

;// CONCATENATED MODULE: ./src/core/report/sticky-comment.ts


const ORDER = ['plan', 'verify', 'drift'];
function commentMarker(configPath) {
    return `<!-- s3-xrepl:comment config=${encodeURIComponent(configPath)} -->`;
}
const header = (name, s) => `<!-- s3-xrepl:section ${name} digest=${s.digest} length=${s.body.length} -->`;
const ending = (name) => `<!-- s3-xrepl:end ${name} -->`;
/** A header as `compose` writes it, matched only where the previous section ended (sticky). */
const HEADER = /\n<!-- s3-xrepl:section (plan|verify|drift) digest=([0-9a-f]{32}) length=(0|[1-9]\d{0,5}) -->\n/y;
function parseSections(comment) {
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
}
function compose(configPath, sections) {
    const blocks = ORDER.filter((n) => sections.has(n)).map((n) => {
        const s = sections.get(n);
        return `${header(n, s)}\n${s.body}\n${ending(n)}`;
    });
    return [commentMarker(configPath), ...blocks].join('\n');
}
/** Below this much room for a section, the other sections are replaced by a pointer. */
const MIN_SECTION_ROOM = 16_000;
const MADE_WAY = (name) => `_The ${name} report was too long to keep beside this one: it is in the job summary of its run._`;
/**
 * The comment with `name`'s section set to `parts`, cut to what GitHub accepts after the other
 * sections; `unchanged` when the section already holds this digest.
 */
function withSection(existing, configPath, name, parts, omitted, limit = budget.COMMENT_LIMIT) {
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
    if (room < Math.min(MIN_SECTION_ROOM, limit / 4) && (0,budget.renderAll)(parts).length > room) {
        for (const [other, s] of sections)
            sections.set(other, { digest: s.digest, body: MADE_WAY(other) });
        overhead = overheadWith(sections);
    }
    const body = (0,budget.renderWithin)(parts, limit - overhead, omitted).trimEnd();
    sections.set(name, { digest, body });
    return { kind: 'write', body: compose(configPath, sections) };
}
/**
 * SHA-256 (the first 128 bits, in hex) of everything but the tail, which names the commit and the
 * run. Report text comes from configs: a short or non-cryptographic hash could be matched on
 * purpose, leaving an older report in place of a new one.
 */
function digestOf(parts) {
    return sha256(JSON.stringify([parts.head, parts.details])).slice(0, 32);
}


/***/ }),

/***/ 9646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectStackDrift: () => (/* binding */ detectStackDrift)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3063);


/**
 * CloudFormation's own drift detection for one stack: start it, wait (bounded, backing off), then
 * read every resource's result across pages. A detection that cannot run or fails is `UNKNOWN`
 * with the reason: never taken for in sync.
 */
async function detectStackDrift(cfn, stackName, clock, timeoutMs) {
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
}
async function resourceDrifts(cfn, stackName) {
    const out = [];
    let token;
    do {
        const page = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStackResourceDriftsCommand({ StackName: stackName, NextToken: token, MaxResults: 100 }));
        for (const d of page.StackResourceDrifts ?? [])
            out.push(toResourceDrift(d));
        token = page.NextToken;
    } while (token);
    return out;
}
function toResourceDrift(d) {
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
}


/***/ }),

/***/ 6406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncTrackingIssue: () => (/* binding */ syncTrackingIssue)
});

// EXTERNAL MODULE: ./src/core/report/budget.ts
var budget = __webpack_require__(6133);
// EXTERNAL MODULE: ./src/core/report/sticky-comment.ts + 1 modules
var sticky_comment = __webpack_require__(3836);
// EXTERNAL MODULE: ./src/core/report/untrusted-text.ts
var untrusted_text = __webpack_require__(3502);
;// CONCATENATED MODULE: ./src/core/report/tracking-issue.ts



/** The label that finds tracking issues (with the marker, which tells configs apart). */
const DRIFT_LABEL = 's3-xrepl-drift';
function trackingMarker(configPath) {
    return `<!-- s3-xrepl:drift config=${encodeURIComponent(configPath)} -->`;
}
/**
 * One open issue per config while it has drifted: opened on the first drift, its body replaced
 * when the drift changes, closed with a comment once everything is back in sync. An unknown result
 * changes nothing: it proves neither drift nor its end.
 */
function trackingIssueAction(verdict, existing, req) {
    const marker = trackingMarker(req.configPath);
    if (verdict === 'unknown')
        return { kind: 'none', why: 'the result is unknown' };
    if (verdict === 'in-sync')
        return existing
            ? { kind: 'close', comment: 'Back in sync: every check of the last drift run passed. Closing.' }
            : { kind: 'none', why: 'in sync and no issue open' };
    // Only the header the action wrote counts: the report below it may quote anything.
    const header = `${marker}\n<!-- digest=${(0,sticky_comment/* digestOf */.ol)(req.parts)} -->\n`;
    if (existing?.body.startsWith(header))
        return { kind: 'none', why: 'the drift is unchanged' };
    return {
        kind: existing ? 'update' : 'open',
        // A title is plain text on one line: no markup to escape, only line breaks to keep out.
        title: `Replication drift: ${(0,untrusted_text/* oneLine */.TN)(req.topology)} (${(0,untrusted_text/* oneLine */.TN)(req.configPath)})`,
        body: header + (0,budget.renderWithin)(req.parts, budget.COMMENT_LIMIT - header.length, req.omitted),
    };
}

;// CONCATENATED MODULE: ./src/shell/github/sync-tracking-issue.ts

/** Opens, updates or closes this config's drift tracking issue, found by label and marker. */
async function syncTrackingIssue(api, req, logger) {
    const marker = trackingMarker(req.configPath);
    try {
        let existing;
        for await (const i of api.listOpen(DRIFT_LABEL)) {
            if (i.author === req.author && i.body.startsWith(marker)) {
                existing = i;
                break;
            }
        }
        const action = trackingIssueAction(req.verdict, existing, req);
        switch (action.kind) {
            case 'open': {
                const i = await api.create(action.title, action.body, [DRIFT_LABEL]);
                return { kind: 'opened', url: i.url };
            }
            case 'update':
                return { kind: 'updated', url: (await api.update(existing.number, { body: action.body })).url };
            case 'close':
                await api.comment(existing.number, action.comment);
                return {
                    kind: 'closed',
                    url: (await api.update(existing.number, { state: 'closed', state_reason: 'completed' })).url,
                };
            case 'none':
                logger.info(`drift tracking issue: left as it is (${action.why})`);
                return existing ? { kind: 'unchanged', url: existing.url } : { kind: 'none' };
        }
    }
    catch (e) {
        const status = e.status;
        logger.warning(`could not update the drift tracking issue${status ? ` (HTTP ${status})` : ''}: ${e.message}. ` +
            (status === 403 ? 'Give the job "permissions: issues: write". ' : '') +
            'The report is in the job summary.');
        return { kind: status === 403 ? 'not-permitted' : 'failed' };
    }
}


/***/ })

};
