export const id = 590;
export const ids = [590];
export const modules = {

/***/ 3128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** Replace or remove of a bucket, a key or the replication role: refused unless the user opts in. */
var destructiveChanges = (function(changes) {
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
});
var describeDestructive = (function(d) {
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
});
/** Every stack this tool owns protects its data-bearing resources from replacement and removal. */
var protectiveStackPolicy = (function() {
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
});
/** Used only for the one update the user allowed to be destructive. */
var permissiveStackPolicy = (function() {
    return JSON.stringify({
        Statement: [{ Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' }],
    });
});

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

/***/ 115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


var createChangeSet = (async function(cfn, req, clock, timeoutMs) {
    const created = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.CreateChangeSetCommand({
        StackName: req.stackName,
        ChangeSetName: req.changeSetName,
        ChangeSetType: req.type,
        Description: req.description,
        ...('body' in req.template ? { TemplateBody: req.template.body } : { TemplateURL: req.template.url }),
        Parameters: Object.entries(req.parameters).map(([ParameterKey, ParameterValue]) => ({
            ParameterKey,
            ParameterValue,
        })),
        Tags: Object.entries(req.tags).map(([Key, Value]) => ({ Key, Value })),
        Capabilities: ['CAPABILITY_NAMED_IAM'],
        ...(req.executionRoleArn ? { RoleARN: req.executionRoleArn } : {}),
        ...(req.resourcesToImport
            ? {
                ResourcesToImport: req.resourcesToImport.map((r) => ({
                    ResourceType: r.resourceType,
                    LogicalResourceId: r.logicalId,
                    ResourceIdentifier: { ...r.identifier },
                })),
            }
            : {}),
    }));
    const id = created.Id ?? req.changeSetName;
    const settled = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g)(async () => {
        const out = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeChangeSetCommand({ ChangeSetName: id, StackName: req.stackName }));
        return out.Status === 'CREATE_PENDING' || out.Status === 'CREATE_IN_PROGRESS' ? undefined : out;
    }, { clock, timeoutMs, what: `change set ${req.changeSetName} of ${req.stackName}` });
    if (settled.Status === 'FAILED') {
        if (isEmptyChangeSetReason(settled.StatusReason))
            return { kind: 'empty', id };
        // A failed change set is of no use to anyone: leave nothing behind.
        await deleteChangeSet(cfn, id, req.stackName).catch(() => undefined);
        throw new ChangeSetFailedError(req.stackName, settled.StatusReason ?? 'no reason given');
    }
    return {
        kind: 'ready',
        id,
        changes: await describeAllChanges(cfn, id, req.stackName, req.includePropertyValues ?? false),
    };
});
/**
 * CloudFormation reports "nothing to change" only as a FAILED change set with this reason; there
 * is no status or error code for it, so its text is the one thing to match.
 */
var isEmptyChangeSetReason = (function(reason) {
    return reason !== undefined && /didn't contain changes|No updates are to be performed/.test(reason);
});
/** Every change, across pages. */
var describeAllChanges = (async function(cfn, changeSetId, stackName, includePropertyValues = false) {
    const changes = [];
    let nextToken;
    do {
        const out = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeChangeSetCommand({
            ChangeSetName: changeSetId,
            StackName: stackName,
            NextToken: nextToken,
            ...(includePropertyValues ? { IncludePropertyValues: true } : {}),
        }));
        for (const c of out.Changes ?? []) {
            const rc = toResourceChange(c);
            if (rc)
                changes.push(rc);
        }
        nextToken = out.NextToken;
    } while (nextToken);
    return changes;
});
var toResourceChange = (function(c) {
    const r = c.ResourceChange;
    if (!r?.LogicalResourceId || !r.ResourceType || !r.Action)
        return undefined;
    const properties = [
        // A change to Tags has no Name, only its Attribute.
        ...new Set((r.Details ?? []).map((d) => d.Target?.Name ?? d.Target?.Attribute).filter((n) => !!n)),
    ];
    return {
        logicalId: r.LogicalResourceId,
        ...(r.PhysicalResourceId ? { physicalId: r.PhysicalResourceId } : {}),
        resourceType: r.ResourceType,
        action: r.Action,
        ...(r.Replacement ? { replacement: r.Replacement } : {}),
        properties,
        ...contextOf('before', r.BeforeContext),
        ...contextOf('after', r.AfterContext),
    };
});
/** BeforeContext/AfterContext are JSON text of the resource's properties (only with IncludePropertyValues). */
var contextOf = (function(side, text) {
    if (!text)
        return {};
    try {
        const parsed = JSON.parse(text);
        // The documented shape wraps the values in Properties; accept a bare object too.
        const props = parsed.Properties && typeof parsed.Properties === 'object' ? parsed.Properties : parsed;
        return { [side]: props };
    }
    catch {
        return {};
    }
});
var deleteChangeSet = (async function(cfn, id, stackName) {
    await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DeleteChangeSetCommand({ ChangeSetName: id, StackName: stackName }));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V$: () => (/* binding */ createChangeSet),
/* harmony export */   cW: () => (/* binding */ deleteChangeSet),
/* harmony export */   cn: () => (/* binding */ ChangeSetFailedError)
/* harmony export */ });
/* unused harmony export describeAllChanges */
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3063);
class ChangeSetFailedError extends Error {
    stackName;
    reason;
    name = 'ChangeSetFailedError';
    constructor(stackName, reason) {
        super(`the change set for ${stackName} failed: ${reason}`);
        this.stackName = stackName;
        this.reason = reason;
    }
}


/***/ }),

/***/ 5804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * One stack, always through a change set: settle → create change set → refuse destructive
 * changes unless allowed → execute → follow events → protect. Bounded by the policy's timeout.
 *
 * Protection converges: every deploy that reaches a stack leaves it with termination protection
 * and the protective stack policy, whether it changed the stack or not, so a run that died
 * between creating a stack and protecting it is made good by the next one.
 */
var deployStack = (async function(d, policy, deps) {
    const deadline = deps.clock.now() + policy.timeoutMs;
    const remaining = () => Math.max(1_000, deadline - deps.clock.now());
    for (let attempt = 1;; attempt++) {
        const stack = await settle(d.stackName, policy, deps, remaining);
        const isNew = stack === undefined || (0,_stack_status_js__WEBPACK_IMPORTED_MODULE_5__/* .stackState */ .Kk)(stack.StackStatus).kind === 'review';
        const changeSetName = attempt === 1 ? d.changeSetName : `${d.changeSetName}-r${attempt}`;
        let outcome;
        try {
            outcome = await (0,_change_set_js__WEBPACK_IMPORTED_MODULE_2__/* .createChangeSet */ .V$)(deps.cfn, {
                stackName: d.stackName,
                changeSetName,
                type: isNew ? 'CREATE' : 'UPDATE',
                template: d.template,
                parameters: d.parameters,
                tags: d.tags,
                ...(d.executionRoleArn ? { executionRoleArn: d.executionRoleArn } : {}),
                description: 's3-xrepl deploy',
            }, deps.clock, remaining());
        }
        catch (e) {
            if (e instanceof _change_set_js__WEBPACK_IMPORTED_MODULE_2__/* .ChangeSetFailedError */ .cn)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(e.message, 'Fix the template or parameters it names.');
            if (isConcurrentChange(e) && attempt < MAX_REPLANS) {
                deps.logger.info(`${d.stackName}: another deploy changed the stack while this one planned; planning again`);
                continue;
            }
            throw e;
        }
        if (outcome.kind === 'empty') {
            await (0,_change_set_js__WEBPACK_IMPORTED_MODULE_2__/* .deleteChangeSet */ .cW)(deps.cfn, outcome.id, d.stackName);
            deps.logger.info(`${d.stackName}: no changes`);
            if (stack && !isNew) {
                await setStackPolicy(deps.cfn, d.stackName, (0,_core_plan_resource_change_js__WEBPACK_IMPORTED_MODULE_1__/* .protectiveStackPolicy */ .qo)());
                await protectFromTermination(d.stackName, stack, deps);
            }
            return { kind: 'unchanged', stackId: stack?.StackId ?? d.stackName, outputs: outputsOf(stack) };
        }
        const destructive = (0,_core_plan_resource_change_js__WEBPACK_IMPORTED_MODULE_1__/* .destructiveChanges */ .OQ)(outcome.changes);
        if (destructive.length > 0 && !policy.allowDestructive) {
            await (0,_change_set_js__WEBPACK_IMPORTED_MODULE_2__/* .deleteChangeSet */ .cW)(deps.cfn, outcome.id, d.stackName);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${d.stackName}: refusing destructive changes:\n${destructive.map((x) => `  - ${(0,_core_plan_resource_change_js__WEBPACK_IMPORTED_MODULE_1__/* .describeDestructive */ .EN)(x)}`).join('\n')}`, 'Nothing was changed. If this is intended, set allow-destructive: true (buckets and keys are retained, not deleted).');
        }
        for (const c of outcome.changes)
            deps.logger.info(`${d.stackName}: ${c.action} ${c.logicalId} (${c.resourceType})${c.replacement === 'True' ? ' [replacement]' : ''}`);
        // An existing stack is protected before it changes: the policy this update may run under, and
        // termination protection (an update that fails on every run would otherwise never get it).
        if (stack && !isNew) {
            await setStackPolicy(deps.cfn, d.stackName, destructive.length > 0 ? (0,_core_plan_resource_change_js__WEBPACK_IMPORTED_MODULE_1__/* .permissiveStackPolicy */ .o1)() : (0,_core_plan_resource_change_js__WEBPACK_IMPORTED_MODULE_1__/* .protectiveStackPolicy */ .qo)());
            await protectFromTermination(d.stackName, stack, deps);
        }
        // Events from before this execution (a REVIEW_IN_PROGRESS creation, earlier updates) are marked
        // seen by id, not by time: the runner's clock and AWS's need not agree.
        const cursor = new _stack_events_js__WEBPACK_IMPORTED_MODULE_4__/* .StackEventCursor */ .n0(deps.cfn, d.stackName);
        await cursor.prime();
        let final;
        try {
            try {
                await deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_6__.ExecuteChangeSetCommand({ ChangeSetName: outcome.id, StackName: d.stackName }));
            }
            catch (e) {
                // Another run updated the stack after this change set was made: it is obsolete. Plan again.
                if (isConcurrentChange(e) && attempt < MAX_REPLANS) {
                    deps.logger.info(`${d.stackName}: another deploy changed the stack while this one planned; planning again`);
                    await (0,_change_set_js__WEBPACK_IMPORTED_MODULE_2__/* .deleteChangeSet */ .cW)(deps.cfn, outcome.id, d.stackName).catch(() => undefined);
                    continue;
                }
                throw e;
            }
            deps.onChange?.('executed');
            final = await follow(d.stackName, cursor, deps, remaining());
        }
        finally {
            // A stack opened up for one destructive update is protected again, whatever happened. When the
            // run is failing anyway, a failure to do so is told and the first error kept; the next deploy
            // puts the policy back.
            if (destructive.length > 0 && final === undefined) {
                await setStackPolicy(deps.cfn, d.stackName, (0,_core_plan_resource_change_js__WEBPACK_IMPORTED_MODULE_1__/* .protectiveStackPolicy */ .qo)()).catch((e) => deps.logger.warning(`${d.stackName}: could not restore the protective stack policy: ${e.message}`));
            }
        }
        // After a success, a stack left unprotected fails the deploy: it must not pass for done.
        if (isNew || destructive.length > 0)
            await setStackPolicy(deps.cfn, d.stackName, (0,_core_plan_resource_change_js__WEBPACK_IMPORTED_MODULE_1__/* .protectiveStackPolicy */ .qo)());
        if (isNew)
            await protectFromTermination(d.stackName, undefined, deps);
        return {
            kind: isNew ? 'created' : 'updated',
            stackId: final.StackId ?? d.stackName,
            outputs: outputsOf(final),
            changes: outcome.changes,
        };
    }
});
/** Waits out another operation; clears a failed first creation when allowed; refuses what needs a human. */
var settle = (async function(name, policy, deps, remaining) {
    let stack = await describeStack(deps.cfn, name);
    let state = (0,_stack_status_js__WEBPACK_IMPORTED_MODULE_5__/* .stackState */ .Kk)(stack?.StackStatus);
    if (state.kind === 'busy') {
        deps.logger.info(`${name} is ${state.status}: another operation (perhaps another deploy) is running; waiting for it to finish`);
        const settled = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g)(async () => {
            const s = await describeStack(deps.cfn, name);
            const running = s !== undefined && (0,_stack_status_js__WEBPACK_IMPORTED_MODULE_5__/* .isInProgress */ .LT)(s.StackStatus ?? '') && s.StackStatus !== 'REVIEW_IN_PROGRESS';
            return running ? undefined : { stack: s };
        }, { clock: deps.clock, timeoutMs: remaining(), what: `${name} to finish its ${state.status}` });
        stack = settled.stack;
        state = (0,_stack_status_js__WEBPACK_IMPORTED_MODULE_5__/* .stackState */ .Kk)(stack?.StackStatus);
    }
    if (state.kind === 'stuck') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${name} is ${state.status}: CloudFormation needs a person to resolve it; nothing was done.`, state.status === 'UPDATE_ROLLBACK_FAILED'
            ? 'Fix the cause in the stack events, then run "continue update rollback" on the stack.'
            : 'Look at the stack events, fix the cause, and retry the delete.');
    }
    if (state.kind === 'failed-create') {
        if (!policy.recreateFailedStacks) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${name} is ${state.status}: its first creation failed, and such a stack can only be deleted and created again.`, 'Set recreate-failed-stacks: true to let the action delete it (retained buckets and keys stay) and create it again.');
        }
        deps.logger.info(`${name} is ${state.status}: deleting it to create it again (recreate-failed-stacks)`);
        await deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_6__.DeleteStackCommand({ StackName: name }));
        deps.onChange?.('deleted');
        await (0,_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g)(async () => {
            const s = await describeStack(deps.cfn, name);
            if (s === undefined || s.StackStatus === 'DELETE_COMPLETE')
                return true;
            if (s.StackStatus === 'DELETE_FAILED')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${name}: the delete failed (${s.StackStatusReason ?? 'no reason'}).`);
            return undefined;
        }, { clock: deps.clock, timeoutMs: remaining(), what: `${name} to be deleted` });
        return undefined;
    }
    return state.kind === 'deleted' ? undefined : stack;
});
/** Streams events until the stack settles; a failure is explained by the first failing resource. */
var follow = (async function(name, cursor, deps, timeoutMs) {
    const final = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g)(async () => {
        for (const e of await cursor.poll())
            deps.logger.info(`${name}: ${(0,_stack_events_js__WEBPACK_IMPORTED_MODULE_4__/* .formatEvent */ .qF)(e)}`);
        const s = await describeStack(deps.cfn, name);
        return s && !(0,_stack_status_js__WEBPACK_IMPORTED_MODULE_5__/* .isInProgress */ .LT)(s.StackStatus ?? 'UNKNOWN_IN_PROGRESS') ? s : undefined;
    }, { clock: deps.clock, timeoutMs, what: `${name} to finish deploying` });
    for (const e of await cursor.poll())
        deps.logger.info(`${name}: ${(0,_stack_events_js__WEBPACK_IMPORTED_MODULE_4__/* .formatEvent */ .qF)(e)}`);
    if ((0,_stack_status_js__WEBPACK_IMPORTED_MODULE_5__/* .isSuccessfulEnd */ ._g)(final.StackStatus ?? ''))
        return final;
    const failure = (0,_stack_events_js__WEBPACK_IMPORTED_MODULE_4__/* .firstFailure */ .fx)(cursor.all);
    const cause = failure
        ? `${failure.LogicalResourceId} (${failure.ResourceType}) ${failure.ResourceStatus}: ${failure.ResourceStatusReason ?? 'no reason given'}`
        : (final.StackStatusReason ?? 'no reason given in the stack events');
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${name} ended ${final.StackStatus}: ${cause}`, 'The stack was rolled back; fix the cause and run again.');
});
var describeStack = (async function(cfn, name) {
    try {
        const out = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_6__.DescribeStacksCommand({ StackName: name }));
        return out.Stacks?.[0];
    }
    catch (e) {
        // A missing stack is a ValidationError whose only distinguishing mark is its message.
        if (e.name === 'ValidationError' && /does not exist/.test(e.message))
            return undefined;
        throw e;
    }
});
var setStackPolicy = (async function(cfn, name, body) {
    await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_6__.SetStackPolicyCommand({ StackName: name, StackPolicyBody: body }));
});
/** Turns termination protection on, every time; an existing stack found without it is said so. */
var protectFromTermination = (async function(name, found, deps) {
    await deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_6__.UpdateTerminationProtectionCommand({ StackName: name, EnableTerminationProtection: true }));
    if (found?.EnableTerminationProtection === false)
        deps.logger.info(`${name}: termination protection was off; turned it on`);
});
/**
 * Another run executed a change set of this stack after this run made its own: CloudFormation
 * then deletes the other change sets (ChangeSetNotFound) or refuses them (InvalidChangeSetStatus).
 */
var isConcurrentChange = (function(e) {
    const { name, message } = e;
    return (name === 'InvalidChangeSetStatusException' ||
        name === 'OperationInProgressException' ||
        name === 'ChangeSetNotFoundException' ||
        // Both runs found no stack and planned a CREATE; the other run's creation got there first.
        (name === 'ValidationError' && /already exists and cannot be created again/.test(message ?? '')));
});
/** Parameters as CloudFormation lists them (a stack's, a StackSet's, an instance's overrides), by name. */
var parameterMap = (function(list) {
    return Object.fromEntries((list ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']));
});
var outputsOf = (function(stack) {
    const out = {};
    for (const o of stack?.Outputs ?? [])
        if (o.OutputKey && o.OutputValue !== undefined)
            out[o.OutputKey] = o.OutputValue;
    return out;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployStack: () => (/* binding */ deployStack),
/* harmony export */   describeStack: () => (/* binding */ describeStack),
/* harmony export */   outputsOf: () => (/* binding */ outputsOf),
/* harmony export */   parameterMap: () => (/* binding */ parameterMap)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3805);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_plan_resource_change_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3128);
/* harmony import */ var _change_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(115);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3063);
/* harmony import */ var _stack_events_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7692);
/* harmony import */ var _stack_status_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7247);







/** How often a run re-plans when another run changed the stack under it. */
const MAX_REPLANS = 3;


/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The event that explains a failed operation: the first resource that failed, with its reason. */
var firstFailure = (function(events) {
    const failures = events.filter((e) => (0,_stack_status_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailedResourceStatus */ .UO)(e.ResourceStatus) &&
        e.LogicalResourceId !== e.StackName &&
        !/cancelled/i.test(e.ResourceStatusReason ?? ''));
    return failures[0] ?? events.find((e) => (0,_stack_status_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailedResourceStatus */ .UO)(e.ResourceStatus));
});
var formatEvent = (function(e) {
    const time = e.Timestamp ? e.Timestamp.toISOString().slice(11, 19) : '--:--:--';
    const reason = e.ResourceStatusReason ? ` — ${e.ResourceStatusReason}` : '';
    return `${time} ${e.ResourceStatus ?? '?'} ${e.LogicalResourceId ?? '?'} (${e.ResourceType ?? '?'})${reason}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fx: () => (/* binding */ firstFailure),
/* harmony export */   n0: () => (/* binding */ StackEventCursor),
/* harmony export */   qF: () => (/* binding */ formatEvent)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _stack_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7247);


/**
 * Follows a stack's events from the moment an operation starts: each poll returns only the
 * events not seen before, oldest first. DescribeStackEvents is newest-first and paginated, so a
 * poll reads pages until it reaches an event it has already seen. `prime` marks what was there
 * before the operation, by event id, so clocks never matter.
 */
class StackEventCursor {
    cfn;
    stackName;
    seen = new Set();
    all = [];
    constructor(cfn, stackName) {
        this.cfn = cfn;
        this.stackName = stackName;
    }
    /** Marks the newest page of existing events as seen; older ones stop the walk in any case. */
    async prime() {
        const out = await this.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStackEventsCommand({ StackName: this.stackName }));
        for (const e of out.StackEvents ?? [])
            this.seen.add(eventId(e));
    }
    async poll() {
        const fresh = [];
        let nextToken;
        page: do {
            const out = await this.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStackEventsCommand({ StackName: this.stackName, NextToken: nextToken }));
            for (const e of out.StackEvents ?? []) {
                const id = eventId(e);
                if (this.seen.has(id))
                    break page;
                this.seen.add(id);
                fresh.push(e);
            }
            nextToken = out.NextToken;
        } while (nextToken);
        fresh.reverse();
        this.all.push(...fresh);
        return fresh;
    }
}
const eventId = ((e) => e.EventId ?? `${e.LogicalResourceId}/${e.ResourceStatus}/${e.Timestamp?.toISOString()}`);


/***/ }),

/***/ 7247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var stackState = (function(status) {
    if (status === undefined)
        return { kind: 'absent' };
    if (status === 'REVIEW_IN_PROGRESS')
        return { kind: 'review' };
    if (status === 'DELETE_COMPLETE')
        return { kind: 'deleted' };
    if (READY.has(status))
        return { kind: 'ready', status };
    if (FAILED_CREATE.has(status))
        return { kind: 'failed-create', status };
    if (STUCK.has(status))
        return { kind: 'stuck', status };
    return { kind: 'busy', status };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ stackState),
/* harmony export */   LT: () => (/* binding */ isInProgress),
/* harmony export */   UO: () => (/* binding */ isFailedResourceStatus),
/* harmony export */   _g: () => (/* binding */ isSuccessfulEnd),
/* harmony export */   r9: () => (/* binding */ stateText)
/* harmony export */ });
const READY = new Set([
    'CREATE_COMPLETE',
    'UPDATE_COMPLETE',
    'UPDATE_ROLLBACK_COMPLETE',
    'IMPORT_COMPLETE',
    'IMPORT_ROLLBACK_COMPLETE',
]);
const FAILED_CREATE = new Set(['ROLLBACK_COMPLETE', 'ROLLBACK_FAILED', 'CREATE_FAILED']);
const STUCK = new Set(['UPDATE_ROLLBACK_FAILED', 'DELETE_FAILED', 'IMPORT_ROLLBACK_FAILED']);
/** A state as words for a message: its status, or what it is when it has none. */
const stateText = ((state) => ('status' in state ? state.status : state.kind));
const isInProgress = ((status) => status.endsWith('_IN_PROGRESS'));
/** The operation that just ran succeeded. Rollbacks and failures are not success. */
const isSuccessfulEnd = ((status) => status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE' || status === 'IMPORT_COMPLETE');
/** Statuses of a resource event that explain a failure. */
const isFailedResourceStatus = ((status) => status !== undefined && status.endsWith('_FAILED'));


/***/ }),

/***/ 2078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {




/**
 * The start of every mode: read the config file, validate it completely (throwing every problem
 * at once), log its warnings, and return its stacks (synthesized and checked while loading). Nothing has touched AWS or disk yet.
 */
var readTopology = (async function(configPath, deps) {
    let text;
    try {
        text = await deps.readFile(configPath);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`cannot read the config file ${configPath}: ${(0,_file_problem_js__WEBPACK_IMPORTED_MODULE_3__/* .fileProblem */ .W)(e)}.`);
    }
    const loaded = (0,_core_load_topology_js__WEBPACK_IMPORTED_MODULE_1__.loadTopology)(text);
    if (!loaded.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ConfigError(configPath, loaded.diagnostics);
    for (const w of loaded.warnings)
        deps.logger.warning((0,_core_config_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(w), { file: configPath, ...w.location });
    for (const note of loaded.synthesis.notes)
        deps.logger.warning(note);
    return { topology: loaded.topology, synthesis: loaded.synthesis };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTopology: () => (/* binding */ readTopology)
/* harmony export */ });
/* harmony import */ var _core_config_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6471);
/* harmony import */ var _core_load_topology_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9239);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _file_problem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6114);


/***/ })

};
