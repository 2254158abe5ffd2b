export const id = 98;
export const ids = [98];
export const modules = {

/***/ 4858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The action's outputs: names stable, JSON where there are several values. */
var deployOutputs = (function(r) {
    const source = r.stacks.find((s) => s.kind === 'source');
    const byDestination = (key) => JSON.stringify(Object.fromEntries(r.stacks
        .filter((s) => s.kind === 'destination')
        .map((s) => [r.destinationIds[s.name] ?? s.name, s.outputs[key] ?? ''])));
    return {
        changed: String(anythingChanged(r)),
        'stack-ids': JSON.stringify(Object.fromEntries(r.stacks.map((s) => [s.name, s.stackId]))),
        'source-bucket-arn': source?.outputs.BucketArn ?? '',
        'source-key-arn': source?.outputs.KmsKeyArn ?? '',
        'replication-role-arn': source?.outputs.ReplicationRoleArn ?? '',
        'destination-bucket-arns': byDestination('BucketArn'),
        'destination-key-arns': byDestination('KmsKeyArn'),
    };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   anythingChanged: () => (/* binding */ anythingChanged),
/* harmony export */   deployFailed: () => (/* binding */ deployFailed),
/* harmony export */   deployOutputs: () => (/* binding */ deployOutputs),
/* harmony export */   wroteAnything: () => (/* binding */ wroteAnything)
/* harmony export */ });
/** A stack was created or updated: the `changed` output. */
const anythingChanged = ((r) => r.stacks.some((s) => s.result === 'created' || s.result === 'updated'));
const deployFailed = ((r) => r.stacks.some((s) => s.result === 'failed' || s.result === 'not-deployed'));
/**
 * The deploy left some stack other than it found it: deployed with changes, or changed before it
 * failed. A failed deploy of which this is true stopped part-way, and is never exit 2.
 */
const wroteAnything = ((r) => anythingChanged(r) || r.stacks.some((s) => s.failure?.changedStack === true));


/***/ }),

/***/ 4915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



/**
 * The deploy report: the same parts for the job summary, the terminal and the `deploy` section of
 * the pull request's comment (written on the push that merged it, so the comment follows the pull
 * request past its plan). What each stack became, whether a change set was executed, how long it
 * took, and the values the plan could only call "known after deploy".
 */
var renderDeploy = (function(r, ctx = {}) {
    const failures = r.stacks.filter((s) => s.failure !== undefined);
    const rows = r.stacks.map((s, i) => `| ${i + 1} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.name)} | ${s.kind} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(s.account)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(s.region)} | ${resultText(s)} | ${changeSetText(s)} | ${s.result === 'not-deployed' || s.result === 'failed' ? '–' : s.changes.length} | ${s.result === 'not-deployed' ? '–' : duration(s.seconds)} |`);
    const head = [
        `### s3-xrepl deploy · ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.topology)}${r.configPath !== undefined ? ` · ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(r.configPath)}` : ''}`,
        verdict(r),
        ...failures.map((s) => `> [!CAUTION]\n> **${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(s.name)}** (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(s.account)}, ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(s.region)}): ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(s.failure.message)}`),
        [
            '| # | Stack | Kind | Account | Region | Result | Change set | Resource changes | Time |',
            '|---|---|---|---|---|---|---|---|---|',
            ...rows,
        ].join('\n'),
    ];
    const details = [];
    const known = knownNow(r);
    if (known.length > 0)
        details.push({
            summary: 'Key ARNs the plan could only call “known after deploy”',
            lines: ['| Stack | Key ARN |', '|---|---|', ...known],
            open: true,
        });
    for (const s of r.stacks.filter((x) => x.changes.length > 0))
        details.push({
            summary: `<code>${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlText */ .js)(s.name)}</code>: ${s.changes.length} resource ${s.changes.length === 1 ? 'change' : 'changes'} executed`,
            lines: [
                '| Action | Resource | Type | Replacement |',
                '|---|---|---|---|',
                ...s.changes.map((c) => `| ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(c.action)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.logicalId)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(c.resourceType)} | ${c.action === 'Modify' ? (c.replacement === 'True' ? 'replaced' : 'in place') : ''} |`),
            ],
        });
    const tail = [
        `<sub>${ctx.commit ? `Deployed from commit ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(ctx.commit.slice(0, 12))}` : 'Deployed locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · every change through a change set.</sub>`,
    ];
    return { head, details, tail };
});
/** Job-summary Markdown for a deploy, also for one that stopped part-way. */
var renderDeploySummary = (function(r) {
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_1__.renderAll)(renderDeploy(r));
});
var verdict = (function(r) {
    const count = (result) => r.stacks.filter((s) => s.result === result).length;
    const took = r.seconds !== undefined ? ` in ${duration(r.seconds)}` : '';
    if ((0,_deploy_report_js__WEBPACK_IMPORTED_MODULE_2__.deployFailed)(r)) {
        const parts = [
            ...['created', 'updated', 'unchanged', 'failed'].map((k) => [k, count(k)]),
            ['not deployed', count('not-deployed')],
        ].filter(([, n]) => n > 0);
        return `⛔ **${(0,_deploy_report_js__WEBPACK_IMPORTED_MODULE_2__.wroteAnything)(r) ? 'Deploy stopped part-way' : 'Deploy failed before changing anything'}**: ${parts.map(([k, n]) => `${n} ${k}`).join(', ')}.`;
    }
    const executed = r.stacks.filter((s) => s.result !== 'unchanged').length;
    return (0,_deploy_report_js__WEBPACK_IMPORTED_MODULE_2__.anythingChanged)(r)
        ? `✅ **Deployed**: ${executed} of ${r.stacks.length} stacks changed through ${executed} ${executed === 1 ? 'change set' : 'change sets'}${took}.`
        : `✅ **Deployed, nothing to change**: all ${r.stacks.length} stacks already matched the config${took}.`;
});
var resultText = (function(s) {
    switch (s.result) {
        case 'failed':
            return s.failure?.changedStack ? 'failed after changing the stack' : 'failed before changing the stack';
        case 'not-deployed':
            return 'not deployed';
        default:
            return s.result;
    }
});
var changeSetText = (function(s) {
    switch (s.result) {
        case 'created':
        case 'updated':
            return 'executed';
        case 'unchanged':
            return 'empty, deleted';
        case 'failed':
            return s.failure?.changedStack ? 'executed, failed' : 'not executed';
        case 'not-deployed':
            return '–';
    }
});
/** The key ARNs of the stacks this deploy changed: what a plan can only name until KMS chooses them. */
var knownNow = (function(r) {
    return r.stacks
        .filter((s) => (s.result === 'created' || s.result === 'updated') && s.outputs.KmsKeyArn !== undefined)
        .map((s) => `| ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.name)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.outputs.KmsKeyArn)} |`);
});
var duration = (function(seconds) {
    if (seconds < 60)
        return `${seconds.toFixed(0)} s`;
    const m = Math.floor(seconds / 60);
    return `${m} min ${Math.round(seconds - m * 60)} s`;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDeploy: () => (/* binding */ renderDeploy),
/* harmony export */   renderDeploySummary: () => (/* binding */ renderDeploySummary)
/* harmony export */ });
/* harmony import */ var _deploy_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4858);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6133);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3502);


/***/ }),

/***/ 5715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {// CONCATENATED MODULE: ./src/shell/aws/import-bucket.ts







/**
 * Brings an existing bucket into its stack (a new one, created by the change set) through an
 * IMPORT change set, before the stack's normal update. The import changes nothing about the
 * bucket, so a failure here, or in the update after it, leaves the bucket as it was; a re-run
 * finds the bucket in its stack and goes on with the update.
 */
var importBucket = (async function(d, timeoutMs, deps) {
    const deadline = deps.clock.now() + timeoutMs;
    const remaining = () => Math.max(1_000, deadline - deps.clock.now());
    let outcome;
    try {
        outcome = await (0,change_set/* createChangeSet */.V$)(deps.cfn, {
            stackName: d.stackName,
            changeSetName: d.changeSetName,
            type: 'IMPORT',
            template: d.template,
            parameters: d.parameters,
            tags: d.tags,
            ...(d.executionRoleArn ? { executionRoleArn: d.executionRoleArn } : {}),
            description: `s3-xrepl deploy: import the existing bucket ${d.bucket}`,
            resourcesToImport: [
                { resourceType: 'AWS::S3::Bucket', logicalId: d.logicalId, identifier: { BucketName: d.bucket } },
            ],
        }, deps.clock, remaining());
    }
    catch (e) {
        if (e instanceof change_set/* ChangeSetFailedError */.cn || e.name === 'ValidationError')
            throw new errors.UserError(`${d.stackName}: CloudFormation refuses to import the bucket ${d.bucket}: ${e.message}`, 'Nothing was changed. Run mode plan: it says what stands in the way.');
        throw e;
    }
    if (outcome.kind === 'empty') {
        await (0,change_set/* deleteChangeSet */.cW)(deps.cfn, outcome.id, d.stackName);
        return;
    }
    deps.logger.info(`${d.stackName}: Import ${d.logicalId} (AWS::S3::Bucket ${d.bucket})`);
    const cursor = new stack_events/* StackEventCursor */.n0(deps.cfn, d.stackName);
    await cursor.prime();
    await deps.cfn.send(new dist_cjs.ExecuteChangeSetCommand({ ChangeSetName: outcome.id, StackName: d.stackName }));
    deps.onChange?.();
    const final = await (0,poll/* pollUntil */.g)(async () => {
        for (const e of await cursor.poll())
            deps.logger.info(`${d.stackName}: ${(0,stack_events/* formatEvent */.qF)(e)}`);
        const s = await (0,deploy_stack.describeStack)(deps.cfn, d.stackName);
        return s && !(0,stack_status/* isInProgress */.LT)(s.StackStatus ?? 'UNKNOWN_IN_PROGRESS') ? s : undefined;
    }, { clock: deps.clock, timeoutMs: remaining(), what: `${d.stackName} to import ${d.bucket}` });
    if (final.StackStatus !== 'IMPORT_COMPLETE') {
        const failure = (0,stack_events/* firstFailure */.fx)(cursor.all);
        throw new errors.UserError(`${d.stackName} ended ${final.StackStatus} importing ${d.bucket}: ${failure?.ResourceStatusReason ?? final.StackStatusReason ?? 'no reason given'}`, 'The bucket was not changed. Fix the cause and run again.');
    }
});
/**
 * This run's change-set name: its run id, for people, and a random part, so that nobody who
 * knows the run id can prepare or predict a change set under the name deploy will execute.
 */
var deployChangeSetName = (function(runId) {
    return `${DEPLOY_CHANGE_SET_PREFIX}${runId}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
});
/**
 * Every destination stack in parallel (their outputs are what the source needs), then the source
 * stack with those outputs as parameters. A failed destination stops the source from deploying;
 * the other destinations still finish, so nothing is left half-way. Failures are returned, not
 * thrown, with what was deployed before them: `deploymentError` gives the error to report.
 */
var deployTopology = (async function(topology, synthesis, policy, deps, 
/** Stacks whose existing bucket is imported first, by stack name (issue 17; kept-synthesis.ts). */
imports = new Map()) {
    const files = (0,render_files.renderSynthesisFiles)(synthesis);
    const stacks = synthesis.manifest.stacks;
    const destinations = stacks.filter((s) => s.kind === 'destination');
    const source = stacks.filter((s) => s.kind === 'source');
    const changeSetName = deployChangeSetName(deps.runId);
    // A two-way destination deploys a second time after the source: its own change set, named apart.
    const wayBack = synthesis.manifest.wayBack ?? [];
    const secondTime = new Set(wayBack);
    let outputs;
    try {
        outputs = await (0,prior_source_outputs/* priorSourceOutputs */.u)(synthesis, deps.clients);
    }
    catch (e) {
        const at = deps.clock.now();
        const error = (0,errors.stackServiceError)(e, source[0], '', 'Nothing was changed. Run again once the service is reachable.');
        return {
            topology,
            outcomes: [],
            failures: [{ stack: source[0], error, changed: false, startedAt: at, finishedAt: at }],
            notDeployed: [...destinations, ...wayBack],
        };
    }
    const deployOne = async (stack) => {
        const startedAt = deps.clock.now();
        let changed = false;
        try {
            return await deployStackOf(stack, () => (changed = true));
        }
        catch (e) {
            const error = (0,errors.stackServiceError)(e, stack, '', 'Retries did not help. Run again once the service is reachable: every stack is deployed through a change set, so a second run resumes safely.');
            return { stack, error, changed, startedAt, finishedAt: deps.clock.now() };
        }
    };
    const deployStackOf = async (stack, onChange) => {
        const startedAt = deps.clock.now();
        const clients = deps.clients(stack.account, stack.region);
        const source = (templateText) => (0,template_staging/* templateSource */.Gh)({
            templateText,
            stackName: stack.name,
            account: stack.account,
            region: stack.region,
            partition: topology.partition,
            stagedBy: 'deploy',
        }, clients.s3);
        const template = await source(files.get(stack.template));
        const executionRoleArn = topology.accounts[stack.account]?.executionRoleArn;
        const parameters = (0,resolve_parameters/* resolveParameters */.v)(stack.name, stack.parameters, outputs);
        const tags = { ...stack.tags, [names.TOPOLOGY_STACK_TAG]: topology.name };
        const toImport = imports.get(stack.name);
        if (toImport)
            await importBucket({
                stackName: stack.name,
                template: await source((0,render_files.toJsonText)(toImport.template)),
                parameters: Object.fromEntries(Object.entries(parameters).filter(([k]) => k in (toImport.template.Parameters ?? {}))),
                tags,
                ...(executionRoleArn ? { executionRoleArn } : {}),
                changeSetName: `${changeSetName}-import`,
                logicalId: toImport.logicalId,
                bucket: toImport.bucket,
            }, policy.timeoutMs, { cfn: clients.cfn, logger: deps.logger, clock: deps.clock, onChange });
        const result = await (0,deploy_stack.deployStack)({
            stackName: stack.name,
            template,
            parameters,
            tags,
            ...(executionRoleArn ? { executionRoleArn } : {}),
            changeSetName: secondTime.has(stack) ? `${changeSetName}-way-back` : changeSetName,
        }, policy, { cfn: clients.cfn, logger: deps.logger, clock: deps.clock, onChange });
        outputs.set(stack.name, result.outputs);
        return { stack, result, startedAt, finishedAt: deps.clock.now() };
    };
    if (topology.destinationStackSet) {
        const startedAt = deps.clock.now();
        const generic = destinations[0].template;
        const instances = await (0,destination_stack_set/* deployDestinationStackSet */.IU)(topology, destinations, files.get(generic), synthesis.templates.get(generic), policy, deps).catch((e) => {
            throw (0,errors.isServiceFailure)(e)
                ? new errors.ServiceError(`StackSet ${topology.destinationStackSet.name} (${topology.destinationStackSet.account}, ${topology.destinationStackSet.region}): AWS did not answer as expected: ${e.name}: ${e.message}`, 'The source stack was not deployed. Run again once the cause is fixed: the StackSet resumes from where it is.')
                : e;
        });
        const outcomes = instances.map((o) => {
            outputs.set(o.stack.name, o.result.outputs);
            return { ...o, startedAt, finishedAt: deps.clock.now() };
        });
        return inOrder(topology, outcomes, [...source, ...wayBack], deployOne);
    }
    const settled = await Promise.all(destinations.map(deployOne));
    const failures = settled.filter(isFailure);
    const outcomes = settled.filter((s) => !isFailure(s));
    if (failures.length > 0)
        return { topology, outcomes, failures, notDeployed: [...source, ...wayBack] };
    return inOrder(topology, outcomes, [...source, ...wayBack], deployOne);
});
/** The stacks that follow, one at a time; the first failure leaves the rest undeployed. */
var inOrder = (async function(topology, done, next, deployOne) {
    const outcomes = [...done];
    for (const [i, stack] of next.entries()) {
        const result = await deployOne(stack);
        if (isFailure(result))
            return { topology, outcomes, failures: [result], notDeployed: next.slice(i + 1) };
        outcomes.push(result);
    }
    return { topology, outcomes, failures: [], notDeployed: [] };
});
/**
 * The one error that explains a deployment's failures: a single failure, or any that is not the
 * user's to fix, as it is; several of the user's, together. Undefined when nothing failed.
 */
var deploymentError = (function(d) {
    const failed = d.failures;
    if (failed.length === 0)
        return undefined;
    const notUser = failed.find((f) => !(f.error instanceof errors.UserError));
    if (failed.length === 1 || notUser)
        return (notUser ?? failed[0]).error;
    return new errors.UserError(`${failed.length} destination stacks failed; the source stack was not deployed:\n` +
        failed.map((f) => `  - ${f.stack.name}: ${f.error.message ?? String(f.error)}`).join('\n'));
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEPLOY_CHANGE_SET_PREFIX: () => (/* binding */ DEPLOY_CHANGE_SET_PREFIX),
  deployChangeSetName: () => (/* binding */ deployChangeSetName),
  deployTopology: () => (/* binding */ deployTopology),
  deploymentError: () => (/* binding */ deploymentError)
});

// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/plan/resolve-parameters.ts
var resolve_parameters = __webpack_require__(4116);
// EXTERNAL MODULE: ./src/core/synth/render-files.ts
var render_files = __webpack_require__(3726);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/shell/aws/destination-stack-set.ts + 1 modules
var destination_stack_set = __webpack_require__(3302);
// EXTERNAL MODULE: ./src/shell/aws/deploy-stack.ts
var deploy_stack = __webpack_require__(5804);
// EXTERNAL MODULE: ./src/shell/aws/template-staging.ts
var template_staging = __webpack_require__(600);
// EXTERNAL MODULE: ./src/shell/aws/prior-source-outputs.ts
var prior_source_outputs = __webpack_require__(8623);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/shell/aws/change-set.ts
var change_set = __webpack_require__(115);
// EXTERNAL MODULE: ./src/shell/aws/poll.ts
var poll = __webpack_require__(3063);
// EXTERNAL MODULE: ./src/shell/aws/stack-events.ts
var stack_events = __webpack_require__(7692);
// EXTERNAL MODULE: ./src/shell/aws/stack-status.ts
var stack_status = __webpack_require__(7247);
;

;// CONCATENATED MODULE: ./src/shell/aws/deploy-topology.ts











/** Every change set of deploy starts so: IAM confines the deploy role to it, and the plan role to `s3-xrepl-plan-`. */
const DEPLOY_CHANGE_SET_PREFIX = 's3-xrepl-deploy-';
const isFailure = ((x) => 'error' in x);


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
