export const id = 285;
export const ids = [285];
export const modules = {

/***/ 5604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The job's Batch Operations cost for `objects` tasks (undefined: not known yet). */
var batchJobCost = (function(objects) {
    const p = BATCH_OPERATIONS_PRICING;
    const rate = `${dollars(p.perJobUsd)} per job + ${dollars(p.perMillionObjectsUsd)} per million objects`;
    const tail = `(${p.region}; replication itself is billed as live replication)`;
    if (objects === undefined)
        return { formula: `${rate} ${tail}`, source: p.source, url: p.url };
    const usd = p.perJobUsd + (objects / 1_000_000) * p.perMillionObjectsUsd;
    return {
        usd,
        formula: `${rate} × ${objects.toLocaleString('en-US')} objects = ${dollars(usd)} ${tail}`,
        source: p.source,
        url: p.url,
    };
});// CONCATENATED MODULE: ./src/core/backfill/backfill-report.ts



var backfillReport = (function(fields) {
    return { version: 1, ...fields, cost: batchJobCost(fields.job.tasks?.total) };
});
/** 3 when the job finished with failed tasks, failed or was cancelled; 0 otherwise (still running included). */
var backfillExitCode = (function(r) {
    return (0,job.isFinished)(r.job.status) && !(0,job.finishedClean)(r.job) ? errors.EXIT.found : errors.EXIT.ok;
});
var backfillVerdict = (function(r) {
    const j = r.job;
    const tasks = j.tasks
        ? `${j.tasks.succeeded} of ${j.tasks.total} tasks succeeded${j.tasks.failed > 0 ? `, ${j.tasks.failed} failed` : ''}`
        : 'no tasks yet';
    const what = r.outcome === 'started' ? 'started' : r.outcome === 'running' ? 'already running' : 'finished before';
    if (!(0,job.isFinished)(j.status))
        return `backfill job ${j.id} ${what}: ${j.status}, ${tasks}${r.timedOut ? ' (stopped following it)' : ''}`;
    return `backfill job ${j.id} (${what}) ${j.status}: ${tasks}`;
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backfillExitCode: () => (/* binding */ backfillExitCode),
  backfillReport: () => (/* binding */ backfillReport),
  backfillVerdict: () => (/* binding */ backfillVerdict)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/backfill/cost.ts
/**
 * What S3 Batch Operations charges for a backfill job, on top of the replication it starts (which is
 * billed as live replication is: requests, data transfer, KMS). Prices as AWS publishes them for
 * US East (N. Virginia); other regions differ. Check the page before relying on a figure.
 */
const BATCH_OPERATIONS_PRICING = {
    perJobUsd: 0.25,
    perMillionObjectsUsd: 1.0,
    region: 'US East (N. Virginia)',
    source: 'Amazon S3 pricing, Management & insights, S3 Batch Operations',
    url: 'https://aws.amazon.com/s3/pricing/',
};
const dollars = ((n) => {
    const digits = n > 0 && n < 0.01 ? 4 : 2;
    return `$${n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
});

// EXTERNAL MODULE: ./src/core/backfill/job.ts
var job = __webpack_require__(4085);
;


/***/ }),

/***/ 3861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The description that marks a job as this topology's backfill of this selection (ListJobs shows it). */
var jobDescription = (function(topology, selection) {
    return `s3-xrepl backfill ${topology.name} #${(0,_selection_js__WEBPACK_IMPORTED_MODULE_1__.selectionDigest)(topology, selection)}`;
});
/**
 * The idempotency token: the same for every run that sees the same latest finished job of the
 * selection, so two runs racing to start one create one job (S3 answers the second CreateJob with
 * the first job), and new once that job has finished. S3 accepts at most 64 characters.
 */
var clientRequestToken = (function(description, latestFinishedJobId) {
    return `s3-xrepl-${(0,_report_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .s)(`${description}\n${latestFinishedJobId ?? 'first'}`).slice(0, 40)}`;
});
var backfillJobRequest = (function(opts) {
    const { topology, selection } = opts;
    const { account, bucket } = topology.source;
    const bucketArn = `arn:${topology.partition}:s3:::${bucket}`;
    const description = jobDescription(topology, selection);
    return {
        AccountId: account,
        ConfirmationRequired: false,
        Operation: { S3ReplicateObject: {} },
        Report: {
            Bucket: bucketArn,
            Prefix: _templates_batch_role_js__WEBPACK_IMPORTED_MODULE_0__/* .BATCH_COMPLETION_PREFIX */ .HO,
            Format: 'Report_CSV_20180820',
            Enabled: true,
            ReportScope: 'FailedTasksOnly',
            ExpectedBucketOwner: account,
        },
        ClientRequestToken: clientRequestToken(description, opts.latestFinishedJobId),
        Description: description,
        Priority: BACKFILL_PRIORITY,
        RoleArn: opts.batchRoleArn,
        ManifestGenerator: {
            S3JobManifestGenerator: {
                ExpectedBucketOwner: account,
                SourceBucket: bucketArn,
                EnableManifestOutput: true,
                ManifestOutputLocation: {
                    ExpectedManifestBucketOwner: account,
                    Bucket: bucketArn,
                    ManifestPrefix: _templates_batch_role_js__WEBPACK_IMPORTED_MODULE_0__/* .BATCH_MANIFEST_PREFIX */ .a7,
                    ManifestEncryption: { SSES3: {} },
                    ManifestFormat: 'S3InventoryReport_CSV_20211130',
                },
                Filter: {
                    EligibleForReplication: true,
                    ObjectReplicationStatuses: selection.statuses,
                    ...(selection.prefix !== undefined
                        ? { KeyNameConstraint: { MatchAnyPrefix: [selection.prefix] } }
                        : {}),
                },
            },
        },
    };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BACKFILL_PRIORITY: () => (/* binding */ BACKFILL_PRIORITY),
/* harmony export */   backfillJobRequest: () => (/* binding */ backfillJobRequest),
/* harmony export */   clientRequestToken: () => (/* binding */ clientRequestToken),
/* harmony export */   jobDescription: () => (/* binding */ jobDescription)
/* harmony export */ });
/* harmony import */ var _report_sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9863);
/* harmony import */ var _templates_batch_role_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7772);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1156);



/** Jobs of other callers share the account's queue; ours need no precedence. */
const BACKFILL_PRIORITY = 10;


/***/ }),

/***/ 4085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** Tasks done (succeeded or failed) of all, 0 to 1; undefined before the manifest is known. */
var progressOf = (function(job) {
    const t = job.tasks;
    if (!t || t.total === 0)
        return isFinished(job.status) ? 1 : undefined;
    return Math.min(1, (t.succeeded + t.failed) / t.total);
});
/** The newest of the jobs, by creation time. */
var newest = (function(jobs) {
    return [...jobs].sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0))[0];
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   finishedClean: () => (/* binding */ finishedClean),
/* harmony export */   isFinished: () => (/* binding */ isFinished),
/* harmony export */   newest: () => (/* binding */ newest),
/* harmony export */   progressOf: () => (/* binding */ progressOf)
/* harmony export */ });
const TERMINAL = new Set(['Complete', 'Failed', 'Cancelled']);
/** Every other status of S3's list is on its way (or waiting, Suspended and Paused) to one of these. */
const isFinished = ((status) => TERMINAL.has(status));
/** Done, without a failed task or a failed job. */
const finishedClean = ((job) => job.status === 'Complete' && (job.tasks?.failed ?? 0) === 0);


/***/ }),

/***/ 8711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** One line of a followed job's progress: the log's line, and the text beside a terminal's bar. */
var progressLine = (function(job, elapsedMs) {
    const t = job.tasks;
    const tasks = t && t.total > 0
        ? `${t.succeeded + t.failed} of ${t.total} tasks done (${t.succeeded} succeeded, ${t.failed} failed)`
        : 'manifest not generated yet';
    return `backfill job ${job.id}: ${job.status}, ${tasks}, ${Math.round(elapsedMs / 1000)} s`;
});
/** `[########------------]  40%` for a fraction done; the width counts the bar's cells. */
var progressBar = (function(fraction, width = 24) {
    if (fraction === undefined)
        return `[${'·'.repeat(width)}]    `;
    const f = Math.max(0, Math.min(1, fraction));
    const full = Math.round(f * width);
    return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.floor(f * 100)).padStart(3)}%`;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   progressBar: () => (/* binding */ progressBar),
/* harmony export */   progressLine: () => (/* binding */ progressLine)
/* harmony export */ });


/***/ }),

/***/ 1156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The statuses input: comma or space separated, any case; empty for the default. */
var parseStatuses = (function(text) {
    const words = text
        .split(/[\s,]+/)
        .map((w) => w.trim().toUpperCase())
        .filter(Boolean);
    if (words.length === 0)
        return { statuses: [...DEFAULT_STATUSES], problems: [] };
    const problems = words
        .filter((w) => !REPLICATION_STATUSES.includes(w))
        .map((w) => `input "backfill-statuses" has ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(w)}: use ${REPLICATION_STATUSES.join(', ')} (comma separated).${w === 'PENDING'
        ? ' PENDING versions are being replicated already.'
        : (0,_config_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .suggestion */ .h)(w, REPLICATION_STATUSES)}`);
    return { statuses: REPLICATION_STATUSES.filter((s) => words.includes(s)), problems };
});
/**
 * The selection for a topology, or every problem with the inputs (a rule the config does not have,
 * a prefix outside the rule's): decided before anything is created.
 */
var selectionOf = (function(topology, inputs) {
    const { statuses, problems } = parseStatuses(inputs.statuses);
    const notes = [];
    const given = inputs.prefix === '' ? undefined : inputs.prefix;
    let prefix = given;
    const ruleId = inputs.rule === '' ? undefined : inputs.rule;
    if (ruleId !== undefined) {
        const rule = topology.rules.find((r) => r.id === ruleId);
        if (!rule)
            problems.push(`input "backfill-rule" is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(ruleId)}, which is not a rule of ${topology.name} (its rules: ${topology.rules.map((r) => r.id).join(', ')}).${(0,_config_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .suggestion */ .h)(ruleId, topology.rules.map((r) => r.id))}`);
        else if (!rule.enabled)
            problems.push(`input "backfill-rule" is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(ruleId)}, which is disabled (enabled: false): S3 deems nothing eligible under it.`);
        else {
            const own = rule.prefix && rule.prefix !== '' ? rule.prefix : undefined;
            if (own !== undefined && given !== undefined && !given.startsWith(own) && !own.startsWith(given))
                problems.push(`input "backfill-prefix" is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(given)}, outside rule ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(ruleId)}'s prefix ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(own)}: nothing would be selected.`);
            else if (own !== undefined && (given === undefined || own.length > given.length))
                prefix = own;
            if (rule.tags.length > 0)
                notes.push(`Rule ${ruleId} also filters by tags, which S3's manifest generator cannot: the job covers every eligible version${prefix ? ` under ${prefix}` : ''}, whichever rule selects it.`);
            if (own === undefined && given === undefined)
                notes.push(`Rule ${ruleId} has no prefix: the job covers every eligible version of the bucket, whichever rule selects it.`);
        }
    }
    if (problems.length > 0)
        return { ok: false, problems };
    return {
        ok: true,
        selection: {
            statuses,
            ...(ruleId !== undefined ? { ruleId } : {}),
            ...(prefix !== undefined ? { prefix } : {}),
            notes,
        },
    };
});
/**
 * A short, stable name of (topology, source bucket, selection): one job per topology and selection
 * at a time is found again by it, in the job's description.
 */
var selectionDigest = (function(topology, selection) {
    return (0,_report_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .s)(JSON.stringify([topology.name, topology.source.bucket, selection.statuses, selection.prefix ?? ''])).slice(0, 12);
});
/** Statuses, rule and prefix in a few words, for reports and logs. */
var describeSelection = (function(selection) {
    return [
        `statuses ${selection.statuses.join(', ')}`,
        ...(selection.ruleId !== undefined ? [`rule ${selection.ruleId}`] : []),
        selection.prefix !== undefined ? `prefix ${selection.prefix}` : 'the whole bucket',
    ].join('; ');
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_STATUSES: () => (/* binding */ DEFAULT_STATUSES),
/* harmony export */   REPLICATION_STATUSES: () => (/* binding */ REPLICATION_STATUSES),
/* harmony export */   describeSelection: () => (/* binding */ describeSelection),
/* harmony export */   parseStatuses: () => (/* binding */ parseStatuses),
/* harmony export */   selectionDigest: () => (/* binding */ selectionDigest),
/* harmony export */   selectionOf: () => (/* binding */ selectionOf)
/* harmony export */ });
/* harmony import */ var _config_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(523);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3195);
/* harmony import */ var _report_sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9863);



/**
 * What a backfill replicates: the versions S3 deems eligible under the live replication rules
 * (EligibleForReplication), whose replication status is one of `statuses`, under one key prefix at
 * most. Live replication never copies what existed before a rule, and never retries FAILED
 * (DESIGN.md §5), so NONE and FAILED are the default.
 */
const REPLICATION_STATUSES = ['NONE', 'FAILED', 'COMPLETED', 'REPLICA'];
const DEFAULT_STATUSES = ['NONE', 'FAILED'];


/***/ }),

/***/ 9663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



/**
 * The backfill report: the same parts for the PR comment section, the job summary and the CLI. Job
 * ids, reasons and keys come from AWS and the bucket: all untrusted text.
 */
var renderBackfill = (function(r, ctx = {}) {
    const j = r.job;
    const failures = r.failures && 'reasons' in r.failures ? r.failures : undefined;
    const head = [
        `### s3-xrepl backfill · ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.topology)} · ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(r.configPath)}`,
        verdictLine(r),
        [
            '| Job | Status | Tasks | Succeeded | Failed | Duration | Batch Operations cost |',
            '|---|---|---|---|---|---|---|',
            `| ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(j.id)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(j.status)} | ${j.tasks ? j.tasks.total : '—'} | ${j.tasks ? j.tasks.succeeded : '—'} | ${j.tasks ? j.tasks.failed : '—'} | ${duration(r, ctx.now)} | ${r.cost.usd !== undefined ? `$${r.cost.usd.toFixed(2)}` : 'when the manifest is known'} |`,
        ].join('\n'),
        ...jobFailure(r),
        ...(failures ? reasonsTable(failures) : []),
        ...(r.failures && 'error' in r.failures
            ? [`> [!WARNING]\n> The completion report could not be read: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(r.failures.error)}`]
            : []),
        ...notes(r),
        `Cost: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(r.cost.formula)}. Source: [${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(r.cost.source)}](${r.cost.url}).`,
    ];
    const details = [
        {
            summary: 'what the job replicates',
            lines: [
                `Versions of ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.source.bucket)} (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(r.source.account)}, ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(r.source.region)}) that the live replication rules select, with ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)((0,_backfill_selection_js__WEBPACK_IMPORTED_MODULE_1__.describeSelection)(r.selection))}, listed by S3 itself (a generated manifest), replicated by S3 as the replication role. Each keeps its version id at the destination.`,
                '',
                `Job description ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(j.description ?? '')}; the manifest and the completion report are written under ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)('s3-xrepl-batch/')} in ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.source.bucket)}.`,
            ],
        },
        ...(failures?.reasons ?? []).map((reason) => ({
            summary: `<code>${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlText */ .js)(reason.code)}</code>: ${reason.count} failed ${reason.count === 1 ? 'task' : 'tasks'}`,
            lines: [
                ...(reason.sampleMessage ? [`S3 says: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(reason.sampleMessage)}`, ''] : []),
                ...reason.sampleKeys.map((k) => `- ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(k)}`),
                ...(reason.count > reason.sampleKeys.length
                    ? [`- … and ${reason.count - reason.sampleKeys.length} more in the completion report`]
                    : []),
            ],
        })),
    ];
    const tail = [
        `<sub>${ctx.commit ? `Run at commit ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(ctx.commit.slice(0, 12))}` : 'Run locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · follow with ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.followCommand)}</sub>`,
    ];
    return { head, details, tail };
});
var verdictLine = (function(r) {
    const j = r.job;
    const before = r.outcome === 'finished-before'
        ? ' This is the latest job of this selection; nothing new was started (`backfill-again`, flag `--again`, starts another).'
        : '';
    if (!(0,_backfill_job_js__WEBPACK_IMPORTED_MODULE_0__.isFinished)(j.status)) {
        if (r.outcome === 'running')
            return `⏳ **Backfill already running**: job ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(j.id)} is ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(j.status)}; no second job was started.`;
        return `🚀 **Backfill started**: job ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(j.id)} is ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(j.status)}.${r.timedOut ? ' It was still running when this run stopped following it: it goes on without us.' : ''}`;
    }
    if ((0,_backfill_job_js__WEBPACK_IMPORTED_MODULE_0__.finishedClean)(j))
        return `✅ **Backfilled**: ${j.tasks?.succeeded ?? 0} ${(j.tasks?.succeeded ?? 0) === 1 ? 'version' : 'versions'} replicated by job ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(j.id)}.${before}`;
    if (j.status === 'Complete')
        return `❌ **Backfill finished with ${j.tasks.failed} failed ${j.tasks.failed === 1 ? 'task' : 'tasks'}** of ${j.tasks.total} (job ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(j.id)}).${before}`;
    return `❌ **Backfill job ${j.status === 'Cancelled' ? 'cancelled' : 'failed'}**: job ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(j.id)}${j.tasks ? `, ${j.tasks.succeeded} of ${j.tasks.total} tasks succeeded` : ''}.${before}`;
});
var duration = (function(r, now) {
    const j = r.job;
    const end = j.terminatedAt ?? ((0,_backfill_job_js__WEBPACK_IMPORTED_MODULE_0__.isFinished)(j.status) ? undefined : now);
    if (j.createdAt === undefined || end === undefined)
        return '—';
    const s = Math.max(0, Math.round((end - j.createdAt) / 1000));
    const text = s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`;
    return (0,_backfill_job_js__WEBPACK_IMPORTED_MODULE_0__.isFinished)(j.status) ? text : `${text} so far`;
});
var jobFailure = (function(r) {
    const reasons = r.job.failureReasons;
    if (reasons.length === 0 && !(r.job.status === 'Failed' && r.job.statusUpdateReason))
        return [];
    return [
        [
            `> [!CAUTION]\n> **S3 ${r.job.status === 'Failed' ? 'failed the job' : 'reports on the job'}**${r.job.statusUpdateReason ? `: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(r.job.statusUpdateReason)}` : ''}`,
            ...reasons.map((f) => `> - ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(f.code)}: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(f.reason)}`),
        ].join('\n'),
    ];
});
var reasonsTable = (function(f) {
    if (f.reasons.length === 0)
        return [];
    return [
        [
            `**Why tasks failed** (counted from the completion report, ${f.failedRows} ${f.failedRows === 1 ? 'row' : 'rows'}):`,
            '',
            '| Reason | Tasks | For example |',
            '|---|---|---|',
            ...f.reasons.map((x) => `| ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(x.code)} | ${x.count} | ${x.sampleKeys[0] !== undefined ? (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(x.sampleKeys[0]) : '—'} |`),
        ].join('\n'),
    ];
});
var notes = (function(r) {
    const lines = [
        ...r.selection.notes.map(_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln),
        ...(!(0,_backfill_job_js__WEBPACK_IMPORTED_MODULE_0__.isFinished)(r.job.status)
            ? [
                `Follow it: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.followCommand)}, or in the S3 console under Batch Operations (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(r.source.region)}).`,
            ]
            : []),
        ...((0,_backfill_job_js__WEBPACK_IMPORTED_MODULE_0__.isFinished)(r.job.status) && !(0,_backfill_job_js__WEBPACK_IMPORTED_MODULE_0__.finishedClean)(r.job)
            ? [
                'Fix the cause (the reasons are S3 replication failure reasons), then retry what failed: a backfill of status FAILED (input `backfill-statuses`, flag `--statuses`; with `backfill-again` once such a job has finished).',
            ]
            : []),
    ];
    return lines.length > 0 ? [`> [!NOTE]\n${lines.map((l) => `> ${l}`).join('\n>\n')}`] : [];
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderBackfill: () => (/* binding */ renderBackfill)
/* harmony export */ });
/* harmony import */ var _backfill_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4085);
/* harmony import */ var _backfill_selection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1156);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3502);


/***/ }),

/***/ 9863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, in hex. The core stays free of node:*, and a
 * report digest needs a hash nobody can match on purpose; test/unit checks it against node:crypto.
 */
var sha256 = (function(text) {
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
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
const rotr = ((x, n) => (x >>> n) | (x << (32 - n)));
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


/***/ }),

/***/ 4787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {// CONCATENATED MODULE: ./src/core/backfill/completion-report.ts
/**
 * S3 Batch Operations completion reports (user guide, "Examples: S3 Batch Operations completion
 * reports"): a manifest.json under <prefix>/job-<id>/ naming one CSV per task state, each row
 * `Bucket, Key, VersionId, TaskStatus, ErrorCode, HTTPStatusCode, ResultMessage`. For Batch
 * Replication the failure reasons are S3's replication failure reasons (DstPutObjectNotPermitted,
 * ...), the same codes S3 Event Notifications carry (DESIGN.md §5).
 */
/** Where S3 writes the report's manifest for a job. */
var reportManifestKey = (function(prefix, jobId) {
    return `${prefix.replace(/\/+$/, '')}/job-${jobId}/manifest.json`;
});
/** The result files the manifest names; throws with what is wrong when it is not a report manifest. */
var parseReportManifest = (function(text) {
    const parsed = JSON.parse(text);
    if (!Array.isArray(parsed.Results))
        throw new Error(`not a completion report manifest: no Results list (Format ${String(parsed.Format)})`);
    return parsed.Results.map((r, i) => {
        if (typeof r.Key !== 'string' || typeof r.Bucket !== 'string')
            throw new Error(`not a completion report manifest: Results[${i}] has no Bucket and Key`);
        return { taskState: String(r.TaskExecutionStatus ?? ''), bucket: r.Bucket, key: r.Key };
    });
});
/** Report keys are URL-encoded, as in manifests; a key that is not stays as it is. */
var keyOf = (function(encodedKey, versionId) {
    let key = encodedKey;
    try {
        key = decodeURIComponent(encodedKey.replace(/\+/g, ' '));
    }
    catch {
        // Not URL-encoded after all.
    }
    return versionId ? `${key} (version ${versionId})` : key;
});
/** Counts failures in whole CSV texts (tests, small reports). */
var countFailures = (function(...csvTexts) {
    const tally = new FailureTally();
    for (const text of csvTexts) {
        tally.push(text);
        if (!text.endsWith('\n'))
            tally.push('\n');
    }
    return tally.result();
});// CONCATENATED MODULE: ./src/shell/aws/batch-job.ts




/**
 * S3 Batch Operations, as backfill uses it: the jobs of one account (S3 Control, in the source
 * region), found by their description, created from a request core built, followed until they end,
 * and their completion reports read back from the source bucket.
 */
/** Every job of the account S3 still lists (it keeps them 90 days after they end) whose description starts so. */
var listJobsDescribed = (async function(s3control, account, descriptionPrefix) {
    const found = [];
    let NextToken;
    do {
        const page = await s3control.send(new dist_cjs.ListJobsCommand({ AccountId: account, MaxResults: 1000, ...(NextToken ? { NextToken } : {}) }));
        found.push(...(page.Jobs ?? []).filter((j) => j.Description?.startsWith(descriptionPrefix)));
        NextToken = page.NextToken;
    } while (NextToken);
    return found;
});
var describeJob = (async function(s3control, account, jobId) {
    const out = await s3control.send(new dist_cjs.DescribeJobCommand({ AccountId: account, JobId: jobId }));
    if (!out.Job)
        throw new Error(`DescribeJob ${jobId} answered without a job`);
    return jobOf(out.Job);
});
/** Returns the new job's id (or, for a request token S3 has seen, the id of the job it made then). */
var createJob = (async function(s3control, request) {
    // The request is plain data of the same shape: core cannot name SDK types.
    const out = await s3control.send(new dist_cjs.CreateJobCommand(request));
    if (!out.JobId)
        throw new Error('CreateJob answered without a job id');
    return out.JobId;
});
var jobOf = (function(d) {
    const p = d.ProgressSummary;
    const described = d;
    const generator = described.ManifestGenerator?.S3JobManifestGenerator;
    return {
        id: d.JobId ?? '',
        status: d.Status ?? 'unknown',
        ...(d.Description !== undefined ? { description: d.Description } : {}),
        ...(d.CreationTime ? { createdAt: d.CreationTime.getTime() } : {}),
        ...(d.TerminationDate ? { terminatedAt: d.TerminationDate.getTime() } : {}),
        ...(described.RoleArn ? { roleArn: described.RoleArn } : {}),
        ...(generator?.SourceBucket ? { sourceBucketArn: generator.SourceBucket } : {}),
        ...(p?.TotalNumberOfTasks !== undefined
            ? {
                tasks: {
                    total: p.TotalNumberOfTasks,
                    succeeded: p.NumberOfTasksSucceeded ?? 0,
                    failed: p.NumberOfTasksFailed ?? 0,
                },
            }
            : {}),
        ...(p?.Timers?.ElapsedTimeInActiveSeconds !== undefined
            ? { activeSeconds: p.Timers.ElapsedTimeInActiveSeconds }
            : {}),
        failureReasons: (described.FailureReasons ?? []).map((f) => ({
            code: f.FailureCode ?? 'unknown',
            reason: f.FailureReason ?? '',
        })),
        ...(described.StatusUpdateReason ? { statusUpdateReason: described.StatusUpdateReason } : {}),
        ...(described.Report?.Bucket
            ? { report: { bucketArn: described.Report.Bucket, prefix: described.Report.Prefix ?? '' } }
            : {}),
    };
});
/**
 * Follows a job until it ends or `timeoutMs` passes, backing off from 2 s to 30 s (DescribeJob is
 * cheap, but a backfill can take hours); `onProgress` hears of every answer.
 */
var followJob = (async function(opts) {
    const deadline = opts.clock.now() + opts.timeoutMs;
    let delay = 2_000;
    for (;;) {
        const job = await describeJob(opts.s3control, opts.account, opts.jobId);
        opts.onProgress(job);
        if ((0,backfill_job.isFinished)(job.status))
            return { job, timedOut: false };
        if (opts.clock.now() + delay > deadline)
            return { job, timedOut: true };
        await opts.clock.sleep(delay);
        delay = Math.min(30_000, Math.round(delay * 1.5));
    }
});
/**
 * The failures of a finished job, counted from its completion report in the source bucket (expected
 * to belong to the source account), each result file streamed.
 */
var readFailures = (async function(opts) {
    const { job } = opts;
    if (!job.report)
        throw new Error(`job ${job.id} has no completion report configured`);
    const bucket = job.report.bucketArn.replace(/^arn:[^:]+:s3:::/, '');
    const get = (Bucket, Key) => opts.s3.send(new client_s3_dist_cjs.GetObjectCommand({ Bucket, Key, ExpectedBucketOwner: opts.expectedOwner }));
    const manifest = await get(bucket, reportManifestKey(job.report.prefix, job.id));
    const results = parseReportManifest(await manifest.Body.transformToString());
    const tally = new FailureTally();
    for (const result of results.filter((r) => r.taskState !== 'succeeded')) {
        const file = await get(result.bucket, result.key);
        const decoder = new TextDecoder();
        for await (const chunk of file.Body)
            tally.push(decoder.decode(chunk, { stream: true }));
        tally.push(decoder.decode());
        tally.push('\n');
    }
    return tally.result();
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createJob: () => (/* binding */ createJob),
  describeJob: () => (/* binding */ describeJob),
  followJob: () => (/* binding */ followJob),
  jobOf: () => (/* binding */ jobOf),
  listJobsDescribed: () => (/* binding */ listJobsDescribed),
  readFailures: () => (/* binding */ readFailures)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3-control/dist-cjs/index.js
var dist_cjs = __webpack_require__(2619);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/core/backfill/job.ts
var backfill_job = __webpack_require__(4085);
;
const SAMPLE_KEYS = 5;
/**
 * Counts the failed rows of result CSVs by reason, fed in chunks of any size (a report can be
 * large: it is streamed, never held). Fields may be quoted, with "" inside quotes; a quoted field may
 * span lines. Succeeded rows (an all-tasks report) are skipped.
 */
class FailureTally {
    byCode = new Map();
    failedRows = 0;
    field = '';
    fields = [];
    quoted = false;
    /** A quote seen inside a quoted field: the end of the field, or the first of "". */
    quotePending = false;
    push(chunk) {
        for (const ch of chunk) {
            if (this.quotePending) {
                this.quotePending = false;
                if (ch === '"') {
                    this.field += '"';
                    continue;
                }
                this.quoted = false;
            }
            if (this.quoted) {
                if (ch === '"')
                    this.quotePending = true;
                else
                    this.field += ch;
            }
            else if (ch === '"' && this.field === '')
                this.quoted = true;
            else if (ch === ',')
                this.endField();
            else if (ch === '\n')
                this.endRow();
            else if (ch !== '\r')
                this.field += ch;
        }
    }
    result() {
        this.quotePending = false;
        this.quoted = false;
        if (this.field !== '' || this.fields.length > 0)
            this.endRow();
        const reasons = [...this.byCode]
            .map(([code, v]) => ({
            code,
            count: v.count,
            sampleKeys: v.keys,
            ...(v.message !== undefined ? { sampleMessage: v.message } : {}),
        }))
            .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
        return { failedRows: this.failedRows, reasons };
    }
    endField() {
        this.fields.push(this.field);
        this.field = '';
    }
    endRow() {
        this.endField();
        const row = this.fields;
        this.fields = [];
        if (row.length < 4 || row[3].toLowerCase() !== 'failed')
            return;
        this.failedRows++;
        // The schema lists ErrorCode before HTTPStatusCode; AWS's own examples print them the other way
        // round. The three-digit one is the status.
        const [a = '', b = ''] = [row[4], row[5]];
        const errorCode = /^\d{3}$/.test(a) && !/^\d{3}$/.test(b) ? b : a;
        const message = row.slice(6).join(',');
        const code = errorCode.trim() || message.trim().split(/[\s:]/)[0] || 'unknown';
        const entry = this.byCode.get(code) ?? { count: 0, keys: [] };
        entry.count++;
        if (entry.keys.length < SAMPLE_KEYS)
            entry.keys.push(keyOf(row[1] ?? '', row[2] ?? ''));
        entry.message ??= message || undefined;
        this.byCode.set(code, entry);
    }
}

;


/***/ })

};
