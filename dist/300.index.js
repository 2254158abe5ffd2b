export const id = 300;
export const ids = [300];
export const modules = {

/***/ 8416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderVerify: () => (/* binding */ renderVerify)
/* harmony export */ });
/* harmony import */ var _drift_drift_items_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4397);
/* harmony import */ var _verify_verification_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9154);
/* harmony import */ var _remedies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3620);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3502);




const RESULT = {
    pass: '✅ pass',
    fail: '❌ fail',
    timeout: '⏱️ timed out',
    unverifiable: '⚠️ not verifiable',
};
/** The verify report: the same parts for the PR comment section, the job summary and the CLI. */
function renderVerify(r, ctx = {}) {
    const failing = r.destinations.filter((d) => d.status !== 'pass' && d.status !== 'unverifiable');
    const unverifiable = r.destinations.filter((d) => d.status === 'unverifiable');
    const verdict = (0,_verify_verification_js__WEBPACK_IMPORTED_MODULE_1__.verified)(r)
        ? `✅ **Replication verified** to ${r.destinations.length - unverifiable.length} of ${r.destinations.length} destinations: an SSE-KMS canary replicated and landed encrypted under each one's key.${unverifiable.length > 0 ? ` ${unverifiable.length} had no enabled rule to carry a canary.` : ''}`
        : `❌ **Replication not verified** for ${failing.map((d) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(d.destinationId)).join(', ')}.`;
    const table = [
        '| Destination | Account | Region | Result | Replication status | Latency |',
        '|---|---|---|---|---|---|',
        ...r.destinations.map((d) => `| ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(d.destinationId)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(d.account)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(d.region)} | ${RESULT[d.status]} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(d.replicationStatus ?? '—')} | ${d.latencyMs !== undefined ? `${(d.latencyMs / 1000).toFixed(1)} s` : '—'} |`),
    ].join('\n');
    const problems = [...failing, ...unverifiable].map((d) => {
        const failed = d.checks.filter((c) => !c.ok);
        const items = d.brokenLinks?.length
            ? (0,_drift_drift_items_js__WEBPACK_IMPORTED_MODULE_0__.driftItems)({ topology: r.topology, configPath: r.configPath, stacks: d.brokenLinks }, ctx.labels)
            : [];
        const lines = [
            d.status === 'unverifiable' ? '> [!WARNING]' : '> [!CAUTION]',
            `> **${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(d.destinationId)}** (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(d.account)}, ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(d.region)}): ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(statusLine(d))}`,
            ...failed.map((c) => `> - ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(c.name)}: expected ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(c.expected ?? '—')}, found ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(c.actual ?? 'nothing')}`),
            ...(items.length > 0
                ? [
                    '>',
                    `> **The cause**: the live state differs from what the stacks deployed (${items.length === 1 ? 'one link of the chain' : `${items.length} links of the chain`}):`,
                    ...items.map((i) => `> - ${brokenLinkText(i)}`),
                    '>',
                    `> **To do:** put ${items.length === 1 ? 'it' : 'them'} back as deployed (\`mode: drift\` shows each difference in full); ${_remedies_js__WEBPACK_IMPORTED_MODULE_3__/* .REDEPLOY_DOES_NOT_REPAIR */ .Dp.charAt(0).toLowerCase()}${_remedies_js__WEBPACK_IMPORTED_MODULE_3__/* .REDEPLOY_DOES_NOT_REPAIR */ .Dp.slice(1)}`,
                ]
                : d.hints.length > 0
                    ? ['>', '> Look at:', ...d.hints.map((h) => `> - ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(h)}`)]
                    : []),
            ...(d.status !== 'unverifiable'
                ? [
                    '>',
                    `> Objects written while replication to ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(d.destinationId)} is broken are marked FAILED and S3 never retries them: once it passes again, ${_remedies_js__WEBPACK_IMPORTED_MODULE_3__/* .BACKFILL_REMEDY */ .kV}.`,
                ]
                : []),
        ];
        return lines.join('\n');
    });
    const leftovers = r.destinations.flatMap((d) => d.leftBehind);
    const head = [
        `### s3-xrepl verify · ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.topology)} · ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(r.configPath)}`,
        verdict,
        table,
        ...problems,
        ...(leftovers.length > 0
            ? [
                `> [!WARNING]\n> Canary versions not deleted (the lifecycle backstop expires them within a day): ${leftovers.map(_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY).join(', ')}`,
            ]
            : []),
    ];
    const details = r.destinations
        .filter((d) => d.checks.length > 0)
        .map((d) => ({
        summary: `checks of <code>${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlText */ .js)(d.destinationId)}</code>`,
        lines: [
            `Canary ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(d.key ?? '')} version ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(d.versionId ?? '')}`,
            '',
            '| Check | Result | Expected | Found |',
            '|---|---|---|---|',
            ...d.checks.map((c) => `| ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(c.name)} | ${c.ok ? '✅' : '❌'} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(c.expected ?? '')} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(c.actual ?? '')} |`),
        ],
    }));
    const tail = [
        `<sub>${ctx.commit ? `Verified at commit ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(ctx.commit.slice(0, 12))}` : 'Verified locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · ${cleanupNote(r)}</sub>`,
    ];
    return { head, details, tail };
}
/** One broken link: what, where, expected against found. */
function brokenLinkText(i) {
    const detail = i.detail.slice(0, 2).map((d) => {
        const m = /^(missing|unexpected): "([^"]*)":/.exec(d);
        return m ? `${m[1]} statement ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(m[2])}` : (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(d);
    });
    return `${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(i.what)}${i.subject ? ` (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(i.subject)})` : ''} of ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(i.resource)} in ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(i.stack.name)}: expected ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(i.expected)}, found ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(i.found)}${detail.length > 0 ? ` (${detail.join('; ')})` : ''}.`;
}
function statusLine(d) {
    switch (d.status) {
        case 'fail':
            return d.replicationStatus === 'FAILED'
                ? 'S3 marked the canary FAILED (it does not say why, and never retries).'
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
}
function cleanupNote(r) {
    if (r.destinations.some((d) => d.leftBehind.length > 0))
        return 'some canary versions could not be deleted (see above).';
    if (r.destinations.some((d) => d.status === 'timeout'))
        return 'canaries deleted; a replica that lands later is expired by the lifecycle backstop.';
    return 'canaries deleted on both sides.';
}


/***/ }),

/***/ 1332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canaryObjects: () => (/* binding */ canaryObjects),
/* harmony export */   reachedBy: () => (/* binding */ reachedBy)
/* harmony export */ });
/* harmony import */ var _model_canary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5677);

/**
 * Per destination, a canary that the highest-priority enabled rule to it replicates: under that
 * rule's prefix (then a reserved segment, so it never collides with data) and with its filter
 * tags plus the canary tag, which the lifecycle backstop expires.
 */
function canaryObjects(topology, runId) {
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
}
/** The destinations S3 replicates an object to: every enabled rule whose filter it matches. */
function reachedBy(rules, key, tags) {
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
}
function safe(text) {
    return text.replace(/[^A-Za-z0-9._-]/g, '-');
}


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failedHints: () => (/* binding */ failedHints),
/* harmony export */   timeoutHints: () => (/* binding */ timeoutHints),
/* harmony export */   verified: () => (/* binding */ verified)
/* harmony export */ });
/** Every destination passed, or has no enabled rule to carry a canary (a warning, not a failure). */
const verified = (r) => r.destinations.every((d) => d.status === 'pass' || d.status === 'unverifiable');
/**
 * DESIGN.md §1's usual causes of FAILED, which S3 reports without a reason: the permission chain
 * link by link, from the most common.
 */
function failedHints(d) {
    return [
        `the key policy of ${d.destinationId}'s replica key: it must allow the replication role kms:Encrypt and kms:GenerateDataKey (kms:ViaService s3.${d.region}.amazonaws.com)`,
        `the replication role's policy: kms:Encrypt and kms:GenerateDataKey on ${d.destinationId}'s key ARN, kms:Decrypt on the source key, s3:ReplicateObject on ${d.bucket}/*`,
        `the bucket policy of ${d.bucket}: it must allow the replication role s3:ReplicateObject and s3:ReplicateTags`,
        `versioning of ${d.bucket}: it must be Enabled`,
        `ReplicaKmsKeyID in the replication rule: the key ARN of ${d.destinationId}'s key, in ${d.region} (not an alias, not aws/s3)`,
    ];
}
function timeoutHints(status) {
    if (status === undefined)
        return [
            'S3 set no replication status at all: no enabled rule matched the canary, or the rule lacks SourceSelectionCriteria SseKmsEncryptedObjects (SSE-KMS objects are then silently skipped)',
        ];
    return [
        'still PENDING: replication can take minutes (Replication Time Control promises 15); raise verify-timeout-minutes, or look at the replication metrics of the rule',
    ];
}


/***/ }),

/***/ 3966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCanary: () => (/* binding */ runCanary)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);
/* harmony import */ var _core_model_canary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5677);
/* harmony import */ var _core_verify_verification_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9154);



const FINAL = new Set(['COMPLETED', 'FAILED']);
/**
 * Proves one destination with a real object: put an SSE-KMS canary with a SHA-256 checksum and
 * tags, wait (bounded, backing off) for its replication status, read the replica with the
 * destination account's credentials and check it, then delete every version it made.
 */
async function runCanary(run) {
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
}
async function waitForReplication(run, versionId) {
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
}
async function checkReplica(run, target, versionId, checksum) {
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
}
function canonical(tags) {
    return Object.keys(tags)
        .sort()
        .map((k) => `${k}=${tags[k]}`)
        .join(', ');
}
/** Deletes the canary's version on the source and its replica everywhere it may have landed. */
async function cleanUp(run, versionId, leftBehind) {
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
}


/***/ })

};
