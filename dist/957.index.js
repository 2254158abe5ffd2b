export const id = 957;
export const ids = [957,133,481];
export const modules = {

/***/ 1141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {// CONCATENATED MODULE: ./src/shell/github/runner.ts



/** `core.getInput`: the value of INPUT_<NAME> (spaces become underscores, upper case), trimmed. */
var getInput = (function(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
});
/** An output, appended to GITHUB_OUTPUT with a delimiter no value can contain. */
var setOutput = (function(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file)
        return; // not on a runner
    (0,external_node_fs_.appendFileSync)(file, keyValueMessage(name, value), 'utf8');
});
var keyValueMessage = (function(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    // The runner reads up to the first line equal to the delimiter: neither side may contain it.
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`an output value contained its own delimiter ${delimiter}`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
});
/** Markdown appended to the job summary (GITHUB_STEP_SUMMARY). */
var appendSummary = (function(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    (0,external_node_fs_.appendFileSync)(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
});
/** A line on stdout; every line of `message` must already be safe from the runner (see inertLines). */
var info = (function(message) {
    process.stdout.write(`${message}${external_node_os_.EOL}`);
});
var warning = (function(message, where) {
    issue('warning', message, where);
});
var error = (function(message, where) {
    issue('error', message, where);
});
/** Hides the value in every later line of the log. */
var setSecret = (function(value) {
    if (value)
        process.stdout.write(`::add-mask::${escapeData(value)}${external_node_os_.EOL}`);
});
var issue = (function(kind, message, where) {
    const props = [
        ...(where?.file ? [`file=${escapeProperty(where.file)}`] : []),
        ...(where?.line ? [`line=${where.line}`] : []),
        ...(where?.column ? [`col=${where.column}`] : []),
    ];
    process.stdout.write(`::${kind}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
});
/** The runner's own unescaping, reversed (actions/runner ActionCommand.cs). */
var escapeData = (function(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
});
var escapeProperty = (function(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
});
/**
 * A GitHub OIDC token for `audience`, from the runner's token endpoint (the job needs
 * `permissions: id-token: write`). Retries answers the endpoint gives when busy, a few times.
 */
var getIdToken = (async function(audience, opts = {}) {
    const env = opts.env ?? process.env;
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer)
        throw Object.assign(new Error('no ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN: the job has no id-token: write'), {
            name: 'OidcUnavailable',
        });
    const target = new URL(url);
    target.searchParams.set('audience', audience);
    const attempts = opts.attempts ?? 4;
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    let last;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
            const res = await fetch(target, {
                headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
            });
            if (res.ok) {
                const body = (await res.json());
                if (typeof body.value !== 'string' || body.value === '')
                    throw new Error('the OIDC token endpoint answered without a token');
                return body.value;
            }
            last = Object.assign(new Error(`the OIDC token endpoint answered HTTP ${res.status}`), {
                status: res.status,
            });
            if (res.status < 500 && res.status !== 429)
                throw last;
        }
        catch (e) {
            last = e;
            const status = e.status;
            if (status !== undefined && status < 500 && status !== 429)
                throw e;
        }
        if (attempt < attempts)
            await sleep(250 * 2 ** attempt);
    }
    throw last;
});// CONCATENATED MODULE: ./src/shell/github/actions-logger.ts

/**
 * Logger for the Actions runner: warnings and errors become annotations on the config file.
 *
 * The runner reads every line a step prints for workflow commands, and messages carry untrusted
 * text: config values, file names, AWS error messages. A warning or an error is a command itself,
 * its message escaped onto one line (runner.ts); an info message is printed as it is, so each of its
 * lines goes through `inertLines` first.
 */
var actionsLogger = (function() {
    return {
        info: (m) => info(inertLines(m)),
        warning: (m, w) => warning(m, w),
        error: (m, w) => error(m, w),
    };
});
/**
 * The message with no line the runner would take for a workflow command (actions/runner,
 * ActionCommand.cs): it splits output at "\r\n", "\r" and "\n"; a line is a command when, once
 * leading white space is trimmed, it starts with `::` (`::add-mask::x`, `::error::x`,
 * `::stop-commands::x`), or when it holds `##[name]` anywhere (the older syntax). So, per line:
 * control characters but tabs become U+FFFD (none of them is then white space the runner trims),
 * a `::` after leading white space gets a backslash before it, and `##[` becomes `##\[`. The
 * lines keep their text, and the message its line breaks.
 */
var inertLines = (function(message) {
    return message
        .split(/\r\n|\r|\n/)
        .map((line) => line
        .replace(/\p{Cc}/gu, (c) => (c === '\t' ? c : '\ufffd'))
        .replace(/^(\s*)::/u, '$1\\::')
        .replace(/##\[/g, '##\\['))
        .join('\n');
});
/** The REST API (GITHUB_API_URL honoured) behind CommentsApi. */
var restComments = (function(token, r) {
    const api = (0,rest/* restClient */.OO)(token);
    const repo = `/repos/${encodeURIComponent(r.owner)}/${encodeURIComponent(r.repo)}`;
    return {
        async *list(issueNumber) {
            yield* mapAsync(api.paginate(`${repo}/issues/${issueNumber}/comments?per_page=100`), toComment);
        },
        create: async (issueNumber, body) => toComment(await api.request('POST', `${repo}/issues/${issueNumber}/comments`, { body })),
        update: async (commentId, body) => toComment(await api.request('PATCH', `${repo}/issues/comments/${commentId}`, { body })),
        mergedPullRequestOf: async (sha) => {
            const pulls = await api.request('GET', `${repo}/commits/${encodeURIComponent(sha)}/pulls`);
            return pulls.find((p) => p.merged_at)?.number;
        },
    };
});
var mapAsync = (async function*(items, f) {
    for await (const item of items)
        yield f(item);
});
/** The REST API (GITHUB_API_URL honoured) behind IssuesApi. */
var restIssues = (function(token, r) {
    const api = (0,rest/* restClient */.OO)(token);
    const repo = `/repos/${encodeURIComponent(r.owner)}/${encodeURIComponent(r.repo)}`;
    return {
        async *listOpen(label) {
            const pages = api.paginate(`${repo}/issues?state=open&labels=${encodeURIComponent(label)}&per_page=100`);
            // The issues endpoint lists pull requests too.
            for await (const i of pages)
                if (!i.pull_request)
                    yield toIssue(i);
        },
        create: async (title, body, labels) => toIssue(await api.request('POST', `${repo}/issues`, { title, body, labels: [...labels] })),
        update: async (number, change) => toIssue(await api.request('PATCH', `${repo}/issues/${number}`, change)),
        comment: async (number, body) => {
            await api.request('POST', `${repo}/issues/${number}/comments`, { body });
        },
    };
});// CONCATENATED MODULE: ./src/shell/github/post-section.ts

/**
 * Puts a report section into this config's comment on the pull request: found by its marker over
 * every page of comments, created once, edited in place, left alone when its content is the same.
 * A token without permission to comment degrades to a warning: the job summary has the report.
 */
var postSection = (async function(api, req, logger) {
    const marker = (0,sticky_comment/* commentMarker */.Ql)(req.configPath);
    try {
        let existing;
        for await (const c of api.list(req.issueNumber)) {
            // The first is the one to keep; a body merely quoting the marker does not start with it.
            if (c.author === req.author && c.body.startsWith(marker)) {
                existing = c;
                break;
            }
        }
        const update = (0,sticky_comment/* withSection */.iG)(existing?.body, req.configPath, req.section, req.parts, req.omitted);
        if (update.kind === 'unchanged')
            return { kind: 'unchanged', url: existing.url };
        if (existing) {
            const c = await api.update(existing.id, update.body);
            return { kind: 'updated', url: c.url };
        }
        const c = await api.create(req.issueNumber, update.body);
        return { kind: 'created', url: c.url };
    }
    catch (e) {
        const status = e.status;
        if (status === 403 || status === 404) {
            logger.warning(`could not comment on pull request #${req.issueNumber} (HTTP ${status}: ${e.message}). ` +
                'The report is in the job summary. To get the comment, give the job "permissions: pull-requests: write".');
            return { kind: 'not-permitted' };
        }
        // The report itself succeeded and is in the job summary; a comment is a copy of it.
        logger.warning(`could not comment on pull request #${req.issueNumber}: ${e.message}. The report is in the job summary.`);
        return { kind: 'failed' };
    }
});// CONCATENATED MODULE: ./src/shell/github/publish-report.ts

/**
 * A report into its section of this config's pull request comment: the pull request of the run, or,
 * on the push that merged one, that pull request. Returns the comment's URL, or '' when none.
 */
var publishSection = (async function(req, deps) {
    const number = deps.context.pullRequest?.number ?? (await mergedPullRequest(deps));
    if (number === undefined)
        return '';
    const runUrl = deps.context.runUrl;
    const outcome = await postSection(deps.comments(), {
        issueNumber: number,
        configPath: req.configPath,
        section: req.section,
        parts: req.parts,
        author: req.author,
        omitted: (n) => `_${n} more ${n === 1 ? 'section is' : 'sections are'} in the full report, in the job summary${runUrl ? ` of [this run](${runUrl})` : ''}._`,
    }, deps.logger);
    deps.logger.info(`${req.section} comment: ${outcome.kind}${'url' in outcome ? ` ${outcome.url}` : ''}`);
    return 'url' in outcome ? outcome.url : '';
});
/**
 * After a merge, the push to the default branch deploys and verifies: its results belong in the
 * comment of the pull request that was merged. Not found, or not readable: the summary suffices.
 */
var mergedPullRequest = (async function(deps) {
    const { event, commit } = deps.context;
    if (event !== 'push' || !commit)
        return undefined;
    try {
        return await deps.comments().mergedPullRequestOf(commit);
    }
    catch (e) {
        deps.logger.info(`no pull request found for ${commit.slice(0, 7)}: ${e.message}`);
        return undefined;
    }
});// CONCATENATED MODULE: ./src/shell/github/run-context.ts

var runContext = (function(env = process.env) {
    let event = {};
    try {
        event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    }
    catch {
        // Not on a runner, or an event without a payload file: no pull request.
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const pr = event.pull_request;
    const headRepo = pr?.head?.repo;
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        ...(owner && repo ? { repo: { owner, repo } } : {}),
        ...(pr?.number && pr.base?.sha && pr.head?.sha
            ? {
                pullRequest: {
                    number: pr.number,
                    baseSha: pr.base.sha,
                    baseRef: pr.base.ref ?? 'the base branch',
                    headSha: pr.head.sha,
                    // A deleted fork has no head repo at all: still a fork. `fork` alone is true for branches of
                    // a repository that is itself a fork, so the names decide.
                    fromFork: headRepo === null ||
                        (headRepo?.full_name !== undefined && headRepo.full_name !== pr.base.repo?.full_name),
                },
            }
            : {}),
        // What was checked out and planned: for a pull request, the merge of its head into the base.
        ...(env.GITHUB_SHA || pr?.head?.sha ? { commit: env.GITHUB_SHA ?? pr.head.sha } : {}),
        ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {}),
        ...(env.GITHUB_EVENT_NAME ? { event: env.GITHUB_EVENT_NAME } : {}),
        ...(event.repository?.default_branch ? { defaultBranch: event.repository.default_branch } : {}),
        ...(env.GITHUB_REPOSITORY_OWNER_ID && env.GITHUB_REPOSITORY_ID
            ? { repoIds: { owner: env.GITHUB_REPOSITORY_OWNER_ID, repo: env.GITHUB_REPOSITORY_ID } }
            : {}),
        oidcAvailable: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
    };
});// CONCATENATED MODULE: ./src/action-runtime.ts












/**
 * The real effects, for the runner: inputs, outputs and summary through the runner's files, OIDC
 * into AWS, GitHub's REST API. Nothing heavy is loaded until a mode asks for it: STS on the first
 * credentials, the REST client on the first comment.
 */
var actionsRuntime = (function() {
    const logger = actionsLogger();
    const context = runContext();
    const runId = `${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    const github = (settings) => {
        const token = () => {
            if (!settings.token)
                throw new errors.UserError('input "github-token" is empty: the comment, the tracking issue and the base branch config need a token.');
            return settings.token;
        };
        return {
            comments: () => restComments(token(), repoOf(context)),
            issues: () => restIssues(token(), repoOf(context)),
            token,
        };
    };
    return {
        getInput: (name) => getInput(name),
        setOutput: (name, value) => setOutput(name, value),
        appendSummary: async (markdown) => appendSummary(markdown),
        logger,
        context,
        expandConfig: (pattern) => (0,expand_config.expandConfig)(pattern),
        modeEnv: ({ configPaths, logger: modeLogger, settings }) => {
            const gh = github(settings);
            return {
                frontDoor: 'action',
                logger: modeLogger,
                clock: poll/* systemClock */.m,
                runId,
                configPaths,
                readFile: output_dir/* readTextFile */.G,
                writeOutputDir: output_dir/* writeOutputDir */.m,
                credentials: (topology, role) => oidcFor(topology, role, settings, modeLogger, context, runId),
                clients: clients/* clientsFactory */.f,
                stackSetClient: async (role, region) => {
                    if (!role)
                        throw new errors.UserError('input "stack-set-role" is required for mode bootstrap.');
                    const account = (0,accounts.accountOfRole)(role);
                    const credentials = await oidc([account], () => role, () => region, settings, modeLogger, context, runId);
                    const { CloudFormationClient } = await Promise.all(/* import() | aws-cloudformation */[__webpack_require__.e(861), __webpack_require__.e(91)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
                    return (0,clients/* clientsFactory */.f)(credentials, { cfn: CloudFormationClient })(account, region).cfn;
                },
                github: {
                    context,
                    author: settings.author,
                    comments: gh.comments,
                    issues: gh.issues,
                    baseConfig: async (configPath) => {
                        const pr = context.pullRequest;
                        const { baseConfigFromGitHub } = await __webpack_require__.e(/* import() */ 749).then(__webpack_require__.bind(__webpack_require__, 5130));
                        return baseConfigFromGitHub(gh.token(), repoOf(context), { sha: pr.baseSha, ref: pr.baseRef }, configPath, modeLogger);
                    },
                },
            };
        },
        publish: async ({ section, configPath, markdown, settings, logger: l }) => {
            if (!settings.comment)
                return '';
            const gh = github(settings);
            return publishSection({ parts: markdown, section, configPath, author: settings.author }, { context, comments: gh.comments, logger: l });
        },
    };
});
/** GitHub's OIDC token → each account's plan or deploy role, straight (no chaining). */
var oidcFor = (function(topology, role, settings, logger, context, runId) {
    const roles = (account) => (0,accounts.roleArnOf)(topology, account, role);
    return oidc((0,accounts.accountsOf)(topology), roles, (0,accounts.regionOf)(topology), settings, logger, context, runId);
});
var oidc = (async function(accounts, roleArn, region, settings, logger, context, runId) {
    const { oidcCredentials, stsClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(76), __webpack_require__.e(377)]).then(__webpack_require__.bind(__webpack_require__, 8377));
    return oidcCredentials(accounts, {
        getIdToken: (audience) => getIdToken(audience),
        roleArn,
        region,
        sessionName: `s3-xrepl-${runId}`.slice(0, 64),
        durationSeconds: settings.roleDurationSeconds,
        context: {
            tokenRequestAvailable: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL),
            fromFork: context.pullRequest?.fromFork ?? false,
        },
    }, { logger, mask: (s) => setSecret(s), stsClient });
});
var repoOf = (function(context) {
    if (!context.repo)
        throw new errors.UserError('GITHUB_REPOSITORY is not set: the action does not seem to run on a runner.');
    return context.repo;
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionsRuntime: () => (/* binding */ actionsRuntime)
});

// EXTERNAL MODULE: ./src/core/model/accounts.ts
var accounts = __webpack_require__(5665);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/shell/aws/clients.ts
var clients = __webpack_require__(360);
// EXTERNAL MODULE: ./src/shell/aws/poll.ts
var poll = __webpack_require__(3063);
// EXTERNAL MODULE: ./src/shell/fs/output-dir.ts
var output_dir = __webpack_require__(7605);
// EXTERNAL MODULE: ./src/shell/fs/expand-config.ts
var expand_config = __webpack_require__(5481);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;

;

// EXTERNAL MODULE: ./src/shell/github/rest.ts
var rest = __webpack_require__(7940);
;// CONCATENATED MODULE: ./src/shell/github/comments-api.ts

const toComment = ((c) => ({
    id: c.id,
    body: c.body ?? '',
    url: c.html_url,
    author: c.user?.login ?? '',
}));

;// CONCATENATED MODULE: ./src/shell/github/issues-api.ts

const toIssue = ((i) => ({
    number: i.number,
    body: i.body ?? '',
    url: i.html_url,
    author: i.user?.login ?? '',
}));

// EXTERNAL MODULE: ./src/core/report/sticky-comment.ts
var sticky_comment = __webpack_require__(9163);
;

;

;

;


/***/ }),

/***/ 2929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The action's whole run: read the inputs, run the mode they name (once per config of a glob, a few
 * at a time, or once for all of them), and show what it returned: outputs, the job summary, the pull
 * request comment, annotations. Returns the process exit code.
 */
var runAction = (async function(deps) {
    const { values, problems } = (0,_modes_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readSpecs */ .F5)(FRONT_DOOR_INPUTS, deps.getInput);
    const modes = (0,_modes_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .modesOf */ .U)('action');
    const name = String(values.mode);
    const mode = modes.find((m) => m.name === name);
    if (!mode)
        problems.push(`input "mode" is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(name)}: allowed values are ${modes.map((m) => m.name).join(', ')}.${(0,_core_config_did_you_mean_js__WEBPACK_IMPORTED_MODULE_4__/* .suggestion */ .h)(name, modes.map((m) => m.name))}`);
    const facts = { ...deps.context, frontDoor: 'action' };
    try {
        if (mode)
            mode.parse(deps.getInput, facts);
    }
    catch (e) {
        problems.push(...e.message.split('\n'));
    }
    if (problems.length > 0 || !mode) {
        for (const p of problems)
            deps.logger.error(p);
        return _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.EXIT.user;
    }
    const settings = {
        comment: values.comment === true,
        author: String(values['comment-author']),
        token: String(values['github-token']),
        roleDurationSeconds: Number(values['role-duration-seconds']),
    };
    let configs = [];
    if (mode.configs !== 'none') {
        try {
            configs = await deps.expandConfig(deps.getInput('config'));
        }
        catch (e) {
            reportFailure(e, deps.logger);
            return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__.exitCodeOf)(e);
        }
    }
    // One StackSet serves every config: bootstrap takes them all at once.
    if (mode.configs !== 'each')
        return runMode(mode, configs, deps.getInput, settings, deps);
    if (configs.length === 1)
        return runMode(mode, configs, (n) => (n === 'config' ? configs[0] : deps.getInput(n)), settings, deps);
    return runMany(mode, configs, Number(values['max-parallel']), settings, deps);
});
var runMany = (async function(mode, configs, maxParallel, settings, deps) {
    const { mapLimit } = await __webpack_require__.e(/* import() */ 892).then(__webpack_require__.bind(__webpack_require__, 9130));
    const outDir = deps.getInput('out-dir') || 's3-xrepl.out';
    deps.logger.info(`${configs.length} configs match ${deps.getInput('config')}; running ${mode.name} on each, ${maxParallel} at a time`);
    // Rules of several configs can close a replication loop that none of them shows alone.
    const { loopsAcrossConfigs } = await Promise.all(/* import() */[__webpack_require__.e(624), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(159)]).then(__webpack_require__.bind(__webpack_require__, 7159));
    const looping = await loopsAcrossConfigs(configs, deps.modeEnv({ configPaths: configs, logger: deps.logger, settings }).readFile);
    const results = await mapLimit(configs, maxParallel, async (config) => {
        const outputs = {};
        const loop = looping.get(config);
        if (loop) {
            reportFailure(loop, prefixed(deps.logger, config));
            return { config, code: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__.exitCodeOf)(loop), outputs };
        }
        const code = await runMode(mode, [config], (n) => (n === 'config' ? config : n === 'out-dir' ? `${outDir}/${slug(config)}` : deps.getInput(n)), settings, { ...deps, logger: prefixed(deps.logger, config), setOutput: (k, v) => void (outputs[k] = v) });
        return { config, code, outputs };
    });
    // Each output becomes a JSON object keyed by config path.
    const names = [...new Set(results.flatMap((r) => Object.keys(r.outputs)))];
    for (const name of names)
        deps.setOutput(name, JSON.stringify(Object.fromEntries(results.filter((r) => name in r.outputs).map((r) => [r.config, r.outputs[name]]))));
    deps.setOutput('results', JSON.stringify(results.map((r) => ({ config: r.config, exitCode: r.code }))));
    const { renderRunsSummary } = await __webpack_require__.e(/* import() */ 646).then(__webpack_require__.bind(__webpack_require__, 4646));
    await deps.appendSummary(renderRunsSummary(mode.name, results));
    return worstExit(results.map((r) => r.code));
});
/** One run of a mode: its result shown, or its failure reported (and put in its comment section). */
var runMode = (async function(mode, configPaths, get, settings, deps) {
    const configPath = configPaths[0] ?? '';
    let result;
    try {
        const inputs = mode.parse(get, { ...deps.context, frontDoor: 'action' });
        result = await mode.run(inputs, deps.modeEnv({ configPaths, logger: deps.logger, settings }));
    }
    catch (e) {
        if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.PartialFailure && e.summary)
            await deps.appendSummary(e.summary);
        // The comment must not keep saying what an earlier run found: it says this one failed.
        if (mode.comment) {
            const { renderFailure } = await __webpack_require__.e(/* import() */ 847).then(__webpack_require__.bind(__webpack_require__, 1847));
            await deps
                .publish({
                section: mode.comment.section,
                configPath,
                markdown: renderFailure({ mode: mode.name, headline: mode.comment.failed }, configPath, e, deps.context),
                settings,
                logger: deps.logger,
            })
                .catch(() => undefined);
        }
        reportFailure(e, deps.logger);
        return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__.exitCodeOf)(e);
    }
    try {
        for (const [name, value] of Object.entries(result.outputs))
            deps.setOutput(name, value);
        if (result.report) {
            const { renderAll } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6133));
            await deps.appendSummary(renderAll(result.report));
            if (mode.comment)
                deps.setOutput('comment-url', await deps.publish({
                    section: mode.comment.section,
                    configPath,
                    markdown: result.report,
                    settings,
                    logger: deps.logger,
                }));
        }
        if (result.verdict)
            deps.logger.info(result.verdict);
    }
    catch (e) {
        // Whatever failed, and however it was thrown, the step must not pass.
        reportFailure(e, deps.logger);
        return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__.exitCodeOf)(e);
    }
    return result.exitCode;
});
/**
 * A bug or AWS failure outranks a user's mistake, which outranks a finding. But 2 promises that
 * nothing was written or deployed: a mistake in one topology while another did its work is 1.
 */
var worstExit = (function(codes) {
    const worst = [_core_errors_js__WEBPACK_IMPORTED_MODULE_0__.EXIT.internal, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.EXIT.user, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.EXIT.found].find((code) => codes.includes(code)) ?? _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.EXIT.ok;
    const othersDone = codes.some((c) => c === _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.EXIT.ok || c === _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.EXIT.found);
    return worst === _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.EXIT.user && othersDone ? _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.EXIT.internal : worst;
});
/**
 * Lines of parallel topologies stay readable: each says which config it belongs to. A file name
 * is untrusted text: one that is not plain printable text is quoted, its line breaks escaped.
 */
var prefixed = (function(logger, config) {
    const tag = `[${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(config) === config ? config : (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(config)}]`;
    return {
        info: (m) => logger.info(`${tag} ${m}`),
        warning: (m, w) => logger.warning(`${tag} ${m}`, w),
        error: (m, w) => logger.error(`${tag} ${m}`, w),
    };
});
var slug = (function(config) {
    return config.replace(/\.ya?ml$/i, '').replace(/[^A-Za-z0-9._-]+/g, '_');
});
/** One annotation per config problem, on its line; anything else as one error with its remedy. */
var reportFailure = (function(e, logger) {
    if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigError) {
        for (const d of e.diagnostics) {
            const log = d.severity === 'error' ? logger.error : logger.warning;
            log(`${d.path}: ${d.message}`, { file: e.file, ...d.location });
        }
        logger.error(e.message.split('\n')[0] ?? e.message);
    }
    else
        logger.error((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__.failureMessage)(e));
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FRONT_DOOR_INPUTS: () => (/* binding */ FRONT_DOOR_INPUTS),
/* harmony export */   reportFailure: () => (/* binding */ reportFailure),
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3195);
/* harmony import */ var _core_config_did_you_mean_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(523);
/* harmony import */ var _modes_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4863);
/* harmony import */ var _modes_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(745);





/** Inputs the front door reads itself: how to publish and how to run, not what to do. */
const FRONT_DOOR_INPUTS = [
    _modes_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .MODE_INPUT */ .lE,
    _modes_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT */ .YK,
    _modes_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_AUTHOR */ .ik,
    _modes_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_TOKEN */ .Go,
    _modes_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PARALLEL */ .Fu,
    _modes_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLE_DURATION_SECONDS */ .gt,
];


/***/ }),

/***/ 6133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var renderAll = (function(parts) {
    return join([...parts.head, ...parts.details.map((d) => renderDetail(d)), ...parts.tail]);
});
/**
 * The report within `limit` characters (JavaScript string length, which is what GitHub counts for
 * the common case; surrogate pairs make it conservative). Details keep their order; the first that
 * does not fit is shortened, the rest are replaced by `omitted(n)`.
 */
var renderWithin = (function(parts, limit, omitted) {
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
        if (room - 2 >= MIN_USEFUL_DETAIL && !parts.details[i].whole) {
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
});
var join = (function(blocks) {
    return blocks.join('\n\n') + '\n';
});
/** One `<details>` block, shortened to `maxChars` by dropping lines from the end; undefined if even that cannot fit. */
var renderDetail = (function(d, maxChars = Number.POSITIVE_INFINITY) {
    const lines = d.fence !== undefined ? d.lines.map(_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .codeLine */ .U_) : d.lines;
    const fence = d.fence !== undefined ? (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceFor */ .Lt)(lines) : '';
    const build = (lines, dropped) => {
        const body = d.fence !== undefined ? [`${fence}${d.fence}`, ...lines, fence] : [...lines];
        const note = dropped > 0 ? [`_${dropped} more lines not shown here: see the job summary._`] : [];
        return [
            d.open ? '<details open>' : '<details>',
            `<summary>${d.summary}</summary>`,
            '',
            ...body,
            ...note,
            '',
            '</details>',
        ].join('\n');
    };
    const full = build(lines, 0);
    if (full.length <= maxChars)
        return full;
    if (d.whole)
        return undefined;
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
});

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

/***/ 9163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var commentMarker = (function(configPath) {
    return `<!-- s3-xrepl:comment config=${encodeURIComponent(configPath)} -->`;
});
var parseSections = (function(comment) {
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
});
var compose = (function(configPath, sections) {
    const blocks = ORDER.filter((n) => sections.has(n)).map((n) => {
        const s = sections.get(n);
        return `${header(n, s)}\n${s.body}\n${ending(n)}`;
    });
    return [commentMarker(configPath), ...blocks].join('\n');
});
/**
 * The comment with `name`'s section set to `parts`, cut to what GitHub accepts after the other
 * sections; `unchanged` when the section already holds this digest.
 */
var withSection = (function(existing, configPath, name, parts, omitted, limit = _budget_js__WEBPACK_IMPORTED_MODULE_0__.COMMENT_LIMIT) {
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
    if (room < Math.min(MIN_SECTION_ROOM, limit / 4) && (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__.renderAll)(parts).length > room) {
        for (const [other, s] of sections)
            sections.set(other, { digest: s.digest, body: MADE_WAY(other) });
        overhead = overheadWith(sections);
    }
    const body = (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__.renderWithin)(parts, limit - overhead, omitted).trimEnd();
    sections.set(name, { digest, body });
    return { kind: 'write', body: compose(configPath, sections) };
});
/**
 * SHA-256 (the first 128 bits, in hex) of everything but the tail, which names the commit and the
 * run. Report text comes from configs: a short or non-cryptographic hash could be matched on
 * purpose, leaving an older report in place of a new one.
 */
var digestOf = (function(parts) {
    return (0,_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .s)(JSON.stringify([parts.head, parts.details])).slice(0, 32);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MJ: () => (/* binding */ parseSections),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   iG: () => (/* binding */ withSection)
/* harmony export */ });
/* unused harmony export digestOf */
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6133);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9863);


/** The pull request's life: its plan, then (after merge) what deploy did, what verify proved, what a backfill copied. */
const ORDER = ['plan', 'deploy', 'verify', 'backfill', 'drift'];
const header = ((name, s) => `<!-- s3-xrepl:section ${name} digest=${s.digest} length=${s.body.length} -->`);
const ending = ((name) => `<!-- s3-xrepl:end ${name} -->`);
/** A header as `compose` writes it, matched only where the previous section ended (sticky). */
const HEADER = /\n<!-- s3-xrepl:section (plan|deploy|verify|backfill|drift) digest=([0-9a-f]{32}) length=(0|[1-9]\d{0,5}) -->\n/y;
/** Below this much room for a section, the other sections are replaced by a pointer. */
const MIN_SECTION_ROOM = 16_000;
const MADE_WAY = ((name) => `_The ${name} report was too long to keep beside this one: it is in the job summary of its run._`);


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

/***/ 5481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The `config` input as config files: itself when it is a plain path, every match, sorted, when it
 * is a glob (`replication/*.yml`). A glob that matches nothing is a mistake, said as such.
 */
var expandConfig = (async function(pattern, cwd = process.cwd()) {
    if (!GLOB_CHARACTERS.test(pattern))
        return [pattern];
    const { glob, isDynamicPattern } = await __webpack_require__.e(/* import() */ 1).then(__webpack_require__.bind(__webpack_require__, 3382));
    if (!isDynamicPattern(pattern))
        return [pattern];
    const matches = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`input "config" is the pattern ${pattern}, which matches no file under ${cwd}.`);
    return matches;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandConfig: () => (/* binding */ expandConfig)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** Characters that make a path a glob (tinyglobby's own test is loaded only when one is there). */
const GLOB_CHARACTERS = /[*?[\]{}!()+@]/;


/***/ }),

/***/ 7940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var restClient = (function(token, env = process.env) {
    const base = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    const headers = {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${token}`,
        'User-Agent': 's3-xrepl-action',
        'X-GitHub-Api-Version': '2022-11-28',
    };
    const call = async (method, url, body) => {
        const res = await fetch(url, {
            method,
            headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        if (!res.ok) {
            const text = await res.text().catch(() => '');
            let message = text;
            try {
                message = JSON.parse(text).message ?? text;
            }
            catch {
                // not JSON: keep the text
            }
            throw new GitHubApiError(`${method} ${new URL(url).pathname}: HTTP ${res.status}${message ? `: ${message}` : ''}`, res.status);
        }
        return res;
    };
    return {
        async request(method, path, body) {
            const res = await call(method, `${base}${path}`, body);
            return (res.status === 204 ? undefined : await res.json());
        },
        async *paginate(path) {
            let url = `${base}${path}`;
            while (url) {
                const res = await call('GET', url);
                for (const item of (await res.json()))
                    yield item;
                url = nextPage(res.headers.get('link'));
            }
        },
    };
});
/** `<https://…?page=2>; rel="next", <…>; rel="last"` → the next page's URL. */
var nextPage = (function(link) {
    for (const part of (link ?? '').split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return undefined;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OO: () => (/* binding */ restClient)
/* harmony export */ });
/* unused harmony exports GitHubApiError, nextPage */
class GitHubApiError extends Error {
    status;
    name = 'GitHubApiError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}


/***/ })

};
