export const id = 300;
export const ids = [300];
export const modules = {

/***/ 8918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {// CONCATENATED MODULE: ./src/core/report/render-monitoring.ts
/**
 * The parts of the verify report that come from monitoring: S3's own reason for a FAILED canary,
 * next to verify's comparison of the live chain, and the alarms and recent failures CloudWatch
 * has for the topology's rules. render-verify.ts places them.
 */


/** Block-quote lines for a destination that FAILED: what S3's failure event said, or why there is none. */
var failureEventLines = (function(d) {
    if (d.failureEvent)
        return [
            '>',
            `> **S3's reason**: ${(0,untrusted_text/* code */.aY)(d.failureEvent.reason)}${d.failureEvent.description ? `: ${(0,untrusted_text/* inlineText */.ln)(d.failureEvent.description)}` : ''}${d.failureEvent.ruleId ? ` (rule ${(0,untrusted_text/* code */.aY)(d.failureEvent.ruleId)})` : ''}`,
        ];
    if (d.failureEventNote)
        return ['>', `> **S3's reason**: unknown: ${(0,untrusted_text/* inlineText */.ln)(d.failureEventNote)}`];
    return [];
});
/** Blocks for the head of the report: alarms firing or missing, and failures counted since the last day. */
var monitoringBlocks = (function(r) {
    const m = r.monitoring;
    if (!m)
        return [];
    const out = [];
    const attention = (0,verification.alarmsNeedingAttention)(r);
    if (attention.length > 0)
        out.push([
            '> [!CAUTION]',
            `> ${attention.length === 1 ? 'An alarm needs' : `${attention.length} alarms need`} attention:`,
            ...attention.map((a) => a.state === 'missing'
                ? `> - ${(0,untrusted_text/* code */.aY)(a.name)} (${(0,untrusted_text/* code */.aY)(a.destinationId)}, rule ${(0,untrusted_text/* code */.aY)(a.s3RuleId)}) does not exist: its failures page nobody (redeploy, and see drift).`
                : `> - ${(0,untrusted_text/* code */.aY)(a.name)} (${(0,untrusted_text/* code */.aY)(a.destinationId)}, rule ${(0,untrusted_text/* code */.aY)(a.s3RuleId)}) is in **ALARM**${a.since ? ` since ${(0,untrusted_text/* inlineText */.ln)(a.since)}` : ''}${a.reason ? `: ${(0,untrusted_text/* inlineText */.ln)(a.reason)}` : ''}`),
        ].join('\n'));
    if (m.recentFailures.length > 0)
        out.push([
            '> [!WARNING]',
            `> Operations that failed to replicate in the last ${m.hours} hours (CloudWatch, OperationsFailedReplication): FAILED versions are never retried; S3 Batch Replication replicates them again.`,
            ...m.recentFailures.map((f) => `> - rule ${(0,untrusted_text/* code */.aY)(f.s3RuleId)} to ${(0,untrusted_text/* code */.aY)(f.destinationId)}: ${f.operations}`),
        ].join('\n'));
    if (m.notes.length > 0)
        out.push(['> [!NOTE]', ...m.notes.map((n) => `> ${(0,untrusted_text/* inlineText */.ln)(n)}`)].join('\n'));
    if (out.length === 0 && m.alarms.length > 0)
        out.push(`🔕 ${m.alarms.length} ${m.alarms.length === 1 ? 'alarm' : 'alarms'}, none in ALARM; no failed operations in the last ${m.hours} hours.`);
    return out;
});
/** The verify report: the same parts for the PR comment section, the job summary and the CLI. */
var renderVerify = (function(r, ctx = {}) {
    const failing = r.destinations.filter((d) => d.status !== 'pass' && d.status !== 'unverifiable');
    const unverifiable = r.destinations.filter((d) => d.status === 'unverifiable');
    const verdict = (0,verification.verified)(r)
        ? `✅ **Replication verified** to ${r.destinations.length - unverifiable.length} of ${r.destinations.length} destinations: an SSE-KMS canary replicated and landed encrypted under each one's key.${unverifiable.length > 0 ? ` ${unverifiable.length} had no enabled rule to carry a canary.` : ''}`
        : `❌ **Replication not verified** for ${failing.map((d) => (0,untrusted_text/* code */.aY)(d.destinationId)).join(', ')}.`;
    const table = [
        '| Destination | Account | Region | Result | Replication status | Latency |',
        '|---|---|---|---|---|---|',
        ...r.destinations.map((d) => `| ${(0,untrusted_text/* code */.aY)(d.destinationId)} | ${(0,untrusted_text/* inlineText */.ln)(d.account)} | ${(0,untrusted_text/* inlineText */.ln)(d.region)} | ${RESULT[d.status]} | ${(0,untrusted_text/* inlineText */.ln)(d.replicationStatus ?? '—')} | ${d.latencyMs !== undefined ? `${(d.latencyMs / 1000).toFixed(1)} s` : '—'} |`),
    ].join('\n');
    const problems = [...failing, ...unverifiable].map((d) => {
        const failed = d.checks.filter((c) => !c.ok);
        const items = d.brokenLinks?.length
            ? (0,drift_items.driftItems)({ topology: r.topology, configPath: r.configPath, stacks: d.brokenLinks }, ctx.labels)
            : [];
        const lines = [
            d.status === 'unverifiable' ? '> [!WARNING]' : '> [!CAUTION]',
            `> **${(0,untrusted_text/* inlineText */.ln)(d.destinationId)}** (${(0,untrusted_text/* inlineText */.ln)(d.account)}, ${(0,untrusted_text/* inlineText */.ln)(d.region)}): ${(0,untrusted_text/* inlineText */.ln)(statusLine(d))}`,
            ...failed.map((c) => `> - ${(0,untrusted_text/* inlineText */.ln)(c.name)}: expected ${(0,untrusted_text/* inlineText */.ln)(c.expected ?? '—')}, found ${(0,untrusted_text/* inlineText */.ln)(c.actual ?? 'nothing')}`),
            ...failureEventLines(d),
            ...(items.length > 0
                ? [
                    '>',
                    `> **The cause**: the live state differs from what the stacks deployed (${items.length === 1 ? 'one link of the chain' : `${items.length} links of the chain`}):`,
                    ...items.map((i) => `> - ${brokenLinkText(i)}`),
                    '>',
                    `> **To do:** put ${items.length === 1 ? 'it' : 'them'} back as deployed (\`mode: drift\` shows each difference in full); ${remedies/* REDEPLOY_DOES_NOT_REPAIR */.Dp.charAt(0).toLowerCase()}${remedies/* REDEPLOY_DOES_NOT_REPAIR */.Dp.slice(1)}`,
                ]
                : d.hints.length > 0
                    ? ['>', '> Look at:', ...d.hints.map((h) => `> - ${(0,untrusted_text/* inlineText */.ln)(h)}`)]
                    : []),
            ...(d.status !== 'unverifiable'
                ? [
                    '>',
                    `> Objects written while replication to ${(0,untrusted_text/* code */.aY)(d.destinationId)} is broken are marked FAILED and S3 never retries them: once it passes again, ${remedies/* BACKFILL_REMEDY */.kV}.`,
                ]
                : []),
        ];
        return lines.join('\n');
    });
    const leftovers = r.destinations.flatMap((d) => d.leftBehind);
    const head = [
        `### s3-xrepl verify · ${(0,untrusted_text/* code */.aY)(r.topology)} · ${(0,untrusted_text/* inlineText */.ln)(r.configPath)}`,
        verdict,
        table,
        ...problems,
        ...monitoringBlocks(r),
        ...(leftovers.length > 0
            ? [
                `> [!WARNING]\n> Canary versions not deleted (the lifecycle backstop expires them within a day): ${leftovers.map(untrusted_text/* code */.aY).join(', ')}`,
            ]
            : []),
    ];
    const details = r.destinations
        .filter((d) => d.checks.length > 0)
        .map((d) => ({
        summary: `checks of <code>${(0,untrusted_text/* htmlText */.js)(d.destinationId)}</code>`,
        lines: [
            `Canary ${(0,untrusted_text/* code */.aY)(d.key ?? '')} version ${(0,untrusted_text/* code */.aY)(d.versionId ?? '')}`,
            '',
            '| Check | Result | Expected | Found |',
            '|---|---|---|---|',
            ...d.checks.map((c) => `| ${(0,untrusted_text/* inlineText */.ln)(c.name)} | ${c.ok ? '✅' : '❌'} | ${(0,untrusted_text/* inlineText */.ln)(c.expected ?? '')} | ${(0,untrusted_text/* inlineText */.ln)(c.actual ?? '')} |`),
        ],
    }));
    const tail = [
        `<sub>${ctx.commit ? `Verified at commit ${(0,untrusted_text/* code */.aY)(ctx.commit.slice(0, 12))}` : 'Verified locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · ${cleanupNote(r)}</sub>`,
    ];
    return { head, details, tail };
});
/** One broken link: what, where, expected against found. */
var brokenLinkText = (function(i) {
    const detail = i.detail.slice(0, 2).map((d) => {
        const m = /^(missing|unexpected): "([^"]*)":/.exec(d);
        return m ? `${m[1]} statement ${(0,untrusted_text/* code */.aY)(m[2])}` : (0,untrusted_text/* inlineText */.ln)(d);
    });
    return `${(0,untrusted_text/* inlineText */.ln)(i.what)}${i.subject ? ` (${(0,untrusted_text/* inlineText */.ln)(i.subject)})` : ''} of ${(0,untrusted_text/* code */.aY)(i.resource)} in ${(0,untrusted_text/* code */.aY)(i.stack.name)}: expected ${(0,untrusted_text/* inlineText */.ln)(i.expected)}, found ${(0,untrusted_text/* inlineText */.ln)(i.found)}${detail.length > 0 ? ` (${detail.join('; ')})` : ''}.`;
});
var statusLine = (function(d) {
    switch (d.status) {
        case 'fail':
            return d.replicationStatus === 'FAILED'
                ? 'S3 marked the canary FAILED (and never retries it).'
                : 'the replica is not what S3 should have written.';
        case 'timeout':
            return d.replicationStatus
                ? `still ${d.replicationStatus} when verify stopped waiting.`
                : 'S3 gave the canary no replication status.';
        case 'unverifiable':
            return d.hints[0] ?? 'cannot be verified.';
        case 'pass':
            return 'passed.';
    }
});
var cleanupNote = (function(r) {
    if (r.destinations.some((d) => d.leftBehind.length > 0))
        return 'some canary versions could not be deleted (see above).';
    if (r.destinations.some((d) => d.status === 'timeout'))
        return 'canaries deleted; a replica that lands later is expired by the lifecycle backstop.';
    return 'canaries deleted on both sides.';
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderVerify: () => (/* binding */ renderVerify)
});

// EXTERNAL MODULE: ./src/core/drift/drift-items.ts
var drift_items = __webpack_require__(4397);
// EXTERNAL MODULE: ./src/core/verify/verification.ts
var verification = __webpack_require__(9154);
// EXTERNAL MODULE: ./src/core/report/untrusted-text.ts
var untrusted_text = __webpack_require__(3502);
;

// EXTERNAL MODULE: ./src/core/report/remedies.ts
var remedies = __webpack_require__(3620);
;// CONCATENATED MODULE: ./src/core/report/render-verify.ts





const RESULT = {
    pass: '✅ pass',
    fail: '❌ fail',
    timeout: '⏱️ timed out',
    unverifiable: '⚠️ not verifiable',
};


/***/ }),

/***/ 1332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/**
 * Per destination, a canary that the highest-priority enabled rule to it replicates: under that
 * rule's prefix (then a reserved segment, so it never collides with data) and with its filter
 * tags plus the canary tag, which the lifecycle backstop expires.
 */
var canaryObjects = (function(topology, runId) {
    return topology.destinations.map((d) => {
        const rule = topology.rules
            .filter((r) => r.enabled && r.destinationIds.includes(d.id))
            .sort((a, b) => b.priority - a.priority)[0];
        if (!rule)
            return { kind: 'unverifiable', destinationId: d.id, reason: 'no enabled rule replicates to it' };
        const key = `${rule.prefix ?? ''}${_model_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .CANARY_SEGMENT */ .Zb}/${safe(runId)}/${safe(d.id)}`;
        const tags = { [_model_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .CANARY_TAG */ .eV.key]: _model_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .CANARY_TAG */ .eV.value };
        for (const t of rule.tags)
            tags[t.key] = t.value;
        return {
            kind: 'object',
            object: {
                destinationId: d.id,
                key,
                tags,
                ruleId: rule.id,
                reaches: reachedBy(topology.rules, key, tags),
            },
        };
    });
});
/** The destinations S3 replicates an object to: every enabled rule whose filter it matches. */
var reachedBy = (function(rules, key, tags) {
    const out = new Set();
    for (const r of rules) {
        if (!r.enabled)
            continue;
        if (r.prefix !== undefined && !key.startsWith(r.prefix))
            continue;
        if (!r.tags.every((t) => tags[t.key] === t.value))
            continue;
        for (const d of r.destinationIds)
            out.add(d);
    }
    return [...out].sort();
});
var safe = (function(text) {
    return text.replace(/[^A-Za-z0-9._-]/g, '-');
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canaryObjects: () => (/* binding */ canaryObjects),
/* harmony export */   reachedBy: () => (/* binding */ reachedBy)
/* harmony export */ });
/* harmony import */ var _model_canary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5677);


/***/ }),

/***/ 8015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** What S3's failureReason means here, or undefined for a code this product does not know yet. */
var describeFailureReason = (function(code) {
    return Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeFailureReason: () => (/* binding */ describeFailureReason)
/* harmony export */ });
/**
 * S3's replication failure reasons (user guide, "Amazon S3 replication failure reasons"), as they
 * arrive in `replicationEventData.failureReason` of a failure event, with what to look at for each
 * in this product's permission chain (DESIGN.md §1). The wording is ours; the codes are S3's.
 */
const REASONS = {
    AssumeRoleNotPermitted: "S3 could not assume the replication role: its trust policy (s3.amazonaws.com, aws:SourceAccount, aws:SourceArn) or the role's existence.",
    DstBucketInvalidRegion: 'the destination bucket is not in the region the Batch Operations job expects.',
    DstBucketNotFound: 'the destination bucket named in the rule does not exist (or is in another partition).',
    DstBucketUnversioned: 'versioning is not Enabled on the destination bucket.',
    DstBucketObjectLockConfigMissing: 'the source has Object Lock and the destination bucket does not.',
    DstDelObjNotPermitted: 'the replication role may not write delete markers: s3:ReplicateDelete in the role policy and the destination bucket policy.',
    DstKmsKeyInvalidState: 'the destination key is disabled or pending deletion: its key state in the destination account.',
    DstKmsKeyNotFound: 'the ReplicaKmsKeyID of the rule names no key (a wrong ARN, an alias, or a deleted key).',
    DstMultipartCompleteNotPermitted: 'the replication role may not complete a multipart replica: s3:ReplicateObject on the destination.',
    DstMultipartInitNotPermitted: 'the replication role may not start a multipart replica: s3:ReplicateObject on the destination.',
    DstMultipartPartUploadNotPermitted: 'the replication role may not upload replica parts: s3:ReplicateObject on the destination.',
    DstObjectHardDeleted: 'the replica was deleted in the destination bucket (a version, not a delete marker).',
    DstPutAclNotPermitted: 'the replication role may not set the replica ACL (s3:ReplicateObject, or ObjectOwnerOverrideToBucketOwner).',
    DstPutLegalHoldNotPermitted: 'the replication role may not set an Object Lock legal hold on the replica.',
    DstPutObjectNotPermitted: "S3 could not write the replica: s3:ReplicateObject in the role policy and the destination bucket policy, and for SSE-KMS objects kms:Encrypt and kms:GenerateDataKey for the role in the destination key's policy.",
    DstPutRetentionNotPermitted: 'the replication role may not set Object Lock retention on the replica.',
    DstPutTaggingNotPermitted: 'the replication role may not write the replica tags: s3:ReplicateTags in the role policy and the destination bucket policy.',
    GetDestinationBucketOwnerNotPermitted: "S3 could not read who owns the destination bucket (across accounts: the destination bucket policy's grants to the role).",
    GetObjectLegalHoldNotPermitted: 'the replication role may not read the source Object Lock legal hold.',
    GetObjectRetentionNotPermitted: 'the replication role may not read the source Object Lock retention.',
    InitiateReplicationNotPermitted: 'the Batch Replication role may not start replication (s3:InitiateReplication).',
    SrcBucketInvalidRegion: 'the source bucket is not in the region the Batch Operations job expects.',
    SrcBucketReplicationConfigMissing: 'the source bucket has no replication configuration the job can use.',
    SrcGetAclNotPermitted: 'the replication role may not read the source version ACL (s3:GetObjectVersionAcl).',
    SrcGetLegalHoldNotPermitted: 'the replication role may not read the source legal hold.',
    SrcGetObjectNotPermitted: 'S3 could not read the source version: s3:GetObjectVersionForReplication for the role, and kms:Decrypt on the source key for SSE-KMS objects.',
    SrcGetRetentionNotPermitted: 'the replication role may not read the source retention.',
    SrcGetTaggingNotPermitted: 'the replication role may not read the source tags (s3:GetObjectVersionTagging).',
    SrcHeadObjectNotPermitted: 'the replication role may not read the source version metadata.',
    SrcKeyNotFound: 'the source object was not found.',
    SrcKmsKeyInvalidState: 'the source key is disabled or pending deletion.',
    SrcObjectNotEligible: 'the object is not eligible for replication (for example a replica itself, or not matched by a rule).',
    SrcObjectNotFound: 'the source object was deleted before it replicated.',
    SrcReplicationNotPending: 'the object was already replicated (or is not pending).',
    SrcVersionNotFound: 'the source version was deleted before it replicated.',
};


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * DESIGN.md §1's usual causes of FAILED, which S3 reports without a reason: the permission chain
 * link by link, from the most common.
 */
var failedHints = (function(d) {
    return [
        `the key policy of ${d.destinationId}'s replica key: it must allow the replication role kms:Encrypt and kms:GenerateDataKey (kms:ViaService s3.${d.region}.amazonaws.com)`,
        `the replication role's policy: kms:Encrypt and kms:GenerateDataKey on ${d.destinationId}'s key ARN, kms:Decrypt on the source key, s3:ReplicateObject on ${d.bucket}/*`,
        `the bucket policy of ${d.bucket}: it must allow the replication role s3:ReplicateObject and s3:ReplicateTags`,
        `versioning of ${d.bucket}: it must be Enabled`,
        `ReplicaKmsKeyID in the replication rule: the key ARN of ${d.destinationId}'s key, in ${d.region} (not an alias, not aws/s3)`,
    ];
});
var timeoutHints = (function(status) {
    if (status === undefined)
        return [
            'S3 set no replication status at all: no enabled rule matched the canary, or the rule lacks SourceSelectionCriteria SseKmsEncryptedObjects (SSE-KMS objects are then silently skipped)',
        ];
    return [
        'still PENDING: replication can take minutes (Replication Time Control promises 15); raise verify-timeout-minutes, or look at the replication metrics of the rule',
    ];
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   alarmsNeedingAttention: () => (/* binding */ alarmsNeedingAttention),
/* harmony export */   failedHints: () => (/* binding */ failedHints),
/* harmony export */   timeoutHints: () => (/* binding */ timeoutHints),
/* harmony export */   verified: () => (/* binding */ verified)
/* harmony export */ });
/** Alarms that are firing, or that someone deleted: each silences or reports a failure. */
const alarmsNeedingAttention = ((r) => (r.monitoring?.alarms ?? []).filter((a) => a.state === 'ALARM' || a.state === 'missing'));
/** Every destination passed, or has no enabled rule to carry a canary (a warning, not a failure). */
const verified = ((r) => r.destinations.every((d) => d.status === 'pass' || d.status === 'unverifiable'));


/***/ }),

/***/ 3966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * Proves one destination with a real object: put an SSE-KMS canary with a SHA-256 checksum and
 * tags, wait (bounded, backing off) for its replication status, read the replica with the
 * destination account's credentials and check it, then delete every version it made.
 */
var runCanary = (async function(run) {
    const { canary, source, clock } = run;
    const target = run.destinations.get(canary.destinationId);
    const base = {
        destinationId: canary.destinationId,
        account: target.account,
        region: target.region,
        bucket: target.bucket,
        key: canary.key,
    };
    const startedAt = clock.now();
    const failedStep = (step, e, hints) => ({
        ...base,
        status: 'fail',
        checks: [
            { name: step, ok: false, expected: 'success', actual: `${e.name}: ${e.message}` },
        ],
        hints,
        leftBehind: [],
    });
    let put;
    try {
        put = await source.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.PutObjectCommand({
            Bucket: source.bucket,
            Key: canary.key,
            Body: `s3-xrepl canary for ${canary.destinationId}, run ${run.runId}\n`,
            ContentType: 'text/plain',
            ServerSideEncryption: 'aws:kms',
            SSEKMSKeyId: source.keyArn,
            ChecksumAlgorithm: 'SHA256',
            Tagging: new URLSearchParams(canary.tags).toString(),
        }));
    }
    catch (e) {
        return failedStep('write the canary to the source bucket', e, [
            `the deploy role's right to write under ${_core_model_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .CANARY_SEGMENT */ .Zb}/ in ${source.bucket} (s3:PutObject, s3:PutObjectTagging)`,
            `its use of the source key through S3 (kms:GenerateDataKey): a key whose policy lacks the account-root statement refuses IAM-granted use`,
        ]);
    }
    const versionId = put.VersionId;
    if (!versionId) {
        return {
            ...base,
            status: 'fail',
            checks: [{ name: 'source versioning', ok: false, expected: 'a version id', actual: 'none' }],
            hints: [`versioning of ${source.bucket}: it must be Enabled`],
            leftBehind: [],
        };
    }
    const leftBehind = [];
    try {
        let waited;
        try {
            waited = await waitForReplication(run, versionId);
        }
        catch (e) {
            return { ...failedStep('read the replication status of the canary', e, []), versionId, leftBehind };
        }
        const { status, seenAt } = waited;
        const common = { ...base, versionId, ...(status ? { replicationStatus: status } : {}) };
        if (status === 'FAILED' && canary.reaches.length > 1) {
            // S3 marks a version FAILED when any destination failed: this one may still have its replica.
            const checks = await checkReplica(run, target, versionId, put.ChecksumSHA256);
            if (checks.every((c) => c.ok))
                return {
                    ...common,
                    status: 'pass',
                    checks,
                    hints: [
                        `the source version reads FAILED because another destination it also replicates to (${canary.reaches.filter((d) => d !== canary.destinationId).join(', ')}) failed`,
                    ],
                    leftBehind,
                };
            return { ...common, status: 'fail', checks, hints: (0,_core_verify_verification_js__WEBPACK_IMPORTED_MODULE_2__.failedHints)(base), leftBehind };
        }
        if (status === 'FAILED')
            return { ...common, status: 'fail', checks: [], hints: (0,_core_verify_verification_js__WEBPACK_IMPORTED_MODULE_2__.failedHints)(base), leftBehind };
        if (status !== 'COMPLETED')
            return { ...common, status: 'timeout', checks: [], hints: (0,_core_verify_verification_js__WEBPACK_IMPORTED_MODULE_2__.timeoutHints)(status), leftBehind };
        const checks = await checkReplica(run, target, versionId, put.ChecksumSHA256);
        const ok = checks.every((c) => c.ok);
        return {
            ...common,
            status: ok ? 'pass' : 'fail',
            latencyMs: seenAt - startedAt,
            checks,
            hints: ok ? [] : (0,_core_verify_verification_js__WEBPACK_IMPORTED_MODULE_2__.failedHints)(base),
            leftBehind,
        };
    }
    finally {
        await cleanUp(run, versionId, leftBehind);
    }
});
var waitForReplication = (async function(run, versionId) {
    const deadline = run.clock.now() + run.timeoutMs;
    let delay = 250;
    for (;;) {
        const head = await run.source.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.HeadObjectCommand({ Bucket: run.source.bucket, Key: run.canary.key, VersionId: versionId }));
        const status = head.ReplicationStatus;
        const seenAt = run.clock.now();
        if (status && FINAL.has(status))
            return { status, seenAt };
        if (seenAt + delay > deadline)
            return { status, seenAt };
        await run.clock.sleep(delay);
        delay = Math.min(5_000, Math.round(delay * 1.6));
    }
});
var checkReplica = (async function(run, target, versionId, checksum) {
    let head;
    try {
        head = await target.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.HeadObjectCommand({
            Bucket: target.bucket,
            Key: run.canary.key,
            VersionId: versionId,
            ChecksumMode: 'ENABLED',
        }));
    }
    catch (e) {
        return [
            {
                name: 'replica exists',
                ok: false,
                expected: `${target.bucket}/${run.canary.key} version ${versionId}`,
                actual: e.name,
            },
        ];
    }
    const tags = await target.s3
        .send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetObjectTaggingCommand({ Bucket: target.bucket, Key: run.canary.key, VersionId: versionId }))
        .then((t) => Object.fromEntries((t.TagSet ?? []).map((x) => [x.Key, x.Value])))
        .catch((e) => ({ error: e.name }));
    const check = (name, expected, actual) => ({
        name,
        ok: expected === actual,
        ...(expected !== undefined ? { expected } : {}),
        ...(actual !== undefined ? { actual } : {}),
    });
    return [
        check('replica exists', 'yes', 'yes'),
        check('replication status', 'REPLICA', head.ReplicationStatus),
        check('encryption', 'aws:kms', head.ServerSideEncryption),
        check('encryption key', target.keyArn, head.SSEKMSKeyId),
        check('version id', versionId, head.VersionId),
        check('SHA-256 checksum', checksum, head.ChecksumSHA256),
        check('tags', canonical(run.canary.tags), canonical(tags)),
    ];
});
var canonical = (function(tags) {
    return Object.keys(tags)
        .sort()
        .map((k) => `${k}=${tags[k]}`)
        .join(', ');
});
/** Deletes the canary's version on the source and its replica everywhere it may have landed. */
var cleanUp = (async function(run, versionId, leftBehind) {
    const places = [
        run.source,
        ...run.canary.reaches.map((id) => run.destinations.get(id)).filter((p) => !!p),
    ];
    for (const p of places) {
        try {
            await p.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.DeleteObjectCommand({ Bucket: p.bucket, Key: run.canary.key, VersionId: versionId }));
        }
        catch (e) {
            const name = e.name;
            if (name === 'NoSuchKey' || name === 'NoSuchVersion' || name === 'NotFound')
                continue;
            leftBehind.push(`${p.bucket}/${run.canary.key}?versionId=${versionId} (${name})`);
        }
    }
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanUp: () => (/* binding */ cleanUp),
/* harmony export */   runCanary: () => (/* binding */ runCanary),
/* harmony export */   waitForReplication: () => (/* binding */ waitForReplication)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);
/* harmony import */ var _core_model_canary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5677);
/* harmony import */ var _core_verify_verification_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9154);



const FINAL = new Set(['COMPLETED', 'FAILED']);


/***/ }),

/***/ 2682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The S3 events in a message body: the S3 event itself (raw delivery) or SNS's envelope around it.
 * Anything else (SNS's subscription notices, S3's test event) yields none.
 */
var failureEventsIn = (function(body) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return [];
    }
    if (isObject(parsed) && typeof parsed.Message === 'string' && parsed.Type === 'Notification')
        return failureEventsIn(parsed.Message);
    if (!isObject(parsed) || !Array.isArray(parsed.Records))
        return [];
    const out = [];
    for (const r of parsed.Records) {
        if (!isObject(r) || typeof r.eventName !== 'string' || !r.eventName.startsWith('Replication:'))
            continue;
        const object = isObject(r.s3) && isObject(r.s3.object) ? r.s3.object : {};
        const data = isObject(r.replicationEventData) ? r.replicationEventData : {};
        const str = (v) => (typeof v === 'string' ? v : undefined);
        const rawKey = str(object.key);
        if (rawKey === undefined)
            continue;
        const versionId = str(object.versionId);
        const destinationBucket = str(data.destinationBucket);
        const ruleId = str(data.replicationRuleId);
        // A reason is one of S3's codes; anything else is not shown as one.
        const failureReason = str(data.failureReason)?.match(/^[A-Za-z][A-Za-z0-9]{0,99}$/)?.[0];
        const eventTime = str(r.eventTime);
        out.push({
            eventName: r.eventName,
            // S3 URL-encodes keys in events, spaces as '+'.
            key: decodeKey(rawKey),
            ...(versionId !== undefined ? { versionId } : {}),
            ...(destinationBucket !== undefined ? { destinationBucket } : {}),
            ...(ruleId !== undefined ? { ruleId } : {}),
            ...(failureReason !== undefined ? { failureReason } : {}),
            ...(eventTime !== undefined ? { eventTime } : {}),
        });
    }
    return out;
});
var decodeKey = (function(key) {
    try {
        return decodeURIComponent(key.replace(/\+/g, ' '));
    }
    catch {
        return key;
    }
});
/**
 * Subscribes a short-lived queue of verify's own to the alerts topic, before the canaries are
 * written (SNS keeps nothing for a subscriber that comes later), so that a canary S3 marks FAILED
 * can be explained in S3's own words. The queue accepts messages from that topic only, is encrypted
 * by SQS, and is deleted, with its subscription, when verify ends.
 */
var listenForFailureEvents = (async function(opts) {
    const { sns, sqs, topicArn, clock, logger } = opts;
    const queueName = `${opts.queuePrefix}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    const queueArn = `arn:${opts.partition}:sqs:${opts.region}:${opts.account}:${queueName}`;
    const policy = {
        Version: '2012-10-17',
        Statement: [
            {
                Sid: 'OnlyTheAlertsTopic',
                Effect: 'Allow',
                Principal: { Service: 'sns.amazonaws.com' },
                Action: 'sqs:SendMessage',
                Resource: queueArn,
                Condition: { ArnEquals: { 'aws:SourceArn': topicArn } },
            },
        ],
    };
    const created = await sqs.send(new _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_1__.CreateQueueCommand({
        QueueName: queueName,
        Attributes: {
            Policy: JSON.stringify(policy),
            SqsManagedSseEnabled: 'true',
            // If verify dies before it deletes the queue, nothing in it outlives the hour.
            MessageRetentionPeriod: '3600',
        },
        tags: { 's3-xrepl:purpose': 'verify failure events' },
    }));
    const queueUrl = created.QueueUrl;
    let subscriptionArn;
    try {
        subscriptionArn = (await sns.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_2__.SubscribeCommand({
            TopicArn: topicArn,
            Protocol: 'sqs',
            Endpoint: queueArn,
            ReturnSubscriptionArn: true,
            Attributes: { RawMessageDelivery: 'true' },
        }))).SubscriptionArn;
    }
    catch (e) {
        await sqs.send(new _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_1__.DeleteQueueCommand({ QueueUrl: queueUrl })).catch(() => undefined);
        throw e;
    }
    const heard = [];
    const receive = async (waitSeconds) => {
        const out = await sqs.send(new _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_1__.ReceiveMessageCommand({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: waitSeconds,
        }));
        for (const m of out.Messages ?? [])
            heard.push(...failureEventsIn(m.Body ?? ''));
    };
    const match = (o) => heard.find((e) => e.eventName === 'Replication:OperationFailedReplication' &&
        e.key === o.key &&
        (o.versionId === undefined || e.versionId === undefined || e.versionId === o.versionId) &&
        (e.destinationBucket === undefined || bucketOf(e.destinationBucket) === o.bucket));
    return {
        async reasonFor(o, waitMs) {
            const deadline = clock.now() + waitMs;
            for (;;) {
                const hit = match(o);
                if (hit)
                    return hit;
                const left = deadline - clock.now();
                if (left <= 0)
                    return undefined;
                const waitSeconds = Math.min(5, Math.floor(left / 1000));
                await receive(waitSeconds);
                // Under a second left: no long poll, so pause instead of asking again at once.
                if (waitSeconds === 0)
                    await clock.sleep(Math.min(left, 250));
            }
        },
        async close() {
            const left = [];
            if (subscriptionArn && subscriptionArn !== 'pending confirmation')
                await sns
                    .send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_2__.UnsubscribeCommand({ SubscriptionArn: subscriptionArn }))
                    .catch((e) => left.push(`subscription ${subscriptionArn} (${e.name})`));
            await sqs
                .send(new _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_1__.DeleteQueueCommand({ QueueUrl: queueUrl }))
                .catch((e) => left.push(`queue ${queueArn} (${e.name})`));
            if (left.length > 0)
                logger.warning(`verify: could not clean up ${left.join(' and ')}; delete it by hand (it holds no data after an hour).`);
        },
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listenForFailureEvents: () => (/* binding */ listenForFailureEvents)
/* harmony export */ });
/* unused harmony export failureEventsIn */
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8797);
/* harmony import */ var _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8868);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);



const isObject = ((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
const bucketOf = ((arnOrName) => arnOrName.replace(/^arn:[^:]+:s3:::/, ''));


/***/ }),

/***/ 7295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * What CloudWatch knows of the topology's replication when verify runs: the state of each alarm,
 * and how many operations failed per rule over the last `hours` (a failure between two scheduled
 * canaries shows here even after its alarm went back to OK).
 */
var observeMonitoring = (async function(opts) {
    const { cloudwatch, topology, alarms, clock, hours } = opts;
    const notes = [];
    const states = await (0,_read_live_monitoring_js__WEBPACK_IMPORTED_MODULE_1__/* .readAlarms */ .t)(cloudwatch, alarms.map((a) => a.name));
    const observed = alarms.map((a) => {
        const s = states.get(a.name);
        const base = { name: a.name, destinationId: a.destinationId, s3RuleId: a.s3RuleId, metric: a.metric };
        if (s?.state === 'read')
            return {
                ...base,
                state: s.value.stateValue ?? 'INSUFFICIENT_DATA',
                ...(s.value.stateReason !== undefined ? { reason: s.value.stateReason } : {}),
                ...(s.value.stateUpdated !== undefined ? { since: s.value.stateUpdated } : {}),
            };
        if (s?.state === 'absent')
            return { ...base, state: 'missing' };
        notes.push(`alarm ${a.name} could not be read${s?.state === 'unreadable' ? `: ${s.error}` : ''}`);
        return { ...base, state: 'unknown' };
    });
    const rules = (0,_core_model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.s3Rules)(topology).filter((r) => r.destination.metrics);
    const recentFailures = [];
    const end = clock.now();
    for (let i = 0; i < rules.length; i += QUERIES_PER_CALL) {
        const batch = rules.slice(i, i + QUERIES_PER_CALL);
        try {
            const sums = new Map();
            let NextToken;
            do {
                const page = await cloudwatch.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__.GetMetricDataCommand({
                    StartTime: new Date(end - hours * 3_600_000),
                    EndTime: new Date(end),
                    NextToken,
                    MetricDataQueries: batch.map((r, j) => ({
                        Id: `failed${i + j}`,
                        ReturnData: true,
                        MetricStat: {
                            Metric: {
                                Namespace: _core_model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.METRIC_NAMESPACE,
                                MetricName: 'OperationsFailedReplication',
                                Dimensions: [
                                    { Name: 'SourceBucket', Value: topology.source.bucket },
                                    { Name: 'DestinationBucket', Value: r.destination.bucket },
                                    { Name: 'RuleId', Value: r.s3RuleId },
                                ],
                            },
                            Period: 3600,
                            Stat: 'Sum',
                        },
                    })),
                }));
                for (const result of page.MetricDataResults ?? []) {
                    const id = result.Id ?? '';
                    sums.set(id, (sums.get(id) ?? 0) + (result.Values ?? []).reduce((a, b) => a + b, 0));
                }
                NextToken = page.NextToken;
            } while (NextToken);
            batch.forEach((r, j) => {
                const operations = sums.get(`failed${i + j}`) ?? 0;
                if (operations > 0)
                    recentFailures.push({ s3RuleId: r.s3RuleId, destinationId: r.destination.id, operations });
            });
        }
        catch (e) {
            notes.push(`the replication metrics could not be read: ${e.name}: ${e.message}`);
        }
    }
    return { alarms: observed, recentFailures, hours, notes };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   observeMonitoring: () => (/* binding */ observeMonitoring)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var _core_model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5735);
/* harmony import */ var _read_live_monitoring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5824);



/** GetMetricData takes at most 500 queries a call. */
const QUERIES_PER_CALL = 500;


/***/ }),

/***/ 7195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * Replica modification sync, proven with a real object: a canary written to the source replicates
 * to the two-way destination, its tags are changed there, on the replica, and the source's version
 * must show the change within the timeout. The row is labelled `<id> tags back`.
 */
var runTagsBackCanary = (async function(run) {
    const { canary, source, clock } = run;
    const target = run.destinations.get(canary.destinationId);
    const base = {
        destinationId: `${canary.destinationId} tags back`,
        account: source.account,
        region: source.region,
        bucket: source.bucket,
        key: canary.key,
    };
    const leftBehind = [];
    const step = (name, e) => ({
        name,
        ok: false,
        expected: 'success',
        actual: `${e.name}: ${e.message}`,
    });
    let versionId;
    try {
        const put = await source.s3.send(new dist_cjs.PutObjectCommand({
            Bucket: source.bucket,
            Key: canary.key,
            Body: `s3-xrepl canary: tags back from ${canary.destinationId}, run ${run.runId}\n`,
            ServerSideEncryption: 'aws:kms',
            SSEKMSKeyId: source.keyArn,
            Tagging: new URLSearchParams(canary.tags).toString(),
        }));
        versionId = put.VersionId;
    }
    catch (e) {
        return {
            ...base,
            status: 'fail',
            checks: [step('write the canary to the source bucket', e)],
            hints: [],
            leftBehind,
        };
    }
    if (!versionId)
        return { ...base, status: 'fail', checks: [], hints: [`versioning of ${source.bucket}`], leftBehind };
    const startedAt = clock.now();
    try {
        const { status } = await (0,aws_canary.waitForReplication)(run, versionId);
        if (status !== 'COMPLETED')
            return {
                ...base,
                versionId,
                status: status === 'FAILED' ? 'fail' : 'timeout',
                ...(status ? { replicationStatus: status } : {}),
                checks: [],
                hints: [
                    `the canary did not reach ${target.bucket}, so no tags could come back: see the row for ${canary.destinationId}`,
                ],
                leftBehind,
            };
        const wanted = [
            ...Object.entries(canary.tags).map(([Key, Value]) => ({ Key, Value })),
            { Key: TAGS_BACK_TAG, Value: run.runId.replace(/[^A-Za-z0-9 _.:/=+@-]/g, '-') },
        ];
        try {
            await target.s3.send(new dist_cjs.PutObjectTaggingCommand({
                Bucket: target.bucket,
                Key: canary.key,
                VersionId: versionId,
                Tagging: { TagSet: wanted },
            }));
        }
        catch (e) {
            return {
                ...base,
                versionId,
                status: 'fail',
                checks: [step(`change the replica's tags in ${target.bucket}`, e)],
                hints: [],
                leftBehind,
            };
        }
        const expected = canonical(wanted);
        const deadline = clock.now() + run.timeoutMs;
        let delay = 250;
        let actual = '';
        for (;;) {
            const got = await source.s3.send(new dist_cjs.GetObjectTaggingCommand({ Bucket: source.bucket, Key: canary.key, VersionId: versionId }));
            actual = canonical(got.TagSet ?? []);
            if (actual === expected || clock.now() + delay > deadline)
                break;
            await clock.sleep(delay);
            delay = Math.min(5_000, Math.round(delay * 1.6));
        }
        const ok = actual === expected;
        return {
            ...base,
            versionId,
            status: ok ? 'pass' : 'timeout',
            ...(ok ? { latencyMs: clock.now() - startedAt } : {}),
            checks: [{ name: "tags changed on the replica reach the source's version", ok, expected, actual }],
            hints: ok
                ? []
                : [
                    `ReplicaModifications on the rules of ${target.bucket} (replica modification sync), and its way-back role's s3:ReplicateTags on ${source.bucket}`,
                ],
            leftBehind,
        };
    }
    finally {
        await (0,aws_canary.cleanUp)(run, versionId, leftBehind);
    }
});
var canonical = (function(tags) {
    return tags
        .map((t) => `${t.Key}=${t.Value}`)
        .sort()
        .join(', ');
});// CONCATENATED MODULE: ./src/shell/aws/verify-way-back.ts




/**
 * For each two-way destination, the other direction: a canary written there must reach the
 * source, and tags changed on a replica there must reach the source's version (replica
 * modification sync). Rows are labelled `<id> to source` and `<id> tags back`.
 */
var verifyWayBack = (async function(run) {
    const out = [];
    const forth = (0,canary_objects.canaryObjects)(run.topology, run.runId);
    for (const d of run.topology.destinations.filter((x) => x.twoWay)) {
        const own = run.destinations.get(d.id);
        const [back] = (0,canary_objects.canaryObjects)((0,way_back.wayBack)(run.topology, d), run.runId);
        if (back?.kind === 'object') {
            const ran = await (0,aws_canary.runCanary)({
                canary: back.object,
                runId: run.runId,
                source: own,
                destinations: new Map([[way_back.WAY_BACK.id, run.source]]),
                clock: run.clock,
                timeoutMs: run.timeoutMs,
            });
            out.push({ ...ran, destinationId: `${d.id} to source` });
        }
        const there = forth.find((c) => c.kind === 'object' && c.object.destinationId === d.id);
        if (there?.kind === 'object')
            out.push(await runTagsBackCanary({
                canary: { ...there.object, key: `${there.object.key}-tags-back` },
                runId: run.runId,
                source: run.source,
                destinations: run.destinations,
                clock: run.clock,
                timeoutMs: run.timeoutMs,
            }));
    }
    return out;
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyWayBack: () => (/* binding */ verifyWayBack)
});

// EXTERNAL MODULE: ./src/core/model/way-back.ts
var way_back = __webpack_require__(4392);
// EXTERNAL MODULE: ./src/core/verify/canary-objects.ts
var canary_objects = __webpack_require__(1332);
// EXTERNAL MODULE: ./src/shell/aws/canary.ts
var aws_canary = __webpack_require__(3966);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/shell/aws/canary-tags-back.ts


/** The tag verify sets on a replica to see it come back to the origin. */
const TAGS_BACK_TAG = 's3-xrepl-tags-back';

;


/***/ })

};
